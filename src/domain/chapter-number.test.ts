import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterPosition, parseChapterHeading } from './chapter-number.ts';

test('headings split into number and title', () => {
  assert.deepEqual(parseChapterHeading('2.2 Digitale Innovationen und digitale Infrastruktur'), {
    number: '2.2',
    title: 'Digitale Innovationen und digitale Infrastruktur',
  });
  assert.deepEqual(parseChapterHeading('1. Präambel'), { number: '1', title: 'Präambel' });
  assert.deepEqual(parseChapterHeading('Anhang'), { number: null, title: 'Anhang' });
  assert.deepEqual(parseChapterHeading('2021 war ein Jahr'), { number: null, title: '2021 war ein Jahr' });
});

test('chapters sort by their numbers, not as text', () => {
  const numbers = ['3', '2.10', null, '2.2', '2', '10', '2.1'];
  const sorted = [...numbers].sort((a, b) => chapterPosition(a) - chapterPosition(b));
  assert.deepEqual(sorted, ['2', '2.1', '2.2', '2.10', '3', '10', null]);
});

test('an unnumbered preamble comes first, other unnumbered chapters last', () => {
  assert.ok(chapterPosition(null, 'Präambel') < chapterPosition('1', 'Haushalt'));
  assert.ok(chapterPosition(null, 'Anhang') > chapterPosition('14', 'Zusammenarbeit'));
});
