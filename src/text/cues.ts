// Finds the explainable cues that mark a sentence as a commitment (or speak against one) in agreement language.
import { slugify } from '../domain/slug.ts';
import { lastWord, splitClauses, type Clause, type ClauseMap } from './clauses.ts';
import {
  CONDITIONAL,
  FUNCTION_WORDS,
  HABEN,
  KOENNEN,
  MUESSEN,
  PAST,
  SOLLEN,
  SOLLTE,
  SPECIFIC_VERBS,
  STATIVE_VERBS,
  WERDEN,
  WOLLEN,
} from './lexicon.ts';
import { closesWithParticiple, closesWithZuInfinitive, goalCue, isDateAhead, keepsSomething, perfectInClause } from './clause-shapes.ts';
import { agendaVerb, nominalHead } from './verbless-items.ts';
import { isRuleStatement, RULE_WORDS } from './rule-statements.ts';
import { demandsMeasure, extendsMeasure, introducesMeasure, opensWithCondition, statesConsequence } from './sentence-openers.ts';
import { governmentCopula, governmentSubject, infinitiveOfThirdPerson } from './government-subject.ts';
import { tokenize, type Token } from './tokens.ts';
import { classifyVerb, closingParticle, sentenceParticle, wirVerb, type VerbForm } from './verb-cues.ts';
import { isCoordinatedVerb, isInfinitive, isParticiple, joinedZuInfinitive, predicateEnd } from './verbs.ts';

/** `commitment` and `vague` cues raise the score (`vague` ones also make the kind vague); `negative` ones lower it. */
export type CueRole = 'commitment' | 'vague' | 'negative';

export interface Cue {
  id: string;
  /** Token that carries the cue. */
  token: number;
  weight: number;
  role: CueRole;
}

/** The verb of a commitment ("einführen" from "Wir führen … ein"), for titles, kinds and enumerations. */
export interface Action {
  token: number;
  lemma: string;
  role: CueRole;
}

export interface Analysis {
  tokens: Token[];
  clauses: ClauseMap;
  cues: Cue[];
  actions: Action[];
}

const MODALS = new Set([...WOLLEN, ...SOLLEN, ...SOLLTE, ...MUESSEN, ...KOENNEN]);
/** An item under a committing lead without a cue of its own ("- Maßnahmen, die das 2030-Ziel … erreichen"). */
const LED_ITEM_WEIGHT = 0.6;
/** How much a past-tense or conditional verb leaves of the cues in its clause. */
const NEGATIVE_FACTOR = 0.3;

/**
 * The cues of a sentence. `ledByList`: the sentence opens an item of a list whose lead commits ("Um … zu stärken,
 * wollen wir:"), so it carries that commitment on (list-leads.ts).
 */
export function analyse(text: string, offset = 0, ledByList = false): Analysis {
  const tokens = tokenize(text, offset);
  const scan: Analysis = { tokens, clauses: splitClauses(tokens), cues: [], actions: [] };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.word && (CUE_WORDS.has(token.lower) || isCoordinatedVerb(tokens, i))) scanToken(scan, i);
  }

  const subject = governmentSubject(tokens, (verb) => hasOwnCue(scan, verb));
  if (subject !== undefined) governmentVerb(scan, subject);
  if (opensWithCondition(tokens)) add(scan, 'voraussetzung', 0, 0.6);
  const demand = demandsMeasure(tokens);
  if (demand !== undefined) add(scan, 'need', demand, 0.6);
  const extension = extendsMeasure(tokens);
  if (extension !== undefined) add(scan, 'extension', extension, 0.6);
  const introduction = introducesMeasure(tokens);
  if (introduction !== undefined) add(scan, 'neu', introduction, 0.6);
  if (statesConsequence(tokens)) add(scan, 'consequence', 0, NEGATIVE_FACTOR, 'negative');
  // Under a committing lead the closing infinitive names the act: "- die Einführung eines Digitalbudgets prüfen".
  if (ledByList && scan.cues.length === 0) agendaItem(scan, true);
  const nominal = scan.cues.some((cue) => cue.id === 'agenda') ? undefined : nominalHead(text, tokens);
  if (nominal !== undefined) add(scan, `nominal:${slugify(tokens[nominal]!.text)}`, nominal, 0.7);
  else if (scan.cues.length === 0) agendaItem(scan, false);
  if (ledByList && scan.cues.length === 0 && continuesLead(tokens)) add(scan, 'lead', 0, LED_ITEM_WEIGHT);

  return { tokens, clauses: scan.clauses, cues: applyNegatives(scan.cues, scan.clauses), actions: scan.actions };
}

/**
 * An item that continues its lead's sentence opens in lower case or with a noun ("- Maßnahmen, die …"); one that
 * opens with an article or a pronoun is a sentence of its own ("- Die Stiftung leistet …").
 */
