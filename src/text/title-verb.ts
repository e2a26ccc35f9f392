// The verb of a suggested title: the infinitive of the measure, with an idiom's noun before it ("auf den Weg
// bringen"), or the verb a verbless item's action noun stands for ("Einführung einer …" → "einführen").
import type { Action, Cue } from './cues.ts';
import type { Conjunct } from './enumerations.ts';
import type { Phrase } from './noun-phrase.ts';
import type { Token } from './tokens.ts';
import { ACTION_NOUN_VERBS, FUNCTION_WORDS } from './lexicon.ts';
import { lastWord } from './clauses.ts';
import { isInfinitive, participleInfinitives } from './verbs.ts';

/** Verbs too general to name a measure: the object phrase says it alone. */
const EMPTY_VERBS = new Set(['sein', 'bleiben', 'haben', 'werden', 'geben', 'machen', 'tun', 'gehen', 'kommen', 'lassen']);
const MODAL_VERBS = new Set(['können', 'müssen', 'sollen', 'wollen', 'dürfen', 'mögen', 'möchten']);

/** The infinitive of the conjunct's measure, with an idiom's noun before it: "auf den Weg bringen". */
export function titleVerb(
  tokens: readonly Token[],
  conjunct: Conjunct,
  phrase: Phrase,
  cues: readonly Cue[],
  actions: readonly Action[],
): { text: string; token?: number } | undefined {
  const nominal = cues.find((cue) => cue.id.startsWith('nominal:') && cue.token >= conjunct.start && cue.token < conjunct.end);
  if (nominal) {
    const verb = ACTION_NOUN_VERBS.get(tokens[nominal.token]!.lower);
    return verb ? { text: verb } : undefined;
  }
  const own = actions.filter((action) => action.token >= conjunct.start && action.token < conjunct.end && action.role !== 'negative');
  const governing = own.length > 0 ? own : conjunct.start > 0 ? actions.filter((action) => action.role !== 'negative') : [];
  // "Wir werden prüfen, ob eine Digitalsteuer eingeführt werden kann": past the empty auxiliary, "prüfen" names the
  // act; a verb inside the object phrase never does.
  const named = governing.filter(
    (candidate) => (!EMPTY_VERBS.has(candidate.lemma) || candidate.lemma === 'machen') && !MODAL_VERBS.has(candidate.lemma),
  );
  const clauseEnd = tokens.findIndex((token, i) => i >= phrase.end && CLAUSE_ENDS.has(token.text));
  const inClause = (token: number): boolean => token >= phrase.end && (clauseEnd < 0 || token < clauseEnd);
  const action =
    named.find((candidate) => inClause(candidate.token)) ??
    named.find((candidate) => candidate.token < phrase.start) ??
    governing.find((candidate) => candidate.token >= phrase.end) ??
    governing[0];
  if (action) {
    if (action.lemma === 'machen') return predicateOfMachen(tokens, action.token, phrase.end, conjunct.end);
    if (EMPTY_VERBS.has(action.lemma)) return undefined;
    return verbPhrase(tokens, action.token, action.lemma, phrase.end);
  }
  const passive = participleInfinitives(tokens, Math.max(phrase.end, conjunct.start), conjunct.end).at(-1);
  return passive && !EMPTY_VERBS.has(passive.lemma) ? verbPhrase(tokens, passive.token, passive.lemma, phrase.end) : undefined;
}

/** "auf den Weg bringen", "verstetigen und erhöhen": the verb with an idiom's noun or a coordinated infinitive. */
function verbPhrase(tokens: readonly Token[], verb: number, lemma: string, after: number): { text: string; token: number } {
  const idiom = idiomBefore(tokens, verb, after);
  if (idiom) return { text: `${idiom}${lemma}`, token: verb - idiom.split(' ').length + 1 };
  const first = tokens[verb - 2];
  if (tokens[verb - 1]?.lower === 'und' && verb - 2 >= after && first && isInfinitive(first) && !first.capitalised) {
    return { text: `${first.lower} und ${lemma}`, token: verb - 2 };
  }
  return { text: lemma, token: verb };
}

/**
 * "verfügbar machen", "einfacher und transparenter machen", "zur Ausnahme machen": "machen" names a measure only
 * with its predicate, which stands before the verb or, after "Wir machen das Programm …", closes the verb's clause.
 */
function predicateOfMachen(
  tokens: readonly Token[],
  verb: number,
  after: number,
  end: number,
): { text: string; token: number } | undefined {
  const range = verb < after ? predicateAfter(tokens, after, end) : predicateBefore(tokens, verb, after);
  if (!range || range.start < after) return undefined;
  // "Wir werden die Förderung ausbauen und sie einfacher machen": the predicate belongs to another clause.
  if (tokens.slice(after, range.start).some((token) => CLAUSE_BREAKS.has(token.lower))) return undefined;
  const words = tokens.slice(range.start, range.end).map((token) => token.text);
  return { text: `${words.join(' ')} machen`, token: range.start };
}

/** "… einfacher und transparenter machen", "… zur Ausnahme machen": the predicate right before "machen". */
function predicateBefore(tokens: readonly Token[], verb: number, after: number): Phrase | undefined {
  if (isPredicate(tokens[verb - 1])) {
    const start = tokens[verb - 2]?.lower === 'und' && isPredicate(tokens[verb - 3]) ? verb - 3 : verb - 1;
    return { start, end: verb };
  }
  for (let k = verb - 1; k >= Math.max(after, verb - MAX_PREDICATE_NOUN); k--)
    if (ZUM_ZUR.has(tokens[k]!.lower)) return { start: k, end: verb };
  return undefined;
}

/** "Wir machen das Programm … kompatibel, wo …": the last word of the clause, before any comma or bracket. */
function predicateAfter(tokens: readonly Token[], after: number, end: number): Phrase | undefined {
  const stop = tokens.findIndex((token, i) => i >= after && i < end && CLAUSE_ENDS.has(token.text));
  const last = lastWord(tokens, after, stop < 0 ? end : stop);
  return last > after && isPredicate(tokens[last]) ? { start: last, end: last + 1 } : undefined;
}

const isPredicate = (token: Token | undefined): boolean =>
  token !== undefined && token.word && !token.capitalised && !FUNCTION_WORDS.has(token.lower) && !isInfinitive(token);
const ZUM_ZUR = new Set(['zum', 'zur']);
/** How far "zum"/"zur" may stand before "machen": "zum Standort für LNG-Infrastruktur machen". */
const MAX_PREDICATE_NOUN = 5;
const CLAUSE_ENDS = new Set([',', ';', ':', '(', '–']);
const CLAUSE_BREAKS = new Set([',', ';', ':', 'und', 'sowie', 'oder']);

const IDIOMS = /^(?:auf den weg|zur anwendung|in kraft|auf den prüfstand|in angriff|zur verfügung|auf den weg)$/;

function idiomBefore(tokens: readonly Token[], verb: number, after: number): string {
  for (const length of [3, 2]) {
    const from = verb - length;
    if (from < after) continue;
    const words = tokens
      .slice(from, verb)
      .map((token) => token.lower)
      .join(' ');
    if (IDIOMS.test(words))
      return `${tokens
        .slice(from, verb)
        .map((token) => token.text)
        .join(' ')} `;
  }
  return '';
}
