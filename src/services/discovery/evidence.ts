// What a stored document is evidence of: the document as the matcher reads it, and the draft
// development a proposal makes of it — title, text, sources, the day, and (for legislation) the status
// the table of domain/legislation-status.ts gives. Every text made from DIP data carries the DIP's
// attribution with the document numbers.
import { legislativeEvidence, type LegislativeStage } from '../../domain/legislation-status.ts';
import type { Status } from '../../domain/status.ts';
import { cutText } from '../../domain/text-characters.ts';
import type { Drucksache, Vorgangsposition } from '../../formats/dip.ts';
import type { FeedItem } from '../../formats/feed-read.ts';
import { httpUrl } from '../../formats/okf-schema.ts';
import type { EvidenceDocumentRow } from '../../store/schema-evidence.ts';
import type { SourceFields } from '../../store/developments.ts';
import type { EvidenceDocument } from '../../text/evidence/match.ts';
import type { StoredVorgang } from './dip-sync.ts';

/** The attribution the DIP's terms of use ask for, with the document numbers. */
export const DIP_ATTRIBUTION = 'Deutscher Bundestag/Bundesrat – DIP';

export interface Evidence {
  document: EvidenceDocument;
  /** A Vorgang's LegislativeStage; `item` for a feed item. One proposal per document, Vorhaben and stage. */
  stage: LegislativeStage | 'item';
  /** The status the evidence supports, or null. */
  status: Status | null;
  /** The day of the event, YYYY-MM-DD: only days within a government's term count. */
  date: string;
  /** Why, after the matcher's reason: "verkündet am 23.07.2024 (BGBl. 2024 I Nr. 245)". */
  because: string;
  title: string;
  body: string;
  sources: SourceFields[];
  /** The document's page, for the run's report. */
  url: string;
}

const TITLE_LENGTH = 300;
const germanDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
const title = (prefix: string, text: string) => cutText(`${prefix}${text}`, TITLE_LENGTH);
const link = (url: string | undefined | null) => (url && httpUrl.safeParse(url).success ? url : null);

/** The evidence a stored document holds, or undefined when it can be none (an item without date or link). */
export function evidenceOf(row: EvidenceDocumentRow, sourceTitle: string): Evidence | undefined {
  return row.kind === 'dip-vorgang'
    ? vorgangEvidence(row, JSON.parse(row.raw) as StoredVorgang)
    : itemEvidence(row, JSON.parse(row.raw) as FeedItem, sourceTitle);
}

const STAGE_TITLES: Record<LegislativeStage, string> = {
  promulgated: 'Gesetz verkündet: ',
  introduced: 'Im Gesetzgebungsverfahren: ',
  failed: 'Gesetzgebung gescheitert: ',
  other: 'Bundestag: ',
};

/** A Drucksache's number as the terms of use write them: "BT-Drs. 20/8093", "BR-Drs. 286/23". */
function documentNumber(step: Pick<Vorgangsposition['fundstelle'], 'dokumentart' | 'dokumentnummer' | 'herausgeber'>): string {
  const house = step.herausgeber === 'BR' ? 'BR' : 'BT';
  return `${house}-${step.dokumentart === 'Plenarprotokoll' ? 'PlPr.' : 'Drs.'} ${step.dokumentnummer}`;
}

