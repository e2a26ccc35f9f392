// Federal-style agreements printed by Chromium: every line numbered in the left margin, numbering
// running on across pages, page numbers at the foot. Full tier (a browser).
import type { Browser } from 'playwright-core';

export interface PrintedLine {
  text: string;
  /** 1 for a chapter heading, 2 for a subsection heading. */
  heading?: 1 | 2;
  /** A paragraph ends after this line. */
  paragraphEnd?: boolean;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each line is set as given (no wrapping), so the test knows which printed line holds which words. */
export async function printAgreement(browser: Browser, lines: PrintedLine[]): Promise<Uint8Array> {
  const body = lines
    .map((line, index) => {
      const kind = line.heading === 1 ? 'h1' : line.heading === 2 ? 'h2' : 'p';
      const gap = line.paragraphEnd ? ' end' : '';
      return `<div class="line ${kind}${gap}"><span class="number">${index + 1}</span>${escape(line.text)}</div>`;
    })
    .join('\n');
  const html = `<!doctype html><html lang="de"><meta charset="utf-8"><style>
    @page { size: A4; margin: 20mm 20mm 25mm 10mm; }
    body { font-family: 'DejaVu Serif', serif; font-size: 11pt; margin: 0; }
    .line { position: relative; white-space: nowrap; line-height: 16pt; padding-left: 20mm; }
    .line.end { margin-bottom: 10pt; }
    .line.h1 { font-size: 16pt; font-weight: bold; line-height: 22pt; }
    .line.h2 { font-size: 12.5pt; font-weight: bold; line-height: 18pt; }
    .number { position: absolute; left: 0; width: 12mm; text-align: right; font-size: 7pt; font-weight: normal; }
  </style><body>${body}</body></html>`;
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:9pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
      margin: { top: '20mm', bottom: '25mm', left: '10mm', right: '20mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}
