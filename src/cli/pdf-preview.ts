// How `import FILE.pdf --dry-run` shows the chapters it found, so a person can check the structure first.
import type { PdfLayout } from '../formats/pdf/chapters.ts';

const PREVIEW_LINES = 2;
const PREVIEW_WIDTH = 100;

export function pdfPreviewLines(path: string, layout: PdfLayout): string[] {
  const lines = [
    `${path}: ${layout.chapters.length} chapter${layout.chapters.length === 1 ? '' : 's'} (from the ${layout.chaptersFrom === 'outline' ? 'outline' : 'headings'})`,
  ];
  for (const chapter of layout.chapters) {
    const pages =
      chapter.pages.from === chapter.pages.to ? `page ${chapter.pages.from}` : `pages ${chapter.pages.from}–${chapter.pages.to}`;
    const printed = chapter.printedLines ? `, lines ${chapter.printedLines.from}–${chapter.printedLines.to}` : '';
    const subsections = chapter.body.split('\n').filter((line) => /^#{3,6} /.test(line)).length;
    lines.push(`  ${chapter.heading}  (${pages}${printed}; ${chapter.words} words, ${subsections} subsections) → ${chapter.fileName}`);
    const text = chapter.body.split('\n').filter((line) => line.trim() !== '');
    for (const line of text.slice(0, PREVIEW_LINES))
      lines.push(`      ${line.length > PREVIEW_WIDTH ? `${line.slice(0, PREVIEW_WIDTH - 1)}…` : line}`);
  }
  return lines;
}
