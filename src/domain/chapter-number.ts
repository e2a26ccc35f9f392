// Chapter headings such as "2.2 Digitale Innovationen" or "1. Präambel": number, title, sort key.

export interface ChapterHeading {
  number: string | null;
  title: string;
}

const NUMBERED = /^(\d{1,3}(?:\.\d{1,3}){0,2})\.?\s+(\S.*)$/s;

export function parseChapterHeading(heading: string): ChapterHeading {
  const match = NUMBERED.exec(heading.trim());
  if (!match) return { number: null, title: heading.trim() };
  return { number: match[1]!, title: match[2]!.trim() };
}

const UNNUMBERED_POSITION = 1_000_000_000;

/** Unnumbered chapters that open an agreement, as Land agreements print their preamble without a number. */
const OPENING_TITLES = /^(?:Präambel|Vorwort|Vorbemerkung|Einleitung|Einführung|Preamble)$/i;

/** Sort key: an unnumbered preamble < 1 < 2 < 2.1 < 2.2 < 2.10 < 3; other unnumbered chapters come last. */
export function chapterPosition(number: string | null, title = ''): number {
  if (number === null) return OPENING_TITLES.test(title.trim()) ? 0 : UNNUMBERED_POSITION;
  const [major = 0, minor = 0, patch = 0] = number.split('.').map(Number);
  return major * 1_000_000 + minor * 1_000 + patch;
}
