// Judges the object noun phrase by its shape: a concrete thing, or an abstract good, a person, a placeholder.
import type { Action } from './cues.ts';
import { FUNCTION_WORDS, VAGUE_VERBS } from './lexicon.ts';
import { OPENING_QUOTES } from './names.ts';
import { isOpeningAdjective, type Phrase } from './noun-phrase.ts';
import { PLACEHOLDER_NOUNS, QUANTITY_VERBS } from './object-lexicon.ts';
import { isAbstractNoun, isActor, isNotObject, type ObjectEvidence } from './objects.ts';
import { folded, stem } from './stem.ts';
import { isTruncatedPart, type Token } from './tokens.ts';
import { isParticiple } from './verbs.ts';

/** Derivations that name a quality, a field or a collective: Sicherheit, Mobilität, Extremismus, Wirtschaft. */
const QUALITY = /(?:heit|keit|ität|ismus|schaft)(?:en)?$/;
/** Persons by their form: "Bürgerinnen", nominalised participles and adjectives: "Studierende", "Kinderlose". */
const PERSON = /(?:innen|ende|enden|lose|losen)$/;
const JOINING = new Set(['und', 'oder', 'sowie', ',']);
/** How far the second part of a truncated compound may stand: "Außen-, Sicherheits- und Entwicklungspolitik". */
const TRUNCATION_REACH = 8;

const placeholders = new Set(PLACEHOLDER_NOUNS.map(stem));
const PLACEHOLDER_START = new RegExp(`^(?:${[...placeholders].join('|')})`);
const isPlaceholder = (lower: string): boolean => PLACEHOLDER_START.test(folded(lower)) && placeholders.has(stem(lower));

/** Nouns made from verbs of direction name the direction, not a thing: Ausbau, Stärkung, Weiterentwicklung. */
const DIRECTION_NOUNS = [...VAGUE_VERBS].flatMap(directionNouns);

/**
 * The noun, or a compound that ends in it ("Qualitätsverbesserung", "Kinderförderung"); not a word that only
 * ends in its letters ("Palliativversorgung" is not "sorgen", "Weidetierhaltung" not "erhalten").
 */
function isDirectionNoun(lower: string, noun: string): boolean {
  return lower.endsWith(noun) && !NOT_DIRECTION_NOUNS.some((other) => lower.endsWith(other));
}

/** Nouns of verbs that only end like a verb of direction: versorgen, unterbringen, beobachten, Tiere halten. */
const NOT_DIRECTION_NOUNS = [
  'versorgung',
  'entsorgung',
  'unterbringung',
  'erbringung',
  'beobachtung',
  'begutachtung',
  'verwahrung',
  'besetzung',
  'tierhaltung',
];

function directionNouns(verb: string): string[] {
  if (verb.endsWith('eln')) return [`${verb.slice(0, -3)}lung`];
  if (verb.endsWith('ern')) return [`${verb.slice(0, -1)}ung`];
  const root = verb.slice(0, -2);
  return root.length >= 5 ? [`${root}ung`, root] : [`${root}ung`];
}

/**
 * Evidence that the object phrase names something concrete enough to check: its head is a noun that is not
 * abstract, not a person or collective, not the nominalised direction of a change, or it is a quoted name.
 */
export function shapeEvidence(tokens: readonly Token[], phrase: Phrase | undefined, verbs: readonly Action[]): ObjectEvidence | undefined {
  if (!phrase || verbs.some((verb) => QUANTITY_VERBS.has(verb.lemma))) return undefined;
  const head = changedHead(tokens, phrase, phraseHead(tokens, phrase));
  if (head === undefined || hasQualityPredicate(tokens, head)) return undefined;
  const token = tokens[head]!;
  const concrete = OPENING_QUOTES.has(token.text) || isConcreteNoun(token.lower);
  return concrete ? { kind: 'noun', token: head, means: false } : undefined;
}

