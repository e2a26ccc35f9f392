// The cues single words carry in their clause: "wir" and its verb, modals, "werden", rule verbs, goals, dates
// ahead, past and conditional forms (docs/extraction.md, *Commitment cues*).
import type { Analysis } from './cues.ts';
import { add, clauseAt, closingInfinitive, inClause, isStative, NEGATIVE_FACTOR, particleOf, presentVerb } from './cue-scan.ts';
import { lastWord } from './clauses.ts';
import { closesWithParticiple, closesWithZuInfinitive, goalCue, isDateAhead, keepsSomething, perfectInClause } from './clause-shapes.ts';
import { governmentCopula } from './government-subject.ts';
import { CONDITIONAL, HABEN, KOENNEN, MUESSEN, PAST, SOLLEN, SOLLTE, STATIVE_VERBS, WERDEN, WOLLEN } from './lexicon.ts';
import { isRuleStatement, RULE_WORDS } from './rule-statements.ts';
import { wirVerb } from './verb-cues.ts';
import { isCoordinatedVerb, isInfinitive, isParticiple } from './verbs.ts';

const MODALS = new Set([...WOLLEN, ...SOLLEN, ...SOLLTE, ...MUESSEN, ...KOENNEN]);

/** The cues of the word at `i`, added to the scan. */
export function scanToken(scan: Analysis, i: number): void {
  const { tokens, cues } = scan;
  const lower = tokens[i]!.lower;
  const clause = clauseAt(scan, i);

  if (PAST.has(lower) || (HABEN.has(lower) && perfectInClause(tokens, i, clause.start, clause.end) && !inClause(scan, i, MODALS))) {
    add(scan, 'past', i, NEGATIVE_FACTOR, 'negative');
  } else if (CONDITIONAL.has(lower)) {
    add(scan, 'conditional', i, NEGATIVE_FACTOR, 'negative');
  } else if (lower === 'wir') {
    const verb = wirVerb(tokens, i, scan.clauses);
    if (verb === undefined) return;
    const lemma = tokens[verb]!.lower;
    if (lemma === 'stehen' && tokens[verb + 2]?.lower !== 'vor') add(scan, 'stance:stehen-zu', verb, 0.65, 'vague');
    else if (lemma === 'brauchen') add(scan, 'need', verb, 0.6);
    else if (lemma === 'sind' && inClause(scan, verb, BEREIT)) add(scan, 'stance:bereit', verb, 0.65, 'vague');
    else if (!isStative(scan, verb) && !PAST.has(lemma) && !CONDITIONAL.has(lemma)) presentVerb(scan, verb);
  } else if (isCoordinatedVerb(tokens, i) && !STATIVE_VERBS.has(lower) && cues.some((cue) => PRESENT_CUE.test(cue.id))) {
    presentVerb(scan, i);
  } else if (WERDEN.has(lower)) {
    const last = lastWord(tokens, clause.start, clause.end);
    if (inClause(scan, i, WIR)) add(scan, 'wir-werden', i, 0.9);
    else if (last === i && isParticiple(tokens[i - 1])) add(scan, 'passive', i, 0.8);
    else if (last === i && inClause(scan, i, MODALS)) return;
    else if (last === i && isInfinitive(tokens[i - 1])) add(scan, 'future', i, 0.7);
    else if (isParticiple(tokens[last])) add(scan, 'passive', i, 0.8);
    else if (isInfinitive(tokens[last])) add(scan, 'future', i, 0.7);
    else if (closesWithParticiple(tokens, clause.end)) add(scan, 'passive', i, 0.8);
    else add(scan, 'werden', i, 0.55);
    closingInfinitive(scan, i);
  } else if (WOLLEN.has(lower)) {
    add(scan, 'wollen', i, 0.85);
    closingInfinitive(scan, i);
  } else if (SOLLEN.has(lower)) {
    add(scan, 'soll', i, 0.8);
    closingInfinitive(scan, i);
  } else if (SOLLTE.has(lower)) {
    add(scan, 'sollte', i, 0.55);
  } else if (MUESSEN.has(lower)) {
    add(scan, 'muss', i, 0.75);
    closingInfinitive(scan, i);
  } else if ((lower === 'darf' || lower === 'dürfen') && inClause(scan, i, LIMITS)) {
    add(scan, 'darf-nicht', i, 0.6);
  } else if (KOENNEN.has(lower)) {
    if (!cues.some((cue) => cue.id === 'kann')) add(scan, 'kann', i, 0.45);
  } else if (EXAMINING_FINITE.has(lower)) {
    add(scan, 'pruefen', i, 0.75, 'vague');
    scan.actions.push({ token: i, lemma: 'prüfen', role: 'vague' });
  } else if (lower === 'betracht' && tokens[i - 1]?.lower === 'in') {
    add(scan, 'in-betracht', i, 0.6, 'vague');
  } else if (BENEFIT.has(lower) && !inClause(scan, i, WIR) && lastWord(tokens, clause.start, clause.end) > i) {
    add(scan, 'leistung', i, 0.6);
  } else if (NEED_VERBS.has(lower) && !tokens[i]!.capitalised && !inClause(scan, i, WIR)) {
    add(scan, 'need', i, 0.6);
  } else if (isRuleStatement(tokens, clause, i)) {
    add(scan, 'regel', i, 0.6);
  } else if ((lower === 'bleibt' || lower === 'bleiben') && keepsSomething(tokens, clause.start, clause.end)) {
    add(scan, 'bleibt', i, 0.6);
  } else if (lower === 'ist' || lower === 'sind') {
    if (closesWithZuInfinitive(tokens, clause.start, clause.end, i)) {
      add(scan, 'ist-zu', i, 0.75);
      closingInfinitive(scan, i);
    } else if (governmentCopula(tokens, i) && inClause(scan, i, BEREIT)) {
      add(scan, 'stance:bereit', i, 0.65, 'vague');
    }
  } else if (lower === 'gilt' && (tokens[i + 1]?.lower === 'es' || tokens[i - 1]?.lower === 'es')) {
    add(scan, 'gilt-es', i, 0.65);
  } else if (lower === 'ziel' || lower === 'ziele') {
    const goal = goalCue(tokens, i, inClause(scan, i, GOAL_VERBS));
    if (goal === 'own') add(scan, 'ziel', i, 0.7);
    else if (goal === 'refused') add(scan, 'rejection:ziel', i, 0.85);
  } else if (lower === 'priorität' || lower === 'vorrang' || lower === 'prioritär') {
    add(scan, 'prioritaet', i, 0.6);
  } else if (lower === 'aufgabe' && inClause(scan, i, OWN)) {
    add(scan, 'aufgabe', i, 0.6);
  } else if (FUTURE_ADVERBS.has(lower)) {
    add(scan, 'kuenftig', i, 0.55);
  } else if (DEADLINE_WORDS.has(lower) && isDateAhead(tokens, i) && !/^\d/.test(tokens[i - 1]?.text ?? '')) {
    add(scan, 'frist', i, 0.55);
  }
}

