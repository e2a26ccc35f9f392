// Recall, precision, coverage, ranking and titles of the commitment extractor against hand-labelled sentences of three agreements.
// Tier: full (reads the 2021, 2018, BW 2016 and BW 2021 (PDF) agreements from ../shared/corpus)
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CORPUS_ROOT, PDF_AGREEMENTS, TEXT_AGREEMENTS } from '../bench/support/agreements.ts';
import {
  AGREEMENTS,
  bodyOf,
  candidatesOf,
  coverageOf,
  documentsOf,
  evaluate,
  FEDERAL_2021,
  labelsOf,
  loadPdfAgreements,
  rankingOf,
  RULES,
  titleEdits,
  type Agreement,
  type Label,
} from './support/extraction-set.ts';

/**
 * What docs/extraction.md reports, rounded down: a change that loses a single labelled commitment fails. The
 * 2021 held-out part is chapter 2.2; the others hold back a third of their sample by the hash of the sentence.
 */
const FIGURES: Record<Agreement, { development: Floor; holdout: Floor; flagged: number }> = {
  'bund-2021': {
    development: { recall: 0.935, precision: 0.878, kind: 0.781 },
    holdout: { recall: 0.8, precision: 0.882 },
    flagged: 0.7136,
  },
  'bund-2018': {
    development: { recall: 0.972, precision: 0.631, kind: 0.777 },
    holdout: { recall: 0.863, precision: 0.775 },
    flagged: 0.6285,
  },
  'bw-2016': { development: { recall: 0.921, precision: 0.7, kind: 0.714 }, holdout: { recall: 0.956, precision: 0.666 }, flagged: 0.5274 },
  // Labelled after the tuning and never tuned on: both parts are first readings.
  'bw-2021': { development: { recall: 0.91, precision: 0.689, kind: 0.725 }, holdout: { recall: 0.846, precision: 0.846 }, flagged: 0.609 },
};
interface Floor {
  recall: number;
  precision: number;
  kind?: number;
}
const PRECISION_MARGIN = 0.02;
const KIND_MARGIN = 0.03;
/** The ceiling: candidates cover at most 70 % of an agreement's text. */
const MAX_TEXT_COVERAGE = 0.7;
/** The floor: the upper half of an agreement's candidates by score is at least 80 % true Vorhaben. */
const MIN_TOP_HALF_PRECISION = 0.8;
/**
 * Of the labelled titles, the share the suggested title misses (docs/extraction.md): on the three agreements
 * the titles were developed on, and on BW 2021, which they never saw.
 */
const MAX_TITLE_EDIT_RATE = { developedOn: 0.73, bw2021: 0.905 };

const corpusFiles = [...Object.values(TEXT_AGREEMENTS), ...Object.values(PDF_AGREEMENTS)].map((file) => CORPUS_ROOT + file);
const missing = [FEDERAL_2021, ...corpusFiles].find((path) => !existsSync(path));
const skip = missing ? `corpus not found at ${missing}: the extraction evaluation needs ../shared/corpus next to the repository` : false;

before(async () => {
  if (!skip) await loadPdfAgreements();
});

function assertLabelsWellFormed(rows: readonly Label[]): void {
  for (const row of rows) {
    const where = `${row.document}:${row.start}`;
    assert.equal(row.commitment, row.kind !== null, `${where}: a commitment has a kind, nothing else has`);
    assert.ok(RULES[row.kind ?? 'none'].includes(row.rule), `${where}: unknown rule "${row.rule}"`);
    assert.ok(row.commitment || row.title === undefined, `${where}: only a commitment has a title`);
    assert.equal(
      bodyOf(row.document).slice(row.start, row.end),
      row.text,
      `${where}: the labelled sentence no longer matches the corpus; relabel it`,
    );
  }
}

const percent = (value: number): string => value.toFixed(3);

test('the 2021 development labels cover at least 400 sentences of 3 chapters, none of the held-out chapter 2.2', { skip }, () => {
  const rows = labelsOf('bund-2021');
  const development = rows.filter((row) => row.split === 'development');
  assert.ok(development.length >= 400, `only ${development.length} labelled sentences`);
  assert.ok(new Set(development.filter((row) => row.sample === 'chapter').map((row) => row.document)).size >= 3);
  assert.ok(
    rows.every((row) => (row.split === 'holdout') === row.document.startsWith('2-2-')),
    'chapter 2.2 is the held-out check',
  );
  assertLabelsWellFormed(rows);
});

