// Text lines → headings and paragraphs: headings by font size, weight and capitals; paragraphs by
// the space above a line, bullets and page breaks.
import type { TextLine } from './lines.ts';

export interface HeadingBlock {
  kind: 'heading';
  /** 0 for the largest heading style of the document, 1 for the next, … */
  rank: number;
  lines: TextLine[];
}

export interface ParagraphBlock {
  kind: 'paragraph' | 'item';
  lines: TextLine[];
}

export type LayoutBlock = HeadingBlock | ParagraphBlock;

const SENTENCE_END = /[.!?:;,]$/;
const BULLET = /^[•▪●◦·‣]\s*|^[-–]\s+/;

/** The body text's size and font: those of most characters. */
export function bodyStyle(lines: readonly TextLine[]): { size: number; font: string } {
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const line of lines) {
    sizes.set(line.size, (sizes.get(line.size) ?? 0) + line.text.length);
    fonts.set(line.font, (fonts.get(line.font) ?? 0) + line.text.length);
  }
  const top = <T>(counts: Map<T, number>) => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { size: top(sizes) ?? 10, font: top(fonts) ?? '' };
}

function headingStyle(line: TextLine, body: { size: number; font: string }): string | null {
  const text = line.text;
  if (text.length > 160 || line.tocEntry || BULLET.test(text)) return null;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  const larger = line.size >= body.size * 1.08;
  const otherFont = line.oneFont && line.font !== body.font && !SENTENCE_END.test(text);
  const capitals = letters.length >= 4 && letters === letters.toUpperCase() && !SENTENCE_END.test(text);
  if (!larger && !otherFont && !capitals) return null;
  return `${line.size.toFixed(1)} ${line.font === body.font ? 'r' : 'o'}${capitals ? 'c' : ''}`;
}

/** Heading styles from the most to the least prominent: larger first, then another font, then capitals. */
function rankStyles(styles: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(styles)].sort((a, b) => {
    const [sizeA, kindA] = a.split(' ') as [string, string];
    const [sizeB, kindB] = b.split(' ') as [string, string];
    return Number(sizeB) - Number(sizeA) || weight(kindB) - weight(kindA);
  });
  return new Map(sorted.map((style, index) => [style, index]));
}

function weight(kind: string): number {
  return (kind.startsWith('o') ? 2 : 0) + (kind.endsWith('c') ? 1 : 0);
}

/**
 * The blocks of the text. A heading runs on over lines of its style close below it (two-line
 * headings); a paragraph ends at a larger gap than its lines have, before a bullet, and at a page
 * break when its last line is short and ends a sentence.
 */
export function layoutBlocks(lines: readonly TextLine[]): LayoutBlock[] {
  const body = bodyStyle(lines);
  const styles = lines.map((line) => headingStyle(line, body));
  const ranks = rankStyles(styles.filter((style): style is string => style !== null));
  const pitch = linePitch(lines, styles);
  const right = columnRight(lines, styles);
  const blocks: LayoutBlock[] = [];
  let open: LayoutBlock | undefined;
  let openStyle: string | null = null;
  lines.forEach((line, index) => {
    const style = styles[index]!;
    const previous = index > 0 ? lines[index - 1]! : undefined;
    const samePage = previous?.page === line.page;
    const gap = previous && samePage ? previous.y - line.y : 0;
    if (style !== null) {
      const continues = open?.kind === 'heading' && openStyle === style && samePage && gap <= line.size * 1.8;
      if (continues) open!.lines.push(line);
      else blocks.push((open = { kind: 'heading', rank: ranks.get(style)!, lines: [line] }));
      openStyle = style;
      return;
    }
    const bullet = BULLET.test(line.text);
    let starts = !open || open.kind === 'heading' || bullet;
    if (!starts && previous) {
      if (samePage) starts = gap > pitch * 1.35 || gap < 0;
      else starts = SENTENCE_END.test(previous.text) && previous.right < right - body.size * 3;
      // A sentence that goes on in lower case after a gap is one paragraph all the same.
      if (starts && !/[.!?:;]$/.test(previous.text) && /^\p{Ll}/u.test(line.text)) starts = false;
    }
    if (starts) blocks.push((open = { kind: bullet ? 'item' : 'paragraph', lines: [line] }));
    else open!.lines.push(line);
    openStyle = null;
  });
  return blocks;
}

/** The usual distance between two lines of a paragraph. */
function linePitch(lines: readonly TextLine[], styles: readonly (string | null)[]): number {
  const gaps = new Map<number, number>();
  for (let index = 1; index < lines.length; index++) {
    const [a, b] = [lines[index - 1]!, lines[index]!];
    if (a.page !== b.page || styles[index] !== null || styles[index - 1] !== null) continue;
    const gap = Math.round((a.y - b.y) * 2) / 2;
    if (gap > 0) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  const usual = [...gaps].sort((a, b) => b[1] - a[1])[0]?.[0];
  return usual ?? 14;
}

/** The right end most body lines reach. */
function columnRight(lines: readonly TextLine[], styles: readonly (string | null)[]): number {
  const rights = lines
    .filter((_, index) => styles[index] === null)
    .map((line) => line.right)
    .sort((a, b) => a - b);
  return rights[Math.floor(rights.length * 0.9)] ?? 0;
}
