// Verbless items that name a measure, as summaries and state agreements list them: "Einführung eines
// Digitalbudgets", "Eine Sanierungsoffensive für landeseigene Gebäude.", "Marshallplan mit Afrika umsetzen, …".
import { lastWord, type Clause } from './clauses.ts';
import { ACTION_NOUNS, CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, STATIVE_VERBS, withoutGenderEnding } from './lexicon.ts';
import { LEGAL_MODIFIERS, MONEY_MODIFIERS, QUANTITIES } from './object-lexicon.ts';
import { ADJECTIVE_ENDING, nounPhraseAt, QUOTES_CLOSE, QUOTES_OPEN } from './noun-phrase.ts';
import { isName } from './names.ts';
import { nounKind } from './objects.ts';
import type { Token } from './tokens.ts';
import { isInfinitive } from './verbs.ts';

/**
 * A verbless item headed by an action noun ("Einführung einer Kindergrundsicherung", "Keine Erhöhung der
 * Steuerbelastung.") names a measure. With a full stop it must have no word that could be its verb.
 */
export function nominalHead(text: string, tokens: readonly Token[]): number | undefined {
  const colon = tokens.findIndex((token) => token.text === ':');
  const start = colon >= 0 && colon <= MAX_LEAD ? colon + 1 : 0;
  if (isAmountItem(text, tokens, start)) return start + 1;
  let head = tokens[start] && DETERMINERS.has(tokens[start].lower) ? start + 1 : start;
  // Attributive adjectives before the noun: "Deutliche Verbesserung", "Neues gesamtdeutsches Fördersystem".
  // A capitalised one only opens the item ("Neues …"); after an article a capitalised word is the noun.
  const isAdjective = (token: Token | undefined): boolean =>
    token !== undefined && token.word && ADJECTIVE_ENDING.test(token.lower) && !FUNCTION_WORDS.has(token.lower);
  let adjectives = head;
  while (isAdjective(tokens[adjectives]) && (!tokens[adjectives]!.capitalised || (adjectives === start && head === start))) adjectives++;
  if (adjectives > head && tokens[adjectives]?.capitalised) head = adjectives;
  const noun = tokens[head];
  if (!noun) return undefined;
  if (!ACTION_NOUNS.has(noun.lower)) return /[^.]\.$/.test(text) && isMeasureItem(tokens, start, head) ? head : undefined;
  if (/[.!?]["“”)]*$/.test(text) && !isVerblessAround(tokens, start, relativeClause(tokens, head))) return undefined;
  return head;
}

/** Verbless outside the relative clause: before it, and after the comma that closes it, if one does. */
function isVerblessAround(tokens: readonly Token[], start: number, relative: Span): boolean {
  return isVerbless(tokens, start, relative.start) && isVerbless(tokens, relative.end, tokens.length);
}

interface Span {
  start: number;
  end: number;
}

/**
 * The first relative clause after the item's head, up to the comma that closes it or the end: "Ausbau „Cash for
 * Work“-Programm, das in Heimatländern gute Einkommen ermöglicht." — the clause's verb belongs to it, not to the
 * item; after a closing comma the item must be verbless again ("Die Einführung …, die viele fordern, lehnen wir
 * ab." is no item).
 */
function relativeClause(tokens: readonly Token[], head: number): Span {
  for (let i = head + 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== ',' || !RELATIVE_PRONOUNS.has(tokens[i + 1]!.lower)) continue;
    let end = i + 2;
    while (end < tokens.length && tokens[end]!.text !== ',') end++;
    return { start: i, end };
  }
  return { start: tokens.length, end: tokens.length };
}

const RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches']);

/** "4 Milliarden Euro zusätzlich für einen sozialen Arbeitsmarkt.": a verbless item that opens with an amount. */
function isAmountItem(text: string, tokens: readonly Token[], start: number): boolean {
  const [amount, unit] = [tokens[start], tokens[start + 1]];
  if (!amount || !unit || !/^\d/.test(amount.text) || !NUMBER_WORDS.has(unit.lower)) return false;
  return /[^.]\.$/.test(text) && isVerbless(tokens, start, tokens.length, true);
}

/**
 * A verbless item headed by the name of a measure: "Eine Sanierungsoffensive für landeseigene Gebäude.", "Fonds
 * für Games-Förderung.", or by a noun that a legal or financial modifier makes one ("Rechtlicher Rahmen für …"),
 * refused ("Kein Rückgriff auf …") or quantified ("Haltelinie beim Beitragssatz von 20 Prozent."). Not a sentence's
 * subject ("Die Sicherheitsbehörden … verdienen …"), nor a bare name
 * ("Auswärtiges Amt", "Ministerium für Finanzen") as lists of responsibilities have them without a full stop.
 */
function isMeasureItem(tokens: readonly Token[], start: number, head: number): boolean {
  const modifier = head > start ? tokens[head - 1]!.lower : '';
  const measureModifier = [...LEGAL_MODIFIERS, ...MONEY_MODIFIERS].some((beginning) => modifier.startsWith(beginning));
  const opening = tokens[start]!.lower;
  const named = MEASURE_KINDS.has(nounKind(tokens[head]!.lower) ?? '') || measureModifier || actOnNamed(tokens, head);
  // "Kein Rückgriff auf Einkommen bis …", "Haltelinie beim Beitragssatz von 20 Prozent.": a refusal or a number.
  if (!named && !NEGATING.has(opening) && !hasAmount(tokens, head)) return false;
  if (DETERMINERS.has(opening) && !INDEFINITE.has(opening)) return false;
  const words = tokens.filter((token) => token.word).length;
  return words - (head - start) >= 3 && isVerbless(tokens, start, tokens.length, true);
}

/**
 * "Bessere Anerkennung von Erziehungszeiten durch Mütterrente II.", "Erstattung von … Gebühren („Meisterbonus“).":
 * an act, named by a noun in -ung, by a name, or on a law, programme, institution or plan its own phrase names.
 */
function actOnNamed(tokens: readonly Token[], head: number): boolean {
  if (!/ung(?:en)?$/.test(tokens[head]!.lower)) return false;
  const phrase = nounPhraseAt(tokens, head);
  for (let i = head + 1; i < tokens.length; i++) {
    if (isName(tokens, i)) return true;
    const ownPhrase = phrase !== undefined && i < phrase.end;
    if (ownPhrase && tokens[i]!.capitalised && MEASURE_KINDS.has(nounKind(tokens[i]!.lower) ?? '')) return true;
  }
  return false;
}

/**
 * A lead before a colon, after which the item stands on its own: "Unter diesen Voraussetzungen: Steigerung des
 * Anteils …", "Wir bekennen uns zur Medien- und Pressefreiheit: Stärkung von Berufsgeheimnis …".
 */
export const MAX_LEAD = 12;
/** Nouns that name a measure as a verbless item ("Eine Sanierungsoffensive für landeseigene Gebäude."). */
const MEASURE_KINDS = new Set(['programme', 'institution', 'legal', 'plan']);
const INDEFINITE = new Set(['ein', 'eine', 'einen', 'kein', 'keine', 'keinen']);
const NEGATING = new Set(['kein', 'keine', 'keinen']);

/** A number with its unit after the head: "von 20 Prozent", "bis 100 501 Euro". */
function hasAmount(tokens: readonly Token[], head: number): boolean {
  return tokens.some((token, i) => i > head && /^\d/.test(token.text) && NUMBER_WORDS.has(tokens[i + 1]?.lower ?? ''));
}

const NUMBER_WORDS = new Set(QUANTITIES);
/** Plural verbs that close a clause with a plural subject ("Zusammenleben und Zusammenhalt erfordern, …"). */
const NOT_AGENDA = new Set(['erfordern', 'bedeuten', 'bedürfen', 'benötigen', 'bilden', 'gehören', 'ergeben', 'tragen']);

/**
 * No lower-case word in [start, end) could be a finite verb: all are function words or attributive adjectives.
 * `strict`: an adjective must stand before a noun or another adjective, not before a function word ("stellen die").
 */
export function isVerbless(tokens: readonly Token[], start: number, end: number, strict = false): boolean {
  const quoted = quotedNames(tokens, start, end); // a quoted name has no verb of the item: „Cash for Work“
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (
      quoted.has(i) ||
      !token.word ||
      token.capitalised ||
      /^[\d§]/.test(token.text) ||
      FUNCTION_WORDS.has(withoutGenderEnding(token.lower))
    )
      continue;
    if (token.text.length === 1 || NUMBER_WORDS.has(token.lower)) continue; // "u. a.", "in fünf Jahren"
    if (token.text.endsWith('-')) continue; // a word broken at a line end: "wettbewerbsfä- higem"
    const next = tokens[i + 1];
    if (isAdjectivalAdverb(token, next)) continue; // "von qualitativ guten Programmen"
    if (!ADJECTIVE_ENDING.test(token.lower) || !next?.word) return false;
    if (isCoordinatedAdjective(tokens, i + 1)) continue;
    if (!(next.capitalised || ADJECTIVE_ENDING.test(next.lower)) || (strict && FUNCTION_WORDS.has(next.lower))) return false;
  }
  return true;
}

