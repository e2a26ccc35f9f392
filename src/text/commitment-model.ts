// A second opinion on a sentence, learned from the labelled sentences (docs/extraction.md, *The learned second
// opinion*): logistic regression over the stems of its words, the kinds of its cues and of its object evidence.
// The extractor adds a sentence no rule fires on when the model is confident, and withdraws rule candidates the
// model finds very unlikely. The weights are trained by bench/support/train-commitment-model.ts.
import type { Analysis } from './cues.ts';
import model from './commitment-model.json' with { type: 'json' };
import type { ObjectEvidence } from './objects.ts';
import { stem } from './stem.ts';

export interface Opinion {
  /** The model's chance that the sentence is a commitment. */
  probability: number;
  /** The features that raised it most, as cue ids: "model:word:einführen", "model:cue:regel", "model:object:legal". */
  strongest: string[];
}

const weights = new Map<string, number>(Object.entries(model.weights));
/** The second opinion adds a sentence no rule proposes from this probability on (decisions 88 to 92)… */
export const ADD_FROM = 0.6;
/** …or from this one when a commitment cue fired but the rules found no checkable object… */
export const ADD_WITH_CUE_FROM = 0.5;
/** …and withdraws the rules' candidates of a sentence below this one. */
export const WITHDRAW_BELOW = 0.21;

export interface Bars {
  addFrom: number;
  addWithCueFrom: number;
  withdrawBelow: number;
}
const BARS: Bars = { addFrom: ADD_FROM, addWithCueFrom: ADD_WITH_CUE_FROM, withdrawBelow: WITHDRAW_BELOW };

/** Whose candidates a sentence gets: the rules', one learned candidate, or none. Other bars are for choosing them. */
export function judge(hasRuleCandidates: boolean, probability: number, committing = false, bars = BARS): 'rules' | 'learned' | 'none' {
  if (hasRuleCandidates) return probability >= bars.withdrawBelow ? 'rules' : 'none';
  return probability >= (committing ? bars.addWithCueFrom : bars.addFrom) ? 'learned' : 'none';
}

/** What a model's weights say of a sentence's features, rounded as the extractor reports it. */
export function probabilityOf(weights: { bias: number; weights: Record<string, number> }, features: readonly string[]): number {
  const values = featureValues(features);
  const sum = features.reduce((total, feature, i) => total + (weights.weights[feature] ?? 0) * values[i]!, weights.bias);
  return Math.round(1000 / (1 + Math.exp(-sum))) / 1000;
}
const STRONGEST = 3;

/** What the model looks at: word stems, cue kinds ("c:wollen", "c:present"), object kinds ("o:legal"). */
export function commitmentFeatures(analysis: Analysis, objects: readonly ObjectEvidence[]): string[] {
  const features = new Set<string>();
  for (const token of analysis.tokens) if (token.word) features.add('w:' + stem(token.lower));
  for (const cue of analysis.cues) features.add('c:' + cue.id.split(':')[0]!);
  for (const object of objects) features.add('o:' + object.kind);
  return [...features];
}

/** The model's opinion on a sentence; its strongest features are named by the sentence's own words. */
export function opinionOn(analysis: Analysis, objects: readonly ObjectEvidence[]): Opinion {
  const opinion = weigh(commitmentFeatures(analysis, objects));
  return { ...opinion, strongest: opinion.strongest.map((feature) => cueIdOf(feature, analysis)) };
}

/** "w:einfuhr" → "model:word:einführen" (the first word of the sentence with that stem), "c:regel" → "model:cue:regel". */
function cueIdOf(feature: string, analysis: Analysis): string {
  const [kind, value] = [feature.slice(0, 1), feature.slice(2)];
  if (kind === 'c') return `model:cue:${value}`;
  if (kind === 'o') return `model:object:${value}`;
  const word = analysis.tokens.find((token) => token.word && stem(token.lower) === value);
  return `model:word:${word?.lower ?? value}`;
}

/**
 * What a feature counts for: a word less in a long sentence, whose sum over forty stems would say more about its
 * length than about its sense (decision 91); a cue or an object kind always fully.
 */
export function featureValues(features: readonly string[]): number[] {
  let words = 0;
  for (const feature of features) if (feature.startsWith('w:')) words++;
  const scale = words > WORDS_AT_FULL_WEIGHT ? Math.sqrt(WORDS_AT_FULL_WEIGHT / words) : 1;
  return features.map((feature) => (feature.startsWith('w:') ? scale : 1));
}

const WORDS_AT_FULL_WEIGHT = 8;

function weigh(features: readonly string[]): Opinion {
  const values = featureValues(features);
  const raising = features
    .map((feature, i): [string, number] => [feature, (weights.get(feature) ?? 0) * values[i]!])
    .filter(([, part]) => part > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { probability: probabilityOf(model, features), strongest: raising.slice(0, STRONGEST).map(([feature]) => feature) };
}
