// Splits a sentence that enumerates several Vorhaben into conjuncts, each with its own verbatim span.
import type { Analysis } from './cues.ts';
import { ACTION_NOUNS, DETERMINERS, MUESSEN, PARTICLES, PREPOSITIONS, SOLLEN, SUBORDINATORS, WERDEN, WOLLEN } from './lexicon.ts';
import { followsTruncatedPart, type Token } from './tokens.ts';
import { isCoordinatedVerb, isInfinitive, isLowerWord, joinedZuInfinitive } from './verbs.ts';

export interface Conjunct {
  /** Token indexes [start, end) of the conjunct, without the separators around it. */
  start: number;
  end: number;
  /** The finite verb that opens a coordinated predicate ("… und etablieren eine Datenbank"). */
  verb?: number;
  /** The infinitive that closes a predicate governed by a modal ("Wir werden X nachschärfen, Y einbeziehen"). */
  closingVerb?: number;
  /** End of the conjunct's first segment, before any clause that depends on it. */
  ownEnd: number;
}

interface Segment {
  start: number;
  end: number;
}

/** Verbs whose enumerated objects are separate things to create or remove, so each is its own Vorhaben. */
const CREATING = new Set([
  'einführen',
  'schaffen',
  'einrichten',
  'errichten',
  'gründen',
  'abschaffen',
  'streichen',
  'ratifizieren',
  'vorlegen',
  'auflegen',
  'starten',
  'beschließen',
  'aufbauen',
  'etablieren',
  'erarbeiten',
  'aufsetzen',
  'einsetzen',
]);
const GOVERNING_MODALS = new Set([...WERDEN, ...WOLLEN, ...SOLLEN, ...MUESSEN]);
const RELATIVE = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches']);
const ELABORATION = new Set(['insbesondere', 'etwa', 'z', 'u', 'v', 'auch', 'vor', 'sowohl', 'also', 'damit', 'so']);

/**
 * One conjunct spanning the sentence when it enumerates nothing. `liberal` also splits enumerated objects under
 * any verb and verbless items at each action noun ("Stärkung X und Elektrifizierung Y"): not what the extractor
 * proposes, but what it offers as a split of a candidate that bundles measures.
 */
export function splitConjuncts(analysis: Analysis, liberal = false): Conjunct[] {
  const { tokens } = analysis;
  const whole: Conjunct[] = [{ start: 0, end: tokens.length, ownEnd: tokens.length }];
  const segments = segmentsOf(tokens);
  if (segments.length < 2) return whole;

  const governed = tokens.some((token) => GOVERNING_MODALS.has(token.lower));
  const creating = liberal ? analysis.actions[0] : analysis.actions.find((action) => CREATING.has(action.lemma));
  const first = segments[0]!;
  const conjuncts: Conjunct[] = [{ start: first.start, end: first.end, ownEnd: first.end, ...closing(tokens, first) }];
  // `closed`: the current predicate has its closing verb; `clause`: inside a subordinate clause until its verb.
  // `afterClause`: a subordinate clause just ended; "und …" without a comma still belongs to it.
  let clause = opensClause(tokens, first) && !endsWithVerb(tokens, first);
  let afterClause = opensClause(tokens, first) && !clause;
  let closed = !opensClause(tokens, first) && conjuncts[0]!.closingVerb !== undefined;

  for (let k = 1; k < segments.length; k++) {
    const segment = segments[k]!;
    const current = conjuncts[conjuncts.length - 1]!;
    const own = closing(tokens, segment);
    const inClause = clause || (afterClause && joinedWithoutComma(tokens, segment));
    if (inClause || opensClause(tokens, segment) || isAside(tokens, segment) || continuesMainClause(tokens, segment)) {
      current.end = segment.end;
      const open = inClause || opensClause(tokens, segment);
      clause = open && !endsWithVerb(tokens, segment);
      afterClause = open && !clause;
      continue;
    }
    afterClause = false;
    const restartsModal = GOVERNING_MODALS.has(tokens[segment.start]!.lower) && tokens[segment.start - 1]?.text !== ',';
    const opening = isCoordinatedVerb(tokens, segment.start) || restartsModal;
    const startsNew =
      opening ||
      (governed && closed && hasClosingAhead(tokens, segments, k)) ||
      (creating !== undefined && creating.token < segment.start && startsWithArticle(tokens, segment)) ||
      (liberal && analysis.actions.length === 0 && startsWithActionNoun(tokens, segment));
    if (startsNew) {
      const verb = opening && !restartsModal ? { verb: segment.start } : {};
      conjuncts.push({ start: segment.start, end: segment.end, ownEnd: segment.end, ...verb, ...own });
    } else {
      current.end = segment.end;
      if (own.closingVerb !== undefined) current.closingVerb = own.closingVerb;
    }
    closed = own.closingVerb !== undefined;
  }

  const merged = mergeNounless(tokens, conjuncts);
  return merged.length > 1 ? merged : whole;
}

/** Pieces between top-level commas, "und", "sowie" and semicolons. */
function segmentsOf(tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text === '(' || text === '„') depth++;
    if ((text === ')' || text === '“') && depth > 0) depth--;
    // "Klima-, Diversitäts- und Digitalstrategien": the parts of a truncated compound enumerate nothing.
    const separator =
      depth === 0 && !followsTruncatedPart(tokens, i) && (text === ',' || text === ';' || text === 'und' || text === 'sowie');
    if (!separator) continue;
    if (i > start) segments.push({ start, end: i });
    start = i + 1;
  }
  let end = tokens.length;
  while (end > start && !tokens[end - 1]!.word && /[.!?…]/.test(tokens[end - 1]!.text)) end--;
  if (end > start) segments.push({ start, end });
  return segments;
}

