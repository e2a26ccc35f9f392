// Lists led by a committing sentence: "Um diese Kultur … zu stärken, wollen wir:" and then its items
// ("- bestehende Regelungen entbürokratisieren", "- die Kraft-Wärme-Kopplung … modernisieren"), each of which
// carries the lead's commitment on.
import { splitBlocks } from './blocks.ts';
import { analyse } from './cues.ts';
import { scoreOf, THRESHOLD } from './score.ts';
import { segmentSentences } from './segment.ts';

/** The offsets where the items of such lists begin; an item's later sentences stand on their own. */
export function itemsLedByCommitment(body: string): Set<number> {
  const starts = new Set<number>();
  let committing = false;
  for (const block of splitBlocks(body)) {
    if (block.kind === 'item') {
      // The item's first sentence starts at its first character that is not white space ("-\n  die Förderung …").
      if (committing) starts.add(block.start + (/^\s*/.exec(body.slice(block.start, block.end))?.[0].length ?? 0));
      continue;
    }
    committing = block.kind === 'paragraph' && isCommittingLead(body.slice(block.start, block.end));
  }
  return starts;
}

/** A paragraph that ends in a colon or comma, its last sentence a commitment: the list after it completes it. */
function isCommittingLead(paragraph: string): boolean {
  const text = paragraph.trimEnd();
  if (!text.endsWith(':') && !text.endsWith(',')) return false;
  const last = segmentSentences(text).at(-1);
  return last !== undefined && scoreOf(analyse(last.text).cues) >= THRESHOLD;
}