function continuesLead(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => token.word);
  return first !== undefined && (!first.capitalised || !FUNCTION_WORDS.has(first.lower));
}

/** An agenda item ("Marshallplan mit Afrika umsetzen, …") commits to the infinitive that closes it. */
function agendaItem(scan: Analysis, ledByList: boolean): void {
  const first = scan.clauses.clauses[0];
  const verb = first && agendaVerb(scan.tokens, first, ledByList);
  if (verb === undefined) return;
  add(scan, 'agenda', verb, 0.7);
  verbCue(scan, verb, scan.tokens[verb]!.lower, undefined, 'infinitive');
}

/** One cue per id and clause: "wir werden … und werden …" is one piece of evidence, not two. */
function add(scan: Analysis, id: string, token: number, weight: number, role: CueRole = 'commitment'): void {
  const { cues, clauses } = scan;
  if (!cues.some((cue) => cue.id === id && clauses.clauseOf[cue.token] === clauses.clauseOf[token])) {
    cues.push({ id, token, weight, role });
  }
}

function clauseAt(scan: Analysis, index: number): Clause {
  return scan.clauses.clauses[scan.clauses.clauseOf[index]!]!;
}

function inClause(scan: Analysis, index: number, words: ReadonlySet<string>): boolean {
  const { start, end } = clauseAt(scan, index);
  for (let i = start; i < end; i++) if (words.has(scan.tokens[i]!.lower)) return true;
  return false;
}

function verbCue(scan: Analysis, verb: number, lemma: string, particle: string | undefined, form: VerbForm): void {
  const { cue, action } = classifyVerb(scan.tokens, verb, lemma, particle, form);
  if (cue) add(scan, cue.id, cue.token, cue.weight, cue.role);
  scan.actions.push(action);
}

/** The infinitive that closes the clause of a modal or "werden" is the action it governs. */
function closingInfinitive(scan: Analysis, index: number): void {
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

function presentVerb(scan: Analysis, verb: number): void {
  verbCue(scan, verb, scan.tokens[verb]!.lower, particleOf(scan, verb), 'present');
}

function particleOf(scan: Analysis, verb: number): string | undefined {
  const { tokens } = scan;
  return closingParticle(tokens, verb, predicateEnd(tokens, verb, clauseAt(scan, verb).end)) ?? sentenceParticle(tokens, verb);
}

/** "Wir sehen …" describes; "Wir sehen … nicht vor" is "vorsehen", a verb of its own. */
function isStative(scan: Analysis, verb: number): boolean {
  const lemma = scan.tokens[verb]!.lower;
  if (!STATIVE_VERBS.has(lemma)) return false;
  const particle = particleOf(scan, verb);
  return particle === undefined || !SPECIFIC_VERBS.has(particle + lemma);
}

function scanToken(scan: Analysis, i: number): void {
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
const CUE_WORDS = new Set([
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
 * The cue of a government's verb: advocacy, refusal, allegiance or examining as for "wir" ("Die Landesregierung
 * setzt sich für … ein" is advocacy), any other verb the plain `bund` cue.
 */
/**
 * Whether the verb carries a cue of its own (a modal, "werden", a rule verb), so that the government before it is
 * no cue; a rule verb with a closing particle is another verb: "Bund und Länder richten eine … Stelle … ein".
 */
function hasOwnCue(scan: Analysis, verb: number): boolean {
  const lower = scan.tokens[verb]!.lower;
  return CUE_WORDS.has(lower) && !(RULE_WORD_SET.has(lower) && particleOf(scan, verb) !== undefined);
}

function governmentVerb(scan: Analysis, verb: number): void {
  const { tokens } = scan;
  const plural = infinitiveOfThirdPerson(tokens[verb]!.lower);
  const particle = closingParticle(tokens, verb, predicateEnd(tokens, verb, clauseAt(scan, verb).end)) ?? sentenceParticle(tokens, verb);
  const { cue, action } = classifyVerb(tokens, verb, plural, particle, 'present');
  if (cue && cue.role === 'vague') add(scan, cue.id, verb, cue.weight, cue.role);
  else if (cue?.id.startsWith('rejection:')) add(scan, cue.id, verb, cue.weight, cue.role);
  else add(scan, 'bund', verb, 0.7);
  scan.actions.push(action);
}

function applyNegatives(cues: Cue[], clauses: ClauseMap): Cue[] {
  const negativeClauses = new Set(cues.filter((cue) => cue.role === 'negative').map((cue) => clauses.clauseOf[cue.token]));
  if (negativeClauses.size === 0) return cues;
  return cues.map((cue) =>
    cue.role !== 'negative' && negativeClauses.has(clauses.clauseOf[cue.token]) ? { ...cue, weight: cue.weight * NEGATIVE_FACTOR } : cue,
  );
}
