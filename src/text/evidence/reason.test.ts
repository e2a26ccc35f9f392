import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt, reasonOf, type Evidence } from './reason.ts';

const quote = 'Die Weiterentwicklung des Onlinezugangsgesetzes (OZG) geht mit einer ausreichenden Folgefinanzierung einher.';
const at = (word: string): { start: number; end: number } => ({ start: quote.indexOf(word), end: quote.indexOf(word) + word.length });
const evidence = (field: Evidence['field'], found: string, word: string, strength: number): Evidence => ({
  field,
  found,
  source: 'quote',
  ...at(word),
  strength,
});

test('a reason names what each field of the document says, in a fixed order, and cites the quote', () => {
  const reason = reasonOf(
    [
      evidence('abstract', 'Folgefinanzierung', 'Folgefinanzierung', 0.4),
      evidence('title', 'OZGÄndG', 'Onlinezugangsgesetzes', 0.9),
      evidence('descriptor', 'Onlinezugangsgesetz', 'Onlinezugangsgesetzes', 0.8),
    ],
    { title: 'Weiterentwicklung des OZG', quote },
  );
  assert.equal(
    reason,
    'Titel nennt ‚OZGÄndG‘; Schlagwort ‚Onlinezugangsgesetz‘; Kurzfassung nennt ‚Folgefinanzierung‘ (Zitat: ‚Die Weiterentwicklung des Onlinezugangsgesetzes (OZG) geht mit einer ausreichenden …‘)',
  );
});

test('several words of one field are listed, and a title is cited when the quote does not hold the words', () => {
  const reason = reasonOf(
    [
      { field: 'title', found: 'Mindestlohn', source: 'title', start: 0, end: 11, strength: 0.8 },
      { field: 'title', found: '12', source: 'title', start: 16, end: 18, strength: 0.3 },
    ],
    { title: 'Mindestlohn von 12 Euro', quote: null },
  );
  assert.equal(reason, 'Titel nennt ‚Mindestlohn‘ und ‚12‘ (Vorhaben: ‚Mindestlohn von 12 Euro‘)');
});

test('an excerpt keeps a short text whole and cuts a long one at spaces around the words', () => {
  assert.equal(excerpt(' Kurz und gut ', 1, 5), 'Kurz und gut');
  const long = excerpt(quote.repeat(2), quote.length + 4, quote.length + 21);
  assert.ok(long.startsWith('… ') && long.endsWith(' …') && long.includes('Weiterentwicklung'), long);
});

test('words another found phrase of the same field holds are not named twice', () => {
  const reason = reasonOf(
    [
      { field: 'title', found: 'künstliche Intelligenz', source: 'title', start: 0, end: 22, strength: 0.9 },
      { field: 'title', found: 'Intelligenz', source: 'title', start: 11, end: 22, strength: 0.5 },
    ],
    { title: 'Künstliche Intelligenz', quote: null },
  );
  assert.equal(reason, 'Titel nennt ‚künstliche Intelligenz‘ (Vorhaben: ‚Künstliche Intelligenz‘)');
});
