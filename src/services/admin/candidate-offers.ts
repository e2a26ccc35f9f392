// What the extractor offers to do with a candidate besides deciding it (text/proposals.ts): take it
// together with the candidate before it (both state one measure), or as several (it bundles measures).
// Worked out from the chapter text when asked, never stored: offers follow the text, and an editor who
// merged, split or adjusted a span has already answered them.
import { extractCandidates, type Candidate } from '../../text/extract.ts';
import type { SplitPart } from '../../text/proposals.ts';

export interface MergeOffer {
  /** The open candidate just before, to merge with; its number in the chapter. */
  withId: number;
  withNumber: number;
  cues: string[];
}

export interface SplitOffer {
  parts: SplitPart[];
}

export interface CandidateOffers {
  merge?: MergeOffer;
  split?: SplitOffer;
}

interface StoredSpan {
  id: number;
  start_offset: number;
  end_offset: number;
  decision: string;
}

/** The extractor's candidates of a chapter body by their span. */
function bySpan(body: string): Map<string, Candidate> {
  return new Map(extractCandidates(body).map((candidate) => [`${candidate.start}:${candidate.end}`, candidate]));
}

/** For each open candidate (`rows`: present, in text order) what the extractor offers now. */
export function offersFor(body: string, rows: readonly StoredSpan[]): Map<number, CandidateOffers> {
  const proposed = bySpan(body);
  const offers = new Map<number, CandidateOffers>();
  rows.forEach((row, index) => {
    const candidate = row.decision === 'open' ? proposed.get(`${row.start_offset}:${row.end_offset}`) : undefined;
    if (!candidate) return;
    const offer: CandidateOffers = {};
    const before = rows[index - 1];
    if (candidate.merge && before?.decision === 'open' && before.start_offset === candidate.merge.start) {
      offer.merge = { withId: before.id, withNumber: index, cues: candidate.merge.cues };
    }
    if (candidate.split) offer.split = { parts: candidate.split };
    if (offer.merge || offer.split) offers.set(row.id, offer);
  });
  return offers;
}

/** The parts the extractor offers for exactly this span of the body, if it offers a split of it. */
export function splitOf(body: string, start: number, end: number): SplitPart[] | undefined {
  return bySpan(body).get(`${start}:${end}`)?.split;
}
