// The reason of a match in German, for editors: which field of the document names which words of the Vorhaben.

export type Field = 'title' | 'abstract' | 'descriptor' | 'subjectArea';

/** One concept of the Vorhaben found in the document. */
export interface Evidence {
  field: Field;
  /** The document's words, as written. */
  found: string;
  /** Where the Vorhaben says it: its title or its quote, with offsets into that text. */
  source: 'title' | 'quote';
  start: number;
  end: number;
  /** What it added to the score before normalising. */
  strength: number;
}

/** The most pieces of evidence a reason names. */
const MAX_NAMED = 3;
/** A quote longer than this is cut around the words the document names. */
const MAX_EXCERPT = 90;
const CONTEXT = 35;
const ELLIPSIS = '…';

const FIELD_ORDER: readonly Field[] = ['title', 'descriptor', 'abstract', 'subjectArea'];

/** „Titel nennt ‚OZG-Änderungsgesetz‘; Schlagwort ‚Onlinezugangsgesetz‘ (Zitat: ‚Weiterentwicklung des Onlinezugangsgesetzes (OZG)‘)“. */
export function reasonOf(evidence: readonly Evidence[], pledge: { title: string; quote: string | null }): string {
  const named = [...evidence].sort((a, b) => b.strength - a.strength).slice(0, MAX_NAMED);
  const first = named[0];
  if (!first) return '';
  const clauses = FIELD_ORDER.flatMap((field) => {
    const all = [...new Set(named.filter((item) => item.field === field).map((item) => item.found))];
    // "künstliche" and "Intelligenz" are said by "künstliche Intelligenz".
    const found = all.filter((text) => !all.some((other) => other !== text && other.includes(text)));
    return found.length > 0 ? [clause(field, found)] : [];
  });
  const cited =
    first.source === 'quote' && pledge.quote !== null
      ? `Zitat: ‚${excerpt(pledge.quote, first.start, first.end)}‘`
      : `Vorhaben: ‚${excerpt(pledge.title, first.start, first.end)}‘`;
  return `${clauses.join('; ')} (${cited})`;
}

function clause(field: Field, found: readonly string[]): string {
  const list = listed(found.map((text) => `‚${text}‘`));
  switch (field) {
    case 'title':
      return `Titel nennt ${list}`;
    case 'abstract':
      return `Kurzfassung nennt ${list}`;
    case 'descriptor':
      return `${found.length > 1 ? 'Schlagwörter' : 'Schlagwort'} ${list}`;
    case 'subjectArea':
      return `${found.length > 1 ? 'Sachgebiete' : 'Sachgebiet'} ${list}`;
  }
}

const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;

/** The text, or a piece of it around `start`–`end` cut at spaces. */
export function excerpt(text: string, start: number, end: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_EXCERPT) return trimmed;
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const piece = text
    .slice(from, to)
    .trim()
    .replace(/[,;:]$/, '');
  return `${from > 0 ? `${ELLIPSIS} ` : ''}${piece}${to < text.length ? ` ${ELLIPSIS}` : ''}`;
}