const WIR = new Set(['wir']);
const PRESENT_CUE = /^(?:present|separable|advocacy|rejection|stance):/;
const LIMITS = new Set(['nicht', 'nur', 'kein', 'keine', 'keinen']);
const EXAMINING_FINITE = new Set(['prüft', 'überprüft', 'untersucht', 'evaluiert']);
const BENEFIT = new Set(['erhalten', 'erhält', 'bekommen', 'bekommt']);
/** "Um Geldwäsche zu bekämpfen, braucht es eine … Strategie", "Neue Mobilitätsangebote brauchen eine … Grundlage". */
const NEED_VERBS = new Set(['braucht', 'brauchen', 'bedarf']);

const BEREIT = new Set(['bereit', 'verpflichtet', 'offen', 'einig']);
const GOAL_VERBS = new Set(['haben', 'verfolgen', 'setzen']);
const OWN = new Set(['unsere', 'unser', 'koalition']);
const FUTURE_ADVERBS = new Set(['künftig', 'zukünftig', 'fortan', 'perspektivisch']);
const DEADLINE_WORDS = new Set(['bis', 'ab', 'spätestens', 'zum', 'innerhalb']);
const RULE_WORD_SET = new Set(RULE_WORDS);
/** Every word `scanToken` looks for: any other word can carry a cue only as a coordinated verb. */
export const CUE_WORDS = new Set([
  ...PAST,
  ...HABEN,
  ...CONDITIONAL,
  'wir',
  ...WERDEN,
  ...WOLLEN,
  ...SOLLEN,
  ...SOLLTE,
  ...MUESSEN,
  'darf',
  'dürfen',
  ...KOENNEN,
  ...EXAMINING_FINITE,
  'betracht',
  ...BENEFIT,
  'bleibt',
  'bleiben',
  ...RULE_WORDS,
  ...NEED_VERBS,
  'ist',
  'sind',
  'gilt',
  'ziel',
  'ziele',
  'priorität',
  'vorrang',
  'prioritär',
  'aufgabe',
  ...FUTURE_ADVERBS,
  ...DEADLINE_WORDS,
]);

/**
 * Whether the verb carries a cue of its own (a modal, "werden", a rule verb), so that the government before it is
 * no cue; a rule verb with a closing particle is another verb: "Bund und Länder richten eine … Stelle … ein".
 */
export function hasOwnCue(scan: Analysis, verb: number): boolean {
  const lower = scan.tokens[verb]!.lower;
  return CUE_WORDS.has(lower) && !(RULE_WORD_SET.has(lower) && particleOf(scan, verb) !== undefined);
}
