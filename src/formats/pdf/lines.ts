// Text items → text lines per page: printed line numbers taken out of the text, running headers,
// footers, page numbers and table-of-contents pages dropped.
import { withoutDisallowed } from '../../domain/text-characters.ts';
import type { PdfItem, PdfPage } from './types.ts';

export interface TextLine {
  page: number;
  /** Baseline, in points from the page's foot. */
  y: number;
  /** Left and right end of the text. */
  x: number;
  right: number;
  /** Font size and font of most of the line's characters. */
  size: number;
  font: string;
  /** True when every character of the line is in `font`. */
  oneFont: boolean;
  text: string;
  /** The number printed in the margin beside the line, if any. */
  number: number | null;
  /** Looks like an entry of a table of contents: leader dots or a page number far to the right. */
  tocEntry: boolean;
}

const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

/** Ligatures spelt out, soft hyphens and characters no text may hold removed. */
export function normaliseText(text: string): string {
  return withoutDisallowed(text)
    .replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F]/g, ' ');
}

const DIGITS = /^\d{1,5}$/;
const LEADER_DOTS = /(?:\.\s*){4,}\s*\d{1,4}$/;
const CONTENTS_HEADING = /^(?:Inhaltsverzeichnis|Inhalt|Inhaltsübersicht|Contents|Table of contents)$/i;
const PAGE_NUMBER = /^(?:(?:Seite|S\.|Page)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:von|\/|of)\s*\d{1,4})?$/i;

/** The lines of one page, top to bottom, with margin numbers attached. */
export function pageLines(page: PdfPage): TextLine[] {
  const items = page.items
    .map((item) => ({ ...item, text: normaliseText(item.text) }))
    .filter((item) => item.text.trim() !== '' && item.size > 0);
  const left = textLeft(items);
  const margin: PdfItem[] = [];
  const body: PdfItem[] = [];
  for (const item of items) {
    const inMargin = DIGITS.test(item.text.trim()) && item.x + item.width < left - 1;
    (inMargin ? margin : body).push(item);
  }
  const lines = groupIntoLines(body).map((group) => lineOf(page.number, group));
  for (const item of margin) {
    let best: TextLine | undefined;
    for (const line of lines) {
      const distance = Math.abs(line.y - item.y);
      if (distance <= line.size * 0.5 && (!best || distance < Math.abs(best.y - item.y))) best = line;
    }
    if (best && best.number === null) best.number = Number(item.text.trim());
  }
  return lines;
}

/**
 * Where the text column starts: the leftmost start of longer items that many characters share
 * (indented lines start further right). Line numbers are printed left of it, as the federal
 * agreements print them.
 */
function textLeft(items: PdfItem[]): number {
  const lefts = new Map<number, number>();
  for (const item of items) {
    if (item.text.trim().length < 4) continue;
    const x = Math.round(item.x);
    lefts.set(x, (lefts.get(x) ?? 0) + item.text.length);
  }
  if (lefts.size === 0) return -Infinity;
  const left = [...lefts.entries()].filter(([, count]) => count >= 20).reduce((min, [x]) => Math.min(min, x), Infinity);
  return Number.isFinite(left) ? left : Math.min(...lefts.keys());
}

function groupIntoLines(items: PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const item of sorted) {
    const current = groups.at(-1);
    if (current && Math.abs(current.y - item.y) <= Math.min(current.size, item.size) * 0.4) {
      current.items.push(item);
      current.size = Math.max(current.size, item.size);
    } else {
      groups.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  return groups.map((group) => group.items.sort((a, b) => a.x - b.x));
}

function lineOf(page: number, items: PdfItem[]): TextLine {
  let text = '';
  let end = -Infinity;
  let pageRefGap = 0;
  const chars = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const item of items) {
    const gap = item.x - end;
    if (text !== '' && gap > item.size * 0.15 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
    if (text !== '') pageRefGap = gap / item.size;
    text += item.text;
    end = Math.max(end, item.x + item.width);
    chars.set(item.font, (chars.get(item.font) ?? 0) + item.text.length);
    const size = Math.round(item.size * 10) / 10;
    sizes.set(size, (sizes.get(size) ?? 0) + item.text.length);
  }
  const font = mostCommon(chars);
  const last = items.at(-1)!;
  text = text.replace(/\s+/g, ' ').trim();
  return {
    page,
    y: items[0]!.y,
    x: items[0]!.x,
    right: end,
    size: mostCommon(sizes),
    font,
    oneFont: chars.size === 1,
    text,
    number: null,
    tocEntry: LEADER_DOTS.test(text) || (DIGITS.test(last.text.trim()) && items.length > 1 && pageRefGap > 2.5),
  };
}

function mostCommon<T>(counts: Map<T, number>): T {
  let best: T | undefined;
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best!;
}

export interface LineOptions {
  /** Pages to leave out entirely (1-based). */
  skipPages?: ReadonlySet<number>;
}

/**
 * The lines of the whole document that belong to its text: without pages of a table of contents,
 * running headers and footers (lines at a page's top or foot that recur on many pages, numbers
 * aside) and page numbers.
 */
export function documentLines(pages: readonly PdfPage[], options: LineOptions = {}): TextLine[] {
  const perPage = pages.filter((page) => !options.skipPages?.has(page.number)).map(pageLines);
  const recurring = recurringEdgeLines(perPage);
  const kept: TextLine[] = [];
  for (const lines of perPage) {
    if (isTableOfContents(lines)) continue;
    // A table of contents that starts under text on its page runs to the page's end.
    const contents = lines.findIndex((line) => CONTENTS_HEADING.test(line.text));
    if (contents !== -1) lines.length = contents;
    lines.forEach((line, index) => {
      const atEdge = index < 2 || index >= lines.length - 2;
      if (atEdge && (recurring.has(edgeKey(line)) || PAGE_NUMBER.test(line.text))) return;
      if (line.tocEntry && LEADER_DOTS.test(line.text)) return;
      kept.push(line);
    });
  }
  return kept;
}

function edgeKey(line: TextLine): string {
  return line.text.replace(/\d+/g, '#').toLowerCase();
}

function recurringEdgeLines(perPage: TextLine[][]): Set<string> {
  const pagesOf = new Map<string, number>();
  for (const lines of perPage) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(edgeKey));
    for (const key of edges) pagesOf.set(key, (pagesOf.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(3, perPage.length * 0.2);
  return new Set([...pagesOf].filter(([, count]) => count >= threshold).map(([key]) => key));
}

function isTableOfContents(lines: TextLine[]): boolean {
  if (lines.length < 3) return false;
  const entries = lines.filter((line) => line.tocEntry).length;
  return entries >= 3 && entries >= lines.length * 0.4;
}
