// Writes small PDFs for tests: text runs at given positions in Helvetica (regular or bold), an
// optional outline, and a PDF that claims a password. Standard fonts only: nothing to embed.

export interface TextRun {
  text: string;
  x: number;
  /** Baseline, in points from the page's foot (A4 is 595 × 842). */
  y: number;
  size?: number;
  bold?: boolean;
}

export interface OutlineSpec {
  title: string;
  /** 1-based. */
  page: number;
  top?: number;
  children?: OutlineSpec[];
}

export interface PdfSpec {
  pages: TextRun[][];
  outline?: OutlineSpec[];
  title?: string;
  /** An /Encrypt dictionary whose password is not empty: readers ask for one. */
  encrypted?: boolean;
}

const WIN_ANSI: Record<string, number> = {
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
};

/** A string in WinAnsiEncoding, as a PDF literal. */
function literal(text: string): string {
  let out = '(';
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`no WinAnsi code for ${char}`);
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}

/** A text string (outline titles, the document title) in UTF-16BE. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

export function writePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const reserve = (): number => objects.push('');
  const catalog = reserve();
  const pagesId = reserve();
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const runs of spec.pages) {
    const content = runs
      .map((run) => `BT /${run.bold ? 'F2' : 'F1'} ${run.size ?? 11} Tf 1 0 0 1 ${run.x} ${run.y} Tm ${literal(run.text)} Tj ET`)
      .join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let outlines = '';
  if (spec.outline && spec.outline.length > 0) {
    const root = reserve();
    const ids = writeOutline(spec.outline, root, pageIds, add, reserve, objects);
    objects[root - 1] = `<< /Type /Outlines /First ${ids[0]} 0 R /Last ${ids.at(-1)} 0 R /Count ${ids.length} >>`;
    outlines = ` /Outlines ${root} 0 R`;
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R${outlines} >>`;
  const info = add(`<< /Producer (koalitionstracker tests)${spec.title ? ` /Title ${textString(spec.title)}` : ''} >>`);
  const encrypt = spec.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : undefined;

  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R /ID [${id} ${id}]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

function writeOutline(
  entries: OutlineSpec[],
  parent: number,
  pageIds: number[],
  add: (body: string) => number,
  reserve: () => number,
  objects: string[],
): number[] {
  const ids = entries.map(() => reserve());
  entries.forEach((entry, index) => {
    const id = ids[index]!;
    const children = entry.children && entry.children.length > 0 ? writeOutline(entry.children, id, pageIds, add, reserve, objects) : [];
    const links = [
      `/Parent ${parent} 0 R`,
      index > 0 ? `/Prev ${ids[index - 1]} 0 R` : '',
      index < ids.length - 1 ? `/Next ${ids[index + 1]} 0 R` : '',
      children.length > 0 ? `/First ${children[0]} 0 R /Last ${children.at(-1)} 0 R /Count ${children.length}` : '',
    ].filter(Boolean);
    objects[id - 1] =
      `<< /Title ${textString(entry.title)} ${links.join(' ')} /Dest [${pageIds[entry.page - 1]} 0 R /XYZ 0 ${entry.top ?? 842} null] >>`;
  });
  return ids;
}

/**
 * A page of running text in the layout of an agreement: A4, text from x = 72, 11 pt lines 14 pt
 * apart from the top, a bold heading where a line starts with "## ", a blank line as a paragraph
 * gap, an optional number in the margin at x = 40 for every line of text, and the page number at the foot.
 */
export function agreementPage(lines: string[], options: { page: number; firstLineNumber?: number }): TextRun[] {
  const runs: TextRun[] = [];
  let y = 780;
  let number = options.firstLineNumber;
  for (const line of lines) {
    if (line === '') {
      y -= 8;
      continue;
    }
    const heading = line.startsWith('## ');
    runs.push({ text: heading ? line.slice(3) : line, x: 72, y, size: heading ? 14 : 11, bold: heading });
    if (number !== undefined) runs.push({ text: String(number++), x: 40, y, size: 8 });
    y -= heading ? 20 : 14;
  }
  runs.push({ text: String(options.page), x: 290, y: 40, size: 10 });
  return runs;
}
