// How far the extractor's suggested titles are from the titles the labellers wrote (docs/extraction.md, *Titles*).
import { inside, type Label } from './extraction-set.ts';

export interface TitleEdits {
  /** Labelled titles whose sentence has a candidate. */
  compared: number;
  /** Suggested titles that differ from the labelled one (case of the first letter and spacing aside). */
  edited: number;
  /** Of those, the ones off by at most two words (one word changed, dropped or added counts once). */
  small: number;
  /** Suggested titles that end in the labelled title's last word, its verb as a rule. */
  sameVerb: number;
  pairs: { expected: string; suggested: string }[];
}

/** How often the first candidate's title in a labelled commitment needs editing to the labelled title. */
export function titleEdits(rows: readonly Label[]): TitleEdits {
  const result: TitleEdits = { compared: 0, edited: 0, small: 0, sameVerb: 0, pairs: [] };
  for (const row of rows) {
    const candidate = row.title ? inside(row)[0] : undefined;
    if (!candidate || !row.title) continue;
    result.compared++;
    const expected = words(row.title);
    const suggested = words(candidate.title);
    if (expected.at(-1) === suggested.at(-1)) result.sameVerb++;
    const distance = editDistance(expected, suggested);
    if (distance > 0) {
      result.edited++;
      if (distance <= 2) result.small++;
      result.pairs.push({ expected: row.title, suggested: candidate.title });
    }
  }
  return result;
}

const words = (title: string): string[] => title.toLowerCase().split(/\s+/).filter(Boolean);

function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
