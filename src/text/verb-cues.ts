// Classifies a lexical verb of a commitment: advocacy, refusal, allegiance, examining, or a plain act.
import type { Action, Cue, CueRole } from './cues.ts';
import { lastWord, type ClauseMap } from './clauses.ts';
import { ADVOCACY, DETERMINERS, EXAMINING, PARTICLES, REJECTION, STANCE } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { isCoordinatedVerb, isPluralVerb } from './verbs.ts';

const REFLEXIVE = new Set(['uns', 'sich']);
/** How far a reflexive pronoun may stand from its verb: "setzen wir uns … ein", "uns … einsetzen". */
const REFLEXIVE_BEFORE = 8;
const REFLEXIVE_AFTER = 3;

export type VerbForm = 'present' | 'infinitive';

/** The cue a lexical verb carries and the action it names: "setzen uns … ein" → advocacy:einsetzen. */
export function classifyVerb(
  tokens: readonly Token[],
  verb: number,
  lemma: string,
  particle: string | undefined,
  form: VerbForm,
): { cue?: Cue; action: Action } {
  const key = particle ? `${lemma}+${particle}` : lemma;
  const infinitive = particle && form === 'present' ? particle + lemma : lemma;
  const split = infinitiveKey(infinitive);
  const reflexive = hasReflexive(tokens, verb);
  const advocacy = ADVOCACY.get(key) ?? (form === 'infinitive' ? ADVOCACY.get(split) : undefined);
  const rejection = REJECTION.get(key) ?? REJECTION.get(split);
  const stance = STANCE.get(key) ?? STANCE.get(split);
  if (advocacy && (reflexive || advocacy !== 'einsetzen')) return made(verb, infinitive, `advocacy:${advocacy}`, 0.75, 'vague');
  if (rejection) return made(verb, infinitive, `rejection:${rejection}`, 0.85, 'commitment');
  // "Wir verpflichten uns …" is a stance; "Wir verpflichten Kryptoassetdienstleister zu …" imposes a duty.
  if (stance && (reflexive || stance !== 'verpflichten')) return made(verb, infinitive, `stance:${stance}`, 0.65, 'vague');
  if (EXAMINING.has(infinitive) || EXAMINING.has(lemma)) return made(verb, infinitive, 'pruefen', 0.75, 'vague');
  if (decidesWhether(tokens, verb, infinitive)) return made(verb, 'prüfen', 'pruefen', 0.75, 'vague');
  if (form === 'present') {
    return made(verb, infinitive, particle ? `separable:${infinitive}` : `present:${infinitive}`, 0.8, 'commitment');
  }
  return { action: { token: verb, lemma: infinitive, role: 'commitment' } };
}

/** "… im Einzelfall entscheiden, ob …", "klären, ob …": deciding an open question is an examination. */
function decidesWhether(tokens: readonly Token[], verb: number, infinitive: string): boolean {
  return DECIDING.has(infinitive) && tokens[verb + 1]?.text === ',' && tokens[verb + 2]?.lower === 'ob';
}

const DECIDING = new Set(['entscheiden', 'klären']);

function made(verb: number, lemma: string, id: string, weight: number, role: CueRole): { cue: Cue; action: Action } {
  return { cue: { id, token: verb, weight, role }, action: { token: verb, lemma, role } };
}

function hasReflexive(tokens: readonly Token[], verb: number): boolean {
  const from = Math.max(0, verb - REFLEXIVE_BEFORE);
  const to = Math.min(tokens.length - 1, verb + REFLEXIVE_AFTER);
  for (let i = from; i <= to; i++) if (REFLEXIVE.has(tokens[i]!.lower)) return true;
  return false;
}

function infinitiveKey(infinitive: string): string {
  for (const particle of PARTICLES) {
    if (infinitive.startsWith(particle) && infinitive.length > particle.length + 3) {
      return `${infinitive.slice(particle.length)}+${particle}`;
    }
  }
  return infinitive;
}

/** The finite verb next to "wir": "Wir stärken …" (verb after) or "Dazu stärken wir …" (verb before). */
export function wirVerb(tokens: readonly Token[], wir: number, clauses: ClauseMap): number | undefined {
  const clause = clauses.clauses[clauses.clauseOf[wir]!]!;
  const previous = tokens[wir - 1];
  const opensClause = wir === clause.start || previous?.lower === 'und' || previous?.lower === 'sowie';
  if (opensClause && isPluralVerb(tokens[wir + 1])) return wir + 1;
  if (!opensClause && isPluralVerb(previous)) return wir - 1;
  if (opensClause && tokens[wir + 1]?.lower === 'sind') return wir + 1;
  return undefined;
}

/** The separable particle closing the verb's clause: "Wir führen … ein" → "ein". */
export function closingParticle(tokens: readonly Token[], verb: number, clauseEnd: number): string | undefined {
  const last = lastWord(tokens, verb + 1, clauseEnd);
  if (last < 0) return undefined;
  const lower = tokens[last]!.lower;
  const beforeLast = tokens[last - 1];
  // "auf den Weg", "in Kraft" are not particles, and an article before "ein" makes it a noun phrase.
  if (!PARTICLES.has(lower) || (beforeLast && DETERMINERS.has(beforeLast.lower))) return undefined;
  return lower;
}

/**
 * The particle at the very end of the sentence, for a bracket that spans an enumeration:
 * "Wir führen A, B, mit dem Ziel …, und C ein." No other finite verb may stand in between.
 */
export function sentenceParticle(tokens: readonly Token[], verb: number): string | undefined {
  const last = lastWord(tokens, verb + 1, tokens.length);
  if (last < 0) return undefined;
  for (let i = verb + 1; i < last; i++) if (tokens[i]!.lower === 'wir' || isCoordinatedVerb(tokens, i)) return undefined;
  return closingParticle(tokens, verb, last + 1);
}
