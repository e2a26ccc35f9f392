// Finds what makes the object of a commitment checkable: a law, an institution, a programme, a plan, a number.
import type { Action } from './cues.ts';
import { EXAMINING, FUNCTION_WORDS, MONTHS, withoutGenderEnding } from './lexicon.ts';
import { isName } from './names.ts';
import type { Phrase } from './noun-phrase.ts';
import {
  ABSTRACT_NOUNS,
  ACTOR_NOUNS,
  COMPOUND_ONLY,
  CONCRETE_ACTS,
  LEGAL_MODIFIERS,
  LEGAL_PARTS,
  LEGAL_PREDICATES,
  LEGAL_PREFIXES,
  LIMIT_PREFIXES,
  MONEY_MODIFIERS,
  NOT_OBJECTS,
  OBJECT_NOUNS,
  PROGRAMME_PARTS,
  QUANTITIES,
  QUANTITY_PREFIXES,
} from './object-lexicon.ts';
import { stem } from './stem.ts';
import { stemMatchers } from './stem-matcher.ts';
import type { Token } from './tokens.ts';
import { participleInfinitives } from './verbs.ts';

export type ObjectKind = 'legal' | 'institution' | 'programme' | 'plan' | 'number' | 'name' | 'act' | 'noun';

/** How strongly each kind of evidence says "an editor can check this". */
export const OBJECT_WEIGHTS: Readonly<Record<ObjectKind, number>> = {
  legal: 0.8,
  institution: 0.8,
  programme: 0.75,
  plan: 0.7,
  number: 0.75,
  name: 0.7,
  act: 0.75,
  noun: 0.6,
};
/** What is left of the evidence when the object itself is abstract ("unser Engagement … im Rahmen der BWÜ"). */
const ABSTRACT_OBJECT_FACTOR = 0.6;

export interface ObjectEvidence {
  kind: ObjectKind;
  /** First token that shows it. */
  token: number;
  /** It names the means of the change ("… durch bundeseinheitliche gesetzliche Standardisierung erhöhen"). */
  means: boolean;
}

/** Words that open a phrase naming the means: what follows is how the change is made. */
const MEANS = new Set(['durch', 'mittels', 'indem', 'mit']);

const CLAUSE_END = new Set([',', ';', ':', '.', '–']);

type NounKind = keyof typeof OBJECT_NOUNS;
const nounKinds = Object.keys(OBJECT_NOUNS) as NounKind[];
const matchers = stemMatchers({
  notObject: { heads: NOT_OBJECTS },
  abstract: { heads: ABSTRACT_NOUNS },
  actor: { heads: ACTOR_NOUNS },
  legal: { heads: OBJECT_NOUNS.legal, compoundOnly: COMPOUND_ONLY },
  institution: { heads: OBJECT_NOUNS.institution, compoundOnly: COMPOUND_ONLY },
  programme: { heads: OBJECT_NOUNS.programme, compoundOnly: COMPOUND_ONLY },
  plan: { heads: OBJECT_NOUNS.plan, compoundOnly: COMPOUND_ONLY },
  act: { heads: OBJECT_NOUNS.act, compoundOnly: COMPOUND_ONLY },
});
/** Words that end like an object noun but name a value, a person or a quality ("Grundrechte", "Hersteller"). */
export const isNotObject = matchers.notObject;
/** Whether a noun names a quality, value or field by the abstract lexicon ("Zusammenhalt", "Digitalkompetenz"). */
export const isAbstractNoun = matchers.abstract;
/** Persons, groups, bodies politic and places: who acts or is affected, not what changes. */
export const isActor = matchers.actor;
const quantities = new Set(QUANTITIES);
const legalPredicates = new Set(LEGAL_PREDICATES);
// Examining commits to a checkable act of its own: the examination happens or it does not.
const concreteActs = new Set([...CONCRETE_ACTS, ...EXAMINING].map(stem));

const nounMemo = new Map<string, NounKind | null>();
/** The kind of checkable thing a noun names, judged by the end of its stem, or null. */
export function nounKind(spelled: string): NounKind | null {
  const lower = withoutGenderEnding(spelled);
  let kind = nounMemo.get(lower);
  if (kind === undefined) {
    kind = null;
    if (!isNotObject(lower)) {
      if (startsWithAny(lower, LEGAL_PREFIXES)) kind = 'legal';
      else if (PROGRAMME_PARTS.some((part) => lower.includes(part))) kind = 'programme';
      else kind = nounKinds.find((candidate) => matchers[candidate](lower)) ?? null;
    }
    nounMemo.set(lower, kind);
  }
  return kind;
}

