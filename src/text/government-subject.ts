// Finds the government, the state or the coalition acting in the present tense: the third-person voice of
// state agreements ("Die Landesregierung legt … vor", "Deshalb vereinbart der Bund …", "Baden-Württemberg setzt
// sich … ein").
import type { Token } from './tokens.ts';
import { PREPOSITIONS } from './lexicon.ts';
import { isLowerWord } from './verbs.ts';

/** Not "Unser Land gibt …": the possessive speaks of the country, not of the government. */
const ARTICLES = new Set(['der', 'die', 'das']);
const GOVERNMENTS = new Set([
  'bund',
  'bundesregierung',
  'landesregierung',
  'staatsregierung',
  'regierung',
  'koalition',
  'koalitionspartner',
  'koalitionsfraktionen',
  'koalitionsparteien',
  'regierungsfraktionen',
  'senat',
  'land',
  'freistaat',
]);
/** States that act by their name, without an article: "Baden-Württemberg setzt sich … ein". */
const STATES = new Set([
  'deutschland',
  'baden-württemberg',
  'bayern',
  'berlin',
  'brandenburg',
  'bremen',
  'hamburg',
  'hessen',
  'mecklenburg-vorpommern',
  'niedersachsen',
  'nordrhein-westfalen',
  'rheinland-pfalz',
  'sachsen',
  'sachsen-anhalt',
  'schleswig-holstein',
  'thüringen',
]);
/** Verbs of a government that describe it rather than commit it: "Das Land ist …", "Die Landesregierung sieht …". */
const DESCRIBING = new Set([
  'ist',
  'hat',
  'sieht',
  'steht',
  'fühlt',
  'versteht',
  'braucht',
  'lebt',
  'bleibt',
  'gilt',
  'zeigt',
  'verfügt',
  'als',
  'und',
]);

/**
 * The index of the verb whose subject is the government, at the start of the sentence ("Der Bund übernimmt …",
 * "Baden-Württemberg setzt sich …") or right after it, behind one opening word or a leading clause ("Deshalb
 * vereinbart der Bund …", "Um …, setzt sich Baden-Württemberg für … ein", with the reflexive before the subject). `hasOwnCue` keeps out verbs that
 * carry a cue of their own (modals, "werden").
 */
export function governmentSubject(tokens: readonly Token[], hasOwnCue: (verb: number) => boolean): number | undefined {
  if (tokens.length === 0) return undefined;
  const acting = (verb: number): boolean => isLowerWord(tokens[verb]) && !DESCRIBING.has(tokens[verb]!.lower) && !hasOwnCue(verb);
  const opening = subjectLength(tokens, 0);
  if (opening > 0) return acting(opening) ? opening : undefined;
  // "Zur Gestaltung solcher Abkommen setzt die Bundesregierung …": the verb after a leading prepositional phrase.
  const phraseLed = PREPOSITIONS.has(tokens[0]!.lower);
  for (let verb = 1; verb < tokens.length - 1; verb++) {
    const afterPhrase = phraseLed && verb <= MAX_PHRASE && tokens[verb - 1]!.capitalised && /t$/.test(tokens[verb]!.lower);
    const afterOpening = verb === 1 || tokens[verb - 1]!.text === ',' || afterPhrase;
    const subject = tokens[verb + 1]!.lower === 'sich' ? verb + 2 : verb + 1;
    if (afterOpening && acting(verb) && subjectLength(tokens, subject) > 0) return verb;
    if (verb > 1 && tokens[verb - 1]!.text !== ',' && !isCommaLed(tokens, verb) && !(phraseLed && verb < MAX_PHRASE)) break;
  }
  return undefined;
}

/** "Die Landesregierung ist offen für …": the copula right after the government as the sentence's subject. */
export function governmentCopula(tokens: readonly Token[], copula: number): boolean {
  const length = subjectLength(tokens, 0);
  return length > 0 && length === copula;
}

/**
 * How many tokens the government as subject takes at `index`: "der Bund" 2, "Baden-Württemberg" 1, "Bund und
 * Länder" 3, "der Bund und die Länder" 5, "Bund, Länder und Kommunen" 5, otherwise 0.
 */
function subjectLength(tokens: readonly Token[], index: number): number {
  const single = singleSubjectLength(tokens, index);
  if (single === 0) return single;
  // "Bund, Länder und Kommunen …": partners joined by commas, the last by "und".
  let end = index + single;
  let length = single;
  while (tokens[end]?.text === ',' || tokens[end]?.lower === 'und') {
    const article = ARTICLES.has(tokens[end + 1]?.lower ?? '') ? 1 : 0;
    if (!PARTNERS.has(tokens[end + 1 + article]?.lower ?? '')) break;
    end += 2 + article;
    if (tokens[end - 2 - article]!.lower === 'und') length = end - index;
  }
  // A bare "Bund" is the government only with its partners: not "Gemeinsam gründen Bund und Wirtschaft …".
  const bare = tokens[index]!.lower === 'bund';
  return bare && length === single ? 0 : length;
}

function singleSubjectLength(tokens: readonly Token[], index: number): number {
  const first = tokens[index];
  if (!first) return 0;
  if (STATES.has(first.lower) && index + 1 < tokens.length) return 1;
  if (first.lower === 'bund' && first.capitalised && (tokens[index + 1]?.lower === 'und' || tokens[index + 1]?.text === ',')) return 1;
  const noun = tokens[index + 1];
  if (!ARTICLES.has(first.lower) || !noun || !GOVERNMENTS.has(noun.lower)) return 0;
  return STATES.has(tokens[index + 2]?.lower ?? '') ? 3 : 2; // "Das Land Baden-Württemberg beteiligt sich …"
}

/** Who may share the government's act: "Bund und Länder richten … ein". */
const PARTNERS = new Set(['länder', 'kommunen', 'gemeinden', 'bund']);

/** Still inside a leading clause ("Um … zu vermeiden, …"): the search for the inverted subject goes on to its comma. */
function isCommaLed(tokens: readonly Token[], index: number): boolean {
  return LEADING.has(tokens[0]!.lower) && tokens.slice(0, index).every((token) => token.text !== ',');
}

/** How far a leading prepositional phrase may reach before its verb. */
const MAX_PHRASE = 8;
const LEADING = new Set(['um', 'damit', 'wenn', 'sobald', 'soweit', 'sofern', 'nachdem', 'indem', 'weil', 'da']);

/** "fördert" → "fördern", "übernimmt" → "übernehmen": the infinitive of a third-person singular present. */
export function infinitiveOfThirdPerson(verb: string): string {
  for (const [ending, infinitive] of STRONG_PRESENT) if (verb.endsWith(ending)) return verb.slice(0, -ending.length) + infinitive;
  return verb.replace(/([er])([lr])t$/, '$1$2n').replace(/e?t$/, 'en');
}

const STRONG_PRESENT: [string, string][] = [
  ['nimmt', 'nehmen'],
  ['gibt', 'geben'],
  ['hält', 'halten'],
  ['tritt', 'treten'],
  ['trägt', 'tragen'],
  ['lässt', 'lassen'],
  ['spricht', 'sprechen'],
  ['wirft', 'werfen'],
  ['schlägt', 'schlagen'],
];
