// German abbreviations whose final dot does not end a sentence, and how to recognise them in running text.

/**
 * How an abbreviation behaves before the next word:
 * - `inner`: never ends a sentence ("z. B.", "bzw.", "Mio. Euro").
 * - `numeric`: an abbreviation only before a number ("Art. 5", "Nr. 190"); "jeglicher Art." ends a sentence.
 * - `final`: may end a sentence, so a capitalised word after it starts a new one ("… usw. Wir").
 */
export type AbbreviationRole = 'inner' | 'numeric' | 'final';

// Written without dots or spaces, lower case: "z. B." and "z.B." are both "zb".
const INNER = [
  'zb',
  'ua',
  'uä',
  'oä',
  'og',
  'dh',
  'va',
  'idr',
  'isd',
  'ivm',
  'ihv',
  'uu',
  'zt',
  'zzt',
  'ia',
  'bzw',
  'ggf',
  'ggfs',
  'ca',
  'inkl',
  'exkl',
  'vgl',
  'mio',
  'mrd',
  'tsd',
  'bspw',
  'sog',
  'insb',
  'bzgl',
  'ggü',
  'zzgl',
  'evtl',
  'max',
  'min',
  'mind',
  'ebd',
  'dr',
  'prof',
  'st',
  'gem',
  'lt',
  'allg',
  'einschl',
  'bsp',
  'anm',
  'jh',
  'jhd',
  'fr',
  'hr',
  'str',
  'tel',
  'co',
  'abt',
  'rd',
  'zit',
  'spez',
  'dgl',
  'ausschl',
  'bes',
];
const NUMERIC = ['nr', 'nrn', 'art', 'abs', 's', 'bd', 'kap', 'ziff', 'lit', 'rn', 'rz', 'tz', 'abschn'];
const FINAL = ['etc', 'usw', 'ev', 'uvm', 'ff'];

const roles = new Map<string, AbbreviationRole>();
for (const form of INNER) roles.set(form, 'inner');
for (const form of NUMERIC) roles.set(form, 'numeric');
for (const form of FINAL) roles.set(form, 'final');

/** The role of an abbreviation written without dots and spaces, or undefined when it is none. */
export function abbreviationRole(compact: string): AbbreviationRole | undefined {
  return roles.get(compact.toLowerCase());
}

const LETTER = /\p{L}/u;

/**
 * The abbreviation that ends with the dot at `dot`, written compactly ("z. B." → "zB"), or the
 * plain word before the dot. Parts of dotted abbreviations are short letter runs joined by a dot
 * and at most one space.
 */
export function wordBeforeDot(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  let compact = text.slice(start, dot);
  for (;;) {
    let cursor = start - 1;
    if (text[cursor] === ' ') cursor--;
    if (text[cursor] !== '.') break;
    let partStart = cursor;
    while (partStart > 0 && LETTER.test(text[partStart - 1]!)) partStart--;
    const part = text.slice(partStart, cursor);
    if (part.length === 0 || part.length > 3 || compact.length > 3) break;
    compact = part + compact;
    start = partStart;
  }
  return compact;
}
