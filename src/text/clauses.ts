// Cuts a tokenised sentence into clauses at punctuation, the unit in which German verb brackets open and close.
import { followsTruncatedPart, type Token } from './tokens.ts';

export interface Clause {
  /** Token indexes [start, end) without the punctuation that bounds the clause. */
  start: number;
  end: number;
}

const BOUNDARY = new Set([',', ';', ':', '–', '—', '.', '!', '?', '…']);

export interface ClauseMap {
  clauses: Clause[];
  /** Clause number of each token; punctuation tokens belong to the clause they close. */
  clauseOf: number[];
}

/** Parentheses and dash pairs are asides inside their clause: "Wir führen X (Y, Z) ein" keeps "ein" with "führen". */
export function splitClauses(tokens: readonly Token[]): ClauseMap {
  const clauses: Clause[] = [];
  // A plain array filled in order: a typed array per sentence would each need a buffer outside the heap.
  const clauseOf: number[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    // Only punctuation opens, closes or bounds a clause.
    if (token?.word) {
      clauseOf[i] = clauses.length;
      continue;
    }
    const closesAside = token !== undefined && (token.text === ')' || isDash(token)) && depth > 0;
    if (token?.text === '(' || (token && isOpeningDash(tokens, i, depth))) depth++;
    else if (closesAside) depth--;
    const boundary =
      token === undefined ||
      (depth === 0 &&
        !closesAside &&
        BOUNDARY.has(token.text) &&
        !isInnerDot(tokens, i) &&
        !isAdjectiveComma(tokens, i) &&
        !isTruncationComma(tokens, i));
    if (!boundary) {
      clauseOf[i] = clauses.length;
      continue;
    }
    if (i > start) clauses.push({ start, end: i });
    if (i < tokens.length) clauseOf[i] = Math.max(0, clauses.length - 1);
    start = i + 1;
  }
  return { clauses, clauseOf };
}

/**
 * Inside a sentence a full stop before a word belongs to an abbreviation or an ordinal: "bzw.", "z. B.", "1. Januar",
 * also before the second half of a truncated compound ("Leistungseinschränkungen bzw. -kürzungen").
 */
function isInnerDot(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.text !== '.') return false;
  const next = tokens[index + 1];
  if (next?.word) return true;
  const after = tokens[index + 2];
  return next?.text === '-' && after !== undefined && after.word && after.start === next.end;
}

/** "ein zentrales, einheitliches Portal": a comma between attributive adjectives stays inside the phrase. */
const isAdjectiveComma = (tokens: readonly Token[], index: number): boolean =>
  tokens[index]!.text === ',' && isAttributive(tokens[index - 1]) && isAttributive(tokens[index + 1]);
const isAttributive = (token: Token | undefined): boolean =>
  token !== undefined && token.word && !token.capitalised && /(?:e|es|er|em)$/.test(token.lower) && token.lower.length > 3;

/** "Nachhaltigkeits-, Klima- und Digitalstrategien": a comma after the first part of a truncated compound. */
const isTruncationComma = (tokens: readonly Token[], index: number): boolean =>
  tokens[index]!.text === ',' && followsTruncatedPart(tokens, index);

const isDash = (token: Token): boolean => token.text === '–' || token.text === '—';

/** "setzen wir uns – unter Achtung … – für … ein": a dash with a partner later in the sentence opens an aside. */
function isOpeningDash(tokens: readonly Token[], index: number, depth: number): boolean {
  if (depth > 0 || !isDash(tokens[index]!)) return false;
  for (let i = index + 1; i < tokens.length; i++) if (isDash(tokens[i]!)) return true;
  return false;
}

/** Index of the last word token in [start, end), or -1. */
export function lastWord(tokens: readonly Token[], start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (tokens[i]!.word) return i;
  return -1;
}
