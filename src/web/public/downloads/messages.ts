// Interface strings of the downloads page (/daten), German and English, with the meaning of every column.
import type { ColumnType, PledgeColumnName, DevelopmentColumnName } from '../../../services/public/downloads.ts';

const de = {
  title: 'Daten',
  description:
    'Alle veröffentlichten Vorhaben und Entwicklungen als CSV und JSON, der Koalitionsvertrag im OKF-Format und eine JSON-API – frei zur Weiterverwendung.',
  intro:
    'Hier stehen alle veröffentlichten Vorhaben und Entwicklungen zum Herunterladen bereit. Jede Datei wird bei jedem Abruf neu erzeugt und ist damit immer aktuell.',
  filesHeading: 'Dateien',
  fileHeader: { file: 'Datei', format: 'Format', content: 'Inhalt' },
  files: {
    pledgesCsv: 'Vorhaben, eine Zeile je Vorhaben',
    pledgesJson: 'Vorhaben, ein Objekt je Vorhaben',
    developmentsCsv: 'Entwicklungen, eine Zeile je Entwicklung',
    developmentsJson: 'Entwicklungen mit allen Nachweisen',
    okfZip: 'Koalitionsvertrag mit Vorhaben als Kapiteldateien im Format des OKF-Koalitionstrackers (Markdown mit YAML-Kopf)',
  },
  formatsHeading: 'Formate',
  csvNote:
    'CSV nach RFC 4180: Komma als Trennzeichen, Zeilenende CRLF, Felder mit Komma, Anführungszeichen oder Zeilenumbruch in doppelten Anführungszeichen. Zeichensatz UTF-8 mit Byte-Order-Mark, damit Excel Umlaute richtig zeigt. In deutschem Excel öffnen Sie die Datei über „Daten → Aus Text/CSV“, weil Excel sonst Semikolons erwartet.',
  formulaNote:
    "Textfelder, die mit =, +, -, @, Tabulator oder Wagenrücklauf beginnen, erhalten ein vorangestelltes Apostroph ('), damit Tabellenprogramme sie nicht als Formel ausführen.",
  jsonNote: 'Die JSON-Dateien enthalten je Eintrag dasselbe Objekt wie die API (Schemas „Pledge“ und „Update“ im OpenAPI-Dokument).',
  emptyNote: 'Leere Felder bedeuten „nicht angegeben“. Datumsangaben im Format JJJJ-MM-TT, Zeitstempel in UTC nach ISO 8601.',
  pledgeColumnsHeading: 'Spalten von vorhaben.csv',
  developmentColumnsHeading: 'Spalten von entwicklungen.csv',
  columnHeader: { name: 'Spalte', type: 'Typ', meaning: 'Bedeutung' },
  types: {
    text: 'Text',
    integer: 'Ganzzahl',
    date: 'Datum',
    timestamp: 'Zeitstempel',
    boolean: 'true/false',
    status: 'Statuscode',
    url: 'URL',
  } satisfies Record<ColumnType, string>,
  pledgeColumns: {
    slug: 'Kennung des Vorhabens, dauerhaft; die Seite ist /vorhaben/slug',
    title: 'Kurztitel',
    agreement: 'Kennung des Koalitionsvertrags',
    chapter: 'Kennung des Kapitels',
    chapter_heading: 'Kapitelüberschrift mit Nummer',
    status: 'aktueller Status: not_started, in_progress, partially_implemented, implemented, deferred, broken, unverifiable',
    rating: 'Bewertung von 1 (schlecht) bis 5 (sehr gut), unabhängig vom Status; leer, wenn nicht bewertet',
    deadline: 'Frist für die Umsetzung',
    overdue: 'true, wenn die Frist verstrichen und das Vorhaben weder umgesetzt noch gebrochen ist',
    lead_ministry: 'federführendes Ministerium',
    partner: 'Partnerorganisation, die das Vorhaben fachlich begleitet',
    topics: 'Themen, getrennt durch „; “',
    success_criterion: 'woran die Umsetzung gemessen wird („erfüllt, wenn …“)',
    quote: 'wörtliches Zitat aus dem Koalitionsvertrag',
    last_event_date: 'Datum der neuesten veröffentlichten Entwicklung',
    url: 'Adresse der Seite des Vorhabens',
  } satisfies Record<PledgeColumnName, string>,
  developmentColumns: {
    id: 'Nummer der Entwicklung, dauerhaft',
    pledge: 'Kennung des Vorhabens (Spalte slug in vorhaben.csv)',
    agreement: 'Kennung des Koalitionsvertrags',
    event_date: 'wann es geschah',
    published_at: 'wann wir es veröffentlicht haben',
    title: 'Überschrift',
    body: 'Text in Markdown',
    status_change: 'neuer Status des Vorhabens ab diesem Tag; leer, wenn unverändert',
    rating_change: 'neue Bewertung ab diesem Tag; leer, wenn unverändert',
    source_urls: 'Adressen der Nachweise, getrennt durch Leerzeichen (Titel und Herausgeber in der JSON-Datei)',
  } satisfies Record<DevelopmentColumnName, string>,
  apiHeading: 'API',
  apiText:
    'Dieselben Daten und mehr (Regierungen, Kapitel, Nachweise, Filter wie in der Vorhabenliste) liefert die JSON-API, seitenweise und für jede Herkunft freigegeben (CORS).',
  apiDocument: 'OpenAPI-Beschreibung der API',
  licenceHeading: 'Lizenz',
  dataLicence: 'Die Daten dieser Website (Vorhaben, Bewertungen, Entwicklungen) stehen unter der Lizenz',
  attribution: 'Bitte nennen Sie die Quelle mit einem Link auf diese Website.',
  agreementLicence:
    'Der Text eines Koalitionsvertrags ist als amtliches Werk nach § 5 UrhG gemeinfrei, soweit er von einer Regierung veröffentlicht wurde.',
  editionLicence: (title: string, licence: string) => `Textfassung von „${title}“: ${licence}.`,
  sourceLink: (title: string) => `Quelle von „${title}“`,
};

