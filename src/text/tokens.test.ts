import { test } from 'node:test';
import assert from 'node:assert/strict';
import { followsTruncatedPart, isTruncatedPart, tokenize } from './tokens.ts';

test('tokens keep offsets into the body when the sentence starts at an offset', () => {
  const body = 'xxWir führen „Digital Jetzt“ ein.';
  const tokens = tokenize(body.slice(2), 2);
  assert.deepEqual(
    tokens.map((token) => token.text),
    ['Wir', 'führen', '„', 'Digital', 'Jetzt', '“', 'ein', '.'],
  );
  for (const token of tokens) assert.equal(body.slice(token.start, token.end), token.text);
});

test('words keep inner hyphens, numbers keep their separators, and "§" stands alone', () => {
  assert.deepEqual(
    tokenize('Die IT-Sicherheit, 35.000 Euro, der 1,5-Grad-Pfad, EU/NATO und § 219a StGB.').map((token) => token.text),
    ['Die', 'IT-Sicherheit', ',', '35.000', 'Euro', ',', 'der', '1,5-Grad-Pfad', ',', 'EU/NATO', 'und', '§', '219a', 'StGB', '.'],
  );
});

test('a truncated compound keeps its hyphen: "Aus- und Weiterbildung"', () => {
  assert.deepEqual(
    tokenize('Aus- und Weiterbildung').map((token) => token.text),
    ['Aus-', 'und', 'Weiterbildung'],
  );
});

test('a word hyphenated across a line break is one token written without the break', () => {
  const [first, second] = tokenize('Klima-\nschutz Nordrhein-\nWestfalen');
  assert.equal(first!.text, 'Klimaschutz');
  assert.equal(first!.end - first!.start, 'Klima-\nschutz'.length);
  assert.equal(second!.text, 'Nordrhein-Westfalen');
});

test('lower case and capitalisation are known for every word, also with umlauts', () => {
  const [noun, verb, umlaut] = tokenize('Öffnung stärken Übergänge');
  assert.deepEqual([noun!.lower, noun!.capitalised], ['öffnung', true]);
  assert.deepEqual([verb!.lower, verb!.capitalised], ['stärken', false]);
  assert.deepEqual([umlaut!.lower, umlaut!.capitalised], ['übergänge', true]);
});

test('tokens of the same word share its spelling', () => {
  const [first, , second] = tokenize('Klimaschutz und Klimaschutz');
  assert.equal(first!.spelling, second!.spelling);
});

test('a letter outside the Basic Multilingual Plane ends a word, as every sign that is no letter or digit', () => {
  assert.deepEqual(
    tokenize('ab\u{1D538}cd').map((token) => [token.text, token.word]),
    [
      ['ab', true],
      ['\uD835', false],
      ['\uDD38', false],
      ['cd', true],
    ],
  );
});

test('a truncated compound keeps its hyphen before a comma: "Klima-, Energie- und Verkehrspolitik"', () => {
  assert.deepEqual(
    tokenize('Klima-, Energie- und Verkehrspolitik').map((token) => token.text),
    ['Klima-', ',', 'Energie-', 'und', 'Verkehrspolitik'],
  );
});

test('the first part of a truncated compound is a word with its hyphen; a dash between words is none', () => {
  const tokens = tokenize('Klima-, Energie- und Verkehrspolitik – wir handeln');
  assert.equal(isTruncatedPart(tokens, 0), true);
  assert.equal(followsTruncatedPart(tokens, 1), true, 'the comma after "Klima-"');
  assert.equal(isTruncatedPart(tokens, 2), true);
  assert.equal(followsTruncatedPart(tokens, 6), false, 'the word after a dash');
});
