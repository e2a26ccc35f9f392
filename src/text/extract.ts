// Proposes commitment candidates (Vorschläge des Extraktors) from a chapter body, each a verbatim span with its cues.
import { slugify } from '../domain/slug.ts';
import { analyse, type Action, type Analysis, type Cue } from './cues.ts';
import { splitConjuncts, type Conjunct } from './enumerations.ts';
import { classifyKind, type Kind } from './kind.ts';
import type { Phrase } from './noun-phrase.ts';
import { abstractHead, concreteness, objectEvidence, type ObjectEvidence } from './objects.ts';
import { shapeEvidence } from './object-shape.ts';
import { judge, opinionOn, type Opinion } from './commitment-model.ts';
import { CANDIDATE_THRESHOLD, candidateScore, OBJECT_THRESHOLD, scoreOf, THRESHOLD } from './score.ts';
import { segmentSentences, type Sentence } from './segment.ts';
import { itemsLedByCommitment } from './list-leads.ts';
import { keepsTogether } from './split-guards.ts';
import type { Token } from './tokens.ts';
import { proposeMerges, type MergeProposal, type SplitPart } from './proposals.ts';
import { objectOf, suggestTitle } from './title.ts';
import { PARTICLES } from './lexicon.ts';
import { classifyVerb, closingParticle } from './verb-cues.ts';
import { joinedZuInfinitive } from './verbs.ts';

/** Object evidence that names a thing of its own, so a part of a bundle is a measure and not an aspect. */
const NAMED_OBJECT = /^object:(?:legal|institution|programme|plan|number|name)$/;
/** Cues that name what one verb does, as opposed to the modal or tense that governs a whole enumeration. */
const VERB_CUE = /^(?:present|separable|advocacy|rejection|stance|pruefen)\b/;

export interface Candidate {
  /** Verbatim span of the body: `body.slice(start, end) === text`, always. */
  text: string;
  /** UTF-16 offsets into the body. */
  start: number;
  end: number;
  score: number;
  kind: Kind;
  /** Stable, human-readable ids of the cues that fired, e.g. "wir-werden", "separable:einführen". */
  cues: string[];
  title: string;
  slug: string;
  /** Offered as one with the candidate before it: both state one measure. */
  merge?: MergeProposal;
  /** Offered as several: the candidate bundles measures that the extractor's cautious split kept together. */
  split?: SplitPart[];
}

/**
 * Candidates in text order: one per sentence, or one per conjunct when a sentence enumerates several Vorhaben.
 * `secondOpinion: false` gives the rules' candidates alone, as the bars of the second opinion are chosen against.
 */
export function extractCandidates(body: string, { secondOpinion = true } = {}): Candidate[] {
  const candidates: Candidate[] = [];
  const led = itemsLedByCommitment(body);
  for (const sentence of segmentSentences(body)) {
    const analysis = analyse(sentence.text, sentence.start, led.has(sentence.start));
    const committing = scoreOf(analysis.cues) >= THRESHOLD;
    const found = committing ? ruleCandidates(body, sentence, analysis) : [];
    if (!secondOpinion) {
      candidates.push(...found);
      continue;
    }
    const objects = objectEvidence(analysis.tokens, 0, analysis.tokens.length, analysis.actions);
    const opinion = opinionOn(analysis, objects);
    const verdict = judge(found.length > 0, opinion.probability, committing);
    if (verdict === 'rules') candidates.push(...found);
    else if (verdict === 'learned') candidates.push(learnedCandidate(body, sentence, analysis, objects, opinion));
  }
  proposeMerges(body, candidates);
  return candidates;
}

/** The rule-based candidates of a sentence: one, or one per conjunct, the first with its split proposal. */
function ruleCandidates(body: string, sentence: Sentence, analysis: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const conjuncts = splitConjuncts(analysis);
  for (const k of conjuncts.keys()) {
    const candidate = candidateFor(body, sentence, analysis, conjuncts, k);
    if (candidate) found.push(candidate);
  }
  if (conjuncts.length === 1 && found[0]?.start === sentence.start) {
    const split = splitProposal(body, sentence, analysis);
    if (split) found[0].split = split;
  }
  return found;
}

