// Merge and split proposals of the extractor against a blind reading of 360 pairs and bundles of four agreements.
// Tier: full (reads the 2021, 2018, BW 2016 and BW 2021 (PDF) agreements from ../shared/corpus)
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CORPUS_ROOT, PDF_AGREEMENTS, TEXT_AGREEMENTS } from '../bench/support/agreements.ts';
import { AGREEMENTS, FEDERAL_2021, loadPdfAgreements } from './support/extraction-set.ts';
import { matchesCorpus, proposalLabels, proposalScores } from './support/proposal-set.ts';

/** What docs/extraction.md reports (*Merge and split proposals*), rounded down. */
const FLOORS = {
  pair: { precision: 0.89, recall: 0.68 },
  bundle: { precision: 0.42, recall: 0.79 },
} as const;
/** Per agreement and kind: half the sample is drawn from the proposals, half from what was not proposed. */
const PER_AGREEMENT = 50;

const corpusFiles = [...Object.values(TEXT_AGREEMENTS), ...Object.values(PDF_AGREEMENTS)].map((file) => CORPUS_ROOT + file);
const missing = [FEDERAL_2021, ...corpusFiles].find((path) => !existsSync(path));
const skip = missing ? `corpus not found at ${missing}: the proposal evaluation needs ../shared/corpus next to the repository` : false;

before(async () => {
  if (!skip) await loadPdfAgreements();
});

test('the proposal labels are a decision on every row, of every agreement, and still match the corpus', { skip }, () => {
  const labels = proposalLabels();
  for (const agreement of AGREEMENTS) {
    const pairs = labels.filter((label) => label.agreement === agreement && label.sample === 'pair');
    assert.equal(pairs.length, PER_AGREEMENT, `${agreement}: pairs`);
    assert.ok(
      labels.some((label) => label.agreement === agreement && label.sample === 'bundle'),
      `${agreement}: bundles`,
    );
  }
  for (const label of labels) {
    const where = `${label.document}:${label.start}`;
    const decision = label.sample === 'pair' ? label.sameMeasure : label.severalMeasures;
    assert.equal(typeof decision, 'boolean', `${where}: no decision`);
    assert.ok(matchesCorpus(label), `${where}: the labelled span no longer matches the corpus; relabel it`);
    if (label.sample === 'pair') assert.ok(label.start < label.secondStart! && label.secondStart! < label.end, where);
  }
});

for (const sample of ['pair', 'bundle'] as const) {
  const name = sample === 'pair' ? 'merge' : 'split';
  test(`${name} proposals are right and found as often as docs/extraction.md reports`, { skip }, () => {
    const scores = proposalScores(proposalLabels(), sample);
    assert.ok(scores.proposed >= 20, `only ${scores.proposed} ${name} proposals among the labelled rows`);
    assert.ok(scores.precision >= FLOORS[sample].precision, `${name} precision ${scores.precision.toFixed(3)}`);
    assert.ok(scores.recall >= FLOORS[sample].recall, `${name} recall ${scores.recall.toFixed(3)}`);
  });
}
