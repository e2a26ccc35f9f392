// Splits a chapter's Markdown body into paragraphs, list items and headings with offsets, so no sentence crosses one.

export type BlockKind = 'paragraph' | 'item' | 'heading';

export interface Block {
  kind: BlockKind;
  /** Offset of the first character after the Markdown marker ("### ", "- "). */
  start: number;
  end: number;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const BULLET = /^ {0,3}[-*+][ \t]+/;
const ORDERED = /^ {0,3}\d{1,3}[.)][ \t]+/;

export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  const close = (): void => {
    if (open) blocks.push(open);
    open = undefined;
  };

  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(lineStart, lineEnd);
    const heading = HEADING.exec(line);
    // A numbered line inside a paragraph is usually a wrapped date ("1. Januar"), not a new list.
    const marker = BULLET.exec(line) ?? (open?.kind === 'paragraph' ? null : ORDERED.exec(line));

    if (line.trim() === '') {
      close();
    } else if (heading) {
      close();
      blocks.push({ kind: 'heading', start: lineStart + heading[0].length, end: lineEnd });
    } else if (marker) {
      close();
      open = { kind: 'item', start: lineStart + marker[0].length, end: lineEnd };
    } else if (open) {
      open.end = lineEnd;
    } else {
      open = { kind: 'paragraph', start: lineStart, end: lineEnd };
    }

    if (newline === -1) break;
    lineStart = newline + 1;
  }
  close();
  return blocks;
}
