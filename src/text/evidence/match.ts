// Which Vorhaben a parliamentary record or news item concerns: scored matches with a reason an editor can check.
import { prepare, type Concept, type PreparedPledge } from './concepts.ts';
import { FIELD_WEIGHTS, findConcept, findLabel, instanceOf, instancesOf, LEADING, NAMED, type Found, type Instance } from './find.ts';
import { reasonOf, type Evidence, type Field } from './reason.ts';

export interface EvidenceDocument {
  id: string;
  kind: 'dip-vorgang' | 'feed-item';
  title: string;
  abstract: string | null;
  descriptors: string[];
  subjectAreas: string[];
  /** YYYY-MM-DD */
  date: string;
  url: string;
  /** Who published it, e.g. the feed's title: a Vorhaben's lead ministry found here supports a match. */
  publisher?: string | null;
}

export interface PledgeForMatching {
  id: number;
  slug: string;
  title: string;
  quote: string | null;
  topics: string[];
  leadMinistry: string | null;
}

export interface EvidenceMatch {
  pledgeId: number;
  /** 0..1 */
  score: number;
  /** German, for editors: „Titel nennt ‚Onlinezugangsgesetzes‘ (Zitat: ‚Weiterentwicklung des Onlinezugangsgesetzes (OZG)‘)“. */
  reason: string;
  /** What the reason says, as data: where the document names which words of the Vorhaben. */
  evidence?: Evidence[];
}

export interface EvidenceMatcher {
  /** Matches above the threshold, highest score first. */
  match(document: EvidenceDocument): EvidenceMatch[];
}

export interface MatcherOptions {
  /** The lowest score returned; MATCH_THRESHOLD unless given. */
  threshold?: number;
}

/** Chosen on the development part of the labelled set (docs/evidence.md). */
export const MATCH_THRESHOLD = 0.5;

/** What a document keeps of its evidence when it covers nothing of the Vorhaben's title. */
const UNCOVERED = 0.4;
/** A name found whole covers the title when it is this rare among the Vorhaben. */
const MIN_NAMED_RARITY = 0.7;
/** Evidence weaker than this share of the strongest is not worth naming in a reason. */
const WORTH_NAMING = 0.25;
/** A topic or the lead ministry adds this much to a match that has some evidence of its own. */
const LABEL_BONUS = 0.05;
const MAX_TOPIC_BONUS = 0.1;
const MIN_FOR_BONUS = 0.2;

/** Precomputes what matching needs of the Vorhaben (terms, law names) once, for many documents. */
export function prepareMatcher(pledges: readonly PledgeForMatching[], options: MatcherOptions = {}): EvidenceMatcher {
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const { reader, pledges: prepared, generic } = prepare(pledges);
  // For each telling key or part, the concepts a document holding it may name: most Vorhaben share no word with a document.
  const postings = new Map<string, Array<readonly [number, number]>>();
  prepared.forEach((pledge, at) =>
    pledge.concepts.forEach((concept, which) => {
      for (const probe of concept.probes) {
        if (generic.has(probe)) continue;
        const list = postings.get(probe);
        if (list) list.push([at, which]);
        else postings.set(probe, [[at, which]]);
      }
    }),
  );

  return {
    match(document) {
      const instances = instancesOf(document, reader);
      const present = new Set<string>();
      for (const instance of instances) for (const key of instance.present) present.add(key);
      const touched = new Map<number, Set<number>>();
      for (const key of present) {
        for (const [at, which] of postings.get(key) ?? []) {
          const concepts = touched.get(at);
          if (concepts) concepts.add(which);
          else touched.set(at, new Set([which]));
        }
      }
      const publisher = document.publisher ? [instanceOf('title', document.publisher, reader)] : [];
      const matches: EvidenceMatch[] = [];
      for (const [at, which] of touched) {
        const pledge = prepared[at]!;
        if (ceiling(pledge, which) < threshold) continue;
        const live = pledge.concepts.filter((concept, index) => which.has(index) || concept.probes.some((probe) => present.has(probe)));
        const scored = scorePledge(pledge, live, instances, publisher, generic);
        if (scored.score < threshold) continue;
        const original = pledges[at]!;
        matches.push({
          pledgeId: original.id,
          score: round(scored.score),
          reason: reasonOf(scored.evidence, original),
          evidence: scored.evidence,
        });
      }
      return matches.sort((a, b) => b.score - a.score || a.pledgeId - b.pledgeId);
    },
  };
}

