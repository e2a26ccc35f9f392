import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isName } from './names.ts';
import { tokenize } from './tokens.ts';

const names = (text: string): string[] => {
  const tokens = tokenize(text);
  return tokens.filter((_, i) => isName(tokens, i)).map((token) => token.text);
};

test('acronyms, formulas, paragraphs and opening quotes are names; the everyday "EU" is not', () => {
  assert.deepEqual(names('Das BAföG und das Lebenschancen-BAföG'), ['BAföG', 'Lebenschancen-BAföG']);
  assert.deepEqual(names('H2-ready Gaskraftwerke nach § 5 für die EU'), ['H2-ready', '§']);
  assert.deepEqual(names('ein Bundesprogramm „Zukunftsfähiger Ackerbau“'), ['„', 'Zukunftsfähiger']);
});

test('a web address names one service', () => {
  assert.deepEqual(names('Lebensmittelwarnung.de wird weiterentwickelt'), ['Lebensmittelwarnung']);
  assert.deepEqual(names('Das ist gut. De facto nicht'), []);
});

test('a capitalised adjective inside a sentence opens a name, common terms excepted', () => {
  assert.deepEqual(names('Wir stärken den Europäischen Gerichtshof'), ['Europäischen']);
  assert.deepEqual(names('die Dörfer im Rheinischen Revier'), ['Rheinischen']);
  assert.deepEqual(names('der Ausbau der Erneuerbaren Energien im Öffentlichen Dienst'), []);
});
