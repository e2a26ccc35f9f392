// Search snippets: the part of a text where the query's words stand closest together, with the words marked.
import { termMatches, termsOf, type QueryTerm, type Term } from './search-terms.ts';

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
  return partsOf(text, 0, text.length, foundIn(termsOf(text), query));
}

/** At most about `maxLength` characters of the text around its best cluster of found words, cut at words. */
export function snippet(text: string, query: readonly QueryTerm[], maxLength = 240): SnippetPart[] {
  const terms = termsOf(text);
  const found = foundIn(terms, query);
  if (text.length <= maxLength) return partsOf(text, 0, text.length, found);
  const from = bestStart(found, maxLength);
  const start = terms.find((term) => term.start >= from)?.start ?? 0;
  const end = terms.findLast((term) => term.end <= start + maxLength)?.end ?? Math.min(text.length, start + maxLength);
  const parts = partsOf(text, start, end, found);
  if (start > 0) parts.unshift({ text: `${ELLIPSIS} `, marked: false });
  if (end < text.length) parts.push({ text: ` ${ELLIPSIS}`, marked: false });
  return parts;
}

function foundIn(terms: readonly Term[], query: readonly QueryTerm[]): Found[] {
  const found: Found[] = [];
  for (const term of terms) {
    const which = query.findIndex((queryTerm) => termMatches(queryTerm, term));
    if (which >= 0) found.push({ term, which });
  }
  return found;
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
