import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryTermsOf } from './search-terms.ts';
import { markTerms, snippet, type SnippetPart } from './snippet.ts';

const marked = (parts: SnippetPart[]) => parts.filter((part) => part.marked).map((part) => part.text);
const terms = (query: string) => queryTermsOf(query, 8).terms;

test('words are found however they are written: case, umlauts, ß, other forms, compounds they begin', () => {
  const text = 'STRASSE und Straße; Grüße, GROSSE Größe. Die Verschlüsselung verschlüsselter Daten im IT-Sicherheitsgesetz.';
  assert.deepEqual(marked(markTerms(text, terms('Strasse'))), ['STRASSE', 'Straße']);
  assert.deepEqual(marked(markTerms(text, terms('grösse'))), ['GROSSE', 'Größe']);
  assert.deepEqual(marked(markTerms(text, terms('Verschlüsselung'))), ['Verschlüsselung', 'verschlüsselter']);
  assert.deepEqual(marked(markTerms(text, terms('Sicherheit'))), ['Sicherheitsgesetz']);
  assert.deepEqual(marked(markTerms(text, terms('Gesetz'))), [], 'a word inside a compound is not its beginning');
});

test('text in decomposed form (combining marks) is read word by word', () => {
  assert.deepEqual(marked(markTerms('Gru\u0308ße an alle', terms('Grüße'))), ['Gru\u0308ße']);
});

test('a long text is cut around the found words, at word boundaries', () => {
  const text = `${'Vorher steht anderes. '.repeat(30)}Hier steht das Recht auf Verschlüsselung im Text. ${'Danach folgt mehr. '.repeat(30)}`;
  const parts = snippet(text, terms('Recht Verschlüsselung'), 120);
  const shown = parts.map((part) => part.text).join('');
  assert.match(shown, /^… .*Recht auf Verschlüsselung.* …$/);
  assert.ok(shown.length <= 120 + 4, shown);
  assert.deepEqual(marked(parts), ['Recht', 'Verschlüsselung']);
  assert.ok(text.includes(shown.slice(2, -2)), 'the cut falls between words');
});