/** A subordinate or relative clause ("…, indem wir …", "…, die auch … umfasst") runs until its own verb. */
function opensClause(tokens: readonly Token[], segment: Segment): boolean {
  const first = tokens[segment.start]!;
  const second = tokens[segment.start + 1];
  if (SUBORDINATORS.has(first.lower) || first.lower === 'um' || first.lower === 'ohne') return true;
  const afterComma = tokens[segment.start - 1]?.text === ',';
  if (afterComma && PREPOSITIONS.has(first.lower) && second && isRelativePronoun(tokens, segment.start + 1)) return true;
  if (!afterComma || !RELATIVE.has(first.lower) || second === undefined) return false;
  // An article is not followed by another article or by an adverb: "…, das ihren Rechten entspricht".
  return DETERMINERS.has(second.lower) || (!second.capitalised && !/(?:e|en|er|es|em)$/.test(second.lower));
}

/** "…, mit dessen Einnahmen …", "…, über das … ist": a preposition before a relative pronoun, not an article. */
function isRelativePronoun(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.lower;
  const next = tokens[index + 1];
  if (word === 'dessen' || word === 'deren' || word === 'denen' || word.startsWith('welch')) return true;
  return RELATIVE.has(word) && next !== undefined && !next.capitalised && !/(?:e|en|er|es|em)$/.test(next.lower);
}

/** "um X zu erreichen und Y zu schützen": coordination inside the clause; "…, und" returns to the main clause. */
function joinedWithoutComma(tokens: readonly Token[], segment: Segment): boolean {
  const separator = tokens[segment.start - 1]?.lower;
  return (separator === 'und' || separator === 'sowie') && tokens[segment.start - 2]?.text !== ',';
}

/** "Analog zu …, wollen wir …": the finite verb after a fronted phrase goes on with the same clause. */
function continuesMainClause(tokens: readonly Token[], segment: Segment): boolean {
  return tokens[segment.start + 1]?.lower === 'wir' && tokens[segment.start - 1]?.text === ',';
}

/** "…, insbesondere für X", "…, mit dem Ziel …": an add-on after a comma that belongs to what precedes it. */
function isAside(tokens: readonly Token[], segment: Segment): boolean {
  const first = tokens[segment.start]!.lower;
  const afterComma = tokens[segment.start - 1]?.text === ',';
  return ELABORATION.has(first) || (afterComma && PREPOSITIONS.has(first));
}

function endsWithVerb(tokens: readonly Token[], segment: Segment): boolean {
  let last = segment.end - 1;
  while (last >= segment.start && !tokens[last]!.word) last--;
  return last >= segment.start && isLowerWord(tokens[last]) && !DETERMINERS.has(tokens[last]!.lower);
}

function startsWithActionNoun(tokens: readonly Token[], segment: Segment): boolean {
  const head = DETERMINERS.has(tokens[segment.start]!.lower) ? segment.start + 1 : segment.start;
  return head < segment.end && ACTION_NOUNS.has(tokens[head]!.lower);
}

function startsWithArticle(tokens: readonly Token[], segment: Segment): boolean {
  const first = tokens[segment.start]!;
  return DETERMINERS.has(first.lower) && tokens.slice(segment.start, segment.end).some((token) => token.capitalised);
}

/** The infinitive or particle that closes a segment, unless it is an adjective before a noun ("des digitalen und …"). */
function closing(tokens: readonly Token[], segment: Segment): { closingVerb?: number } {
  let last = segment.end - 1;
  while (last >= segment.start && !tokens[last]!.word) last--;
  if (last < segment.start) return {};
  const token = tokens[last]!;
  const before = tokens[last - 1];
  if (before && (DETERMINERS.has(before.lower) || (PREPOSITIONS.has(before.lower) && before.lower !== 'zu'))) return {};
  const after = tokens[segment.end + 1];
  const adjectiveAfter = after && !after.capitalised && !DETERMINERS.has(after.lower) && /(?:e|en|er|es|em)$/.test(after.lower);
  if (adjectiveAfter && tokens[segment.end + 2]?.capitalised) return {};
  const verbLike = isInfinitive(token) || joinedZuInfinitive(token.lower) !== undefined || PARTICLES.has(token.lower);
  return verbLike ? { closingVerb: last } : {};
}

function hasClosingAhead(tokens: readonly Token[], segments: readonly Segment[], from: number): boolean {
  for (let k = from; k < segments.length; k++) {
    if (opensClause(tokens, segments[k]!) || isAside(tokens, segments[k]!)) continue;
    if (closing(tokens, segments[k]!).closingVerb !== undefined) return true;
  }
  return false;
}

/** A conjunct without a noun of its own ("… stärken und digitalisieren") is no Vorhaben: it joins its neighbour. */
function mergeNounless(tokens: readonly Token[], conjuncts: readonly Conjunct[]): Conjunct[] {
  const merged: Conjunct[] = [];
  for (const conjunct of conjuncts) {
    const previous = merged[merged.length - 1];
    if (previous && (!hasNoun(tokens, conjunct) || !hasNoun(tokens, previous))) {
      previous.end = conjunct.end;
      previous.ownEnd = conjunct.ownEnd;
      previous.verb ??= conjunct.verb;
      previous.closingVerb = conjunct.closingVerb ?? previous.closingVerb;
      continue;
    }
    merged.push({ ...conjunct });
  }
  return merged;
}

function hasNoun(tokens: readonly Token[], conjunct: Conjunct): boolean {
  for (let i = Math.max(conjunct.start, 1); i < conjunct.ownEnd; i++) if (tokens[i]!.capitalised) return true;
  return false;
}
