// Decides whether a commitment is specific (a checkable act or instrument) or vague (a direction), with the evidence.
import type { Action, Cue } from './cues.ts';
import { COMMON_ACRONYMS, INSTRUMENT_SUFFIXES, MONTHS, PARTICLES, SPECIFIC_VERBS, VAGUE_VERBS } from './lexicon.ts';
import { stem } from './stem.ts';
import type { Token } from './tokens.ts';
import { isParticiple } from './verbs.ts';

export type Kind = 'specific' | 'vague';

const NUMBER_WORDS = new Set(['zwei', 'drei', 'vier', 'fünf', 'sechs', 'zehn', 'zwölf', 'hälfte', 'halbieren', 'verdoppeln']);
const ACRONYM = /^(?=[\p{Lu}\d-]*\p{Lu}[\p{Lu}\d-]*\p{Lu})[\p{Lu}\d][\p{L}\d-]*$/u;
const INSTRUMENTS = new Set(INSTRUMENT_SUFFIXES);
const INSTRUMENT_LENGTHS = [...new Set(INSTRUMENT_SUFFIXES.map((suffix) => suffix.length))];
const instrumentMemo = new Map<string, boolean>();
function isInstrument(lower: string): boolean {
  let found = instrumentMemo.get(lower);
  if (found === undefined) {
    found = INSTRUMENT_LENGTHS.some((length) => lower.length >= length && INSTRUMENTS.has(lower.slice(-length)));
    instrumentMemo.set(lower, found);
  }
  return found;
}
/** A verb that is neither a checkable act nor a direction counts half: it needs a named object to be specific. */
const NEUTRAL_VERB = 0.5;
const SPECIFIC_AT = 1;

const specificStems = new Set([...SPECIFIC_VERBS].map(stem));
const vagueStems = new Set([...VAGUE_VERBS].map(stem));

/** Evidence ids ("specific:number", "vague:verb") and the kind they add up to. */
export function classifyKind(
  tokens: readonly Token[],
  start: number,
  end: number,
  cues: readonly Cue[],
  actions: readonly Action[],
): { kind: Kind; evidence: string[] } {
  const evidence: string[] = [];
  const committing = cues.some((cue) => cue.role === 'commitment' && cue.weight >= 0.5);
  const ownActions = actions.filter((action) => action.token >= start && action.token < end);
  if (!committing || (ownActions.length > 0 && ownActions.every((action) => action.role === 'vague'))) {
    return { kind: 'vague', evidence };
  }

  let points = 0;
  const verbs = [...ownActions.map((action) => action.lemma), ...participles(tokens, start, end)].map(stem);
  if (verbs.some((verb) => specificStems.has(verb))) {
    evidence.push('specific:verb');
    points++;
  } else if (verbs.length > 0 && verbs.every((verb) => vagueStems.has(verb))) {
    evidence.push('vague:verb');
    points--;
  } else if (verbs.length > 0) {
    points += NEUTRAL_VERB;
  }
  const span = tokens.slice(start, end);
  if (span.some((token, i) => token.capitalised && i + start > 0 && isInstrument(token.lower))) {
    evidence.push('specific:instrument');
    points++;
  }
  if (span.some((token) => isDigitStart(token.text) || MONTHS.has(token.lower) || NUMBER_WORDS.has(token.lower))) {
    evidence.push('specific:number');
    points++;
  }
  if (span.some((token) => token.text === '§' || token.text === '„' || isAcronym(token))) {
    evidence.push('specific:name');
    points++;
  }
  return { kind: points >= SPECIFIC_AT ? 'specific' : 'vague', evidence };
}

function isDigitStart(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

/** "BAföG", "ILO", "SGB": two capitals or more, not just "EU". */
function isAcronym(token: Token): boolean {
  if (!token.capitalised || token.text.length < 2) return false;
  const second = token.text[1]!;
  if (second !== second.toUpperCase()) return false;
  return ACRONYM.test(token.text) && !COMMON_ACRONYMS.has(token.text);
}

/** Infinitives guessed from weak participles of a passive: "ausgebaut" → "ausbauen", "evaluiert" → "evaluieren". */
function participles(tokens: readonly Token[], start: number, end: number): string[] {
  const found: string[] = [];
  for (let i = start; i < end; i++) {
    if (tokens[i]!.lower.endsWith('t') && isParticiple(tokens[i])) found.push(infinitiveOf(tokens[i]!.lower));
  }
  return found;
}

function infinitiveOf(participle: string): string {
  let particle = '';
  for (let length = 2; length <= 6; length++) {
    if (PARTICLES.has(participle.slice(0, length)) && participle.startsWith('ge', length)) particle = participle.slice(0, length);
  }
  let base = participle.slice(particle.length);
  if (base.startsWith('ge') && base.length > 5) base = base.slice(2);
  if (base.endsWith('iert')) return `${particle}${base.slice(0, -1)}en`;
  if (base.endsWith('ert') || base.endsWith('elt')) return `${particle}${base.slice(0, -1)}n`;
  return `${particle}${base.replace(/e?t$/, '')}en`;
}
