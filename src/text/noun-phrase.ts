// Reads a German noun phrase off a token list by shape: determiner, adjectives, nouns and a few attachments.
import { DETERMINERS, FUNCTION_WORDS, PREPOSITIONS } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface Phrase {
  /** Token indexes [start, end) of the phrase without its leading determiner. */
  start: number;
  end: number;
}

/** Prepositions that attach a complement to a noun ("Recht auf Verschlüsselung", "Zentrum für Legistik"). */
const ATTACHING = new Set(['auf', 'für', 'von', 'zur', 'zum', 'gegen', 'über', 'zu']);
const GENITIVE = new Set(['der', 'des', 'eines', 'einer']);
/** The endings of an inflected attributive adjective: "neue", "digitalen", "gutes". */
export const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;
const AUXILIARIES = new Set(['werden', 'wollen', 'sollen', 'müssen', 'können', 'dürfen', 'haben', 'sein', 'wir', 'uns']);
const JOINING = new Set([',', 'und', 'sowie', 'oder']);
/** Nouns of idioms that end a phrase: "auf den Weg bringen", "zur Verfügung stellen", "in Kraft setzen". */
const IDIOM_NOUNS = new Set(['weg', 'verfügung', 'kraft', 'fokus', 'blick', 'angriff', 'spitze']);
const NEGATIONS = new Set(['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']);
export const QUOTES_OPEN: ReadonlySet<string> = new Set(['„', '"', '»']);
export const QUOTES_CLOSE: ReadonlySet<string> = new Set(['“', '"', '«', '”']);
const MAX_WORDS = 7;

/** "EU-weit", "EuGH-konform", "EU-weites": a capitalised compound whose last part is an adjective or adverb. */
const isHyphenatedAdjective = (token: Token): boolean =>
  token.capitalised && token.text.includes('-') && /-\p{Ll}[\p{Ll}-]*$/u.test(token.text);

const isNoun = (token: Token | undefined): boolean =>
  token !== undefined &&
  token.word &&
  (token.capitalised || /^[\d§]/.test(token.text)) &&
  !FUNCTION_WORDS.has(token.lower) &&
  !isHyphenatedAdjective(token);
const isAdjective = (token: Token | undefined): boolean =>
  token !== undefined &&
  token.word &&
  (!token.capitalised || isHyphenatedAdjective(token)) &&
  ADJECTIVE_ENDING.test(token.lower) &&
  !DETERMINERS.has(token.lower) &&
  !AUXILIARIES.has(token.lower);

/** "Gleichwertige berufliche Qualifikationen …": an adjective capitalised because it opens the sentence. */
export const isOpeningAdjective = (tokens: readonly Token[], index: number): boolean =>
  index === 0 &&
  ADJECTIVE_ENDING.test(tokens[0]!.lower) &&
  (isAdjective(tokens[1]) ||
    (JOINING.has(tokens[1]?.lower ?? '') && isAdjective(tokens[2])) ||
    (tokens[1]?.capitalised === true && !FUNCTION_WORDS.has(tokens[1].lower)));

/** "ressort- und behördenübergreifende": a word cut at a hyphen, completed by the next one. */
const isTruncated = (tokens: readonly Token[], index: number, limit: number): boolean =>
  index + 2 < limit && tokens[index]!.text.endsWith('-') && JOINING.has(tokens[index + 1]!.lower);

/** "verfassungsrechtlich gebotenen", "besonders relevanten": an adverb in front of an adjective. */
const isAdverbBeforeAdjective = (tokens: readonly Token[], index: number): boolean => {
  const token = tokens[index]!;
  const plainWord = token.word && !token.capitalised && !FUNCTION_WORDS.has(token.lower) && !AUXILIARIES.has(token.lower);
  return plainWord && isAdjective(tokens[index + 1]);
};

/** The core: optional determiner, adjectives (also coordinated), one or more nouns (a quoted name counts as one). */
function core(tokens: readonly Token[], from: number, limit: number): Phrase | undefined {
  let i = from;
  const negated = i < limit && NEGATIONS.has(tokens[i]!.lower);
  if (i < limit && DETERMINERS.has(tokens[i]!.lower)) i++;
  const start = negated ? from : i;
  for (;;) {
    const truncatedAdjective = isTruncated(tokens, i, limit) && !isNoun(tokens[i + 2]); // "ressort- und behördenübergreifende"
    if (i < limit && (isAdjective(tokens[i]) || isOpeningAdjective(tokens, i) || truncatedAdjective)) i++;
    else if (i + 1 < limit && i > from && isAdverbBeforeAdjective(tokens, i)) i++;
    else if (i + 1 < limit && i > start && JOINING.has(tokens[i]!.lower) && isAdjective(tokens[i + 1])) i++;
    else break;
  }
  let nouns = 0;
  for (;;) {
    if (i < limit && QUOTES_OPEN.has(tokens[i]!.text)) {
      let close = i + 1;
      while (close < limit && !QUOTES_CLOSE.has(tokens[close]!.text)) close++;
      if (close >= limit || close - i > 8) break;
      i = close + 1;
      nouns++;
    } else if (i < limit && isNoun(tokens[i])) {
      // "Aus- und Weiterbildung", "Klima-, Diversitäts- und Digitalstrategien": truncated parts join the noun after them.
      while (isTruncated(tokens, i, limit) && isNoun(tokens[i + 2])) i += 2;
      i++;
      nouns++;
    } else break;
  }
  return nouns > 0 ? { start, end: i } : undefined;
}