function vorgangEvidence(row: EvidenceDocumentRow, stored: StoredVorgang): Evidence | undefined {
  const { vorgang, positionen } = stored;
  const steps = [...positionen].sort((a, b) => a.datum.localeCompare(b.datum) || Number(a.id) - Number(b.id));
  const promulgations = (vorgang.verkuendung ?? []).map((entry) => ({ reference: entry.fundstelle, date: entry.verkuendungsdatum }));
  const evidence = legislativeEvidence({
    beratungsstand: vorgang.beratungsstand ?? null,
    date: vorgang.datum ?? steps.at(-1)?.datum ?? row.date ?? '',
    promulgations,
    steps: steps.map((step) => ({
      name: step.vorgangsposition,
      date: step.datum,
      decisions: (step.beschlussfassung ?? []).map((decision) => decision.beschlusstenor),
    })),
  });
  if (!evidence.date) return undefined;
  const page = row.url!;
  const important = steps.filter((step) => step.gang && step.fundstelle.dokumentart === 'Drucksache');
  const cited = new Map<string, Vorgangsposition>();
  for (const step of important) if (!cited.has(step.fundstelle.id)) cited.set(step.fundstelle.id, step);
  const drucksachen = new Map(stored.drucksachen.map((drucksache: Drucksache) => [drucksache.id, drucksache]));
  const numbers = [...cited.values()].map((step) => documentNumber(step.fundstelle));
  const sources: SourceFields[] = [
    { url: page, title: cutText(`DIP: ${vorgang.titel}`, TITLE_LENGTH), publisher: DIP_ATTRIBUTION, publishedOn: vorgang.datum ?? null },
  ];
  for (const step of [...cited.values()].slice(0, 8)) {
    const drucksache = drucksachen.get(step.fundstelle.id);
    const url = link(drucksache?.fundstelle.pdf_url ?? step.fundstelle.pdf_url);
    if (!url) continue;
    const kind = drucksache?.drucksachetyp ?? step.fundstelle.drucksachetyp ?? step.vorgangsposition;
    sources.push({
      url,
      title: `${documentNumber(step.fundstelle)} (${kind})`,
      publisher: DIP_ATTRIBUTION,
      publishedOn: step.fundstelle.datum,
    });
  }
  const gazette = (vorgang.verkuendung ?? []).filter((entry) => link(entry.pdf_url));
  for (const entry of gazette)
    sources.push({ url: entry.pdf_url!, title: entry.fundstelle, publisher: 'Bundesgesetzblatt', publishedOn: entry.verkuendungsdatum });

  const lines = [`**${vorgang.titel}** (${vorgang.vorgangstyp}, ${vorgang.wahlperiode}. Wahlperiode): ${evidence.because}.`];
  const facts = [
    vorgang.initiative?.length ? `Initiative: ${vorgang.initiative.join(', ')}.` : '',
    vorgang.beratungsstand ? `Beratungsstand: ${vorgang.beratungsstand}.` : '',
    (vorgang.inkrafttreten ?? []).length > 0
      ? `Inkrafttreten: ${(vorgang.inkrafttreten ?? []).map((entry) => germanDate(entry.datum) + (entry.erlaeuterung ? ` (${entry.erlaeuterung})` : '')).join('; ')}.`
      : '',
  ].filter(Boolean);
  if (facts.length > 0) lines.push(facts.join(' '));
  if (cited.size > 0)
    lines.push(
      `Wichtige Drucksachen: ${[...cited.values()].map((step) => `${documentNumber(step.fundstelle)} (${step.fundstelle.drucksachetyp ?? step.vorgangsposition}, ${germanDate(step.fundstelle.datum)})`).join('; ')}.`,
    );
  if (vorgang.abstract) lines.push(cutText(vorgang.abstract, 1500));
  lines.push(attribution([...numbers, ...promulgations.map((entry) => entry.reference)]));
  return {
    document: {
      id: `dip-vorgang:${vorgang.id}`,
      kind: 'dip-vorgang',
      title: vorgang.titel,
      abstract: vorgang.abstract ?? null,
      descriptors: (vorgang.deskriptor ?? []).map((descriptor) => descriptor.name),
      subjectAreas: vorgang.sachgebiet ?? [],
      date: evidence.date,
      url: page,
    },
    stage: evidence.stage,
    status: evidence.status,
    date: evidence.date,
    because: evidence.because,
    title: title(STAGE_TITLES[evidence.stage], vorgang.titel),
    body: lines.join('\n\n'),
    sources,
    url: page,
  };
}

/** The attribution line of a development made from DIP data. */
export function attribution(numbers: readonly string[]): string {
  const unique = [...new Set(numbers)];
  return `Quelle: ${DIP_ATTRIBUTION}${unique.length > 0 ? ` (${unique.join(', ')})` : ''}`;
}

function itemEvidence(row: EvidenceDocumentRow, item: FeedItem, sourceTitle: string): Evidence | undefined {
  const url = link(item.link);
  if (!item.date || !url) return undefined;
  return {
    document: {
      id: `feed-item:${row.source_id}:${item.id}`,
      kind: 'feed-item',
      title: item.title,
      abstract: item.summary,
      descriptors: item.categories,
      subjectAreas: [],
      date: item.date,
      url,
      publisher: sourceTitle,
    },
    stage: 'item',
    status: null,
    date: item.date,
    because: `${sourceTitle} vom ${germanDate(item.date)}`,
    title: title('', item.title),
    body: item.summary ? cutText(item.summary, 3000) : '',
    sources: [{ url, title: cutText(item.title, TITLE_LENGTH), publisher: sourceTitle, publishedOn: item.date }],
    url,
  };
}
