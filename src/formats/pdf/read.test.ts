import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writePdf } from '../../../test/support/pdf-writer.ts';
import { layoutChapters } from './chapters.ts';
import { readPdf } from './read.ts';

const sound = writePdf({
  pages: [[{ text: 'Präambel – „Zukunft“', x: 72, y: 780 }]],
  outline: [{ title: 'Präambel', page: 1, top: 790 }],
  title: 'Vertrag',
});

test('reads text items with positions, the outline and the title', async () => {
  const document = await readPdf(sound);
  assert.equal(document.pages.length, 1);
  const [item] = document.pages[0]!.items;
  assert.equal(item!.text, 'Präambel – „Zukunft“');
  assert.deepEqual([item!.x, item!.y, item!.size], [72, 780, 11]);
  assert.deepEqual(document.outline, [{ title: 'Präambel', page: 1, top: 790, children: [] }]);
  assert.equal(document.title, 'Vertrag');
});

test('refuses what is no readable PDF with one clear message', async () => {
  await assert.rejects(readPdf(new TextEncoder().encode('# Kapitel\n\nText')), /not a PDF file/);
  await assert.rejects(readPdf(sound.subarray(0, 400)), /truncated or damaged/);
  await assert.rejects(readPdf(writePdf({ pages: [[{ text: 'geheim', x: 72, y: 700 }]], encrypted: true })), /encrypted with a password/);
});

test('a PDF without a text layer (a scan) is refused by the layout', async () => {
  const document = await readPdf(writePdf({ pages: [[], []] }));
  assert.throws(() => layoutChapters(document), /no text layer/);
});
