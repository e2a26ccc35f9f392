// Rules stated in the plain present, the voice of a rule the coalition sets without "wir" and without a future:
// "Künftig orientiert sich die Minijob-Grenze an …", "… gelten nach sechs Wochen als genehmigt", "Bei jeder
// Gründung gilt eine Karenzzeit von zwei Jahren", "Vor jeder Förderung ist das Beratungsmodul verpflichtend".
import { lastWord, type Clause } from './clauses.ts';
import { KOENNEN, MUESSEN, SOLLEN, SOLLTE, WOLLEN } from './lexicon.ts';
import { nounKind } from './objects.ts';
import type { Token } from './tokens.ts';

const WIR = new Set(['wir']);
const MODALS = new Set([...WOLLEN, ...SOLLEN, ...SOLLTE, ...MUESSEN, ...KOENNEN]);

/** Verbs that state how a rule works, in the present: "Künftig orientiert sich die Minijob-Grenze an …". */
const RULE_VERBS = new Set([
  'orientiert',
  'orientieren',
  'richtet',
  'richten',
  'erfolgt',
  'erfolgen',
  'beträgt',
  'betragen',
  'entfällt',
  'entfallen',
  'regelt',
  'regeln',
  'verbleibt',
  'verbleiben',
  'obliegt',
  'obliegen',
]);

/**
 * A rule verb; "gelten als …", "gilt ab …", "gilt" with an amount ("Bei jeder Gründung gilt eine Karenzzeit von
 * zwei Jahren") or a legal or programme subject ("Der Anspruch gilt für …"); an entitlement ("steht allen … offen"); or a
 * copula with a legal predicate ("Vor jeder Förderung ist das Beratungsmodul verpflichtend").
 */
export function isRuleStatement(tokens: readonly Token[], clause: Clause, i: number): boolean {
  const lower = tokens[i]!.lower;
  if (RULE_VERBS.has(lower)) return isRule(tokens, clause, i);
  if (GELTEN.has(lower)) {
    const scoped = inClause(tokens, clause, ALS_AB) || hasAmount(tokens, clause) || hasMeasureSubject(tokens, clause, i);
    return scoped && isRule(tokens, clause, i);
  }
  if (STEHEN.has(lower)) return ENTITLING.has(tokens[lastWord(tokens, clause.start, clause.end)]?.lower ?? '') && isRule(tokens, clause, i);
  if (!PREDICATE_COPULAS.has(lower)) return false;
  return LEGAL_PREDICATE.has(tokens[lastWord(tokens, clause.start, clause.end)]?.lower ?? '') && isRule(tokens, clause, i);
}

/**
 * "Der neue Teilzeitanspruch … gilt nur für Unternehmen, …", "Die Grundrente gilt für …": a law, right, rule or
 * programme before the verb is its subject.
 */
function hasMeasureSubject(tokens: readonly Token[], { start }: Clause, verb: number): boolean {
  for (let k = start; k < verb; k++) if (tokens[k]!.capitalised && SUBJECT_KINDS.has(nounKind(tokens[k]!.lower) ?? '')) return true;
  return false;
}

const SUBJECT_KINDS = new Set(['legal', 'programme']);

function hasAmount(tokens: readonly Token[], { start, end }: Clause): boolean {
  for (let k = start; k < end; k++) if (/^\d/.test(tokens[k]!.text) || QUANTITY_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

function inClause(tokens: readonly Token[], { start, end }: Clause, words: ReadonlySet<string>): boolean {
  for (let k = start; k < end; k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
}

const LEGAL_PREDICATE = new Set([
  'verpflichtend',
  'verbindlich',
  'verboten',
  'unzulässig',
  'zulässig',
  'kostenfrei',
  'gebührenfrei',
  'steuerfrei',
  'beitragsfrei',
  'bindend',
  'vorbehalten',
  'ausgeschlossen',
  'übertragbar',
]);
/** "… ist verpflichtend", "… bleibt ausgeschlossen", "… bleiben volljährigen Soldaten vorbehalten". */
const PREDICATE_COPULAS = new Set(['ist', 'sind', 'bleibt', 'bleiben']);
const QUANTITY_WORDS = new Set(['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'zwölf', 'prozent', 'euro']);

/** An entitlement: "Die geförderte Altersvorsorge steht allen Erwerbstätigen offen", "Den Geschädigten steht … zu". */
const STEHEN = new Set(['steht', 'stehen']);
const ENTITLING = new Set(['offen', 'zu']);
/** "… gelten nach sechs Wochen als genehmigt", "Atomenergie gilt bei uns nicht als nachhaltige Investition". */
const GELTEN = new Set(['gilt', 'gelten']);
/** "gelten als …", "gilt ab dem siebten Monat …". */
const ALS_AB = new Set(['als', 'ab']);
const REFLEXIVE_RULES = new Set(['orientiert', 'orientieren', 'richtet', 'richten']);

/**
 * A rule stated in the plain present, no "wir" and no modal in the clause ("… orientiert sich der Zuschuss am
 * Mindestlohn", "… erfolgt die Altersfeststellung durch das Jugendamt"); not about what was just said ("Dies
 * erfolgt im Vorgriff auf …").
 */
function isRule(tokens: readonly Token[], clause: Clause, verb: number): boolean {
  if (inClause(tokens, clause, WIR) || inClause(tokens, clause, MODALS) || (ANAPHORA.has(tokens[0]!.lower) && verb === 1)) return false;
  return !REFLEXIVE_RULES.has(tokens[verb]!.lower) || tokens[verb + 1]?.lower === 'sich' || tokens[verb + 2]?.lower === 'sich';
}

const ANAPHORA = new Set(['dies', 'das', 'dieses']);

/** Every word that can carry a rule statement, for the cue scan's word list. */
export const RULE_WORDS = [...RULE_VERBS, 'gelten', ...STEHEN];
