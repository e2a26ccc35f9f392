// Turns the cues of a span into one score between 0 and 1 and the decision whether it is a candidate.
import type { Cue } from './cues.ts';

/** Spans whose commitment cues score below this are not proposed. */
export const THRESHOLD = 0.5;
/** Spans whose object evidence scores below this name nothing an editor could check, and are not proposed. */
export const OBJECT_THRESHOLD = 0.5;

/**
 * Candidates whose score, the chance of a commitment and a checkable object together, is below this are not
 * proposed: two weak pieces of evidence (0.6 × 0.6) are not enough, one strong and one weak are.
 */
export const CANDIDATE_THRESHOLD = 0.4;

/** Independent evidence combines as in a noisy-or: two weak cues together outweigh one. */
export function scoreOf(cues: readonly Cue[]): number {
  let doubt = 1;
  for (const cue of cues) if (cue.role !== 'negative') doubt *= 1 - cue.weight;
  return round(1 - doubt);
}

/** A candidate needs both a commitment and a checkable object; its score is the chance of both. */
export function candidateScore(commitment: number, concreteness: number): number {
  return round(commitment * concreteness);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
