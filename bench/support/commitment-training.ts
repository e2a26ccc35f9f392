// Trains the extractor's second opinion (src/text/commitment-model.ts): logistic regression by stochastic
// gradient descent over the labelled sentences, in their file order, so the same labels give the same weights.
import { commitmentFeatures, featureValues } from '../../src/text/commitment-model.ts';
import { analyse } from '../../src/text/cues.ts';
import { objectEvidence } from '../../src/text/objects.ts';

/** A feature seen in fewer training sentences than this says more about those sentences than about German. */
const MIN_SENTENCES = 3;
const EPOCHS = 30;
const LEARNING_RATE = 0.1;
/** Shrinks every weight a little per step, so rare words cannot carry a decision alone. */
const DECAY = 1e-4;

export interface CommitmentModel {
  trainedOn: { sentences: number; commitments: number };
  bias: number;
  weights: Record<string, number>;
}

/** `ledByList`: the sentence opens an item of a list led by a commitment, as the extractor sees it in its text. */
export function trainCommitmentModel(rows: readonly { text: string; commitment: boolean; ledByList?: boolean }[]): CommitmentModel {
  const examples = rows.map((row) => {
    const analysis = analyse(row.text, 0, row.ledByList);
    const objects = objectEvidence(analysis.tokens, 0, analysis.tokens.length, analysis.actions);
    const features = commitmentFeatures(analysis, objects);
    return { features, values: featureValues(features), target: row.commitment ? 1 : 0 };
  });
  const seenIn = new Map<string, number>();
  for (const { features } of examples) for (const feature of features) seenIn.set(feature, (seenIn.get(feature) ?? 0) + 1);
  const known = (feature: string): boolean => (seenIn.get(feature) ?? 0) >= MIN_SENTENCES;

  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / (1 + epoch * 0.2);
    for (const { features, values, target } of examples) {
      let sum = bias;
      for (const [i, feature] of features.entries()) if (known(feature)) sum += (weights.get(feature) ?? 0) * values[i]!;
      const error = target - 1 / (1 + Math.exp(-sum));
      bias += rate * error;
      for (const [i, feature] of features.entries()) {
        if (known(feature)) weights.set(feature, (weights.get(feature) ?? 0) * (1 - DECAY) + rate * error * values[i]!);
      }
    }
  }
  const rounded = (value: number): number => Math.round(value * 10000) / 10000;
  const kept = [...weights].filter(([, weight]) => Math.abs(weight) >= 0.0005).sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    trainedOn: { sentences: examples.length, commitments: examples.filter((example) => example.target === 1).length },
    bias: rounded(bias),
    weights: Object.fromEntries(kept.map(([feature, weight]) => [feature, rounded(weight)])),
  };
}
