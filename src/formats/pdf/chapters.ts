// A PDF's text → chapters of Markdown: from the outline (bookmarks) where there is one, else from the
// most prominent headings; each chapter with where every line of its text stood (page, printed line).
import { slugify, uniqueSlug } from '../../domain/slug.ts';
import { layoutBlocks, type LayoutBlock } from './blocks.ts';
import { formatLineMap, type SourceLine } from './line-map.ts';
import { documentLines, type TextLine } from './lines.ts';
import type { PdfDocument, PdfOutlineEntry } from './types.ts';
import { joinLines, Vocabulary } from './words.ts';

export type ChapterSource = 'outline' | 'headings';

export interface LayoutOptions {
  /** Where chapters come from; by default the outline when the PDF has one. */
  chaptersFrom?: ChapterSource;
  skipPages?: ReadonlySet<number>;
}

export interface PdfChapter {
  /** The heading as printed or bookmarked, number included: "1. Haushalt und Verwaltung". */
  heading: string;
  /** A file name for the chapter, unique in the document: "1-haushalt-und-verwaltung.md". */
  fileName: string;
  /** Markdown: paragraphs, `###` (and deeper) subsection headings. */
  body: string;
  lines: SourceLine[];
  /** `lines` in the text form of the `pdf_lines` field. */
  lineMap: string;
  pages: { from: number; to: number };
  printedLines: { from: number; to: number } | null;
  words: number;
}

export interface PdfLayout {
  chapters: PdfChapter[];
  chaptersFrom: ChapterSource;
}

export class PdfLayoutError extends Error {}

export function layoutChapters(document: PdfDocument, options: LayoutOptions = {}): PdfLayout {
  const lines = documentLines(document.pages, { skipPages: options.skipPages });
  if (lines.length === 0) throw new PdfLayoutError('the PDF has no text layer (a scan?); it needs text, not pictures of text');
  const blocks = layoutBlocks(lines);
  const entries = chapterEntries(document.outline);
  const chaptersFrom = options.chaptersFrom ?? (entries.length > 0 ? 'outline' : 'headings');
  if (chaptersFrom === 'outline' && entries.length === 0)
    throw new PdfLayoutError('the PDF has no outline (bookmarks); use --chapters-from headings');
  const vocabulary = new Vocabulary();
  for (const line of lines) vocabulary.addLine(line.text);
  const starts = chaptersFrom === 'outline' ? startsFromOutline(blocks, entries) : startsFromHeadings(blocks, vocabulary);
  const names = new Set<string>();
  const chapters = starts.map((start, index) => {
    const end = starts[index + 1]?.block ?? blocks.length;
    const chapterBlocks = blocks.slice(start.block, end);
    const chapter = chapterOf(start.heading, chapterBlocks, start.skipFirst, vocabulary);
    const base = slugify(start.heading) || 'kapitel';
    const name = uniqueSlug(base, (slug) => names.has(slug));
    names.add(name);
    return { ...chapter, fileName: `${name}.md` };
  });
  return { chapters: chapters.filter((chapter) => chapter.words > 0 || chapter.body.trim() !== ''), chaptersFrom };
}

interface ChapterStart {
  block: number;
  heading: string;
  /** The block is the printed chapter heading, said by `heading` already. */
  skipFirst: boolean;
}

