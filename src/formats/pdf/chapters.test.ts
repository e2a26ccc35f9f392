import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementPage, writePdf, type TextRun } from '../../../test/support/pdf-writer.ts';
import { layoutChapters, type PdfChapter } from './chapters.ts';
import { positionOf } from './line-map.ts';
import { readPdf } from './read.ts';
import type { PdfDocument } from './types.ts';

/** A federal-style agreement: margin line numbers that run on across pages, a two-line heading. */
const FEDERAL = {
  pages: [
    agreementPage(
      [
        '## 1. Moderner Staat',
        'Wir werden die Verwaltung weiter-',
        'hin digitalisieren und das Katastrophen-',
        'und Bevölkerungsschutzgesetz novellieren. Die IT-',
        'Sicherheit des Bundes stärken wir. Das Land Baden-',
        'Württemberg bleibt unberührt. Wir gründen eine',
        'Agentur für',
      ],
      { page: 1, firstLineNumber: 1 },
    ),
    agreementPage(
      [
        'Sprunginnovationen. Sie bekommt ein eigenes Budget.',
        '',
        'Ein neuer Absatz beginnt hier.',
        '## 2. Klimaschutz in einer',
        '## sozial-ökologischen Marktwirtschaft',
        'Wir werden das Klimaschutzgesetz noch in diesem Jahr',
        'weiterentwickeln.',
      ],
      { page: 2, firstLineNumber: 8 },
    ),
  ],
};

async function chaptersOf(spec: Parameters<typeof writePdf>[0], options: Parameters<typeof layoutChapters>[1] = {}): Promise<PdfChapter[]> {
  return layoutChapters(await readPdf(writePdf(spec)), options).chapters;
}

function quote(chapter: PdfChapter, text: string) {
  const start = chapter.body.indexOf(text);
  assert.notEqual(start, -1, `"${text}" not in ${JSON.stringify(chapter.body)}`);
  return positionOf(chapter.lines, start, start + text.length);
}

describe('a PDF with printed line numbers, chapters from its headings', () => {
  test('divides at the chapter headings, a two-line heading as one', async () => {
    const chapters = await chaptersOf(FEDERAL);
    assert.deepEqual(
      chapters.map((chapter) => chapter.heading),
      ['1. Moderner Staat', '2. Klimaschutz in einer sozial-ökologischen Marktwirtschaft'],
    );
    assert.deepEqual(
      chapters.map((chapter) => chapter.fileName),
      ['1-moderner-staat.md', '2-klimaschutz-in-einer-sozial-oekologischen-marktwirtschaft.md'],
    );
  });

  test('joins words hyphenated at a line end and keeps real hyphens; a paragraph runs on across the page', async () => {
    const [first] = await chaptersOf(FEDERAL);
    assert.equal(
      first!.body,
      '\nWir werden die Verwaltung weiterhin digitalisieren und das Katastrophen- und Bevölkerungsschutzgesetz novellieren. ' +
        'Die IT-Sicherheit des Bundes stärken wir. Das Land Baden-Württemberg bleibt unberührt. Wir gründen eine Agentur für ' +
        'Sprunginnovationen. Sie bekommt ein eigenes Budget.\n\nEin neuer Absatz beginnt hier.\n',
    );
  });

  test('keeps the margin numbers and page numbers out of the text and records each line', async () => {
    const [first, second] = await chaptersOf(FEDERAL);
    assert.doesNotMatch(first!.body + second!.body, /\b(?:1|2|8|9|10)\b/);
    assert.deepEqual(first!.pages, { from: 1, to: 2 });
    assert.deepEqual(first!.printedLines, { from: 2, to: 9 });
    assert.deepEqual(quote(first!, 'weiterhin digitalisieren'), { page: 1, lastPage: 1, lines: { from: 2, to: 3 } });
    assert.deepEqual(quote(first!, 'Wir gründen eine Agentur für Sprunginnovationen.'), {
      page: 1,
      lastPage: 2,
      lines: { from: 6, to: 8 },
    });
    assert.deepEqual(quote(second!, 'Klimaschutzgesetz'), { page: 2, lastPage: 2, lines: { from: 12, to: 12 } });
    assert.equal(first!.lineMap, 'p1:2 1 33 74 123 173 220 p2:8 232 285');
    assert.deepEqual(
      first!.lines.map((line) => first!.body.slice(line.offset, line.offset + 4)),
      ['Wir ', 'hin ', 'und ', 'Sich', 'Würt', 'Agen', 'Spru', 'Ein '],
    );
  });
});

