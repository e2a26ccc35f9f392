// Which Vorhaben a parliamentary record or news item concerns: scored matches with a reason an editor can check.
import { prepare, type Concept, type Form, type Label, type PreparedPledge } from './concepts.ts';
import { reasonOf, type Evidence, type Field } from './reason.ts';
import { readGroups, type Group, type Reader } from './words.ts';

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

/** How much a mention counts by where the document has it. */
const FIELD_WEIGHTS: Readonly<Record<Field, number>> = { title: 1, descriptor: 0.85, abstract: 0.7, subjectArea: 0.4 };
/** How well a form is found: the same word, one compound that begins with it, a derivation, a phrase, a compound that ends with it. */
const EXACT = 1;
const LEADING = 0.9;
const PHRASE = 0.8;
const DERIVED = 0.7;
const INSIDE = 0.5;
/** What a rare part of a compound earns when the whole is not found ("Games" of "Games-Standort"), scaled by its rarity. */
const PARTIAL = 0.45;
const MIN_PARTIAL_RARITY = 0.8;
/** What a document keeps of its evidence when it covers nothing of the Vorhaben's title. */
const UNCOVERED = 0.4;
/** A name found whole covers the title when it is this rare among the Vorhaben. */
const MIN_NAMED_RARITY = 0.7;
/** A phrase of which a unit is a word every bill uses ("Gesetz … Daten") is weaker evidence. */
const GENERIC_PHRASE = 0.5;
/** Words of a phrase may stand this many content words apart: "Modernisierung der Register", "Stipendium für Gründerinnen". */
const PHRASE_GAP = 2;
/** Evidence found less well than this, or weaker than this share of the strongest, is not worth naming in a reason. */
const NAMED = 0.5;
const WORTH_NAMING = 0.25;
/** A topic or the lead ministry adds this much to a match that has some evidence of its own. */
const LABEL_BONUS = 0.05;
const MAX_TOPIC_BONUS = 0.1;
const MIN_FOR_BONUS = 0.2;
/** Derivations are recognised from stems this long: "digital" in "digitalisier". */
const MIN_DERIVED = 5;

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
        matches.push({ pledgeId: original.id, score: round(scored.score), reason: reasonOf(scored.evidence, original), evidence: scored.evidence });
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

/** One field of a document as the matcher reads it, with look-ups by key and by compound part. */
interface Instance {
  field: Field;
  text: string;
  groups: Group[];
  keys: Set<string>;
  /** Beginnings of the groups' keys, for derivations ("digital" in "digitalisier"). */
  prefixes: Set<string>;
  partsAt: Map<string, number[]>;
  /** Keys, prefixes and parts together: what a concept's probes are looked up in. */
  present: Set<string>;
}

function instancesOf(document: EvidenceDocument, reader: Reader): Instance[] {
  const instances = [instanceOf('title', document.title, reader)];
  if (document.abstract) instances.push(instanceOf('abstract', document.abstract, reader));
  for (const descriptor of document.descriptors) instances.push(instanceOf('descriptor', descriptor, reader));
  for (const area of document.subjectAreas) instances.push(instanceOf('subjectArea', area, reader));
  return instances;
}

function instanceOf(field: Field, text: string, reader: Reader): Instance {
  const groups = readGroups(text, reader).filter((group) => !group.filler);
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const partsAt = new Map<string, number[]>();
  groups.forEach((group, at) => {
    for (const key of group.keys) {
      keys.add(key);
      if (!key.startsWith('#')) for (let length = MIN_DERIVED; length < key.length; length++) prefixes.add(key.slice(0, length));
    }
    for (const part of new Set(group.parts)) {
      const list = partsAt.get(part);
      if (list) list.push(at);
      else partsAt.set(part, [at]);
    }
  });
  return { field, text, groups, keys, prefixes, partsAt, present: new Set([...keys, ...prefixes, ...partsAt.keys()]) };
}

interface Found {
  quality: number;
  /** The document's words that show it. */
  text: string;
}

const NOTHING: Found = { quality: 0, text: '' };

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
    let best: Found & { field: Field; weighted: number } = { ...NOTHING, field: 'title', weighted: 0 };
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
    const cited = concept.quoted ? { source: 'quote' as const, ...concept.quoted } : { source: concept.source, start: concept.start, end: concept.end };
    evidence.push({ field: best.field, found: best.text, ...cited, strength: round(strength), quality: best.quality });
  }
  const cover = Math.max(namedCover, Math.min(1, covered / pledge.titleWeight));
  let score = (1 - doubt) * (UNCOVERED + (1 - UNCOVERED) * cover);
  if (score >= MIN_FOR_BONUS) {
    const topics = pledge.topics.filter((topic) => instances.some((instance) => findLabel(topic, instance, generic))).length;
    score += Math.min(MAX_TOPIC_BONUS, topics * LABEL_BONUS);
    if (pledge.ministry && [...instances, ...publisher].some((instance) => findLabel(pledge.ministry!, instance, generic))) score += LABEL_BONUS;
  }
  evidence.sort((a, b) => b.strength - a.strength);
  const strongest = evidence[0]?.strength ?? 0;
  const named = evidence.filter((item, at) => at === 0 || (item.quality >= NAMED && item.strength >= WORTH_NAMING * strongest));
  return { score: Math.min(1, score), evidence: named.map(({ quality: _quality, ...item }) => item) };
}

