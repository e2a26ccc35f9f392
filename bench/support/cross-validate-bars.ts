// Chooses the second opinion's bars (docs/extraction.md, *The learned second opinion*): a cross-validation by
// round — train on every developed-on label but one round's, read that round — for each triple of bars, and the
// share of the 2021 agreement's text the candidates cover with the model trained on all developed-on labels.
// Run: node --import tsx bench/support/cross-validate-bars.ts [FIRST_ROUND LAST_ROUND]   (default 8 25)
import { commitmentFeatures, judge, probabilityOf } from '../../src/text/commitment-model.ts';
import { analyse } from '../../src/text/cues.ts';
import { extractCandidates } from '../../src/text/extract.ts';
import { itemsLedByCommitment } from '../../src/text/list-leads.ts';
import { objectEvidence } from '../../src/text/objects.ts';
import { scoreOf, THRESHOLD } from '../../src/text/score.ts';
import { segmentSentences } from '../../src/text/segment.ts';
import { AGREEMENTS, bodyOf, documentsOf, labelsOf, loadPdfAgreements, type Label } from '../../test/support/extraction-set.ts';
import { trainCommitmentModel, type CommitmentModel } from './commitment-training.ts';

const [first, last] = [Number(process.argv[2] ?? 8), Number(process.argv[3] ?? 25)];
if (!Number.isInteger(first) || !Number.isInteger(last) || first > last)
  throw new Error('usage: cross-validate-bars.ts [FIRST_ROUND LAST_ROUND]');
const ADDING = [0.7, 0.65, 0.6];
const ADDING_WITH_CUE = [0.55, 0.5, 0.45, 0.4];
const WITHDRAWING = [0.15, 0.17, 0.19, 0.21, 0.23];

interface Reading {
  /** The model's probability, whether a rule candidate lies inside, whether a commitment cue fired. */
  probability: number;
  ruled: boolean;
  committing: boolean;
}

await loadPdfAgreements();
const rulesOnly = new Map(
  AGREEMENTS.flatMap(documentsOf).map((document) => [document, extractCandidates(bodyOf(document), { secondOpinion: false })]),
);
const features = new Map<string, { names: string[]; committing: boolean }>();

const labelled = AGREEMENTS.flatMap((agreement) => labelsOf(agreement).map((row) => ({ row, agreement })));
const developed = labelled.filter(({ row }) => row.split === 'development');
const readings: (Reading & { row: Label; agreement: string })[] = [];
for (let round = first; round <= last; round++) {
  const read = developed.filter(({ row }) => (row.round ?? 1) === round);
  if (read.length === 0) continue;
  const model = trainCommitmentModel(developed.filter(({ row }) => (row.round ?? 1) !== round).map(({ row }) => row));
  for (const { row, agreement } of read) {
    const ruled = rulesOnly.get(row.document)!.some((candidate) => candidate.start >= row.start && candidate.end <= row.end);
    readings.push({ row, agreement, ruled, ...opinion(model, row.text, row.ledByList) });
  }
}

const model = trainCommitmentModel(developed.map(({ row }) => row));
const documents2021 = documentsOf('bund-2021');
const characters2021 = documents2021.reduce((sum, document) => sum + bodyOf(document).length, 0);
const sentences2021 = documents2021.flatMap((document) => {
  const body = bodyOf(document);
  const led = itemsLedByCommitment(body);
  return segmentSentences(body).map((sentence) => {
    const inside = rulesOnly.get(document)!.filter((candidate) => candidate.start >= sentence.start && candidate.end <= sentence.end);
    const ruledCharacters = inside.reduce((sum, candidate) => sum + candidate.end - candidate.start, 0);
    return {
      ...opinion(model, sentence.text, led.has(sentence.start)),
      ruled: inside.length > 0,
      ruledCharacters,
      length: sentence.end - sentence.start,
    };
  });
});

console.log(`${readings.length} sentences of rounds ${first} to ${last}`);
for (const adding of ADDING) {
  for (const addingWithCue of ADDING_WITH_CUE) {
    for (const withdrawing of WITHDRAWING) {
      const bars = { addFrom: adding, addWithCueFrom: addingWithCue, withdrawBelow: withdrawing };
      const flags = ({ probability, ruled, committing }: Reading): boolean => judge(ruled, probability, committing, bars) !== 'none';
      const flagged = readings.filter(flags);
      const commitments = readings.filter(({ row }) => row.commitment);
      const found = flagged.filter(({ row }) => row.commitment);
      const perAgreement = AGREEMENTS.map((agreement) => {
        const own = commitments.filter((reading) => reading.agreement === agreement);
        return own.length === 0 ? `${agreement} —` : `${agreement} ${(own.filter(flags).length / own.length).toFixed(3)}`;
      });
      const covered = sentences2021.reduce((sum, sentence) => {
        if (!flags(sentence)) return sum;
        return sum + (sentence.ruled ? sentence.ruledCharacters : sentence.length);
      }, 0);
      console.log(
        `${adding} (${addingWithCue}) / ${withdrawing}: recall ${(found.length / commitments.length).toFixed(4)}, ` +
          `precision ${(found.length / flagged.length).toFixed(4)}, flagged ${flagged.length}, ` +
          `2021 text ${((100 * covered) / characters2021).toFixed(2)} % | ${perAgreement.join(', ')}`,
      );
    }
  }
}

function opinion(model: CommitmentModel, text: string, ledByList: boolean): Omit<Reading, 'ruled'> {
  const key = `${ledByList ? 1 : 0}${text}`;
  if (!features.has(key)) {
    const analysis = analyse(text, 0, ledByList);
    const names = commitmentFeatures(analysis, objectEvidence(analysis.tokens, 0, analysis.tokens.length, analysis.actions));
    features.set(key, { names, committing: scoreOf(analysis.cues) >= THRESHOLD });
  }
  const { names, committing } = features.get(key)!;
  return { probability: probabilityOf(model, names), committing };
}
