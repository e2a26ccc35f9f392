import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentSentences } from './segment.ts';

const texts = (body: string): string[] => segmentSentences(body).map((sentence) => sentence.text);

test('every sentence is the exact, trimmed slice of the body at its offsets', () => {
  const body = '\nWir werden das tun.  Das ist gut!\n\n### Titel\n\n- Erstens. Zweitens?\n';
  const sentences = segmentSentences(body);
  assert.deepEqual(
    sentences.map((sentence) => sentence.text),
    ['Wir werden das tun.', 'Das ist gut!', 'Erstens.', 'Zweitens?'],
  );
  for (const sentence of sentences) {
    assert.equal(body.slice(sentence.start, sentence.end), sentence.text);
    assert.equal(sentence.text, sentence.text.trim());
  }
});

test('offsets count UTF-16 code units, so umlauts and typographic quotes keep them exact', () => {
  const body = '\nÄnderungen für „Fördermittel“ – schnell. Größere Übergänge.';
  for (const sentence of segmentSentences(body)) assert.equal(body.slice(sentence.start, sentence.end), sentence.text);
  assert.equal(segmentSentences(body)[1]!.start, body.indexOf('Größere'));
});

test('abbreviations with spaces or without do not end a sentence', () => {
  const body =
    '\nWir fördern z. B. Kitas, u. a. in Städten, bzw. Gemeinden, ggf. auch d. h. überall. ' +
    'Digitalisierung, z.B. in Künstlicher Intelligenz, bleibt wichtig. ' +
    'Das kostet ca. 200 Mio. Euro bzw. 2 Mrd. Euro inkl. Steuern, v. a. für Schulen, i. d. R. jährlich. ' +
    'Wir prüfen das bspw. mit sog. Reallaboren, insb. im Osten, vgl. Anlage.';
  assert.deepEqual(texts(body), [
    'Wir fördern z. B. Kitas, u. a. in Städten, bzw. Gemeinden, ggf. auch d. h. überall.',
    'Digitalisierung, z.B. in Künstlicher Intelligenz, bleibt wichtig.',
    'Das kostet ca. 200 Mio. Euro bzw. 2 Mrd. Euro inkl. Steuern, v. a. für Schulen, i. d. R. jährlich.',
    'Wir prüfen das bspw. mit sog. Reallaboren, insb. im Osten, vgl. Anlage.',
  ]);
});

test('"Nr.", "Art." and "Abs." before a number are abbreviations, but "Art." as a noun can end a sentence', () => {
  assert.deepEqual(texts('\nWir ratifizieren das Übereinkommen Nr. 184 nach Art. 23 Abs. 2 GG. Hilfe jeglicher Art. Wir helfen.'), [
    'Wir ratifizieren das Übereinkommen Nr. 184 nach Art. 23 Abs. 2 GG.',
    'Hilfe jeglicher Art.',
    'Wir helfen.',
  ]);
});

test('"etc.", "usw." and "e. V." end a sentence before a capitalised word, not inside parentheses', () => {
  assert.deepEqual(
    texts('\nWir fördern Robotik, Drohnen etc. Wir stärken (GTAZ etc.) die Zentren usw. und Athleten Deutschland e. V. Dazu mehr.'),
    ['Wir fördern Robotik, Drohnen etc.', 'Wir stärken (GTAZ etc.) die Zentren usw. und Athleten Deutschland e. V.', 'Dazu mehr.'],
  );
});

test('ordinals and dates stay inside the sentence, a year at the end closes it', () => {
  const body =
    '\nDie Regel gilt ab dem 1. Januar 2023 und in der 2. Lesung. Wettbewerbsfähigkeit im 21. Jahrhundert. ' +
    'Dafür sorgen wir bis 2030. Für die Menschen bis zum 27. Lebensjahr. Der 11. März wird Gedenktag.';
  assert.deepEqual(texts(body), [
    'Die Regel gilt ab dem 1. Januar 2023 und in der 2. Lesung.',
    'Wettbewerbsfähigkeit im 21. Jahrhundert.',
    'Dafür sorgen wir bis 2030.',
    'Für die Menschen bis zum 27. Lebensjahr.',
    'Der 11. März wird Gedenktag.',
  ]);
});

