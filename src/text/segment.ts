// Sentence segmentation of German agreement text with UTF-16 offsets into the chapter body.
import { abbreviationRole, wordBeforeDot } from './abbreviations.ts';
import { splitBlocks } from './blocks.ts';
import { pairBrackets, type BracketPairs } from './brackets.ts';
import { FUNCTION_WORDS } from './lexicon.ts';

export interface Sentence {
  /** Always `body.slice(start, end)`, without surrounding whitespace or Markdown markers. */
  text: string;
  start: number;
  end: number;
}

const TERMINATOR = /[.!?…]/g;
const isTerminator = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026; // . ! ? …
const CLOSERS = new Set([')', ']', '“', '”', '«', '‘', '’', '"']);
const WHITESPACE = /\s/;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/;

// Words that start a sentence but cannot follow an ordinal: "bis 2030 um 10. Wir …" ends, "am 1. Januar" does not.
const SENTENCE_OPENERS = new Set([
  'wir',
  'die',
  'der',
  'das',
  'dies',
  'diese',
  'dieser',
  'dieses',
  'dazu',
  'dabei',
  'damit',
  'dafür',
  'daher',
  'deshalb',
  'darüber',
  'darin',
  'hierfür',
  'hierzu',
  'zudem',
  'außerdem',
  'auch',
  'ein',
  'eine',
  'es',
  'sie',
  'er',
  'uns',
  'unser',
  'unsere',
  'im',
  'in',
  'mit',
  'für',
  'bei',
  'um',
  'zur',
  'zum',
  'auf',
  'aus',
  'nach',
  'ab',
  'bis',
  'als',
  'wenn',
  'wo',
  'wie',
  'was',
  'neben',
  'gleichzeitig',
  'so',
  'nur',
  'alle',
  'durch',
  'über',
  'unter',
  'vor',
  'gegen',
  'ohne',
  'insbesondere',
  'künftig',
  'zugleich',
  'den',
  'dem',
  'des',
  'jede',
  'jeder',
  'ziel',
]);

/** Headings are boundaries but not sentences; paragraphs and list items are split into sentences. */
export function segmentSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of splitBlocks(body)) {
    if (block.kind === 'heading') continue;
    const pairs = pairBrackets(body, block.start, block.end);
    let sentenceStart = block.start;
    TERMINATOR.lastIndex = block.start;
    for (let match = TERMINATOR.exec(body); match && match.index < block.end; match = TERMINATOR.exec(body)) {
      const i = match.index;
      if (i < sentenceStart) continue;
      let after = i + 1;
      while (after < block.end && (isTerminator(body.charCodeAt(after)) || CLOSERS.has(body[after]!))) after++;
      if (pairs.depthAt(after) > 0 || !endsSentence(body, i, after, block.end, pairs)) continue;
      pushTrimmed(sentences, body, sentenceStart, after);
      sentenceStart = after;
    }
    pushTrimmed(sentences, body, sentenceStart, block.end);
  }
  return sentences;
}

/**
 * "Bürokratieabbau Wir treiben den Abbau … voran": a heading that lost its line break in a converted file runs
 * into the sentence it heads. It is cut off, as headings are, when a few words without punctuation open the
 * sentence and a capitalised "Wir" follows them with its verb; not "Die Kampagne Wir für Europa wird …".
 */
const GLUED_HEADING = /^(\p{Lu}[^.,;:!?()„“"]*?\p{L})\s+Wir\s+\p{Ll}+/u;
const MAX_HEADING_WORDS = 8;

function pushTrimmed(sentences: Sentence[], body: string, start: number, end: number): void {
  while (start < end && WHITESPACE.test(body[start]!)) start++;
  while (end > start && WHITESPACE.test(body[end - 1]!)) end--;
  start = afterGluedHeading(body, start, end);
  if (end > start) sentences.push({ text: body.slice(start, end), start, end });
}

function afterGluedHeading(body: string, start: number, end: number): number {
  // Matched against the sentence's first words only: a search of the body from here would run to its end.
  const match = GLUED_HEADING.exec(body.slice(start, Math.min(end, start + HEADING_REACH)));
  if (!match) return start;
  const heading = match[1]!;
  const verb = /\p{Ll}+$/u.exec(match[0])![0];
  if (heading.split(/\s+/).length > MAX_HEADING_WORDS || FUNCTION_WORDS.has(verb)) return start;
  return start + match[0].lastIndexOf('Wir');
}

/** Enough characters for a heading of eight words, "Wir" and its verb. */
const HEADING_REACH = 160;

/** Whether the terminator at `mark` (with closing quotes/brackets up to `after`) ends its sentence. */
function endsSentence(text: string, mark: number, after: number, blockEnd: number, pairs: BracketPairs): boolean {
  let next = skipWhitespace(text, after, blockEnd);
  if (next >= blockEnd) return true;
  const spaced = next > after;
  // "(PPR 2.0) als …": a parenthesis after the dot may still continue the sentence.
  const closing = text[next] === '(' ? pairs.closerOf(next) : undefined;
  if (closing !== undefined) next = skipWhitespace(text, closing + 1, blockEnd);
  if (next >= blockEnd) return true;
  const nextChar = text[next]!;
  if (LOWER.test(nextChar)) return false;

  const terminator = text[mark]!;
  if (!spaced) return terminator !== '.' ? UPPER.test(nextChar) : isMissingSpace(text, mark, next);
  if (terminator !== '.') return true;

  const previous = text[mark - 1] ?? '';
  if (DIGIT.test(previous)) return afterNumber(text, mark, next);
  if (!/\p{L}/u.test(previous)) return true;
  const role = abbreviationRole(wordBeforeDot(text, mark));
  if (role === 'inner') return false;
  if (role === 'numeric') return !DIGIT.test(nextChar);
  // A single letter before the dot is an initial or part of "z. B.", "i. d. R.".
  return role === 'final' || /\p{L}/u.test(text[mark - 2] ?? '');
}

/** "wichtig.Die Integrität": a word, a dot and a capitalised word with no space between. */
function isMissingSpace(text: string, mark: number, next: number): boolean {
  const word = wordBeforeDot(text, mark);
  return (
    word.length >= 3 &&
    LOWER.test(word[word.length - 1]!) &&
    abbreviationRole(word) === undefined &&
    UPPER.test(text[next]!) &&
    LOWER.test(text[next + 1] ?? '')
  );
}

/** A year ends a sentence ("bis 2030."); a short number before a noun is an ordinal ("am 1. Januar"). */
function afterNumber(text: string, mark: number, next: number): boolean {
  let digits = 0;
  while (DIGIT.test(text[mark - 1 - digits] ?? '')) digits++;
  if (DIGIT.test(text[next]!)) return false;
  if (digits >= 4) return true;
  const word = /^\p{L}+/u.exec(text.slice(next, next + 30))?.[0] ?? '';
  return SENTENCE_OPENERS.has(word.toLowerCase());
}

function skipWhitespace(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && WHITESPACE.test(text[index]!)) index++;
  return index;
}
