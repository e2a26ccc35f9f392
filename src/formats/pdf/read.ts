// PDF bytes → pages of positioned text items and the outline (pdf.js through unpdf, no native code).
import { getDocumentProxy } from 'unpdf';
import type { PdfDocument, PdfItem, PdfOutlineEntry, PdfPage } from './types.ts';

/** A PDF that cannot be read as text, with a message a person can act on. */
export class PdfReadError extends Error {}

type Proxy = Awaited<ReturnType<typeof getDocumentProxy>>;

export interface ReadOptions {
  /** Called after each page. */
  onPage?: (done: number, total: number) => void;
}

export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfDocument> {
  if (!startsLikePdf(bytes)) throw new PdfReadError('not a PDF file (it does not start with %PDF-)');
  let pdf: Proxy;
  try {
    // pdf.js takes the buffer over; a copy keeps the caller's bytes intact.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true, verbosity: 0 });
  } catch (error) {
    throw new PdfReadError(describe(error));
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      pages.push(await readPage(pdf, number));
      options.onPage?.(number, pdf.numPages);
    }
    const outline = await readOutline(pdf);
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : null;
    return { pages, outline, title };
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    throw new PdfReadError(describe(error));
  } finally {
    await pdf.cleanup();
    await pdf.loadingTask.destroy();
  }
}

function startsLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function describe(error: unknown): string {
  const name = (error as { name?: string }).name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return 'the PDF is encrypted with a password; import an unprotected copy';
  if (name === 'InvalidPDFException') return `not a readable PDF (${message}); is it truncated or damaged?`;
  return `the PDF cannot be read (${message}); is it truncated or damaged?`;
}

async function readPage(pdf: Proxy, number: number): Promise<PdfPage> {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, , , e, f] = item.transform as number[];
    items.push({ text: item.str, x: e!, y: f!, width: item.width, size: Math.hypot(a!, b!) || item.height, font: item.fontName });
  }
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, items };
}

type OutlineNode = Awaited<ReturnType<Proxy['getOutline']>>[number];

async function readOutline(pdf: Proxy): Promise<PdfOutlineEntry[]> {
  const outline = await pdf.getOutline().catch(() => null);
  if (!outline) return [];
  const entry = async (node: OutlineNode): Promise<PdfOutlineEntry> => {
    const target = await destinationOf(pdf, node.dest);
    return { title: node.title, ...target, children: await Promise.all(node.items.map(entry)) };
  };
  return Promise.all(outline.map(entry));
}

async function destinationOf(pdf: Proxy, dest: OutlineNode['dest']): Promise<{ page: number | null; top: number | null }> {
  try {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    if (!explicit || explicit.length === 0) return { page: null, top: null };
    const ref = explicit[0];
    const index = typeof ref === 'number' ? ref : await pdf.getPageIndex(ref);
    const kind = (explicit[1] as { name?: string } | undefined)?.name;
    const top =
      kind === 'XYZ' && typeof explicit[3] === 'number'
        ? explicit[3]
        : kind === 'FitH' && typeof explicit[2] === 'number'
          ? explicit[2]
          : null;
    return { page: index + 1, top };
  } catch {
    return { page: null, top: null };
  }
}
