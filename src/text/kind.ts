// Decides whether a commitment is specific (a checkable act on a checkable object) or vague (a direction), with the evidence.
import type { Action, Cue } from './cues.ts';
import { SPECIFIC_VERBS, VAGUE_VERBS } from './lexicon.ts';
import type { ObjectEvidence } from './objects.ts';
import { stem } from './stem.ts';
import type { Token } from './tokens.ts';
import { participleInfinitives } from './verbs.ts';

export type Kind = 'specific' | 'vague';

/** A verb that is neither a checkable act nor a direction counts half: it needs a named object to be specific. */
const NEUTRAL_VERB = 0.5;
const SPECIFIC_AT = 1;
const NOUN_OBJECTS = new Set(['legal', 'institution', 'programme', 'plan']);

const specificStems = new Set([...SPECIFIC_VERBS].map(stem));
const vagueStems = new Set([...VAGUE_VERBS].map(stem));

/** Evidence ids ("specific:verb", "vague:verb") and the kind they add up to, given the object evidence of the span. */
export function classifyKind(
  tokens: readonly Token[],
  start: number,
  end: number,
  cues: readonly Cue[],
  actions: readonly Action[],
  objects: readonly ObjectEvidence[],
): { kind: Kind; evidence: string[] } {
  const evidence: string[] = [];
  const committing = cues.some((cue) => cue.role === 'commitment' && cue.weight >= 0.5);
  const ownActions = actions.filter((action) => action.token >= start && action.token < end);
  if (!committing || (ownActions.length > 0 && ownActions.every((action) => action.role === 'vague'))) {
    return { kind: 'vague', evidence };
  }

  let points = 0;
  const verbs = [...ownActions, ...participleInfinitives(tokens, start, end)].map((action) => stem(action.lemma));
  if (verbs.some((verb) => specificStems.has(verb))) {
    evidence.push('specific:verb');
    points++;
  } else if (verbs.length > 0 && verbs.every((verb) => vagueStems.has(verb))) {
    evidence.push('vague:verb');
    points--;
  } else if (verbs.length > 0) {
    points += NEUTRAL_VERB;
  }
  const kinds = new Set(objects.map((object) => object.kind));
  if ([...kinds].some((kind) => NOUN_OBJECTS.has(kind))) points++;
  // Changing a named law is a legislative act even when the verb only gives a direction ("modernisieren").
  if (kinds.has('legal')) points++;
  if (introducesInstrument(tokens, start, objects)) points++;
  if (kinds.has('number')) points++;
  if (kinds.has('name')) points++;
  return { kind: points >= SPECIFIC_AT ? 'specific' : 'vague', evidence };
}

const INDEFINITE = new Set(['ein', 'eine', 'einen']);

/** "Ein Dateninstitut soll …": a new institution or instrument as the subject is itself the change. */
function introducesInstrument(tokens: readonly Token[], start: number, objects: readonly ObjectEvidence[]): boolean {
  if (start !== 0 || !INDEFINITE.has(tokens[0]?.lower ?? '')) return false;
  return objects.some((object) => object.token <= 2 && NOUN_OBJECTS.has(object.kind));
}