test('a number closing a sentence before a sentence opener ends it', () => {
  assert.deepEqual(texts('\nDer Anteil steigt auf Stufe 2. Wir prüfen das.'), ['Der Anteil steigt auf Stufe 2.', 'Wir prüfen das.']);
});

test('punctuation inside „…“ quotes does not end a sentence, a quoted sentence ends after its quote', () => {
  assert.deepEqual(texts('\nDas Programm „Demokratie leben!“ wollen wir stärken. Wir sagen: „Wir schaffen das.“ Dann gehen wir.'), [
    'Das Programm „Demokratie leben!“ wollen wir stärken.',
    'Wir sagen: „Wir schaffen das.“',
    'Dann gehen wir.',
  ]);
});

test('parentheses: an aside after a dot continues the sentence, a dot after a parenthesis ends it', () => {
  assert.deepEqual(
    texts(
      '\nWir nutzen die Pflegepersonalregelung 2.0. (PPR 2.0) als Übergangsinstrument. ' +
        'Hemmnisse (Schriftform u. a.) bauen wir ab (Klimacheck). Danach mehr.',
    ),
    [
      'Wir nutzen die Pflegepersonalregelung 2.0. (PPR 2.0) als Übergangsinstrument.',
      'Hemmnisse (Schriftform u. a.) bauen wir ab (Klimacheck).',
      'Danach mehr.',
    ],
  );
});

test('headings and list items are boundaries; headings are not sentences and list markers are left out', () => {
  const body = '\nEinleitung ohne Punkt\n### Transparenz\nWir handeln\n- Innen und Heimat\n- Verteidigung\n\nLetzter Satz.';
  assert.deepEqual(texts(body), ['Einleitung ohne Punkt', 'Wir handeln', 'Innen und Heimat', 'Verteidigung', 'Letzter Satz.']);
});

test('a line break inside a paragraph, also after a hyphenated word, does not end the sentence', () => {
  const body = '\nWir werden national\nund international handeln und den Klima-\nschutz stärken. Neuer Satz.';
  assert.deepEqual(texts(body), ['Wir werden national\nund international handeln und den Klima-\nschutz stärken.', 'Neuer Satz.']);
});

test('a wrapped line that starts with a date is not a numbered list item', () => {
  const body = '\nDie Pflicht gilt ab dem\n1. Januar 2025 für alle. Danach mehr.';
  assert.deepEqual(texts(body), ['Die Pflicht gilt ab dem\n1. Januar 2025 für alle.', 'Danach mehr.']);
});

test('a missing space after a full stop still separates two sentences', () => {
  assert.deepEqual(texts('\nSie zu gestalten, ist uns wichtig.Die Integrität wollen wir wahren.'), [
    'Sie zu gestalten, ist uns wichtig.',
    'Die Integrität wollen wir wahren.',
  ]);
});

test('an empty body or one with headings only has no sentences', () => {
  assert.deepEqual(segmentSentences(''), []);
  assert.deepEqual(segmentSentences('\n### Nur eine Überschrift\n\n'), []);
});

test('a heading that lost its line break is cut off where "Wir" and its verb start the sentence it heads', () => {
  assert.deepEqual(texts('Bürokratieabbau Wir treiben den Abbau von Bürokratie weiter voran. Und „Wir schaffen das“ sagen wir.'), [
    'Wir treiben den Abbau von Bürokratie weiter voran.',
    'Und „Wir schaffen das“ sagen wir.',
  ]);
  assert.deepEqual(texts('Für eine restriktive Rüstungsexportpolitik Wir schränken die\nRüstungsexporte ein.'), [
    'Wir schränken die\nRüstungsexporte ein.',
  ]);
  // A name with "Wir" inside a sentence, and a long opening, are no headings.
  assert.deepEqual(texts('Die Kampagne Wir für Europa wird fortgesetzt.'), ['Die Kampagne Wir für Europa wird fortgesetzt.']);
  const long = 'Die Beteiligung der Bürgerinnen und Bürger an allen Verfahren der Planung Wir werden das ändern.';
  assert.deepEqual(texts(long), [long]);
});