const concreteMemo = new Map<string, boolean>();
/** A noun that names a thing rather than a quality, a field, a person or a direction. */
export function isConcreteNoun(lower: string): boolean {
  let concrete = concreteMemo.get(lower);
  if (concrete === undefined) {
    concrete =
      !QUALITY.test(lower) &&
      !PERSON.test(lower) &&
      !isAbstractNoun(lower) &&
      !isNotObject(lower) &&
      !isActor(lower) &&
      !isPlaceholder(lower) &&
      !DIRECTION_NOUNS.some((noun) => isDirectionNoun(lower, noun));
    concreteMemo.set(lower, concrete);
  }
  return concrete;
}

/**
 * "den Ausbau der Netze", "das Instrument des Fördercontrollings": the direction of a change, or a placeholder,
 * stands for the thing its genitive names.
 */
function changedHead(tokens: readonly Token[], phrase: Phrase, head: number | undefined): number | undefined {
  if (head === undefined || !GENITIVES.has(tokens[head + 1]?.lower ?? '')) return head;
  const lower = tokens[head]!.lower;
  if (!isPlaceholder(lower) && !DIRECTION_NOUNS.some((noun) => isDirectionNoun(lower, noun))) return head;
  return phraseHead(tokens, { start: head + 2, end: phrase.end }) ?? head;
}

const GENITIVES = new Set(['der', 'des', 'eines', 'einer', 'unserer', 'unseres']);

/** The first noun of the phrase (or its opening quote); a truncated part stands for the compound that completes it. */
function phraseHead(tokens: readonly Token[], phrase: Phrase): number | undefined {
  for (let i = phrase.start; i < phrase.end; i++) {
    const token = tokens[i]!;
    if (OPENING_QUOTES.has(token.text)) return i;
    if (!token.word || !token.capitalised || FUNCTION_WORDS.has(token.lower) || opensWithAdjective(tokens, i)) continue;
    return isTruncatedPart(tokens, i) ? completion(tokens, i) : i;
  }
  return undefined;
}

/** "Gleichwertige berufliche Qualifikationen", "Deutsche und europäische Agrarexporte": not "Staaten wie China". */
function opensWithAdjective(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower ?? '';
  return isOpeningAdjective(tokens, index) && (JOINING.has(next) || !FUNCTION_WORDS.has(next));
}

function completion(tokens: readonly Token[], truncated: number): number | undefined {
  const limit = Math.min(tokens.length, truncated + TRUNCATION_REACH);
  for (let i = truncated + 1; i < limit; i++) {
    const token = tokens[i]!;
    if (token.word && !isTruncatedPart(tokens, i) && !FUNCTION_WORDS.has(token.lower)) return token.capitalised ? i : undefined;
  }
  return undefined;
}

const COPULAS = new Set(['sein', 'ist', 'sind', 'werden', 'wird', 'bleiben', 'bleibt', 'machen']);
const CLAUSE_END = new Set([',', ';', ':', '.', '–', '!', '?']);

/** "Die Verwaltung soll agiler werden", "Gesetze verständlicher machen": the change is a quality of the object. */
function hasQualityPredicate(tokens: readonly Token[], head: number): boolean {
  let end = head + 1;
  while (end < tokens.length && !CLAUSE_END.has(tokens[end]!.text)) end++;
  const last = tokens[end - 1]!;
  const before = tokens[end - 2];
  if (!COPULAS.has(last.lower) || end - 2 <= head || !before?.word) return false;
  const participle = isParticiple(before) || STRONG_PARTICIPLE.test(before.lower);
  return !before.capitalised && !FUNCTION_WORDS.has(before.lower) && !participle && !/^\d/.test(before.text);
}

/** "… soll schneller entschieden werden", "… vergeben werden": participles of verbs with a prefix and no "ge-". */
const STRONG_PARTICIPLE = /^(?:be|ent|er|ver|zer|emp|miss)\p{Ll}{3,}en$/u;