type DownloadsMessages = typeof de;

const en: DownloadsMessages = {
  title: 'Data',
  description:
    'All published pledges and developments as CSV and JSON, the coalition agreement in the OKF format, and a JSON API – free to reuse.',
  intro:
    'All published pledges and developments can be downloaded here. Each file is generated anew on every request, so it is always up to date.',
  filesHeading: 'Files',
  fileHeader: { file: 'File', format: 'Format', content: 'Content' },
  files: {
    pledgesCsv: 'Pledges, one row per pledge',
    pledgesJson: 'Pledges, one object per pledge',
    developmentsCsv: 'Developments, one row per development',
    developmentsJson: 'Developments with all their sources',
    okfZip:
      'The coalition agreement with its pledges as chapter files in the format of the OKF Koalitionstracker (Markdown with a YAML header)',
  },
  formatsHeading: 'Formats',
  csvNote:
    'CSV as in RFC 4180: comma as separator, CRLF line ends, fields holding a comma, a quote or a line break in double quotes. UTF-8 with a byte order mark, so that Excel shows umlauts correctly. In an Excel with German settings, open the file through “Data → From Text/CSV”, as Excel otherwise expects semicolons.',
  formulaNote:
    "Text fields that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (') so that spreadsheets do not run them as formulas.",
  jsonNote: 'Each entry of the JSON files is the same object the API returns (schemas “Pledge” and “Update” in the OpenAPI document).',
  emptyNote: 'Empty fields mean “not given”. Dates as YYYY-MM-DD, timestamps in UTC as ISO 8601.',
  pledgeColumnsHeading: 'Columns of vorhaben.csv',
  developmentColumnsHeading: 'Columns of entwicklungen.csv',
  columnHeader: { name: 'Column', type: 'Type', meaning: 'Meaning' },
  types: {
    text: 'text',
    integer: 'integer',
    date: 'date',
    timestamp: 'timestamp',
    boolean: 'true/false',
    status: 'status code',
    url: 'URL',
  },
  pledgeColumns: {
    slug: 'identifier of the pledge, permanent; its page is /vorhaben/slug',
    title: 'short title',
    agreement: 'identifier of the coalition agreement',
    chapter: 'identifier of the chapter',
    chapter_heading: 'chapter heading with its number',
    status: 'current status: not_started, in_progress, partially_implemented, implemented, deferred, broken, unverifiable',
    rating: 'rating from 1 (poor) to 5 (very good), separate from the status; empty when not rated',
    deadline: 'deadline for implementation',
    overdue: 'true when the deadline has passed and the pledge is neither implemented nor broken',
    lead_ministry: 'lead ministry',
    partner: 'partner organisation following the pledge',
    topics: 'topics, separated by “; ”',
    success_criterion: 'what counts as fulfilled (“fulfilled when …”)',
    quote: 'verbatim quote from the coalition agreement',
    last_event_date: 'date of the newest published development',
    url: 'address of the pledge’s page',
  },
  developmentColumns: {
    id: 'number of the development, permanent',
    pledge: 'identifier of the pledge (column slug of vorhaben.csv)',
    agreement: 'identifier of the coalition agreement',
    event_date: 'when it happened',
    published_at: 'when we published it',
    title: 'heading',
    body: 'text in Markdown',
    status_change: 'the pledge’s new status from this day; empty when unchanged',
    rating_change: 'the new rating from this day; empty when unchanged',
    source_urls: 'addresses of the sources, separated by spaces (titles and publishers in the JSON file)',
  },
  apiHeading: 'API',
  apiText:
    'The JSON API gives the same data and more (governments, chapters, sources, the filters of the pledge list), page by page and open to every origin (CORS).',
  apiDocument: 'OpenAPI description of the API',
  licenceHeading: 'Licence',
  dataLicence: 'The data of this site (pledges, ratings, developments) are licensed under',
  attribution: 'Please credit the source with a link to this site.',
  agreementLicence:
    'The text of a coalition agreement is in the public domain as an official work under § 5 of the German Copyright Act (UrhG), insofar as a government published it.',
  editionLicence: (title, licence) => `Text edition of “${title}”: ${licence}.`,
  sourceLink: (title) => `Source of “${title}”`,
};

export const messages = { de, en };