/** The evidence in tokens [start, end), one entry per kind, given the verbs that govern the span. */
export function objectEvidence(tokens: readonly Token[], start: number, end: number, actions: readonly Action[]): ObjectEvidence[] {
  const found = new Map<ObjectKind, ObjectEvidence>();
  const note = (kind: ObjectKind, token: number, means = false): void => {
    const known = found.get(kind);
    if (!known) found.set(kind, { kind, token, means });
    else known.means ||= means;
  };
  let inMeans = false;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (MEANS.has(token.lower)) inMeans = true;
    else if (CLAUSE_END.has(token.text)) inMeans = false;
    const kind = isName(tokens, i) ? 'name' : tokenKind(token);
    if (kind && !(kind === 'number' && isPastPeriod(tokens, i))) note(kind, i, inMeans);
  }
  const acts = [
    ...actions.filter((action) => action.role === 'commitment' || EXAMINING.has(action.lemma)),
    ...participleInfinitives(tokens, start, end),
  ];
  const act = acts.find((action) => concreteActs.has(stem(action.lemma)));
  if (act) note('act', act.token);
  return [...found.values()].sort((a, b) => a.token - b.token);
}

/**
 * Noisy-or of the evidence weights, lowered when the object phrase is headed by an abstract noun unless the
 * span names the means of the change.
 */
export function concreteness(evidence: readonly ObjectEvidence[], abstractObject: boolean): number {
  let doubt = 1;
  for (const { kind } of evidence) doubt *= 1 - OBJECT_WEIGHTS[kind];
  const discounted = abstractObject && !evidence.some((item) => item.means);
  return (1 - doubt) * (discounted ? ABSTRACT_OBJECT_FACTOR : 1);
}

/**
 * The abstract noun that heads a phrase naming a quality, value or field ("die Qualität der Gesetzgebung"), or
 * undefined: its first noun is abstract and nothing in it, attachments included, is checkable ("die Entwicklung
 * von Kriterien" is not).
 */
export function abstractHead(tokens: readonly Token[], phrase: Phrase | undefined): number | undefined {
  if (!phrase) return undefined;
  let head: number | undefined;
  for (let i = phrase.start; i < phrase.end; i++) {
    const token = tokens[i]!;
    if (!token.word || !token.capitalised || FUNCTION_WORDS.has(token.lower)) continue;
    if (tokenKind(token)) return undefined;
    head ??= i;
  }
  return head !== undefined && isAbstractNoun(tokens[head]!.lower) ? head : undefined;
}

/** The kind of evidence a single word gives; names are found by `isName` with their context. */
function tokenKind(token: Token): ObjectKind | undefined {
  if (!token.word) return undefined;
  const { spelling } = token;
  if (spelling.objectKind === undefined) spelling.objectKind = wordKind(token) ?? null;
  return spelling.objectKind ?? undefined;
}

function wordKind(token: Token): ObjectKind | undefined {
  const text = token.text;
  const lower = token.lower;
  if (isDigitStart(text) || MONTHS.has(lower) || quantities.has(lower) || startsWithAny(lower, QUANTITY_PREFIXES)) {
    return 'number';
  }
  if (token.capitalised) {
    if (FUNCTION_WORDS.has(lower)) return undefined;
    return startsWithAny(lower, LIMIT_PREFIXES) ? 'number' : (nounKind(lower) ?? undefined);
  }
  const legal = startsWithAny(lower, LEGAL_MODIFIERS) || LEGAL_PARTS.some((part) => lower.includes(part));
  if (legal || legalPredicates.has(lower)) return 'legal';
  return startsWithAny(lower, MONEY_MODIFIERS) ? 'programme' : undefined;
}

const YEARS = new Set(['jahr', 'jahre', 'jahren', 'jahrzehnte', 'jahrzehnten']);
/** "seit 20 Jahren", "mehr als 30 Jahre nach der Deutschen Einheit": a number that measures the past. */
function isPastPeriod(tokens: readonly Token[], index: number): boolean {
  if (!YEARS.has(tokens[index + 1]?.lower ?? '')) return false;
  const before = tokens[index - 1]?.lower;
  const after = tokens[index + 2]?.lower;
  return before === 'seit' || before === 'vor' || after === 'nach' || after === 'her';
}

function startsWithAny(lower: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => lower.startsWith(prefix));
}

function isDigitStart(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}
