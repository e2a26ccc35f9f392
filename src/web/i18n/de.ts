// German interface strings; the agreement text itself is never translated.
import { STATUS_NAMES } from '../../domain/status-names.ts';
import type { PublicErrorParams } from '../../domain/errors.ts';

export const STATUS_LABELS = STATUS_NAMES.de;

/** What the services' failures say to a reader of the public site (domain/errors.ts). */
export type PublicErrorTexts = { [K in keyof PublicErrorParams]: (params: PublicErrorParams[K]) => string };

const errors: PublicErrorTexts = {
  notFound: () => 'Nicht gefunden',
  'notFound.pledge': ({ slug }) => `Vorhaben „${slug}“ nicht gefunden`,
  'notFound.chapter': ({ slug }) => `Kapitel „${slug}“ nicht gefunden`,
  'notFound.topic': ({ slug }) => `Thema „${slug}“ nicht gefunden`,
  'notFound.ministry': ({ slug }) => `Ministerium „${slug}“ nicht gefunden`,
  'notFound.agreement': ({ slug }) => `Koalitionsvertrag „${slug}“ nicht gefunden`,
  forbidden: () => 'Keine Berechtigung',
  archived: () =>
    'Diese Regierung ist archiviert und wird nicht mehr aktualisiert: ihre Kapitel, Vorhaben und Entwicklungen lassen sich nur noch lesen.',
};

export const de = {
  errors,
  siteName: 'Koalitionstracker',
  status: STATUS_LABELS,
  languageSwitch: { label: 'Sprache', other: 'English', otherLang: 'en' },
  skipToContent: 'Zum Inhalt springen',
  nav: { label: 'Hauptnavigation', overview: 'Übersicht', pledges: 'Vorhaben', statistics: 'Statistik', data: 'Daten' },
  footer: {
    about: 'Koalitionstracker – verfolgt, ob eine Regierung die Vorhaben ihres Koalitionsvertrags umsetzt.',
    agreementText: 'Vertragstext',
  },
  overview: {
    heading: 'Stand der Umsetzung',
    pledgeCount: (count: number) => `${count} ${count === 1 ? 'Vorhaben' : 'Vorhaben'}`,
    statusHeading: 'Vorhaben nach Status',
    chaptersHeading: 'Kapitel',
    chaptersWithout: (count: number) => `${count === 1 ? 'Ein Kapitel' : `${count} Kapitel`} ohne Vorhaben`,
    chapterColumn: 'Kapitel',
    pledgesColumn: 'Vorhaben',
    latestHeading: 'Neueste Entwicklungen',
    noDevelopments: 'Noch keine Entwicklungen veröffentlicht.',
    noPledges: 'Noch keine Vorhaben erfasst.',
    term: (percent: number, day: number, days: number) => `${percent} % der Amtszeit vergangen (Tag ${day} von ${days})`,
    termNotStarted: 'Die Amtszeit hat noch nicht begonnen.',
    termOver: 'Die Amtszeit ist vorbei.',
    termRange: 'Amtszeit',
    otherAgreements: 'Weitere Koalitionsverträge',
    archived: 'Archiv: Dieser Tracker wird nicht mehr aktualisiert.',
  },
  chapter: {
    pledgesHeading: 'Vorhaben in diesem Kapitel',
    titleColumn: 'Vorhaben',
    statusColumn: 'Status',
    lastUpdateColumn: 'Letzte Entwicklung',
    noPledges: 'In diesem Kapitel sind noch keine Vorhaben erfasst.',
    notReviewed: 'Dieses Kapitel ist noch nicht redaktionell ausgewertet.',
    textHeading: 'Text des Kapitels',
    outline: 'Abschnitte',
    description: (heading: string) => `${heading}: Text und Vorhaben`,
    none: '–',
    quoteLabel: (status: string) => `Vorhaben, Status „${status}“: `,
    legendHeading: 'Markierungen im Text',
    legendIntro: 'Markierte Stellen sind Vorhaben. Farbe und Zeichen zeigen ihren Status:',
  },
  pledge: {
    inChapter: 'Aus Kapitel',
    quoteHeading: 'Im Koalitionsvertrag',
    toQuote: 'Zur Stelle im Kapitel',
    quotePlace: (pages: string, lines: string | null) => `S. ${pages}${lines ? `, Z. ${lines}` : ''}`,
    factsHeading: 'Auf einen Blick',
    status: 'Status',
    rating: 'Bewertung',
    ratingValue: (rating: number) => `${rating} von 5`,
    deadline: 'Frist',
    ministry: 'Federführung',
    foiLink: 'Bei der Federführung nachfragen',
    foiHint: (host: string) => `(Anfrage nach dem Informationsfreiheitsgesetz, vorbereitet auf ${host})`,
    topics: 'Themen',
    partner: 'Partnerorganisation',
    criterion: 'Erfüllt, wenn',
    notSet: 'nicht angegeben',
    timelineHeading: 'Entwicklungen',
    noDevelopments: 'Noch keine Entwicklungen.',
    sources: 'Nachweise',
    importedState: (file: string) => `Stand aus ${file} übernommen`,
    statusChange: 'Status',
    ratingChange: 'Bewertung',
    historyHeading: 'Statusverlauf',
    noHistory: 'Der Status hat sich noch nicht geändert: nicht begonnen.',
    historyDate: 'Datum',
    historyFrom: 'von',
    historyTo: 'zu',
    description: (title: string, status: string) => `Vorhaben: ${title} – ${status}`,
  },
  notFound: {
    heading: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Übersicht weiter.',
    back: 'Zur Übersicht',
  },
  error: {
    heading: 'Etwas ist schiefgegangen',
    text: 'Die Seite konnte nicht angezeigt werden. Bitte später noch einmal versuchen.',
  },
  tooLarge: {
    heading: 'Zu viele Daten',
    text: (limit: string) =>
      `Das Formular war zu groß und wurde nicht angenommen: höchstens ${limit} und nicht zu viele Felder. Bitte den Text kürzen und noch einmal senden.`,
  },
  feeds: {
    all: 'Alle Entwicklungen',
    of: (name: string) => `Entwicklungen: ${name}`,
    visible: (title: string) => `Feed „${title}“:`,
    follow: 'Per E-Mail folgen',
  },
  empty: 'Noch ist kein Koalitionsvertrag importiert. Mit „koalitionstracker import ORDNER“ lassen sich Kapiteldateien einlesen.',
  formatDate,
};

export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}
