// What an import reads: chapter files and folders of them, and PDFs (alone or in folders), grouped by agreement.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputFileError } from '../../domain/errors.ts';
import { slugify } from '../../domain/slug.ts';
import type { AgreementDescription } from '../../formats/agreement-file.ts';
import type { PdfLayout } from '../../formats/pdf/chapters.ts';
import { ImportRejected, readAgreementFile, readChapterFiles, type AgreementFiles } from './chapter-files.ts';
import { isPdfPath, pdfChapterFiles, readPdfAgreement, type PdfOptions } from './pdf-files.ts';

export interface SourceOptions extends PdfOptions {
  agreementSlug?: string;
  /** The agreement's title, over what agreement.yml or the PDF says. */
  title?: string;
  /** Called with each PDF's chapters once it is read (for a preview). */
  onPdf?: (path: string, layout: PdfLayout) => void;
}

/** Every agreement's chapter files; throws ImportRejected naming every bad file, before anything is written. */
export async function readImportSources(paths: readonly string[], options: SourceOptions = {}): Promise<AgreementFiles[]> {
  const { pdfs, others } = splitPdfs(paths);
  const errors: InputFileError[] = [];
  let groups: AgreementFiles[] = [];
  if (others.length > 0) {
    try {
      groups = readChapterFiles(others, options.agreementSlug);
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      errors.push(...error.errors);
    }
  }
  for (const path of pdfs) {
    let pdf;
    try {
      pdf = await readPdfAgreement(path, options);
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      errors.push(error);
      continue;
    }
    options.onPdf?.(path, pdf.layout);
    const description = readAgreementFile(dirname(resolve(path)), errors);
    const name = basename(path).replace(/\.pdf$/i, '');
    const slug = options.agreementSlug ?? description?.slug ?? (slugify(name) || 'koalitionsvertrag');
    const group = groups.find((candidate) => candidate.slug === slug) ?? { slug, description, folderName: pdf.title ?? name, files: [] };
    if (!groups.includes(group)) groups.push(group);
    group.files.push(...pdfChapterFiles(pdf));
  }
  if (errors.length > 0) throw new ImportRejected(errors);
  if (options.title) for (const group of groups) group.description = withTitle(group.description, options.title);
  return groups;
}

function withTitle(description: AgreementDescription | null, title: string): AgreementDescription {
  const none = { slug: null, name: null, parties: null, termStart: null, termEnd: null, active: null };
  return { slug: null, sourceUrl: null, licence: null, government: none, ...description, title };
}

/** PDFs named, and those in folders named; the rest (chapter files, folders of them) as given. */
function splitPdfs(paths: readonly string[]): { pdfs: string[]; others: string[] } {
  const pdfs: string[] = [];
  const others: string[] = [];
  for (const path of paths) {
    if (isPdfPath(path)) {
      pdfs.push(path);
      continue;
    }
    let names: string[] = [];
    try {
      if (statSync(path).isDirectory()) names = readdirSync(path);
    } catch {
      // A path that cannot be read is reported where chapter files are read.
    }
    const inFolder = names.filter(isPdfPath).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    pdfs.push(...inFolder.map((name) => join(path, name)));
    if (inFolder.length === 0 || names.some((name) => name.endsWith('.md'))) others.push(path);
  }
  return { pdfs, others };
}
