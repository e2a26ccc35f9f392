// What matching needs of the Vorhaben, worked out once for many documents: their concepts and how rare each is.
import { termsOf } from '../search-terms.ts';
import { abbreviates, LAW_ABBREVIATIONS, acronymKey, SUFFIX_KEYS } from './abbreviations.ts';
import { compoundSplitter, partKey } from './compounds.ts';
import { BASE_PARTS, GENERIC_ABBREVIATIONS, GENERIC_WORDS, SHORT_PARTS } from './vocabulary.ts';
import { readGroups, type Group, type Reader } from './words.ts';

/** One way a concept can appear in a document. */
export interface Form {
  /** Keys that match a group as a whole. */
  keys: readonly string[];
  /** The parts in order, found together inside one group ("Registermodernisierungsgesetz"). */
  parts: readonly string[];
  /** Or spread over nearby groups, each unit in a group of its own ("Modernisierung der Register"); empty if not. */
  units: ReadonlyArray<readonly string[]>;
}

/** A word or name of a Vorhaben that a document can mention: "Onlinezugangsgesetzes (OZG)", "Gigabit-Grundbuchs". */
export interface Concept {
  forms: readonly Form[];
  /** Every key and part any form is found by: a document holding none of them cannot name the concept. */
  probes: readonly string[];
  /** The parts of a compound a partial match looks for, each with its rarity: "Games" of "Games-Standort". */
  telling: ReadonlyArray<{ part: string; rarity: number }>;
  rarity: number;
  /** Rarity, discounted for words other than nouns and names and for words only the quote has. */
  weight: number;
  source: 'title' | 'quote';
  /** Where the quote says it, if it does: a reason cites the agreement's words rather than the title. */
  quoted: { start: number; end: number } | null;
  /** A law's name or abbreviation: found whole, it says which Vorhaben is meant ("Onlinezugangsgesetz", "OZG"). */
  law: boolean;
  /** Where the Vorhaben says it: offsets into its title or quote. */
  start: number;
  end: number;
}

/** A short phrase of the Vorhaben besides its text: a topic or the lead ministry, found as a whole. */
export type Label = readonly Form[];

export interface PreparedPledge {
  concepts: readonly Concept[];
  /** The sum of the squared weights of the title's heaviest concepts: what a document covering the title matches. */
  titleWeight: number;
  /** For the concepts made of generic words only, which no index finds: Π(1 − weight), and their squared title weights. */
  genericDoubt: number;
  genericTitleWeight: number;
  topics: readonly Label[];
  ministry: Label | null;
}

export interface PledgeText {
  title: string;
  quote: string | null;
  topics: readonly string[];
  leadMinistry: string | null;
}

/** Rarity is measured as if there were at least this many Vorhaben: in a short programme every word would look common. */
const MIN_PLEDGES = 100;
/** The most a word every bill uses can count. */
const GENERIC_RARITY = 0.15;
/**
 * How telling a word is by its kind: a name (a law, an abbreviation, a code) names a measure; a compound of telling
 * parts nearly does ("Kindergrundsicherung"); a plain noun is a field ("Verwaltung"); numbers tell measures apart
 * ("520 Euro") but name none; adjectives, verbs and adverbs least ("flächendeckende", "verlängern").
 */
const KIND = { name: 1, compound: 0.9, noun: 0.8, number: 0.4, other: 0.25 };
/** The title is the editors' name for the Vorhaben; the rest of the quote says more than the measure. */
const QUOTE_ONLY = 0.6;
/** How many of the title's concepts a document must cover for a full score. */
const TITLE_CONCEPTS = 3;
/** Heads of law names: "Onlinezugangsgesetz", "E-Privacy-Verordnung", "Verbandsklagerichtlinie". */
const LAW_HEADS = /(gesetz|gesetzbuch|verordnung|ordnung|richtlinie|abkommen|konvention|staatsvertrag)(es|s|en|n|e)?$/;
/** The most words a spelled-out name may have before its abbreviation: "Bundesamt für Sicherheit in der Informationstechnik (BSI)". */
const MAX_NAME_GROUPS = 6;

export interface Preparation {
  reader: Reader;
  pledges: PreparedPledge[];
  generic: ReadonlySet<string>;
}

interface Read {
  source: 'title' | 'quote';
  text: string;
  groups: Group[];
}

