// Reads an agreement's PDF into chapter files: text, subsection headings, and where each line stood.
import { readFile, stat } from 'node:fs/promises';
import { InputFileError } from '../../domain/errors.ts';
import { layoutChapters, PdfLayoutError, type ChapterSource, type PdfLayout } from '../../formats/pdf/chapters.ts';
import { PdfReadError, readPdf } from '../../formats/pdf/read.ts';
import { describeSize } from '../../formats/text-file.ts';
import type { ChapterFile } from './chapter-files.ts';

export interface PdfOptions {
  chaptersFrom?: ChapterSource;
  /** Pages to leave out (1-based), e.g. a cover or a foreword. */
  skipPages?: ReadonlySet<number>;
  onPage?: (path: string, done: number, total: number) => void;
}

export interface PdfAgreement {
  path: string;
  layout: PdfLayout;
  /** The title in the PDF's document information, if any. */
  title: string | null;
}

/** Far more than any agreement (the 156 pages of Baden-Württemberg's have 0.7 MB). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

export function isPdfPath(path: string): boolean {
  return /\.pdf$/i.test(path);
}

/** The PDF's chapters; a fault is one InputFileError naming the file. */
export async function readPdfAgreement(path: string, options: PdfOptions = {}): Promise<PdfAgreement> {
  try {
    const { size } = await stat(path);
    if (size > MAX_PDF_BYTES)
      throw new InputFileError(path, `file too large (${describeSize(size)}; at most ${describeSize(MAX_PDF_BYTES)})`);
    const document = await readPdf(await readFile(path), { onPage: (done, total) => options.onPage?.(path, done, total) });
    const pages = document.pages.length;
    for (const page of options.skipPages ?? []) {
      if (page > pages) throw new InputFileError(path, `--skip-pages names page ${page}, but the PDF has ${pages} pages`);
    }
    const layout = layoutChapters(document, { chaptersFrom: options.chaptersFrom, skipPages: options.skipPages });
    if (layout.chapters.length === 0)
      throw new InputFileError(path, 'no chapters found: the PDF has text, but no headings or outline to divide it by');
    return { path, layout, title: document.title };
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    if (error instanceof PdfReadError || error instanceof PdfLayoutError) throw new InputFileError(path, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputFileError(path, 'no such file or folder');
    if (code) throw new InputFileError(path, `cannot be read (${code})`);
    throw error;
  }
}

/** The chapters as chapter files of an import; each carries its `pdf_lines`, as an export writes it. */
export function pdfChapterFiles(pdf: PdfAgreement): ChapterFile[] {
  return pdf.layout.chapters.map((chapter) => ({
    path: `${pdf.path}#${chapter.fileName}`,
    fileName: chapter.fileName,
    chapter: {
      title: chapter.heading,
      section: null,
      published: true,
      statements: [],
      body: chapter.body,
      lineMap: chapter.lineMap,
      source: { title: chapter.heading, pdf_lines: chapter.lineMap },
    },
  }));
}

/** "1-3,7" → {1, 2, 3, 7}; null when it is no list of pages. */
export function parsePageList(text: string): Set<number> | null {
  const pages = new Set<number>();
  for (const part of text.split(',')) {
    const range = /^\s*(\d{1,5})\s*(?:[-–]\s*(\d{1,5}))?\s*$/.exec(part);
    if (!range) return null;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (from < 1 || to < from) return null;
    for (let page = from; page <= to; page++) pages.add(page);
  }
  return pages;
}
