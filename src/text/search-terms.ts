// Words as search terms, shared by the index, queries and snippets. Each word is indexed by its
// Snowball stem and, where that differs, by its folded spelling: the stem finds other forms of a
// word ("verschlüsselter" for "Verschlüsselung"), the spelling finds compounds it begins
// ("Datenschutz" for "Daten") and keeps words apart that the stemmer merges ("Sicherheit" → "sich").
import { folded, stem } from './stem.ts';

export interface Term {
  /** Lower-case Snowball stem, letters and digits only, so it is safe inside any full-text query syntax. */
  stem: string;
  /** The word folded as the stemmer folds it (lower case, umlauts as vowels, ß as ss), letters and digits only. */
  word: string;
  start: number;
  end: number;
}

// Letters with combining marks and digits; everything else (hyphens, quotes, `*`, brackets) separates words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** Stem and folded spelling by the word as written: snippets read texts at every search. */
const formsByWritten = new Map<string, { stem: string; word: string }>();
/** Queries bring words of their own; the memo starts afresh rather than growing without end. */
const MAX_FOLDED = 100_000;

function foldedOf(written: string): { stem: string; word: string } {
  let forms = formsByWritten.get(written);
  if (forms === undefined) {
    if (formsByWritten.size >= MAX_FOLDED) formsByWritten.clear();
    const lower = written.normalize('NFC').toLowerCase();
    const word = folded(lower).replace(MARKS, '');
    forms = { stem: stem(lower).replace(MARKS, '') || word, word };
    formsByWritten.set(written, forms);
  }
  return forms;
}

/** A word as written at `start` of a text, with its stem and spelling. */
export function termOf(written: string, start: number): Term {
  const { stem: stemmed, word } = foldedOf(written);
  return { stem: stemmed, word, start, end: start + written.length };
}

/** The words of a text with UTF-16 offsets into the text as given. */
export function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  for (const match of text.matchAll(WORD)) {
    const { stem: stemmed, word } = foldedOf(match[0]);
    if (word) terms.push({ stem: stemmed, word, start: match.index, end: match.index + match[0].length });
  }
  return terms;
}

/** What the index stores for a text: per word its stem, and its spelling if that differs, separated by spaces. */
export function indexedText(text: string): string {
  return termsOf(text)
    .map((term) => (term.word === term.stem ? term.stem : `${term.stem} ${term.word}`))
    .join(' ');
}

/** A token to look for in the index; a prefix form also finds longer tokens. */
export interface TermForm {
  stem: string;
  prefix: boolean;
}

/** A word of a query: found where any of its forms is. */
export interface QueryTerm {
  forms: TermForm[];
}

// Shorter stems as prefixes find too much that is unrelated ("burg" → "Bürgschaft").
const MIN_PREFIX_STEM = 5;
const MIN_PREFIX_WORD = 4;

// Words so common that requiring them only narrows results by accident: dropped from queries unless
// nothing else is left. Their stems are also what the stemmer makes of some longer words
// ("Sicherheit" → "sich"); such words are looked for by their spelling only.
const STOPWORDS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
  'und',
  'oder',
  'in',
  'im',
  'zu',
  'zur',
  'zum',
  'von',
  'vom',
  'mit',
  'auf',
  'fur',
  'an',
  'am',
  'bei',
  'ist',
  'sind',
  'wir',
  'sich',
  'nicht',
  'auch',
  'werden',
  'wird',
  'sein',
  'als',
  'wie',
  'dass',
  'es',
  'sie',
  'er',
  'um',
  'aus',
  'uber',
  'nach',
  'durch',
  'so',
  'the',
  'of',
  'and',
  'to',
  'a',
  'for',
  'on',
]);
const STOPWORD_STEMS = new Set([...STOPWORDS].map((word) => stem(word)));

/** The distinct words of a query, at most `limit`; `dropped` counts the distinct words beyond it. */
export function queryTermsOf(query: string, limit: number): { terms: QueryTerm[]; dropped: number } {
  const words = new Map<string, Term>();
  for (const term of termsOf(query)) if (!words.has(term.word)) words.set(term.word, term);
  const meaningful = [...words.values()].filter((term) => !STOPWORDS.has(term.word));
  const chosen = (meaningful.length > 0 ? meaningful : [...words.values()]).map(formsOf);
  return { terms: chosen.slice(0, limit), dropped: Math.max(0, chosen.length - limit) };
}

function formsOf({ stem: stemmed, word }: Term): QueryTerm {
  if (stemmed === word) return { forms: [{ stem: word, prefix: word.length >= MIN_PREFIX_WORD }] };
  const forms: TermForm[] = [];
  const stemForm = { stem: stemmed, prefix: stemmed.length >= MIN_PREFIX_STEM };
  if (!STOPWORD_STEMS.has(stemmed) || STOPWORDS.has(word)) forms.push(stemForm);
  if (!(forms.length > 0 && stemForm.prefix && word.startsWith(stemmed)))
    forms.push({ stem: word, prefix: word.length >= MIN_PREFIX_WORD });
  return { forms };
}

/** Whether a word of a text is what a query term asks for. */
export function termMatches(term: QueryTerm, found: Term): boolean {
  return term.forms.some((form) => matchesForm(form, found.stem) || matchesForm(form, found.word));
}

function matchesForm(form: TermForm, token: string): boolean {
  return form.prefix ? token.startsWith(form.stem) : token === form.stem;
}