/** Reads every Vorhaben with a vocabulary made of all of them, then weighs each concept by how few Vorhaben use it. */
export function prepare(texts: readonly PledgeText[]): Preparation {
  const vocabulary = new Set(BASE_PARTS);
  for (const text of texts) {
    for (const part of [text.title, text.quote ?? '', ...text.topics]) for (const term of termsOf(part)) vocabulary.add(term.word);
  }
  const splitter = compoundSplitter(vocabulary, SHORT_PARTS);
  const aliases = lawAliases();
  // The first reading finds the abbreviations the Vorhaben define; the reader for all else knows them too.
  const firstReader: Reader = { splitter, aliases: lawAliases() };
  const generic = new Set([...GENERIC_WORDS.map(partKey), ...GENERIC_ABBREVIATIONS.map(acronymKey)]);

  const read = texts.map((text) => {
    const sources: Read[] = [{ source: 'title', text: text.title, groups: readGroups(text.title, firstReader) }];
    if (text.quote) sources.push({ source: 'quote', text: text.quote, groups: readGroups(text.quote, firstReader) });
    return sources;
  });
  // Abbreviations the Vorhaben define ("Onlinezugangsgesetzes (OZG)") name the law in documents too.
  const laws = new Set([...aliases.keys()]);
  for (const sources of read)
    for (const { text, groups } of sources)
      for (const definition of definitions(text, groups)) {
        if (definition.name.length !== 1) continue;
        const [name, abbreviation] = [definition.name[0]!, definition.abbreviation];
        addAlias(aliases, name.keys[0]!, abbreviation.keys[0]!);
        if (LAW_HEADS.test(name.text.toLowerCase())) laws.add(name.keys[0]!).add(abbreviation.keys[0]!);
      }
  const reader: Reader = { splitter, aliases };
  const reread = read.map((sources) => sources.map((source) => ({ ...source, groups: readGroups(source.text, reader) })));

  const frequency = new Map<string, number>();
  for (const sources of reread) {
    const seen = new Set<string>();
    for (const { groups } of sources)
      for (const group of groups) if (!group.filler) for (const key of [...group.keys, ...group.parts]) seen.add(key);
    for (const key of seen) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const scale = Math.log(2 + Math.max(texts.length, MIN_PLEDGES));
  const rarity = (key: string): number => {
    const rare = 1 - Math.log(1 + (frequency.get(key) ?? 0)) / scale;
    return generic.has(key) || SUFFIX_KEYS.has(key) ? Math.min(rare, GENERIC_RARITY) : rare;
  };

  const pledges = reread.map((sources, index) => {
    const concepts = conceptsOf(sources, rarity, generic, laws);
    const heaviest = concepts
      .filter((concept) => concept.source === 'title')
      .map((concept) => concept.weight ** 2)
      .sort((a, b) => b - a);
    const text = texts[index]!;
    const untold = concepts.filter((concept) => concept.probes.every((probe) => generic.has(probe)));
    return {
      concepts,
      genericDoubt: untold.reduce((doubt, concept) => doubt * (1 - concept.weight), 1),
      genericTitleWeight: untold.filter((concept) => concept.source === 'title').reduce((sum, concept) => sum + concept.weight ** 2, 0),
      titleWeight: Math.max(
        Number.EPSILON,
        heaviest.slice(0, TITLE_CONCEPTS).reduce((sum, weight) => sum + weight, 0),
      ),
      topics: text.topics.map((topic) => labelOf(topic, reader)),
      ministry: text.leadMinistry ? labelOf(text.leadMinistry, reader) : null,
    };
  });
  return { reader, pledges, generic };
}

function lawAliases(): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const [abbreviation, name] of LAW_ABBREVIATIONS)
    addAlias(
      aliases,
      partKey(
        termsOf(name)
          .map((term) => term.word)
          .join(''),
      ),
      acronymKey(abbreviation),
    );
  return aliases;
}

function addAlias(aliases: Map<string, string[]>, name: string, abbreviation: string): void {
  for (const [from, to] of [
    [name, abbreviation],
    [abbreviation, name],
  ] as const) {
    const known = aliases.get(from);
    if (!known) aliases.set(from, [to]);
    else if (!known.includes(to)) known.push(to);
  }
}

interface Definition {
  abbreviation: Group;
  name: Group[];
}

