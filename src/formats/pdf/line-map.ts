// Where each line of a chapter's text stood in its PDF: page and printed line number per body offset.
// Written into the chapter file's frontmatter as `pdf_lines` (docs/formats.md), stored per chapter.

export interface SourceLine {
  /** UTF-16 offset in the chapter body where the line's text begins. */
  offset: number;
  page: number;
  /** The number printed in the margin, or null. */
  number: number | null;
}

/** Page, and printed lines where the PDF has them, of a span of a chapter's text. */
export interface SourcePosition {
  page: number;
  lastPage: number;
  lines: { from: number; to: number } | null;
}

/**
 * The text form: a run of lines on one page whose printed numbers count up by one is written as
 * `pPAGE:FIRST` (or `pPAGE` without numbers), then the offset where each of its lines begins.
 * Example: `p12:345 0 87 164 p13:348 250`.
 */
export function formatLineMap(lines: readonly SourceLine[]): string {
  const parts: string[] = [];
  let previous: SourceLine | undefined;
  for (const line of lines) {
    const continues =
      previous !== undefined &&
      previous.page === line.page &&
      (line.number === null ? previous.number === null : previous.number !== null && line.number === previous.number + 1);
    if (!continues) parts.push(line.number === null ? `p${line.page}` : `p${line.page}:${line.number}`);
    parts.push(String(line.offset));
    previous = line;
  }
  return parts.join(' ');
}

export class LineMapError extends Error {}

/** The lines of the text form; throws LineMapError on anything else. */
export function parseLineMap(text: string, bodyLength: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let page: number | null = null;
  let number: number | null = null;
  for (const token of text.trim().split(/\s+/)) {
    if (token === '') continue;
    const run = /^p(\d{1,6})(?::(\d{1,7}))?$/.exec(token);
    if (run) {
      page = Number(run[1]);
      number = run[2] === undefined ? null : Number(run[2]);
      continue;
    }
    if (!/^\d{1,9}$/.test(token)) throw new LineMapError(`"${token}" is neither a page (p12 or p12:345) nor an offset`);
    if (page === null) throw new LineMapError('the first entry must be a page (p12 or p12:345)');
    const offset = Number(token);
    const before = lines.at(-1);
    if (offset > bodyLength) throw new LineMapError(`offset ${offset} lies past the end of the text (${bodyLength})`);
    if (before && offset < before.offset) throw new LineMapError(`offset ${offset} comes before ${before.offset}`);
    lines.push({ offset, page, number });
    if (number !== null) number++;
  }
  return lines;
}

/** Where the span [start, end) of the body stood; null without a map. */
export function positionOf(lines: readonly SourceLine[], start: number, end: number): SourcePosition | null {
  if (lines.length === 0) return null;
  const first = lineAt(lines, start);
  const last = lineAt(lines, Math.max(start, end - 1));
  return {
    page: first.page,
    lastPage: last.page,
    lines: first.number !== null && last.number !== null ? { from: first.number, to: last.number } : null,
  };
}

/** Where a span of a stored chapter stood: null without a map, or with one that does not fit the body. */
export function placeInChapter(lineMap: string | null, body: string, start: number, end: number): SourcePosition | null {
  if (lineMap === null) return null;
  try {
    return positionOf(parseLineMap(lineMap, body.length), start, end);
  } catch (error) {
    if (error instanceof LineMapError) return null;
    throw error;
  }
}

function lineAt(lines: readonly SourceLine[], offset: number): SourceLine {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.offset <= offset) low = middle;
    else high = middle - 1;
  }
  return lines[low]!;
}

/** "S. 12, Z. 345–350", "S. 12–13", as people cite an agreement. */
export function citationOf(position: SourcePosition): string {
  const pages = position.lastPage === position.page ? `S. ${position.page}` : `S. ${position.page}–${position.lastPage}`;
  if (!position.lines) return pages;
  const { from, to } = position.lines;
  return `${pages}, Z. ${from === to ? from : `${from}–${to}`}`;
}