/** A noun phrase starting at `from`, with up to two genitive or prepositional attachments. */
export function nounPhraseAt(tokens: readonly Token[], from: number, limit = tokens.length): Phrase | undefined {
  const head = core(tokens, from, limit);
  if (!head) return undefined;
  let end = head.end;
  for (let attachments = 0; attachments < 2 && end < limit; attachments++) {
    const next = tokens[end]!;
    // "Modernisierung berufsbildender Schulen": a genitive without an article starts with its "-er" adjective.
    const genitive = GENITIVE.has(next.lower) || (isAdjective(next) && next.lower.endsWith('er'));
    const start = genitive ? end : ATTACHING.has(next.lower) ? end + 1 : -1;
    if (start < 0) break;
    const attached = core(tokens, start, limit);
    if (!attached || IDIOM_NOUNS.has(tokens[attached.end - 1]!.lower)) break;
    if (wordsIn(tokens, head.start, attached.end) > MAX_WORDS) break;
    end = attached.end;
  }
  return { start: head.start, end };
}

/**
 * The first noun phrase at or after `from` that is not part of a leading prepositional phrase
 * ("Zur Stärkung und Modernisierung berufsbildender Schulen legen wir … einen Pakt auf" → "Pakt").
 */
export function firstObjectPhrase(tokens: readonly Token[], from: number, limit: number): Phrase | undefined {
  let i = from;
  while (i < limit) {
    const token = tokens[i]!;
    if (PREPOSITIONS.has(token.lower)) {
      i = skipPrepositionalPhrase(tokens, i, limit);
      continue;
    }
    if (token.word && (DETERMINERS.has(token.lower) || isNoun(token) || isAdjective(token))) {
      const phrase = nounPhraseAt(tokens, i, limit);
      if (phrase && !IDIOM_NOUNS.has(tokens[phrase.end - 1]!.lower)) return phrase;
      if (phrase) {
        i = phrase.end;
        continue;
      }
    }
    i++;
  }
  return undefined;
}

/**
 * The phrase without leading adjectives in "-en" ("den gesetzlichen Mindestlohn" → "Mindestlohn"): once the
 * article is gone their weak ending reads wrongly in a title, and the gender to repair it is unknown.
 */
export function withoutWeakAdjectives(tokens: readonly Token[], phrase: Phrase): Phrase {
  let start = phrase.start;
  while (start < phrase.end - 1 && !NEGATIONS.has(tokens[start]!.lower)) {
    const token = tokens[start]!;
    const weak = isAdjective(token) && token.lower.endsWith('en');
    if (!weak && !isAdverbBeforeAdjective(tokens, start) && !(JOINING.has(token.lower) && start > phrase.start)) break;
    start++;
  }
  return isNoun(tokens[start]) || QUOTES_OPEN.has(tokens[start]!.text) ? { start, end: phrase.end } : phrase;
}

function skipPrepositionalPhrase(tokens: readonly Token[], preposition: number, limit: number): number {
  let end = nounPhraseAt(tokens, preposition + 1, limit)?.end ?? preposition + 1;
  while (end + 1 < limit && /^(?:und|sowie|oder|wie)$/.test(tokens[end]!.lower)) {
    const coordinated = nounPhraseAt(tokens, end + 1, limit);
    if (!coordinated) break;
    end = coordinated.end;
  }
  return end;
}

function wordsIn(tokens: readonly Token[], start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (tokens[i]!.word) count++;
  return count;
}

/** The first noun phrase anywhere in [from, limit), prepositional phrases included. */
export function anyPhrase(tokens: readonly Token[], from: number, limit: number): Phrase | undefined {
  for (let i = from; i < limit; i++) {
    if (tokens[i]!.lower === 'wir' || PREPOSITIONS.has(tokens[i]!.lower)) continue;
    const phrase = nounPhraseAt(tokens, i, limit);
    if (phrase) return phrase;
  }
  return undefined;
}
