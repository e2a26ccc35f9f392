// Merge and split proposals: adjacent candidates that state one measure, candidates that bundle several.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCandidates } from './extract.ts';

test('a sentence that details the measure before it is offered merged with it, with the anaphor as its cue', () => {
  const body =
    '\nWir werden eine Bund-Länder-Arbeitsgruppe einrichten. Diese Arbeitsgruppe wird bis 2025 Vorschläge für ein Gesetz vorlegen.\n';
  const [first, second] = extractCandidates(body);
  assert.equal(first!.merge, undefined);
  assert.deepEqual(second!.merge, { start: first!.start, end: second!.end, cues: ['anaphor:diese', 'same-object:arbeitsgruppe'] });
});

test('a further measure for the same goal, another paragraph or a conjunct of the same sentence is not offered merged', () => {
  const further = '\nWir setzen uns für ein Verbot der Pelztierhaltung ein. Dazu führen wir ein Tierschutzgesetz ein.\n';
  assert.ok(extractCandidates(further).every((candidate) => candidate.merge === undefined));
  const paragraphs = '\nWir werden eine Arbeitsgruppe einrichten.\n\nDiese wird ein Gesetz vorlegen.\n';
  assert.ok(extractCandidates(paragraphs).every((candidate) => candidate.merge === undefined));
  const conjuncts = '\nWir führen ein Recht auf Verschlüsselung, ein Schwachstellenmanagement und die Vorgaben „security-by-design“ ein.\n';
  assert.ok(extractCandidates(conjuncts).every((candidate) => candidate.merge === undefined));
});

test('a candidate that bundles named measures under one verb is offered split, each part with its span, title and cues', () => {
  const body = '\nDazu überarbeiten wir das Behindertengleichstellungsgesetz und das Barrierefreiheitsstärkungsgesetz.\n';
  const [candidate, ...rest] = extractCandidates(body);
  assert.equal(rest.length, 0, 'the extractor itself keeps the bundle as one candidate');
  const parts = candidate!.split!;
  assert.deepEqual(
    parts.map((part) => part.title),
    ['Behindertengleichstellungsgesetz überarbeiten', 'Barrierefreiheitsstärkungsgesetz überarbeiten'],
  );
  assert.deepEqual(
    parts.map((part) => body.slice(part.start, part.end)),
    ['Dazu überarbeiten wir das Behindertengleichstellungsgesetz', 'das Barrierefreiheitsstärkungsgesetz.'],
  );
  assert.ok(parts.every((part) => part.cues.includes('object:legal')));
});

test('an enumeration inside a clause or of examples is not offered split', () => {
  const clause =
    '\nIm Bundesgremienbesetzungsgesetz werden wir regeln, dass der Bund für Gremien, für die er zwei Mitglieder bestimmt, die geltende Quotierungsregelung beachten soll.\n';
  const examples = '\nWir bestehen auf der Einhaltung der Abkommen, insbesondere des Nordirlandprotokolls und des Karfreitagsabkommens.\n';
  for (const body of [clause, examples]) {
    const found = extractCandidates(body);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.split, undefined);
  }
});

test('the content of a supported initiative and a second genitive complete a measure; neither is offered split', () => {
  const initiative = '\nWir unterstützen die Initiative der EU, eine Equal-Pay-Richtlinie zu erarbeiten.\n';
  const genitive = '\nWir streben die Verzahnung der Landeswohnraumförderung und des Wohnraumprogramms für Flüchtlinge an.\n';
  for (const body of [initiative, genitive]) {
    const found = extractCandidates(body);
    assert.equal(found.length, 1, body);
    assert.equal(found[0]!.split, undefined, body);
  }
});

test('a heading before a colon names the measure its body states: no split; a lead with a verb opens a list', () => {
  const headed =
    '\nStiftungen stärken: Wir stärken die kleineren Stiftungen des Landes durch ein zentrales Vermögensmanagement und ein Beratungsangebot der Landesbank.\n';
  const [heading] = extractCandidates(headed);
  assert.ok(heading, 'the item is a candidate');
  assert.equal(heading.split, undefined);
  const list =
    '\nDiesen werden wir mit zwei Maßnahmen entkoppeln: einer sozialindexbasierten Ressourcenzuweisung und einem Konzept für den Einsatz von multiprofessionellen Teams.\n';
  assert.ok(extractCandidates(list).some((candidate) => candidate.split !== undefined));
});
