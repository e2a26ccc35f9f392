// Finds the explainable cues that mark a sentence as a commitment (or speak against one) in agreement language.
import { slugify } from '../domain/slug.ts';
import { splitClauses, type ClauseMap } from './clauses.ts';
import { add, NEGATIVE_FACTOR, particleOf, verbCue } from './cue-scan.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { agendaVerb, nominalHead } from './verbless-items.ts';
import { demandsMeasure, extendsMeasure, introducesMeasure, opensWithCondition, statesConsequence } from './sentence-openers.ts';
import { governmentSubject, infinitiveOfThirdPerson } from './government-subject.ts';
import { tokenize, type Token } from './tokens.ts';
import { classifyVerb } from './verb-cues.ts';
import { isCoordinatedVerb } from './verbs.ts';
import { CUE_WORDS, hasOwnCue, scanToken } from './word-cues.ts';

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

/** An item under a committing lead without a cue of its own ("- Maßnahmen, die das 2030-Ziel … erreichen"). */
const LED_ITEM_WEIGHT = 0.6;

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

/**
 * The cue of a government's verb: advocacy, refusal, allegiance or examining as for "wir" ("Die Landesregierung
 * setzt sich für … ein" is advocacy), any other verb the plain `bund` cue.
 */
function governmentVerb(scan: Analysis, verb: number): void {
  const { tokens } = scan;
  const plural = infinitiveOfThirdPerson(tokens[verb]!.lower);
  const { cue, action } = classifyVerb(tokens, verb, plural, particleOf(scan, verb), 'present');
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