/**
 * A sentence no rule proposes but the learned second opinion finds likely: the whole sentence, its score the
 * model's probability, its cues "model" and the features that weighed most, beside any rule cues that fired.
 */
function learnedCandidate(body: string, sentence: Sentence, analysis: Analysis, objects: ObjectEvidence[], opinion: Opinion): Candidate {
  const { tokens, cues, actions } = analysis;
  const whole: Conjunct = { start: 0, end: tokens.length, ownEnd: tokens.length };
  const { kind, evidence } = classifyKind(tokens, 0, tokens.length, cues, actions, objects);
  const title = suggestTitle(tokens, whole, objectOf(tokens, whole, cues), cues, actions);
  const ids = [
    ...new Set([
      'model',
      ...opinion.strongest,
      ...cues.filter((cue) => cue.weight > 0 && cue.role !== 'negative').map((cue) => cue.id),
      ...objects.map((object) => `object:${object.kind}`),
      ...evidence,
    ]),
  ];
  return {
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    score: opinion.probability,
    kind,
    cues: ids,
    title,
    slug: slugify(title),
  };
}

/** The parts of a bundle: the liberal split's conjuncts, offered when at least two are candidates of their own. */
function splitProposal(body: string, sentence: Sentence, analysis: Analysis): SplitPart[] | undefined {
  const conjuncts = splitConjuncts(analysis, true);
  if (conjuncts.length < 2) return undefined;
  if (keepsTogether(analysis.tokens, conjuncts)) return undefined;
  const parts: SplitPart[] = [];
  for (const k of conjuncts.keys()) {
    const part = candidateFor(body, sentence, analysis, conjuncts, k);
    if (!part || !part.cues.some((cue) => NAMED_OBJECT.test(cue))) return undefined;
    parts.push({ start: part.start, end: part.end, title: part.title, cues: part.cues });
  }
  return parts;
}

function candidateFor(
  body: string,
  sentence: Sentence,
  analysis: Analysis,
  conjuncts: readonly Conjunct[],
  k: number,
): Candidate | undefined {
  const { tokens } = analysis;
  const conjunct = conjuncts[k]!;
  const enumerated = conjuncts.length > 1;
  const own = ownVerb(analysis, conjunct);
  let cues = enumerated ? [...governingCues(analysis, conjunct, k), ...own.cues] : analysis.cues;
  if (scoreOf(cues) < THRESHOLD) cues = analysis.cues;
  const actions = [...analysis.actions, ...own.actions];
  const checkable = checkableObject(analysis, conjunct, k, cues, actions);
  if (!checkable) return undefined;
  const score = candidateScore(scoreOf(cues), checkable.concreteness);
  if (score < CANDIDATE_THRESHOLD) return undefined;
  const { objects, object } = checkable;

  const { kind, evidence } = classifyKind(tokens, conjunct.start, conjunct.end, cues, actions, objects);
  const start = k === 0 ? sentence.start : tokens[conjunct.start]!.start;
  const end = k === conjuncts.length - 1 ? sentence.end : tokens[conjunct.end - 1]!.end;
  const title = suggestTitle(tokens, conjunct, object, cues, actions);
  const ids = [
    ...new Set([
      ...cues.filter((cue) => cue.weight > 0).map((cue) => cue.id),
      ...objects.map((object) => `object:${object.kind}`),
      ...evidence,
    ]),
  ];
  if (enumerated) ids.push('enumeration');
  return { text: body.slice(start, end), start, end, score, kind, cues: ids, title, slug: slugify(title) };
}

/**
 * The evidence that the conjunct commits to something an editor can check, or undefined when it names only
 * abstract goods ("Wir stärken den Zusammenhalt"). A bare noun phrase in an enumeration ("…, ein wirksames
 * Schwachstellenmanagement, …") is governed by the sentence's verbs.
 */
