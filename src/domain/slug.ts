// URL slugs from German titles: transliterate umlauts, keep a-z0-9, join words with hyphens.

const TRANSLITERATIONS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
  ẞ: 'ss',
};

export const MAX_SLUG_LENGTH = 80;

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = text
    .replace(/[äöüßÄÖÜẞ]/g, (ch) => TRANSLITERATIONS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || '';
}

/** A slug is lowercase ASCII words joined by single hyphens. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 200;
}

/** First of `base`, `base-2`, `base-3`, … that `taken` does not contain. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** Short forms that folder names use for an agreement. */
const TITLE_WORDS: Record<string, string> = { kv: 'Koalitionsvertrag', koav: 'Koalitionsvertrag' };

/**
 * A readable title from a folder or file name, for an agreement imported without agreement.yml:
 * "koalitionsvertrag-2021" → "Koalitionsvertrag 2021", "kv_bund_2018.pdf" → "Koalitionsvertrag bund 2018".
 */
export function readableTitle(name: string): string {
  const words = name
    .replace(/\.(md|pdf|ya?ml)$/i, '')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => TITLE_WORDS[word.toLowerCase()] ?? word);
  const title = words.join(' ');
  return title ? `${title[0]!.toLocaleUpperCase('de')}${title.slice(1)}` : name;
}
