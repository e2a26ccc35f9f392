// Search snippets: the part of a text where the query's words stand closest together, with the words marked.
import { termMatches, termOf, termsOf, type QueryTerm, type Term } from './search-terms.ts';

/** A piece of the original text; `marked` pieces are words the query found. Plain strings: the view escapes them. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ELLIPSIS = '…';
/** How much text to show before the first found word of a window. */
const LEAD = 40;
/** Enough candidates for any real text; keeps a pathological one linear. */
const MAX_CANDIDATES = 200;

interface Found {
  term: Term;
  /** Which query term it answers. */
  which: number;
}

/** The whole text with the found words marked, e.g. for a title. */
export function markTerms(text: string, query: readonly QueryTerm[]): SnippetPart[] {
  return partsOf(text, 0, text.length, foundIn(text, query));
}

/** At most about `maxLength` characters of the text around its best cluster of found words, cut at words. */
export function snippet(text: string, query: readonly QueryTerm[], maxLength = 240): SnippetPart[] {
  const found = foundIn(text, query);
  if (text.length <= maxLength) return partsOf(text, 0, text.length, found);
  const from = bestStart(found, maxLength);
  const words = wordsFrom(text, from, maxLength);
  const start = words[0]?.start ?? 0;
  const end = words.findLast((word) => word.end <= start + maxLength)?.end ?? Math.min(text.length, start + maxLength);
  const parts = partsOf(text, start, end, found);
  if (start > 0) parts.unshift({ text: `${ELLIPSIS} `, marked: false });
  if (end < text.length) parts.push({ text: ` ${ELLIPSIS}`, marked: false });
  return parts;
}

const WORD_CHARS = String.raw`[\p{L}\p{M}\p{N}]`;
/**
 * Text the quick path may not read: combining marks and İ (whose lower case is longer) are outside
 * these ranges of Latin letters, punctuation and currency signs; any other script goes the slow way too.
 */
const UNUSUAL = /[^\u0000-\u012f\u0131-\u02ff\u2000-\u20cf]/;
const WORD_END = new RegExp(`${WORD_CHARS}$`, 'u');
const WORD = new RegExp(`${WORD_CHARS}+`, 'gu');

/**
 * The words of the text that a query term asks for. Long texts are not split into words: a pattern
 * made of the query's forms finds the few words that might match, and only those are stemmed.
 */
function foundIn(text: string, query: readonly QueryTerm[]): Found[] {
  const candidates = UNUSUAL.test(text) ? termsOf(text) : wordsMatching(text, candidatePattern(query));
  const found: Found[] = [];
  for (const term of candidates) {
    const which = query.findIndex((queryTerm) => termMatches(queryTerm, term));
    if (which >= 0) found.push({ term, which });
  }
  return found;
}

/**
 * Whole words beginning with one of the forms as written (a stem is the beginning of its folded
 * word): umlauts and ß stand for the vowels and `ss` they are folded to; case is ignored.
 */
function candidatePattern(query: readonly QueryTerm[]): RegExp {
  let pattern = patterns.get(query);
  if (pattern === undefined) {
    pattern = compiledPattern(query);
    patterns.set(query, pattern);
  }
  return pattern;
}

/** A search's hits share its query terms: their pattern is built once. */
const patterns = new WeakMap<readonly QueryTerm[], RegExp>();

function compiledPattern(query: readonly QueryTerm[]): RegExp {
  const forms = query.flatMap((term) => term.forms.map((form) => form.stem.replace(/ss|s|a|o|u/g, (letters) => WRITTEN[letters]!)));
  return new RegExp(`(?:${forms.join('|')})${WORD_CHARS}*`, 'giu');
}

const WRITTEN: Record<string, string> = { ss: '(?:ss|ß)', s: '(?:s|ß)', a: '[aä]', o: '[oö]', u: '[uü]' };

function wordsMatching(text: string, pattern: RegExp): Term[] {
  const words: Term[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // A match inside a word is skipped: checked here, as a lookbehind in the pattern would be tried at every position.
    if (match.index === 0 || !WORD_END.test(text[match.index - 1]!)) words.push(termOf(match[0], match.index));
  }
  return words;
}

/** The whole words from the first that starts at or after `from`, until one ends `maxLength` past its start. */
function wordsFrom(text: string, from: number, maxLength: number): { start: number; end: number }[] {
  WORD.lastIndex = from;
  const words: { start: number; end: number }[] = [];
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const end = match.index + match[0].length;
    // The first match may be the rest of a word that began before `from`.
    if (match.index > 0 && match.index === from && WORD_END.test(text.slice(Math.max(0, from - 2), from))) continue;
    words.push({ start: match.index, end });
    if (end > words[0]!.start + maxLength) break;
  }
  return words;
}

/** The window start that shows the most different query words, then the most found words. */
function bestStart(found: readonly Found[], maxLength: number): number {
  let best = { start: 0, score: -1 };
  for (const [index, first] of found.slice(0, MAX_CANDIDATES).entries()) {
    const start = Math.max(0, first.term.start - LEAD);
    const inside = found.slice(index).filter((other) => other.term.end <= start + maxLength);
    const score = new Set(inside.map((other) => other.which)).size * 1000 + inside.length;
    if (score > best.score) best = { start, score };
  }
  return best.start;
}

function partsOf(text: string, start: number, end: number, found: readonly Found[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const { term } of found) {
    if (term.start < start || term.end > end) continue;
    if (term.start > cursor) parts.push({ text: text.slice(cursor, term.start), marked: false });
    parts.push({ text: text.slice(term.start, term.end), marked: true });
    cursor = term.end;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), marked: false });
  return parts;
}
