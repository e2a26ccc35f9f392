// The agreements beyond the 2021 one that extraction is measured on, read from ../shared/corpus: as plain
// text, or as chapters the PDF import finds.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPdfAgreement } from '../../src/services/import/pdf-files.ts';

export const CORPUS_ROOT = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Each agreement is one file; its "body" is the text after a YAML frontmatter, or the whole file. */
export const TEXT_AGREEMENTS = {
  'bund-2018': 'bund-2018/koalitionsvertrag-2018.md',
  'bw-2016': 'bw-2016/koalitionsvertrag-bw-2016-2021.md',
} as const;
export type TextAgreement = keyof typeof TEXT_AGREEMENTS;

/** Agreements published as PDF: their documents are the chapters that `import FILE.pdf` makes of them. */
export const PDF_AGREEMENTS = {
  'bw-2021': 'bw-2021/210506_Koalitionsvertrag_2021-2026.pdf',
} as const;
export type PdfAgreement = keyof typeof PDF_AGREEMENTS;

/** Each chapter's body by "agreement/chapter file", in the PDF's order; undefined without the corpus. */
export async function pdfAgreementChapters(agreement: PdfAgreement): Promise<Map<string, string> | undefined> {
  const path = CORPUS_ROOT + PDF_AGREEMENTS[agreement];
  if (!existsSync(path)) return undefined;
  const { layout } = await readPdfAgreement(path);
  return new Map(layout.chapters.map((chapter) => [`${agreement}/${chapter.fileName}`, chapter.body]));
}

export function agreementBody(agreement: TextAgreement): string | undefined {
  const path = CORPUS_ROOT + TEXT_AGREEMENTS[agreement];
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return frontmatter ? text.slice(frontmatter[0].length) : text;
}

/**
 * The fixed rule, chosen before any tuning, that holds a third of the labelled sentences back: the first
 * byte of the sentence's SHA-256 is divisible by three.
 */
export function isHeldBack(text: string): boolean {
  return createHash('sha256').update(text).digest()[0]! % 3 === 0;
}