describe('a PDF with an outline', () => {
  const spec = {
    pages: [
      // A title page and a table of contents: neither belongs to a chapter.
      [{ text: 'Koalitionsvertrag', x: 72, y: 700, size: 24, bold: true }],
      agreementPage(
        ['## Inhaltsverzeichnis', 'Präambel . . . . . . . . . . 3', 'Erster Teil . . . . . . . . . 3', 'Zweiter Teil . . . . . . . . 4'],
        { page: 2 },
      ),
      withHeader(
        agreementPage(['## PRÄAMBEL', 'Wir beginnen.', '## ERSTER TEIL', 'Der erste Teil beginnt hier.'], { page: 3 }),
        'Koalitionsvertrag 2021',
      ),
      withHeader(agreementPage(['## ZWEITER TEIL', 'Der zweite Teil.'], { page: 4 }), 'Koalitionsvertrag 2021'),
      withHeader(agreementPage(['Noch mehr vom zweiten Teil.'], { page: 5 }), 'Koalitionsvertrag 2021'),
    ],
    outline: [
      { title: 'Präambel', page: 3, top: 800 },
      { title: 'Erster Teil', page: 3, top: 760 },
      { title: 'Zweiter Teil', page: 4, top: 800 },
    ],
  };

  test('takes the chapters from the outline, without the table of contents, running headers and page numbers', async () => {
    const chapters = await chaptersOf(spec);
    assert.deepEqual(
      chapters.map((chapter) => [chapter.heading, chapter.body, chapter.pages, chapter.printedLines]),
      [
        ['Präambel', '\nWir beginnen.\n', { from: 3, to: 3 }, null],
        ['Erster Teil', '\nDer erste Teil beginnt hier.\n', { from: 3, to: 3 }, null],
        ['Zweiter Teil', '\nDer zweite Teil.\n\nNoch mehr vom zweiten Teil.\n', { from: 4, to: 5 }, null],
      ],
    );
    assert.equal(quote(chapters[2]!, 'Noch mehr')?.lines, null);
  });

  test('--chapters-from headings and --skip-pages', async () => {
    const chapters = await chaptersOf(spec, { chaptersFrom: 'headings', skipPages: new Set([1, 5]) });
    assert.deepEqual(
      chapters.map((chapter) => chapter.heading),
      ['PRÄAMBEL', 'ERSTER TEIL', 'ZWEITER TEIL'],
    );
    assert.equal(chapters[2]!.body, '\nDer zweite Teil.\n');
  });
});

test('subsections become ### headings, bullets list items', async () => {
  const chapters = await chaptersOf({
    pages: [
      [
        { text: '1. Haushalt', x: 72, y: 780, size: 16, bold: true },
        { text: 'A. FINANZEN', x: 72, y: 750, size: 13, bold: true },
        { text: 'Solide Finanzen', x: 72, y: 725, bold: true },
        { text: 'Wir halten die Schuldenbremse ein.', x: 72, y: 705 },
        { text: '•', x: 72, y: 685 },
        { text: 'eine Steuer', x: 84, y: 685 },
        { text: '2. Wirtschaft', x: 72, y: 640, size: 16, bold: true },
        { text: 'Wir stärken den Mittelstand.', x: 72, y: 615 },
      ],
    ],
  });
  assert.deepEqual(
    chapters.map((chapter) => chapter.heading),
    ['1. Haushalt', '2. Wirtschaft'],
  );
  assert.equal(chapters[0]!.body, '\n### A. FINANZEN\n\n#### Solide Finanzen\n\nWir halten die Schuldenbremse ein.\n\n- eine Steuer\n');
});

test('spells out ligatures and drops soft hyphens', () => {
  const document: PdfDocument = {
    title: null,
    outline: [],
    pages: [
      {
        number: 1,
        width: 595,
        height: 842,
        items: [
          { text: 'Kapitel', x: 72, y: 780, width: 60, size: 16, font: 'bold' },
          { text: 'Wir schaﬀen Eﬃzienz und ﬁnden Auf\u00ADgaben.', x: 72, y: 750, width: 250, size: 11, font: 'regular' },
          { text: 'Kapitel zwei', x: 72, y: 700, width: 60, size: 16, font: 'bold' },
        ],
      },
    ],
  };
  assert.equal(layoutChapters(document).chapters[0]!.body, '\nWir schaffen Effizienz und finden Aufgaben.\n');
});

function withHeader(runs: TextRun[], header: string): TextRun[] {
  return [{ text: header, x: 72, y: 815, size: 9 }, ...runs];
}
