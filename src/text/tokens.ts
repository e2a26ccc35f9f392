// Splits a sentence into word and punctuation tokens that keep their offsets into the chapter body.
import { spellingOf, type Spelling } from './spellings.ts';

export interface Token {
  /** The word as written, with a hyphen at a line break removed ("Klima-\nschutz" → "Klimaschutz"). */
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter: in German, a noun or the first word of the sentence. */
  capitalised: boolean;
  /** The record every token of this word shares. */
  spelling: Spelling;
}

const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;
const SECTION = 0xa7; // §

// A hand-written scanner: the equivalent Unicode regular expression made tokenising the slowest step.
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return OTHER_WORD_CHAR.test(String.fromCharCode(code));
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isLetter = (code: number): boolean => isWordChar(code) && !isDigit(code);
const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;

/**
 * Words are letters and digits joined by inner hyphens (also across a line break), by dots and commas
 * inside numbers ("35.000", "1,5"), slashes ("EU/NATO") and apostrophes; a trailing hyphen stays
 * ("Aus- und Weiterbildung", "Klima-, Energie- und …"); "§" is a word of its own.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    if (code === SECTION) {
      while (i < length && text.charCodeAt(i) === SECTION) i++;
      tokens.push(makeToken(text.slice(start, i), offset + start, offset + i, true));
      continue;
    }
    if (!isWordChar(code)) {
      tokens.push(makeToken(text[i]!, offset + i, offset + i + 1, false));
      i++;
      continue;
    }
    i = wordEnd(text, i);
    const raw = text.slice(start, i);
    const clean = raw.includes('\n') ? raw.replace(/-\n(?=\p{Ll})/gu, '').replace(/\n/g, '') : raw;
    tokens.push(makeToken(clean, offset + start, offset + i, true));
  }
  return tokens;
}

function wordEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    const joiner = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const previous = text.charCodeAt(i - 1);
    if (joiner === 0x2d) {
      if (isWordChar(next)) i += 1;
      else if (next === 0x0a && isLetter(text.charCodeAt(i + 2))) i += 2;
      else return isSpace(next) || next === 0x2c || Number.isNaN(next) ? i + 1 : i;
    } else if ((joiner === 0x2e || joiner === 0x2c) && isDigit(previous) && isDigit(next)) i += 1;
    else if (joiner === 0x2f && isWordChar(next)) i += 1;
    else if ((joiner === 0x2019 || joiner === 0x27) && isLetter(next)) i += 1;
    else return i;
  }
}

function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const spelling = spellingOf(text);
  // A punctuation token keeps its own case: the lower case of "Ⓐ" is another sign.
  const lower = word ? spelling.lower : spelling.text;
  return { text: spelling.text, lower, start, end, word, capitalised: word && spelling.capitalised, spelling };
}

/** "Klima-" in "Klima-, Energie- und Verkehrspolitik": a word that is the first part of a truncated compound. */
export function isTruncatedPart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token?.word) return false;
  const next = tokens[index + 1];
  return token.text.endsWith('-') || (next?.text === '-' && next.start === token.end);
}

/** The token at `index` comes right after a truncated part ("Klima-|,"), its hyphen attached or on its own. */
export function followsTruncatedPart(tokens: readonly Token[], index: number): boolean {
  return isTruncatedPart(tokens, index - 1) || (tokens[index - 1]?.text === '-' && isTruncatedPart(tokens, index - 2));
}
