// The labelled set of evidence matching (test/fixtures/evidence/, docs/evidence.md): Vorhaben, documents, labels, evaluation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slugify } from '../../src/domain/slug.ts';
import { parseOkfChapter } from '../../src/formats/okf.ts';
import type { EvidenceDocument, EvidenceMatcher, PledgeForMatching } from '../../src/text/evidence/match.ts';
import { isWithinTerm, type Term } from '../../src/text/evidence/term.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/evidence/', import.meta.url));
const DEMO = fileURLToPath(new URL('../../data/demo/2-2-digitale-innovationen-und-digitale-infrastruktur.md', import.meta.url));

/** The government of the 2021 agreement (data/demo/agreement.yml). */
export const TERM: Term = { start: '2021-12-08', end: '2025-05-06' };

/** A Vorhaben the set defines on a sentence of the 2021 agreement: the quote is verbatim from the chapter. */
export interface DefinedPledge {
  slug: string;
  chapter: string;
  quote: string;
  title: string;
  topics: string[];
  leadMinistry: string | null;
}

export type Relation = 'same-topic' | 'before-term' | 'after-term' | 'unrelated';

export interface Label {
  /** "dip-vorgang:ID" or "feed-item:GUID". */
  document: string;
  split: 'development' | 'held-out';
  /** Every Vorhaben of the set the document concerns; all others are negatives. */
  positives: string[];
  /** Hard negatives, named with why they are not the document's Vorhaben. */
  negatives: Array<{ pledge: string; relation: Relation; note?: string }>;
  note?: string;
}

/** A Vorgang as the DIP API returns it, with the fields matching reads. */
export interface DipVorgang {
  id: string;
  vorgangstyp: string;
  titel: string;
  abstract?: string;
  beratungsstand?: string;
  wahlperiode: number;
  datum: string;
  sachgebiet?: string[];
  deskriptor?: Array<{ name: string; typ: string; fundstelle: boolean }>;
  verkuendung?: Array<{ fundstelle: string; verkuendungsdatum: string }>;
}

export interface FeedItem {
  feed: { title: string; url: string };
  guid: string;
  title: string;
  summary: string | null;
  link: string;
  published: string;
  categories: string[];
}

const jsonLines = <T>(file: string): T[] =>
  readFileSync(FIXTURES + file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);

export const definedPledges = (): DefinedPledge[] => jsonLines<DefinedPledge>('pledges.jsonl');
export const labels = (): Label[] => jsonLines<Label>('labels.jsonl');
export const vorgaenge = (): DipVorgang[] => jsonLines<DipVorgang>('dip-vorgaenge.jsonl');
export const feedItems = (): FeedItem[] => jsonLines<FeedItem>('feed-items.jsonl');

/** The 40 Vorhaben of the demo chapter, as the import makes them: slug from the statement id, summary as title, marked quote. */
export function demoPledges(): PledgeForMatching[] {
  const chapter = parseOkfChapter(readFileSync(DEMO, 'utf8'));
  return chapter.statements.map((statement, index) => ({
    id: index + 1,
    slug: slugify(statement.id ?? statement.summary),
    title: statement.summary,
    quote: statement.anchor ? chapter.body.slice(statement.anchor.start, statement.anchor.end) : null,
    topics: statement.categories,
    leadMinistry: statement.leadMinistry,
  }));
}

/** The demo's Vorhaben and those the set defines (ids from 101), as a tracker would hand them to the matcher. */
export function allPledges(): PledgeForMatching[] {
  const defined = definedPledges().map((pledge, index) => ({
    id: 101 + index,
    slug: pledge.slug,
    title: pledge.title,
    quote: pledge.quote,
    topics: pledge.topics,
    leadMinistry: pledge.leadMinistry,
  }));
  return [...demoPledges(), ...defined];
}

/** A Vorgang as the discovery run hands it over: title, abstract, descriptor names, Sachgebiete, the date of its last document. */
export function documentOfVorgang(vorgang: DipVorgang): EvidenceDocument {
  return {
    id: `dip-vorgang:${vorgang.id}`,
    kind: 'dip-vorgang',
    title: vorgang.titel,
    abstract: vorgang.abstract ?? null,
    descriptors: (vorgang.deskriptor ?? []).map((descriptor) => descriptor.name),
    subjectAreas: vorgang.sachgebiet ?? [],
    date: vorgang.datum,
    url: `https://dip.bundestag.de/vorgang/${vorgang.id}`,
    publisher: 'Deutscher Bundestag/Bundesrat – DIP',
  };
}

export function documentOfFeedItem(item: FeedItem): EvidenceDocument {
  return {
    id: `feed-item:${item.guid}`,
    kind: 'feed-item',
    title: item.title,
    abstract: item.summary,
    descriptors: [],
    subjectAreas: item.categories,
    date: item.published.slice(0, 10),
    url: item.link,
    publisher: item.feed.title,
  };
}

export function allDocuments(): Map<string, EvidenceDocument> {
  const documents = [...vorgaenge().map(documentOfVorgang), ...feedItems().map(documentOfFeedItem)];
  return new Map(documents.map((document) => [document.id, document]));
}

export interface Evaluation {
  documents: number;
  positives: number;
  truePositives: number;
  /** Matches of a labelled document to any Vorhaben it is not labelled with (closed world). */
  falsePositives: number;
  /** Of those, matches to a labelled hard negative. */
  hardNegativesMatched: number;
  hardNegatives: number;
  recall: number;
  precision: number;
  missed: Array<{ document: string; pledge: string }>;
  wrong: Array<{ document: string; pledge: string; score: number; reason: string }>;
}

/**
 * Runs the matcher as discovery will: documents dated outside the term are dropped first, then every remaining
 * document is matched against all Vorhaben of the set. A match is right when the label lists the Vorhaben.
 */
export function evaluate(
  matcher: EvidenceMatcher,
  pledges: readonly PledgeForMatching[],
  rows: readonly Label[],
  documents: ReadonlyMap<string, EvidenceDocument>,
): Evaluation {
  const slugOf = new Map(pledges.map((pledge) => [pledge.id, pledge.slug]));
  let positives = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let hardNegatives = 0;
  let hardNegativesMatched = 0;
  const missed: Evaluation['missed'] = [];
  const wrong: Evaluation['wrong'] = [];
  for (const row of rows) {
    const document = documents.get(row.document);
    if (!document) throw new Error(`label for unknown document ${row.document}`);
    const matches = isWithinTerm(document.date, TERM) ? matcher.match(document) : [];
    const found = new Map(matches.map((match) => [slugOf.get(match.pledgeId)!, match]));
    positives += row.positives.length;
    hardNegatives += row.negatives.length;
    for (const slug of row.positives) {
      if (found.has(slug)) truePositives++;
      else missed.push({ document: row.document, pledge: slug });
    }
    for (const [slug, match] of found) {
      if (row.positives.includes(slug)) continue;
      falsePositives++;
      if (row.negatives.some((negative) => negative.pledge === slug)) hardNegativesMatched++;
      wrong.push({ document: row.document, pledge: slug, score: match.score, reason: match.reason });
    }
  }
  return {
    documents: rows.length,
    positives,
    truePositives,
    falsePositives,
    hardNegatives,
    hardNegativesMatched,
    recall: truePositives / positives,
    precision: truePositives / (truePositives + falsePositives),
    missed,
    wrong,
  };
}
