// Proposals an editor can take with one click: two adjacent candidates that state one measure, offered as one.
import { stem } from './stem.ts';

/** Offer this candidate together with the one before it; the span covers both, `cues` say why. */
export interface MergeProposal {
  start: number;
  end: number;
  cues: string[];
}

/** Offer this candidate as several, one per measure it bundles; each part is a verbatim span with its own title. */
export interface SplitPart {
  start: number;
  end: number;
  title: string;
  cues: string[];
}

interface Proposable {
  text: string;
  start: number;
  end: number;
  title: string;
  cues: string[];
  merge?: MergeProposal;
}

/**
 * Words that open a sentence about the measure just named: "Dabei …", "Diese soll …", "Voraussetzung ist …".
 * Left out: "Dazu", "Hierzu", "Dafür" open a further measure serving the goal before ("Dazu führen wir … ein"),
 * and "Damit", "So" state what a measure achieves.
 */
const ANAPHORS = new Set(['dies', 'diese', 'dieser', 'dieses', 'diesen', 'dabei', 'hierbei', 'voraussetzung', 'sie', 'er']);
/** Stems shorter than this are too common to show that two titles name the same thing. */
const MIN_STEM = 5;

/**
 * Marks each candidate that continues the measure of the one before it: the next sentence of the same paragraph,
 * opening with an anaphor; a noun both titles share is named as a further cue, but alone it proposes nothing
 * ("diesen Schulen ein Chancenbudget" and "diese Schulen mit Stellen" are two measures). Conjuncts of one sentence are never merged:
 * they were split because they are separate Vorhaben.
 */
export function proposeMerges(body: string, candidates: Proposable[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const previous = candidates[i - 1]!;
    const candidate = candidates[i]!;
    if (!isNextSentence(body, previous, candidate)) continue;
    const first = /^[\p{L}]+/u.exec(body.slice(candidate.start, candidate.end))?.[0].toLowerCase() ?? '';
    if (!ANAPHORS.has(first)) continue;
    const shared = sharedObject(previous.title, candidate.title);
    const cues = shared ? [`anaphor:${first}`, `same-object:${shared}`] : [`anaphor:${first}`];
    candidate.merge = { start: previous.start, end: candidate.end, cues };
  }
}

/** The candidate is in the sentence right after the previous one's, in the same paragraph. */
export function isNextSentence(body: string, previous: { text: string; end: number }, candidate: { start: number }): boolean {
  const between = body.slice(previous.end, candidate.start);
  return /^\s+$/.test(between) && !between.includes('\n\n') && /[.!?:]["“”)]*$/.test(previous.text);
}

/** A noun of the object part of both titles (all words but the verb at the end), by stem; a compound's head counts. */
function sharedObject(before: string, after: string): string | undefined {
  const nouns = (title: string): [string, string][] =>
    title
      .split(/\s+/)
      .slice(0, -1)
      .filter((word) => /^\p{Lu}/u.test(word) && word !== 'Für')
      .map((word) => [stem(word.toLowerCase().replace(/[^\p{L}]/gu, '')), word]);
  const earlier = nouns(before).map(([key]) => key);
  for (const [key, word] of nouns(after)) {
    if (key.length >= MIN_STEM && earlier.some((other) => other.endsWith(key) || key.endsWith(other))) return word.toLowerCase();
  }
  return undefined;
}