/** The outline's chapter level: its top entries, or the entries of a single top entry (a title). */
function chapterEntries(outline: readonly PdfOutlineEntry[]): PdfOutlineEntry[] {
  let level = outline;
  while (level.length === 1 && level[0]!.children.length > 1) level = level[0]!.children;
  return level.filter((entry) => entry.page !== null);
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function blockText(block: LayoutBlock): string {
  return block.lines.map((line) => line.text).join(' ');
}

function startsFromOutline(blocks: readonly LayoutBlock[], entries: readonly PdfOutlineEntry[]): ChapterStart[] {
  const starts: ChapterStart[] = [];
  let from = 0;
  for (const entry of entries) {
    const title = entry.title.replace(/\s+/g, ' ').trim();
    const wanted = comparable(title);
    let found = -1;
    for (let index = from; index < blocks.length; index++) {
      const first = blocks[index]!.lines[0]!;
      if (first.page < entry.page!) continue;
      if (first.page > entry.page! && found === -1) {
        found = index;
        break;
      }
      const block = blocks[index]!;
      if (block.kind === 'heading' && comparable(blockText(block)).startsWith(wanted.slice(0, 40))) {
        found = index;
        break;
      }
      if (found === -1 && entry.top !== null && first.y <= entry.top + 2) found = index;
    }
    if (found === -1) continue;
    const block = blocks[found]!;
    const skipFirst = block.kind === 'heading' && comparable(blockText(block)) === wanted;
    starts.push({ block: found, heading: title, skipFirst });
    from = found + 1;
  }
  return starts;
}

function startsFromHeadings(blocks: readonly LayoutBlock[], vocabulary: Vocabulary): ChapterStart[] {
  const ranks = blocks.flatMap((block) => (block.kind === 'heading' ? [block.rank] : []));
  const counts = new Map<number, number>();
  for (const rank of ranks) counts.set(rank, (counts.get(rank) ?? 0) + 1);
  // The most prominent style that occurs more than once: a lone title above everything is no chapter.
  const chapterRank = [...counts.keys()].sort((a, b) => a - b).find((rank) => counts.get(rank)! > 1);
  const starts: ChapterStart[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && block.rank === chapterRank)
      starts.push({ block: index, heading: flow(block, vocabulary).text, skipFirst: true });
  });
  const before = starts[0]?.block ?? blocks.length;
  const words = blocks.slice(0, before).reduce((sum, block) => sum + (block.kind === 'heading' ? 0 : wordCount(blockText(block))), 0);
  // Text before the first chapter heading is a chapter of its own when it is more than a title page.
  if (words >= 50) starts.unshift({ block: 0, heading: 'Vorbemerkung', skipFirst: false });
  return starts;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function chapterOf(
  heading: string,
  blocks: readonly LayoutBlock[],
  skipFirst: boolean,
  vocabulary: Vocabulary,
): Omit<PdfChapter, 'fileName'> {
  const content = skipFirst ? blocks.slice(1) : blocks;
  const chapterRank = skipFirst && blocks[0]?.kind === 'heading' ? blocks[0].rank : -1;
  const subRanks = [
    ...new Set(content.flatMap((block) => (block.kind === 'heading' && block.rank > chapterRank ? [block.rank] : []))),
  ].sort((a, b) => a - b);
  let body = '\n';
  const lines: SourceLine[] = [];
  let words = 0;
  for (const block of content) {
    if (body !== '\n') body += '\n';
    let prefix = '';
    if (block.kind === 'heading') {
      const depth = Math.min(3 + Math.max(0, subRanks.indexOf(block.rank)), 6);
      prefix = `${'#'.repeat(depth)} `;
    } else if (block.kind === 'item') {
      prefix = '- ';
    }
    const { text, starts } = flow(block, vocabulary);
    const escaped = block.kind === 'paragraph' ? escapeStart(text) : text;
    const shift = escaped.length - text.length;
    const at = body.length + prefix.length + shift;
    block.lines.forEach((line, index) => lines.push({ offset: at + starts[index]!, page: line.page, number: line.number }));
    body += `${prefix}${escaped}\n`;
    if (block.kind !== 'heading') words += wordCount(text);
  }
  const numbers = lines.flatMap((line) => (line.number === null ? [] : [line.number]));
  const pages = lines.map((line) => line.page);
  return {
    heading,
    body,
    lines,
    lineMap: formatLineMap(lines),
    pages: { from: Math.min(...pages), to: Math.max(...pages) },
    printedLines: numbers.length > 0 ? { from: Math.min(...numbers), to: Math.max(...numbers) } : null,
    words,
  };
}

/** A block's lines as one line of text, and where each PDF line begins in it. */
function flow(block: LayoutBlock, vocabulary: Vocabulary): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  block.lines.forEach((line: TextLine, index) => {
    let own = line.text;
    if (index === 0 && block.kind === 'item') own = own.replace(/^[•▪●◦·‣–-]\s*/u, '');
    if (index > 0) {
      const { text: between, dropLast } = joinLines(text, own, vocabulary);
      if (dropLast) text = text.slice(0, -1);
      text += between;
    }
    starts.push(text.length);
    text += own;
  });
  return { text, starts };
}

/** A paragraph that would read as Markdown syntax at its start ("1. Januar", "# 1") gets a backslash. */
function escapeStart(text: string): string {
  return /^(?:#{1,6}(?:\s|$)|>|[-*+]\s|\d{1,9}[.)]\s)/.test(text) ? `\\${text}` : text;
}
