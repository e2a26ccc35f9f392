// The shared steps of finding cues in one sentence: one cue per id and clause, the verb a cue governs, the
// particle that completes a verb. Used by cues.ts (the sentence) and word-cues.ts (its words).
import type { Analysis, CueRole } from './cues.ts';
import { lastWord, type Clause } from './clauses.ts';
import { KOENNEN, SPECIFIC_VERBS, STATIVE_VERBS, WERDEN } from './lexicon.ts';
import { classifyVerb, closingParticle, sentenceParticle, type VerbForm } from './verb-cues.ts';
import { isInfinitive, joinedZuInfinitive, predicateEnd } from './verbs.ts';

/** How much a past-tense or conditional verb leaves of the cues in its clause. */
export const NEGATIVE_FACTOR = 0.3;

/** One cue per id and clause: "wir werden … und werden …" is one piece of evidence, not two. */
export function add(scan: Analysis, id: string, token: number, weight: number, role: CueRole = 'commitment'): void {
  const { cues, clauses } = scan;
  if (!cues.some((cue) => cue.id === id && clauses.clauseOf[cue.token] === clauses.clauseOf[token])) {
    cues.push({ id, token, weight, role });
  }
}

export function clauseAt(scan: Analysis, index: number): Clause {
  return scan.clauses.clauses[scan.clauses.clauseOf[index]!]!;
}

export function inClause(scan: Analysis, index: number, words: ReadonlySet<string>): boolean {
  const { start, end } = clauseAt(scan, index);
  for (let i = start; i < end; i++) if (words.has(scan.tokens[i]!.lower)) return true;
  return false;
}

export function verbCue(scan: Analysis, verb: number, lemma: string, particle: string | undefined, form: VerbForm): void {
  const { cue, action } = classifyVerb(scan.tokens, verb, lemma, particle, form);
  if (cue) add(scan, cue.id, cue.token, cue.weight, cue.role);
  scan.actions.push(action);
}

/** The infinitive that closes the clause of a modal or "werden" is the action it governs. */
export function closingInfinitive(scan: Analysis, index: number): void {
  const { tokens } = scan;
  const { start, end } = clauseAt(scan, index);
  let last = lastWord(tokens, start, end);
  if (last <= index) return;
  if (WERDEN.has(tokens[last]!.lower) || tokens[last]!.lower === 'sein' || KOENNEN.has(tokens[last]!.lower)) last--;
  const lower = tokens[last]?.lower ?? '';
  const zu = joinedZuInfinitive(lower);
  if (zu) verbCue(scan, last, zu, undefined, 'infinitive');
  else if (isInfinitive(tokens[last])) verbCue(scan, last, lower, undefined, 'infinitive');
}

export function presentVerb(scan: Analysis, verb: number): void {
  verbCue(scan, verb, scan.tokens[verb]!.lower, particleOf(scan, verb), 'present');
}

export function particleOf(scan: Analysis, verb: number): string | undefined {
  const { tokens } = scan;
  return closingParticle(tokens, verb, predicateEnd(tokens, verb, clauseAt(scan, verb).end)) ?? sentenceParticle(tokens, verb);
}

/** "Wir sehen …" describes; "Wir sehen … nicht vor" is "vorsehen", a verb of its own. */
export function isStative(scan: Analysis, verb: number): boolean {
  const lemma = scan.tokens[verb]!.lower;
  if (!STATIVE_VERBS.has(lemma)) return false;
  const particle = particleOf(scan, verb);
  return particle === undefined || !SPECIFIC_VERBS.has(particle + lemma);
}