/** Abbreviations defined in parentheses after their name, as agreements write them: "Onlinezugangsgesetzes (OZG)". */
function definitions(text: string, groups: readonly Group[]): Definition[] {
  const found: Definition[] = [];
  groups.forEach((group, index) => {
    if (!group.acronym || text[group.start - 1] !== '(' || text[group.end] !== ')') return;
    for (let length = 1; length <= Math.min(MAX_NAME_GROUPS, index); length++) {
      const name = groups.slice(index - length, index);
      const first = name[0]!;
      if (!first.noun || first.acronym || text.slice(name.at(-1)!.end, group.start).trim() !== '(') continue;
      if (abbreviates(group.text, text.slice(first.start, name.at(-1)!.end))) {
        found.push({ abbreviation: group, name });
        return;
      }
    }
  });
  return found;
}

function conceptsOf(
  sources: readonly Read[],
  rarity: (key: string) => number,
  generic: ReadonlySet<string>,
  laws: ReadonlySet<string>,
): Concept[] {
  const byKey = new Map<string, Concept>();
  for (const { source, text, groups } of sources) {
    const defined = new Map(definitions(text, groups).map((definition) => [definition.abbreviation, definition.name]));
    const merged = new Set<Group>();
    for (const [abbreviation, name] of defined) if (name.length === 1) merged.add(abbreviation);
    for (const group of groups) {
      if (group.filler || merged.has(group)) continue;
      const forms = formsOf(group);
      const abbreviation = [...defined].find(([, name]) => name.length === 1 && name[0] === group)?.[0];
      if (abbreviation) forms.push(...formsOf(abbreviation));
      const name = defined.get(group);
      if (name && name.length > 1) forms.push(spelledOut(name));
      const parts = forms[0]!.parts;
      // A compound of words every bill uses says no more than they do ("Änderungsgesetz"); any other is as rare as
      // its rarest part or as itself ("Kindergrundsicherung").
      const allGeneric = parts.every((part) => generic.has(part) || SUFFIX_KEYS.has(part));
      const keys = forms.flatMap((form) => form.keys);
      const conceptRarity = allGeneric && !group.acronym ? GENERIC_RARITY : Math.max(...keys.map(rarity), ...parts.map(rarity));
      const law = (group.noun && LAW_HEADS.test(group.text.toLowerCase()) && parts.length > 1) || keys.some((key) => laws.has(key));
      const telling = parts.filter((part) => !generic.has(part) && !SUFFIX_KEYS.has(part));
      const kind =
        law || group.acronym || group.code
          ? KIND.name
          : group.number
            ? KIND.number
            : !group.noun
              ? KIND.other
              : telling.length > 1
                ? KIND.compound
                : KIND.noun;
      const weight = conceptRarity * kind * (source === 'title' ? 1 : QUOTE_ONLY);
      const key = group.keys[0]!;
      const known = byKey.get(key);
      const at = { start: group.start, end: abbreviation ? abbreviation.end + 1 : group.end };
      if (known && known.weight >= weight) {
        if (source === 'quote') known.quoted ??= at;
        continue;
      }
      byKey.set(key, {
        forms,
        probes: [...new Set(forms.flatMap((form) => [...form.keys, ...form.parts, ...form.units.flat()]))],
        telling: parts.length > 1 ? telling.map((part) => ({ part, rarity: rarity(part) })) : [],
        rarity: conceptRarity,
        weight,
        source,
        quoted: source === 'quote' ? at : null,
        law,
        ...at,
      });
    }
  }
  return [...byKey.values()];
}

/** A group as a whole, by its abbreviations alone, and with its compound parts spread over a phrase. */
function formsOf(group: Group): Form[] {
  const forms: Form[] = [{ keys: group.keys, parts: group.parts, units: group.parts.length > 1 ? group.parts.map((part) => [part]) : [] }];
  for (const key of group.keys.slice(1)) if (key.startsWith('#')) forms.push({ keys: [key], parts: [key], units: [] });
  return forms;
}

/** A multi-word name behind an abbreviation, each of its words a unit: "Bundesamt für Sicherheit in der Informationstechnik". */
function spelledOut(name: readonly Group[]): Form {
  const units = name.filter((group) => !group.filler).map((group) => group.parts);
  return { keys: [], parts: [], units };
}

/** A topic or ministry: its words together, or its abbreviation. */
function labelOf(text: string, reader: Reader): Label {
  const groups = readGroups(text, reader).filter((group) => !group.filler);
  if (groups.length === 1) return formsOf(groups[0]!);
  return [{ keys: [], parts: [], units: groups.map((group) => group.parts) }];
}