function findConcept(concept: Concept, instance: Instance, generic: ReadonlySet<string>): Found {
  let best = NOTHING;
  for (const form of concept.forms) {
    const found = findForm(form, instance, generic);
    if (found.quality > best.quality) best = found;
  }
  if (best.quality >= NAMED) return best;
  for (const { part, rarity } of concept.telling) {
    const at = instance.partsAt.get(part);
    const quality = Math.min(PARTIAL, (PARTIAL * rarity) / concept.rarity);
    if (at && rarity >= MIN_PARTIAL_RARITY && quality > best.quality) best = { quality, text: instance.groups[at[0]!]!.text };
  }
  return best;
}

function findLabel(label: Label, instance: Instance, generic: ReadonlySet<string>): boolean {
  return label.some((form) => findForm(form, instance, generic).quality >= PHRASE);
}

function findForm(form: Form, instance: Instance, generic: ReadonlySet<string>): Found {
  for (const key of form.keys) {
    if (instance.keys.has(key)) return { quality: EXACT, text: instance.groups.find((group) => group.keys.includes(key))!.text };
  }
  let best = NOTHING;
  if (form.parts.length > 0) {
    for (const at of instance.partsAt.get(form.parts[0]!) ?? []) {
      const group = instance.groups[at]!;
      const offset = contiguousAt(group.parts, form.parts);
      if (offset < 0) continue;
      // "Bundes-Klimaschutzgesetz" is the Klimaschutzgesetz; "Forschungsdatengesetz" is a data law, not the Datengesetz.
      const quality = group.parts.slice(0, offset).every((part) => generic.has(part)) ? LEADING : INSIDE;
      if (quality > best.quality) best = { quality, text: group.text };
    }
  }
  if (best.quality < LEADING && form.parts.length > 2) {
    // The document names the Vorhaben's compound without its generic parts ("Lieferkettengesetz" for
    // "EU-Lieferkettengesetz"), or a shorter compound inside it ("Staatsangehörigkeit" of "Mehrfachstaatsangehörigkeit").
    for (const part of new Set(form.parts)) {
      if (generic.has(part)) continue;
      for (const at of instance.partsAt.get(part) ?? []) {
        const group = instance.groups[at]!;
        if (group.parts.length < 2 || group.parts.length >= form.parts.length || group.parts[0] !== part) continue;
        const offset = contiguousAt(form.parts, group.parts);
        if (offset < 0) continue;
        // Only a generic modifier may be missing: without its head a law's name is its field ("Tierschutz").
        const whole = offset + group.parts.length === form.parts.length && form.parts.slice(0, offset).every((other) => generic.has(other));
        const quality = whole ? LEADING : INSIDE;
        if (quality > best.quality) best = { quality, text: group.text };
      }
    }
  }
  if (best.quality < DERIVED) {
    for (const key of form.keys) {
      if (key.length < MIN_DERIVED || key.startsWith('#') || !instance.prefixes.has(key)) continue;
      best = { quality: DERIVED, text: instance.groups.find((group) => group.keys.some((own) => own.startsWith(key)))!.text };
      break;
    }
  }
  if (best.quality < PHRASE && form.units.length > 1) {
    const phrase = findPhrase(form.units, instance);
    const quality = form.units.some((unit) => unit.every((part) => generic.has(part))) ? GENERIC_PHRASE : PHRASE;
    if (phrase && quality > best.quality) best = { quality, text: phrase };
  }
  return best;
}

/** Where `wanted` stands as a run inside `parts`, or -1. */
function contiguousAt(parts: readonly string[], wanted: readonly string[]): number {
  outer: for (let start = 0; start + wanted.length <= parts.length; start++) {
    for (let i = 0; i < wanted.length; i++) if (parts[start + i] !== wanted[i]) continue outer;
    return start;
  }
  return -1;
}

/**
 * The units of a form spread over nearby groups, in any order: "Modernisierung der Register" for
 * "Registermodernisierung", "Bundesbeauftragte für Tierschutz" for "Tierschutzbeauftragte". Each group covers a run
 * of units at its end, so a unit inside another compound ("Grund" of "Kindergrundsicherung") does not count, nor does
 * a group holding a further unit elsewhere ("Gesundheitsdatennutzungsgesetz" is no "Datengesetz").
 */
function findPhrase(units: ReadonlyArray<readonly string[]>, instance: Instance): string | undefined {
  const reach = PHRASE_GAP * (units.length - 1);
  /** Groups whose parts end with units `from`…`to`-1 and hold no other unit. */
  const covering = (from: number, to: number): number[] => {
    const run = units.slice(from, to).flat();
    return (instance.partsAt.get(run[0]!) ?? []).filter((at) => {
      const parts = instance.groups[at]!.parts;
      if (contiguousAt(parts, run) !== parts.length - run.length) return false;
      const before = parts.slice(0, parts.length - run.length);
      return units.every((unit, index) => (index >= from && index < to) || contiguousAt(before, unit) < 0);
    });
  };
  const search = (from: number, chosen: number[]): number[] | undefined => {
    if (from === units.length) return chosen.length > 1 ? chosen : undefined;
    for (let to = units.length; to > from; to--) {
      for (const at of covering(from, to)) {
        if (chosen.includes(at) || chosen.some((other) => Math.abs(other - at) > reach)) continue;
        const found = search(to, [...chosen, at]);
        if (found) return found;
      }
    }
    return undefined;
  };
  const chosen = search(0, []);
  if (!chosen) return undefined;
  const from = Math.min(...chosen);
  const to = Math.max(...chosen);
  return instance.text.slice(instance.groups[from]!.start, instance.groups[to]!.end);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