/** The tokens inside short quotes: up to eight tokens between an opening and a closing quote. */
function quotedNames(tokens: readonly Token[], start: number, end: number): Set<number> {
  const inside = new Set<number>();
  for (let i = start; i < end; i++) {
    if (!QUOTES_OPEN.has(tokens[i]!.text)) continue;
    let close = i + 1;
    while (close < end && close - i <= MAX_QUOTED && !QUOTES_CLOSE.has(tokens[close]!.text)) close++;
    if (close >= end || close - i > MAX_QUOTED) continue;
    for (let k = i + 1; k < close; k++) inside.add(k);
    i = close;
  }
  return inside;
}

const MAX_QUOTED = 8;

/** An adverb made from an adjective ("qualitativ", "nachhaltig", "bundesweit") before an inflected adjective. */
function isAdjectivalAdverb(token: Token, next: Token | undefined): boolean {
  return ADVERB_ENDING.test(token.lower) && next !== undefined && next.word && !next.capitalised && ADJECTIVE_ENDING.test(next.lower);
}

const ADVERB_ENDING = /(?:iv|isch|lich|ell|al|ig|bar|sam|weit)$/;

/** "schnelle und verlässliche Information": "und" or "oder" between two attributive adjectives. */
function isCoordinatedAdjective(tokens: readonly Token[], conjunction: number): boolean {
  const after = tokens[conjunction + 1];
  return (
    COORDINATING.has(tokens[conjunction]!.lower) &&
    after !== undefined &&
    after.word &&
    !after.capitalised &&
    ADJECTIVE_ENDING.test(after.lower)
  );
}

