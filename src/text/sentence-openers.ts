// Sentence openings that tie a statement to a measure named before it: "Voraussetzung dafür ist …",
// "Dazu gehören …", "Darunter fällt …", "Bestandteil des Paktes sind …", "Dies gilt auch für …", "So erhöhen wir …".
import { ACTION_NOUNS, DETERMINERS, FUNCTION_WORDS, KOENNEN, MUESSEN, SOLLEN, SOLLTE, WERDEN, WOLLEN } from './lexicon.ts';
import { ADJECTIVE_ENDING } from './noun-phrase.ts';
import { nounKind } from './objects.ts';
import type { Token } from './tokens.ts';

/** "Voraussetzung ist eine Vereinbarung …", "Voraussetzung dafür sind …": a condition set for a planned measure. */
export function opensWithCondition(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'voraussetzung') return false;
  const verb = tokens[1]?.lower === 'dafür' ? tokens[2] : tokens[1];
  return verb !== undefined && (verb.lower === 'ist' || verb.lower === 'sind' || WERDEN.has(verb.lower));
}

/**
 * The index of the verb when the sentence adds parts or cases to the measure before it: "Dazu gehören eine
 * Ausstattungsoffensive … und eine Novelle …", "Bestandteil dieses Paktes sind 2000 neue Richterstellen", "Dies
 * gilt auch für …". What is added must still name something checkable; the object test decides that.
 */
export function extendsMeasure(tokens: readonly Token[]): number | undefined {
  const [first, second] = tokens;
  if (!first || !second) return undefined;
  const belongs = tokens.slice(0, MAX_BELONGING + 1).findIndex((token) => BELONGING.has(token.lower));
  if (belongs > 0 && POINTING.has(tokens[belongs - 1]!.lower)) return belongs;
  if (first.lower === 'darunter' && (second.lower === 'fällt' || second.lower === 'fallen')) return 1;
  if ((first.lower === 'dazu' || first.lower === 'hinzu') && (second.lower === 'kommt' || second.lower === 'kommen')) return 1;
  const applies = tokens.findIndex((token, i) => i <= 2 && token.lower === 'gilt');
  if (applies > 0 && refersBack(tokens, applies) && tokens.slice(applies + 1, applies + 4).some(isFuer)) return applies;
  const part = tokens.findIndex((token) => PARTS.has(token.lower));
  if (part < 0 || part > 2) return undefined;
  const verb = tokens.findIndex((token, i) => i > part && (token.lower === 'ist' || token.lower === 'sind'));
  return verb > 0 && verb <= part + 4 ? verb : undefined;
}

/**
 * The index of the verb when the sentence introduces a new institution, programme, rule or plan by what it does,
 * in the present: "Eine zweijährige Nachhaltigkeitskonferenz bindet die Öffentlichkeit ein." An indefinite
 * subject is new, so the sentence commits to creating it. Copulas and modals are left to their own cues.
 */
export function introducesMeasure(tokens: readonly Token[]): number | undefined {
  if (!INTRODUCING.has(tokens[0]?.lower ?? '') || tokens.some((token) => NEGATIONS.has(token.lower))) return undefined;
  let head = 1;
  while (tokens[head]?.word && !tokens[head]!.capitalised && ADJECTIVE_ENDING.test(tokens[head]!.lower)) head++;
  const noun = tokens[head];
  const verb = tokens[head + 1];
  if (!noun?.capitalised || !NEW_THINGS.has(nounKind(noun.lower) ?? '') || !verb?.word || verb.capitalised) return undefined;
  const lower = verb.lower;
  return lower.endsWith('t') && !FUNCTION_WORDS.has(lower) && !NOT_AN_ACT.has(lower) && !MODALS.has(lower) ? head + 1 : undefined;
}

const INTRODUCING = new Set(['ein', 'eine']);
/** "Eine Kommission entscheidet nicht": what a new thing does not do creates nothing. */
const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'keinen', 'nie']);
const NEW_THINGS = new Set(['institution', 'programme', 'legal', 'plan']);
const NOT_AN_ACT = new Set(['ist', 'wird', 'hat', 'gibt', 'fehlt', 'bleibt', 'gilt', 'scheint']);

/**
 * "Die Fortschreibung der Wasserrahmenrichtlinie ist unerlässlich.", "Spätestens drei Jahre danach ist eine
 * Überprüfung … erforderlich.": a measure, named by its action noun as the subject, declared necessary. Returns
 * the copula's index.
 */
export function demandsMeasure(tokens: readonly Token[]): number | undefined {
  const last = tokens.findLastIndex((token) => token.word);
  if (last < 0 || !NECESSARY.has(tokens[last]!.lower)) return undefined;
  const copula = tokens.findIndex((token) => token.lower === 'ist' || token.lower === 'sind');
  if (copula < 0) return undefined;
  // The measure is the subject, before the copula or, after an opening adverbial, right behind it.
  const subject = (from: number): boolean =>
    ACTION_NOUNS.has(tokens[DETERMINERS.has(tokens[from]?.lower ?? '') ? from + 1 : from]?.lower ?? '');
  return subject(0) || subject(copula + 1) ? copula : undefined;
}

const NECESSARY = new Set(['notwendig', 'erforderlich', 'unerlässlich', 'geboten', 'nötig', 'unabdingbar', 'dringend']);

/** "Bestandteil dieses Paktes sind …", "Eine Maßnahme ist die Erfassung …", "Ein weiterer Baustein ist …". */
const PARTS = new Set([
  'bestandteil',
  'bestandteile',
  'maßnahme',
  'maßnahmen',
  'baustein',
  'bausteine',
  'schlüsselprojekt',
  'schwerpunkt',
  'schwerpunkte',
  'kernstück',
  'element',
]);
/** "Dazu gehören …", "Dazu zählt auch …"; "Darunter fällt …" and "Hinzu kommt …" are found by their own words. */
const BELONGING = new Set(['gehören', 'gehört', 'zählen', 'zählt']);
/** "Zu diesem gehört": the verb stands within the first four words. */
const MAX_BELONGING = 3;
/** "Dazu gehören …", "Zu diesem gehört auch …": the words that point back to the measure before. */
const POINTING = new Set(['dazu', 'hierzu', 'diesem', 'dieser', 'diesen', 'ihm', 'ihr', 'ihnen']);
const isFuer = (token: Token): boolean => token.lower === 'für';
/** "Dies gilt …", "Gleiches gilt …", "Das Gleiche gilt …": the words before "gilt" point back to the measure before. */
const refersBack = (tokens: readonly Token[], applies: number): boolean => {
  const words = tokens
    .slice(0, applies)
    .map((token) => token.lower)
    .join(' ');
  return REFERRING_BACK.has(words);
};
const REFERRING_BACK = new Set(['dies', 'das', 'gleiches', 'ähnliches', 'entsprechendes', 'dasselbe', 'das gleiche', 'das selbe']);

/**
 * "So erhöhen wir …", "Damit schaffen wir …": the present tense after an anaphoric "so"/"damit" tells what the
 * measures just named achieve, not a new one. With a modal ("So wollen wir …") it is an intention again.
 */
export function statesConsequence(tokens: readonly Token[]): boolean {
  const [first, verb, subject] = tokens;
  if (!first || !verb || subject?.lower !== 'wir' || (first.lower !== 'so' && first.lower !== 'damit')) return false;
  return !MODALS.has(verb.lower) && !WERDEN.has(verb.lower);
}

const MODALS = new Set([...WOLLEN, ...SOLLEN, ...SOLLTE, ...MUESSEN, ...KOENNEN]);
