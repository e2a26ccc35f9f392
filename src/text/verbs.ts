// Recognises German verb forms by shape: first-person plural, infinitive, zu-infinitive and participle.
import { CONJUNCTIONS, DETERMINERS, PARTICLES, PREPOSITIONS, SUBORDINATORS } from './lexicon.ts';
import type { Token } from './tokens.ts';

const LOWER_WORD = /^[a-zäöüß]+$/;
// "wir stärken", "wir erweitern", "wir entwickeln", "wir tun": the plural ending is also the infinitive's.
const PLURAL_ENDING = /(?:en|[lr]n|tun)$/;

/** Words that end like a verb but are something else: pronouns, adverbs, adjectives that follow "wir". */
const NOT_VERBS = new Set([
  'den',
  'einen',
  'keinen',
  'unseren',
  'ihren',
  'diesen',
  'allen',
  'jeden',
  'denen',
  'deren',
  'wen',
  'wenn',
  'dann',
  'denn',
  'man',
  'ihn',
  'uns',
  'nun',
  'schon',
  'eben',
  'gegen',
  'neben',
  'oben',
  'unten',
  'hinten',
  'vorn',
  'vorne',
  'zusammen',
  'außen',
  'innen',
  'morgen',
  'gestern',
  'seitens',
  'zunächst',
  'ebenfalls',
  'gemeinsam',
  'weiterhin',
  'daneben',
  'mittels',
  'angesichts',
  'allein',
  'alleine',
  'ein',
  'kein',
  'sein',
  'nein',
  'gern',
  'gerne',
  'fern',
  'modern',
  'intern',
  'extern',
  'selten',
  'rein',
  'offen',
  'gelten',
  'insgesamt',
  'vollen',
  'eigenen',
  'neuen',
  'zudem',
  'außerdem',
  'trotzdem',
  'stattdessen',
  'indessen',
  'zwischen',
  'unternehmen',
  'welchen',
  'solchen',
  'manchen',
  'ihnen',
  'jenen',
  'jedenfalls',
  'ebenso',
]);

export function isLowerWord(token: Token | undefined): boolean {
  return token !== undefined && token.word && LOWER_WORD.test(token.text);
}

/** Could be a finite verb after or before "wir" ("wir stärken", "stärken wir"). */
export function isPluralVerb(token: Token | undefined): boolean {
  if (!isLowerWord(token)) return false;
  const lower = token!.lower;
  return (
    PLURAL_ENDING.test(lower) &&
    !NOT_VERBS.has(lower) &&
    !DETERMINERS.has(lower) &&
    !PREPOSITIONS.has(lower) &&
    !SUBORDINATORS.has(lower) &&
    !CONJUNCTIONS.has(lower)
  );
}

/** An infinitive closing a verb bracket: "… einführen", "… weiterentwickeln", "… abzuschaffen". */
export function isInfinitive(token: Token | undefined): boolean {
  return isPluralVerb(token);
}

/** A zu-infinitive written as one word ("anzupassen", "einzusetzen"), returned without "zu", or undefined. */
export function joinedZuInfinitive(lower: string): string | undefined {
  const at = lower.indexOf('zu', 2);
  if (at < 0) return undefined;
  const particle = lower.slice(0, at);
  const verb = lower.slice(at + 2);
  const separable = PARTICLES.has(particle) || particle === SICHER;
  return separable && verb.length >= 3 && PLURAL_ENDING.test(verb) ? particle + verb : undefined;
}

/**
 * "ist sicherzustellen": "sicher" joins its verb before "zu" like a particle. It is no particle at a clause's end,
 * where it is an adjective: "Wir machen unsere Straßen sicher."
 */
const SICHER = 'sicher';

/** Adverbs that end like a participle: "insgesamt", "zunächst". */
const ADVERBS_IN_T = new Set(['nicht', 'insgesamt', 'zuletzt', 'zunächst', 'zuerst', 'selbst', 'längst', 'zumindest', 'höchst', 'sonst']);

/** A past participle closing a passive or perfect: "ausgebaut", "geschlossen", "evaluiert". */
export function isParticiple(token: Token | undefined): boolean {
  if (!isLowerWord(token)) return false;
  const lower = token!.lower;
  if (PREPOSITIONS.has(lower)) return false; // "18 statt bislang 24 Monate"
  if (lower.endsWith('t') && lower.length >= 5) return !lower.endsWith('heit') && !lower.endsWith('keit') && !ADVERBS_IN_T.has(lower);
  return lower.endsWith('en') && (lower.startsWith('ge') || hasParticleThenGe(lower));
}

