// Merge and split proposals of the extractor against a blind reading of 360 pairs and bundles of four agreements.
// Tier: full (reads the 2021, 2018, BW 2016 and BW 2021 (PDF) agreements from ../shared/corpus)
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AGREEMENTS, CORPUS_SKIP, loadPdfAgreements } from './support/extraction-set.ts';
import { matchesCorpus, proposalLabels, proposalScores } from './support/proposal-set.ts';

/** What docs/extraction.md reports (*Merge and split proposals*), rounded down. */
const FLOORS = {
  pair: { precision: 0.9, recall: 0.64 },
  bundle: { precision: 0.44, recall: 0.76 },
} as const;
/** Rows per agreement: 50 pairs, half of them merge proposals when drawn; bundles as many as there were to draw. */
const PAIRS_PER_AGREEMENT = 50;
const BUNDLES = { 'bund-2021': 50, 'bund-2018': 36, 'bw-2016': 29, 'bw-2021': 45 } as const;
/** At least this many of the labelled rows are proposals now, of 100 drawn from the proposals of the day. */
const MIN_PROPOSED = { pair: 80, bundle: 40 } as const;

const skip = CORPUS_SKIP;

before(async () => {
  if (!skip) await loadPdfAgreements();
});

test('the proposal labels are a decision on every row, of every agreement, and still match the corpus', { skip }, () => {
  const labels = proposalLabels();
  for (const agreement of AGREEMENTS) {
    const count = (sample: 'pair' | 'bundle'): number =>
      labels.filter((label) => label.agreement === agreement && label.sample === sample).length;
    assert.equal(count('pair'), PAIRS_PER_AGREEMENT, `${agreement}: pairs`);
    assert.equal(count('bundle'), BUNDLES[agreement], `${agreement}: bundles`);
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
    assert.ok(scores.proposed >= MIN_PROPOSED[sample], `only ${scores.proposed} ${name} proposals among the labelled rows`);
    assert.ok(scores.precision >= FLOORS[sample].precision, `${name} precision ${scores.precision.toFixed(3)}`);
    assert.ok(scores.recall >= FLOORS[sample].recall, `${name} recall ${scores.recall.toFixed(3)}`);
  });
}
