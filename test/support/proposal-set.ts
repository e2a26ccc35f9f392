// The labelled merge and split decisions of test/fixtures/extraction/proposals.jsonl (docs/extraction.md,
// *Merge and split proposals*) and how the extractor's proposals score against them.
import { readFileSync } from 'node:fs';
import { bodyOf, candidatesOf, textHash, type Agreement } from './extraction-set.ts';

const FIXTURE = new URL('../fixtures/extraction/proposals.jsonl', import.meta.url);

/** Two neighbouring sentences' candidates, or one candidate, and what a blind reader decided about them. */
export interface ProposalLabel {
  sample: 'pair' | 'bundle';
  agreement: Agreement;
  document: string;
  start: number;
  end: number;
  /** Where the second sentence of a pair begins. */
  secondStart?: number;
  /** The hash of the span's text (`textHash`): the fixture keeps no text of the corpus. */
  textHash: string;
  /** A pair: the second sentence continues the first one's measure, so they are one Vorhaben. */
  sameMeasure?: boolean;
  /** A bundle: the span commits to several measures an editor would track apart. */
  severalMeasures?: boolean;
}

export function proposalLabels(): ProposalLabel[] {
  return readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ProposalLabel);
}

/** Whether the extractor offers what the label is about: this pair merged, or this candidate split. */
function isProposed(label: ProposalLabel): boolean {
  const candidates = candidatesOf(label.document);
  if (label.sample === 'pair')
    return candidates.some((c) => c.start === label.secondStart && c.merge?.start === label.start && c.merge.end === label.end);
  return candidates.some((c) => c.start === label.start && c.end === label.end && c.split !== undefined);
}

/** The span still reads as it was labelled: the corpus and the fixture agree. */
export function matchesCorpus(label: ProposalLabel): boolean {
  return textHash(bodyOf(label.document).slice(label.start, label.end)) === label.textHash;
}

export interface ProposalScores {
  proposed: number;
  /** Of the proposals, the share the reader agrees with. */
  precision: number;
  /** Of the sample's true merges or bundles, the share proposed: over a sample drawn half from proposals. */
  recall: number;
}

export function proposalScores(labels: readonly ProposalLabel[], sample: 'pair' | 'bundle'): ProposalScores {
  const rows = labels.filter((label) => label.sample === sample);
  const truth = (label: ProposalLabel): boolean => (sample === 'pair' ? label.sameMeasure : label.severalMeasures) === true;
  const proposed = rows.filter(isProposed);
  const right = proposed.filter(truth).length;
  const positives = rows.filter(truth).length;
  return {
    proposed: proposed.length,
    precision: proposed.length === 0 ? 0 : right / proposed.length,
    recall: positives === 0 ? 0 : right / positives,
  };
}