function hasParticleThenGe(lower: string): boolean {
  for (let length = 2; length <= 7; length++) {
    if (PARTICLES.has(lower.slice(0, length)) && lower.startsWith('ge', length)) return true;
  }
  return false;
}

// Inflected adjectives that look like plural verbs: "digitalen", "öffentlichen", "weiteren", "neuen".
// Not "stellen", "zahlen", "ehren": those are verbs.
const ADJECTIVE_SHAPE = /(?:isch|iv|bar|sam|haft|los|voll|neu|groß|klein|stark|jung|[^st]ell|[^h]al|[^ih]er)en$/;
/** Endings shared by verbs and adjectives ("ermöglichen" / "öffentlichen"): a verb only before an article. */
const AMBIGUOUS_BEFORE_NOUN = /(?:igen|ten|enen|lichen|enden|aren)$/;

/** A second finite verb after "und"/"sowie"/comma: "Wir erarbeiten X und etablieren Y". */
export function isCoordinatedVerb(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lower;
  if (previous !== 'und' && previous !== 'sowie' && previous !== ',') return false;
  const token = tokens[index];
  if (!isPluralVerb(token) || ADJECTIVE_SHAPE.test(token!.lower)) return false;
  if (previous !== ',' && joinsAdjectives(tokens, index)) return false;
  const next = tokens[index + 1];
  // "…, schaffen wir": the verb of the main clause after a fronted subordinate clause, not a second predicate.
  if (next?.lower === 'wir') return false;
  if (!next || !next.word) return next?.text === '„';
  if (CONJUNCTIONS.has(next.lower)) return false;
  if (next.capitalised && !DETERMINERS.has(next.lower)) return !AMBIGUOUS_BEFORE_NOUN.test(token!.lower);
  const pronoun = next.lower === 'uns' || next.lower === 'sich';
  return DETERMINERS.has(next.lower) || pronoun || /^\d/.test(next.text) || !isPluralVerb(next);
}

/** "in der digitalen und agilen Arbeitswelt", "schnelleren und barrierefreien Verfahren": "und" between adjectives. */
function joinsAdjectives(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 2];
  const article = tokens[index - 3];
  if (!isLowerWord(before) || !/(?:e|en|er|es|em)$/.test(before!.lower)) return false;
  const opener = article !== undefined && (DETERMINERS.has(article.lower) || PREPOSITIONS.has(article.lower) || article.text === ',');
  return opener || tokens[index + 1]?.capitalised === true;
}

/** Where the predicate of `verb` ends: its clause, or the "und" before a second coordinated verb. */
export function predicateEnd(tokens: readonly Token[], verb: number, clauseEnd: number): number {
  for (let i = verb + 2; i < clauseEnd; i++) if (isCoordinatedVerb(tokens, i)) return i - 1;
  return clauseEnd;
}

/** Infinitives guessed from weak participles of a passive: "ausgebaut" → "ausbauen", "evaluiert" → "evaluieren". */
export function participleInfinitives(tokens: readonly Token[], start: number, end: number): { token: number; lemma: string }[] {
  const found: { token: number; lemma: string }[] = [];
  for (let i = start; i < end; i++) {
    if (tokens[i]!.lower.endsWith('t') && isParticiple(tokens[i])) found.push({ token: i, lemma: infinitiveOf(tokens[i]!.lower) });
  }
  return found;
}

/** Verbs whose infinitive begins with an unstressed "ge": their participle adds none ("gestaltet" → "gestalten"). */
const GE_STEMS = ['gestalt', 'gewähr', 'genehmig', 'gefährd', 'gewicht'];

function infinitiveOf(participle: string): string {
  let particle = '';
  for (let length = 2; length <= 6; length++) {
    if (PARTICLES.has(participle.slice(0, length)) && participle.startsWith('ge', length)) particle = participle.slice(0, length);
  }
  let base = participle.slice(particle.length);
  if (base.startsWith('ge') && base.length > 5 && !GE_STEMS.some((stem) => base.startsWith(stem))) base = base.slice(2);
  if (base.endsWith('iert')) return `${particle}${base.slice(0, -1)}en`;
  if (base.endsWith('ert') || base.endsWith('elt')) return `${particle}${base.slice(0, -1)}n`;
  return `${particle}${base.replace(/e?t$/, '')}en`;
}
