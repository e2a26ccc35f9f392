// Shapes of a clause that decide whether a cue fires: how it closes ("ist … anzupassen", "… gestaltet"), whether
// "haben" makes a perfect, whether a goal is the coalition's own, whether a date lies ahead.
import { lastWord } from './clauses.ts';
import { DETERMINERS, MONTHS } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { isInfinitive, isParticiple, joinedZuInfinitive } from './verbs.ts';

const WIR = new Set(['wir']);
const OWN_GOAL = new Set(['unser', 'unsere']);

export function closesWithZuInfinitive(tokens: readonly Token[], start: number, end: number, copula: number): boolean {
  const last = lastWord(tokens, start, end);
  if (last <= copula) return false;
  const lower = tokens[last]!.lower;
  return joinedZuInfinitive(lower) !== undefined || (tokens[last - 1]?.lower === 'zu' && isInfinitive(tokens[last]));
}

/**
 * The clause was cut short by a comma inside the predicate ("… werden mit X effizienter, kostengünstiger und
 * transparenter gestaltet."): the sentence's last word, if nothing but adjectives and commas lead to it, closes it.
 */
export function closesWithParticiple(tokens: readonly Token[], clauseEnd: number): boolean {
  const last = lastWord(tokens, clauseEnd, tokens.length);
  if (last < clauseEnd || !isParticiple(tokens[last])) return false;
  for (let i = clauseEnd; i < last; i++) {
    const token = tokens[i]!;
    if (token.word && (token.capitalised || SUBORDINATE.has(token.lower) || WIR.has(token.lower))) return false;
  }
  return true;
}

export function perfectInClause(tokens: readonly Token[], haben: number, start: number, end: number): boolean {
  const last = lastWord(tokens, start, end);
  if (last === haben) return isParticiple(tokens[haben - 1]);
  return last > haben && isParticiple(tokens[last]) && tokens[last]!.lower.startsWith('ge');
}

/**
 * "Unser Ziel ist …", "haben das Ziel" state an own goal; "Eine Vollvergemeinschaftung … ist nicht das Ziel"
 * refuses a measure. Neither "um unsere Ziele zu erreichen" nor "Das ist nicht unser Ziel", which points back.
 */
export function goalCue(tokens: readonly Token[], index: number, goalVerb: boolean): 'own' | 'refused' | undefined {
  const copula = index - 3;
  if (tokens[index - 2]?.lower === 'nicht' && DETERMINERS.has(tokens[index - 1]?.lower ?? '') && COPULAS.has(tokens[copula]?.lower ?? '')) {
    return copula === 1 && POINTING.has(tokens[0]!.lower) ? undefined : 'refused';
  }
  return isOwnGoal(tokens, index, goalVerb) ? 'own' : undefined;
}

const COPULAS = new Set(['ist', 'sind']);
/** "Das ist nicht unser Ziel": a pronoun right before the copula points back; "Diese Regelung ist …" does not. */
const POINTING = new Set(['das', 'dies', 'es', 'dieses', 'diese']);

/** "Unser Ziel ist …", "Ziel ist, dass …", "haben das Ziel": not "um unsere Ziele zu erreichen". */
function isOwnGoal(tokens: readonly Token[], index: number, goalVerb: boolean): boolean {
  // "unser langfristiges Ziel": an adjective may stand between the possessive and the goal.
  const before =
    (/(?:e|en|es)$/.test(tokens[index - 1]?.lower ?? '') && OWN_GOAL.has(tokens[index - 2]?.lower ?? '')
      ? tokens[index - 2]
      : tokens[index - 1]
    )?.lower ?? '';
  const after = tokens[index + 1]?.lower ?? '';
  if (after === 'ist' || after === 'sind' || after === 'bleibt') return true;
  if ((before === 'unser' || before === 'unsere') && !['zu', 'erreichen'].includes(tokens[index + 2]?.lower ?? '')) return true;
  return goalVerb && (before === 'das' || before === 'dem');
}

/** "bleibt unangetastet", "bleiben ausgenommen": a promise to keep a rule, unlike "bleibt wichtig". */
export function keepsSomething(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (KEPT.has(tokens[i]!.lower) || isParticiple(tokens[i])) return true;
  return false;
}

export function isDateAhead(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i <= index + 4 && i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (/^20\d\d$/.test(text) || MONTHS.has(tokens[i]!.lower)) return true;
  }
  return false;
}

const SUBORDINATE = new Set(['dass', 'die', 'der', 'das', 'wenn', 'weil', 'um', 'damit', 'indem', 'wie', 'wo']);

const KEPT = new Set(['vorbehalten', 'bestehen', 'erhalten', 'unberührt', 'gewahrt']);