function checkableObject(
  analysis: Analysis,
  conjunct: Conjunct,
  k: number,
  cues: readonly Cue[],
  actions: readonly Action[],
): { objects: ObjectEvidence[]; object: Phrase | undefined; concreteness: number } | undefined {
  const { tokens } = analysis;
  const governed = k > 0 && conjunct.verb === undefined && conjunct.closingVerb === undefined;
  const verbs = governed ? actions : actions.filter((action) => action.token >= conjunct.start && action.token < conjunct.end);
  const objects = objectEvidence(tokens, conjunct.start, conjunct.end, verbs);
  const object = objectOf(tokens, conjunct, cues);
  // An amount makes an abstract object checkable: "eine Elektrolysekapazität von rund 10 Gigawatt erreichen".
  const quantified = objects.some((item) => item.kind === 'number' && isAmount(tokens[item.token]!));
  const head = quantified ? undefined : abstractHead(tokens, object);
  // A name after the abstract head makes it checkable: "die Zusammenarbeit … (PESCO)"; not "die IT-Sicherheit",
  // nor a name before it ("Im Rahmen von PESCO … die Qualität der Zusammenarbeit").
  const named = head !== undefined && objects.some((item) => item.kind === 'name' && item.token > head);
  const abstractObject = head !== undefined && !named;
  const shape = abstractObject ? undefined : shapeEvidence(tokens, object, verbs);
  if (shape) objects.push(shape);
  const value = concreteness(objects, abstractObject);
  return value < OBJECT_THRESHOLD ? undefined : { objects, object, concreteness: value };
}

/** A number that counts something, not a year: "10 Gigawatt", "3,5 Prozent". */
function isAmount(token: Token): boolean {
  return /^\d/.test(token.text) && !/^(?:19|20)\d\d$/.test(token.text);
}

/**
 * The cues inside a conjunct, plus those that govern it from before: for a bare noun phrase
 * ("…, ein wirksames Schwachstellenmanagement, …") the verb and modal; for a predicate with its own
 * infinitive ("…, Kontakte … einbeziehen") only the modal, not the earlier infinitive's cue.
 */
function governingCues(analysis: Analysis, conjunct: Conjunct, k: number): Cue[] {
  const inside = analysis.cues.filter((cue) => cue.token >= conjunct.start && cue.token < conjunct.end);
  if (k === 0 || conjunct.verb !== undefined) return inside;
  const closer = conjunct.closingVerb === undefined ? undefined : analysis.tokens[conjunct.closingVerb]!.lower;
  const ownPredicate = closer !== undefined && !PARTICLES.has(closer);
  const before = analysis.cues.filter(
    (cue) => cue.token < conjunct.start && cue.role !== 'negative' && !(ownPredicate && VERB_CUE.test(cue.id)),
  );
  return [...before, ...inside];
}

/** The verb that opens ("… und etablieren Y") or closes ("…, Y einbeziehen") a conjunct, if the analysis missed it. */
function ownVerb(analysis: Analysis, conjunct: Conjunct): { cues: Cue[]; actions: Action[] } {
  const { tokens } = analysis;
  const verb = conjunct.verb ?? conjunct.closingVerb;
  if (verb === undefined || analysis.actions.some((action) => action.token === verb)) return { cues: [], actions: [] };
  const lower = tokens[verb]!.lower;
  if (conjunct.verb === undefined && PARTICLES.has(lower)) return { cues: [], actions: [] };
  const { cue, action } =
    conjunct.verb !== undefined
      ? classifyVerb(tokens, verb, lower, closingParticle(tokens, verb, conjunct.end), 'present')
      : classifyVerb(tokens, verb, joinedZuInfinitive(lower) ?? lower, undefined, 'infinitive');
  return { cues: cue ? [cue] : [], actions: [action] };
}