test('the 2018, BW 2016 and BW 2021 labels hold 160 sentences each, most of them outside the federal voice', { skip }, () => {
  for (const agreement of ['bund-2018', 'bw-2016', 'bw-2021'] as const) {
    const rows = labelsOf(agreement);
    assert.equal(rows.length, 160, agreement);
    assert.ok(rows.filter((row) => row.voice === 'other').length >= rows.length / 2, `${agreement}: half in third-person or present voice`);
    assert.ok(rows.filter((row) => row.split === 'holdout').length >= 40, `${agreement}: a held-back part`);
    assertLabelsWellFormed(rows);
  }
  const titled = AGREEMENTS.flatMap(labelsOf).filter((row) => row.title !== undefined);
  assert.ok(titled.length >= 100, `only ${titled.length} labelled titles`);
});

for (const agreement of AGREEMENTS) {
  test(
    `on the ${agreement} labels recall and precision stay at what docs/extraction.md reports, developed on and held back`,
    { skip },
    () => {
      const rows = labelsOf(agreement);
      const expected = FIGURES[agreement];
      for (const split of ['development', 'holdout'] as const) {
        const scores = evaluate(rows.filter((row) => row.split === split));
        const floor = expected[split];
        assert.ok(scores.recall >= floor.recall, `${agreement} ${split}: recall ${percent(scores.recall)} < ${floor.recall}`);
        const precision = floor.precision - PRECISION_MARGIN;
        assert.ok(scores.precision >= precision, `${agreement} ${split}: precision ${percent(scores.precision)} < ${precision}`);
        if (floor.kind !== undefined) {
          const kind = floor.kind - KIND_MARGIN;
          assert.ok(scores.kindAgreement >= kind, `${agreement} ${split}: kind agreement ${percent(scores.kindAgreement)} < ${kind}`);
        }
      }
    },
  );

  test(`the ${agreement} candidates cover at most 70 % of its text and flag no more sentences than measured`, { skip }, () => {
    const coverage = coverageOf(agreement);
    assert.ok(coverage.sentences > 3000, `only ${coverage.sentences} sentences: is the corpus complete?`);
    assert.ok(coverage.text <= MAX_TEXT_COVERAGE, `candidates cover ${percent(coverage.text)} of the text`);
    assert.ok(coverage.flagged <= FIGURES[agreement].flagged, `flagged ${coverage.flagged.toFixed(4)} of all sentences`);
  });

  test(`the upper half of the ${agreement} candidates by score is at least 80 % true Vorhaben`, { skip }, () => {
    const ranking = rankingOf(agreement, labelsOf(agreement));
    assert.ok(ranking.topHalfPrecision >= MIN_TOP_HALF_PRECISION, `top half ${percent(ranking.topHalfPrecision)}`);
    assert.ok(ranking.topHalfPrecision > ranking.overallPrecision, 'the score ranks true Vorhaben first');
  });
}

test('suggested titles need editing no more often than docs/extraction.md reports', { skip }, () => {
  const developedOn = titleEdits(AGREEMENTS.filter((agreement) => agreement !== 'bw-2021').flatMap(labelsOf));
  assert.ok(developedOn.compared >= 100, `only ${developedOn.compared} titles compared`);
  assert.ok(
    developedOn.edited / developedOn.compared <= MAX_TITLE_EDIT_RATE.developedOn,
    `${developedOn.edited} of ${developedOn.compared} titles need editing`,
  );
  const unseen = titleEdits(labelsOf('bw-2021'));
  assert.ok(unseen.compared >= 60, `only ${unseen.compared} BW 2021 titles compared`);
  assert.ok(
    unseen.edited / unseen.compared <= MAX_TITLE_EDIT_RATE.bw2021,
    `BW 2021: ${unseen.edited} of ${unseen.compared} titles need editing`,
  );
});

test('every candidate of every agreement is a verbatim slice, in text order, without overlaps, and so are its proposals', { skip }, () => {
  for (const agreement of AGREEMENTS) {
    for (const document of documentsOf(agreement)) {
      const body = bodyOf(document);
      let previousEnd = 0;
      for (const [k, candidate] of candidatesOf(document).entries()) {
        const where = `${document}:${candidate.start}`;
        assert.equal(body.slice(candidate.start, candidate.end), candidate.text, where);
        assert.ok(candidate.start >= previousEnd, `${where} overlaps the candidate before it`);
        previousEnd = candidate.end;
        if (candidate.merge) {
          assert.equal(candidate.merge.start, candidatesOf(document)[k - 1]!.start, `${where}: a merge spans the candidate before`);
          assert.equal(candidate.merge.end, candidate.end, where);
        }
        if (candidate.split) {
          assert.equal(candidate.split[0]!.start, candidate.start, where);
          assert.equal(candidate.split.at(-1)!.end, candidate.end, where);
        }
      }
    }
  }
});
