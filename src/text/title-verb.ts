// The verb of a suggested title: the infinitive of the measure, with an idiom's noun before it ("auf den Weg
// bringen"), or the verb a verbless item's action noun stands for ("Einführung einer …" → "einführen").
import type { Action, Cue } from './cues.ts';
import type { Conjunct } from './enumerations.ts';
import type { Phrase } from './noun-phrase.ts';
import type { Token } from './tokens.ts';
import { ACTION_NOUN_VERBS } from './lexicon.ts';
import { isInfinitive, participleInfinitives } from './verbs.ts';

/** Verbs too general to name a measure: the object phrase says it alone. */
const EMPTY_VERBS = new Set(['sein', 'bleiben', 'haben', 'werden', 'geben', 'machen', 'tun', 'gehen', 'kommen', 'lassen']);

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
  const action = governing.find((candidate) => candidate.token >= phrase.end) ?? governing[0];
  if (action) {
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