const COORDINATING = new Set(['und', 'oder']);

/**
 * An item opens with a capitalised word or a preposition; a list item that continues a lead ("Wir wollen: – den
 * Übergang … unterstützen", "– zusätzliche Anreize … setzen.") also with an object's article or an adjective in
 * lower case.
 */
function opensItem(first: Token): boolean {
  if (PREPOSITIONS.has(first.lower)) return true;
  if (first.capitalised) return !FUNCTION_WORDS.has(first.lower);
  return ACCUSATIVE.has(first.lower) || (ADJECTIVE_ENDING.test(first.lower) && !FUNCTION_WORDS.has(first.lower));
}

/** Articles that mark an object, not a subject: "den Übergang … unterstützen", not "die Kosten steigen". */
const ACCUSATIVE = new Set(['den', 'einen']);

/**
 * "Marshallplan mit Afrika umsetzen, um …": an agenda item, a verbless main clause closed by the infinitive of
 * the measure, as summaries and state agreements list them. Returns the infinitive's index. An item of a list led
 * by "… wollen wir:" (`ledByList`) is one whatever it opens with ("die Kraft-Wärme-Kopplung … modernisieren").
 */
export function agendaVerb(tokens: readonly Token[], { start, end }: Clause, ledByList = false): number | undefined {
  let last = lastWord(tokens, start, end);
  // "- den rechtlichen Rahmen … verbessern sowie": an item of a list may end with the word that joins the next.
  if (ledByList && CONJUNCTIONS.has(tokens[last]?.lower ?? '')) last = lastWord(tokens, start, last);
  const first = tokens[start];
  if (last < start + 1 || !first || !(ledByList || opensItem(first))) return undefined;
  const verb = tokens[last]!.lower;
  if (!isInfinitive(tokens[last]) || STATIVE_VERBS.has(verb) || NOT_AGENDA.has(verb) || !isVerbless(tokens, start, last)) return undefined;
  return last;
}
