// Turns the cues of a span into one score between 0 and 1 and the decision whether it is a candidate.
import type { Cue } from './cues.ts';

/** Spans scoring below this are not proposed. */
export const THRESHOLD = 0.5;

/** Independent evidence combines as in a noisy-or: two weak cues together outweigh one. */
export function scoreOf(cues: readonly Cue[]): number {
  let doubt = 1;
  for (const cue of cues) if (cue.role !== 'negative') doubt *= 1 - cue.weight;
  return Math.round((1 - doubt) * 1000) / 1000;
}