/**
 * The most a document holding the telling words of the `touched` concepts could score: every concept found whole in
 * its title, those without a telling word too, all bonuses. Most Vorhaben a document touches at all fall below the
 * threshold here, before any field is searched.
 */
function ceiling(pledge: PreparedPledge, touched: ReadonlySet<number>): number {
  let doubt = pledge.genericDoubt;
  let covered = 0;
  let law = false;
  for (const index of touched) {
    const concept = pledge.concepts[index]!;
    doubt *= 1 - concept.weight;
    if (concept.source === 'title') covered += concept.weight ** 2;
    law ||= concept.law;
  }
  const cover = law ? 1 : Math.min(1, (covered + pledge.genericTitleWeight) / pledge.titleWeight);
  return (1 - doubt) * (UNCOVERED + (1 - UNCOVERED) * cover) + MAX_TOPIC_BONUS + LABEL_BONUS;
}

/**
 * Each concept found is a piece of evidence as strong as the concept is telling (its weight), as well as it is found
 * and as much as its field counts; the pieces combine as a noisy-or, `1 − Π(1 − evidence)`. That is then scaled by
 * how much of the Vorhaben's title the document covers — its heaviest concepts, weighed by the square of their weight so
 * that the telling ones decide — because a document naming one of two title words is often about a neighbouring
 * measure. A rare name (a law, an abbreviation) found whole covers the title by itself.
 */
function scorePledge(
  pledge: PreparedPledge,
  concepts: readonly Concept[],
  instances: readonly Instance[],
  publisher: readonly Instance[],
  generic: ReadonlySet<string>,
): { score: number; evidence: Evidence[] } {
  let doubt = 1;
  let covered = 0;
  let namedCover = 0;
  const evidence: Array<Evidence & { quality: number }> = [];
  for (const concept of concepts) {
    let best: Found & { field: Field; weighted: number } = { quality: 0, text: '', field: 'title', weighted: 0 };
    for (const instance of instances) {
      if (!concept.probes.some((probe) => instance.present.has(probe))) continue;
      const found = findConcept(concept, instance, generic);
      const weighted = found.quality * FIELD_WEIGHTS[instance.field];
      if (weighted > best.weighted) best = { ...found, field: instance.field, weighted };
    }
    if (best.weighted === 0) continue;
    const strength = concept.weight * best.weighted;
    doubt *= 1 - strength;
    if (concept.source === 'title') covered += concept.weight ** 2 * best.weighted;
    if (concept.law && concept.rarity >= MIN_NAMED_RARITY && best.quality >= LEADING) namedCover = Math.max(namedCover, best.weighted);
    const cited = concept.quoted
      ? { source: 'quote' as const, ...concept.quoted }
      : { source: concept.source, start: concept.start, end: concept.end };
    evidence.push({ field: best.field, found: best.text, ...cited, strength: round(strength), quality: best.quality });
  }
  const cover = Math.max(namedCover, Math.min(1, covered / pledge.titleWeight));
  let score = (1 - doubt) * (UNCOVERED + (1 - UNCOVERED) * cover);
  if (score >= MIN_FOR_BONUS) {
    const topics = pledge.topics.filter((topic) => instances.some((instance) => findLabel(topic, instance, generic))).length;
    score += Math.min(MAX_TOPIC_BONUS, topics * LABEL_BONUS);
    if (pledge.ministry && [...instances, ...publisher].some((instance) => findLabel(pledge.ministry!, instance, generic)))
      score += LABEL_BONUS;
  }
  evidence.sort((a, b) => b.strength - a.strength);
  const strongest = evidence[0]?.strength ?? 0;
  const named = evidence.filter((item, at) => at === 0 || (item.quality >= NAMED && item.strength >= WORTH_NAMING * strongest));
  return { score: Math.min(1, score), evidence: named.map(({ quality: _quality, ...item }) => item) };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
