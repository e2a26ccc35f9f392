// Suggests a short title for a candidate: the core noun phrase of its object, written out cleanly.
import type { Cue } from './cues.ts';
import type { Conjunct } from './enumerations.ts';
import { SUBORDINATORS } from './lexicon.ts';
import { anyPhrase, firstObjectPhrase, nounPhraseAt, withoutWeakAdjectives, type Phrase } from './noun-phrase.ts';
import type { Token } from './tokens.ts';

const NO_SPACE_BEFORE = new Set([')', '“', '”', ',', '.', ':', ';', '!', '?', '«', '/']);
const NO_SPACE_AFTER = new Set(['(', '„', '»', '/']);
const FALLBACK_WORDS = 6;
/** Cues that sit on the finite verb or modal of the clause, around which subject and object are found. */
const VERBAL = new RegExp(
  '^(?:present|separable|advocacy|rejection|stance|pruefen|leistung|need|bund|' +
    'wir-werden|wollen|soll|sollte|muss|future|passive|werden|ist-zu|darf-nicht|bleibt|voraussetzung|ziel)',
);
/** Cues after which the noun phrase in front of the verb is what the commitment is about. */
const FRONTED = /^(?:wir-werden|wollen|soll|sollte|muss|future|passive|werden|ist-zu|darf-nicht|bleibt)$/;
/** "setzen uns für X ein", "stehen zu X", "halten an X fest": the object sits in a prepositional phrase. */
const PREPOSITIONAL = /^(?:advocacy:(?:einsetzen|eintreten|einstehen)|stance:)/;
const OBJECT_PREPOSITIONS = new Set(['für', 'zu', 'zum', 'zur', 'an', 'am']);

/** The noun phrase a conjunct is about: the measure of a nominal item, else the object of its verb. */
export function objectOf(tokens: readonly Token[], conjunct: Conjunct, cues: readonly Cue[]): Phrase | undefined {
  const inside = cues.filter((cue) => cue.token >= conjunct.start && cue.token < conjunct.end);
  const nominal = inside.find((cue) => cue.id.startsWith('nominal:'));
  return (nominal ? nounPhraseAt(tokens, nominal.token, conjunct.end) : undefined) ?? objectPhrase(tokens, conjunct, inside);
}

/** The object phrase written out cleanly, or the conjunct's first words when it has none. */
export function suggestTitle(tokens: readonly Token[], conjunct: Conjunct, phrase: Phrase | undefined): string {
  return capitalise(render(tokens, phrase ? withoutWeakAdjectives(tokens, phrase) : fallback(tokens, conjunct)));
}

function objectPhrase(tokens: readonly Token[], conjunct: Conjunct, cues: readonly Cue[]): Phrase | undefined {
  const start = afterLeadingClause(tokens, conjunct);
  const { end } = conjunct;
  if (conjunct.verb !== undefined) return after(tokens, conjunct.verb, end, cues);
  const pivot = cues.filter((cue) => VERBAL.test(cue.id) && cue.token >= start).sort((a, b) => a.token - b.token)[0];
  const first = firstObjectPhrase(tokens, start, end) ?? anyPhrase(tokens, start, end);
  if (!pivot || (conjunct.closingVerb !== undefined && pivot.token === conjunct.closingVerb)) return first;
  const subjectFirst = tokens[start]?.lower === 'wir';
  const inverted = tokens[pivot.token + 1]?.lower === 'wir';
  if (!subjectFirst && (inverted || FRONTED.test(pivot.id)) && first && first.start < pivot.token) return first;
  return after(tokens, pivot.token, end, cues) ?? first;
}

/** The object after a verb; for "setzen uns für X ein" the X; else the first noun inside a prepositional phrase. */
function after(tokens: readonly Token[], verb: number, end: number, cues: readonly Cue[]): Phrase | undefined {
  if (cues.some((cue) => PREPOSITIONAL.test(cue.id))) {
    const preposition = tokens.findIndex((token, i) => i > verb && i < end && OBJECT_PREPOSITIONS.has(token.lower));
    const phrase = preposition > 0 ? nounPhraseAt(tokens, preposition + 1, end) : undefined;
    if (phrase) return phrase;
  }
  return firstObjectPhrase(tokens, verb + 1, end) ?? anyPhrase(tokens, verb + 1, end);
}

/** Past a leading subordinate clause ("Um … zu sichern, werden wir …"). */
function afterLeadingClause(tokens: readonly Token[], conjunct: Conjunct): number {
  const first = tokens[conjunct.start];
  if (first && (SUBORDINATORS.has(first.lower) || first.lower === 'um')) {
    const comma = tokens.findIndex((token, i) => i > conjunct.start && token.text === ',');
    if (comma > 0 && comma < conjunct.end - 1) return comma + 1;
  }
  return conjunct.start;
}

function fallback(tokens: readonly Token[], conjunct: Conjunct): Phrase {
  let end = conjunct.start;
  let words = 0;
  while (end < conjunct.end && words < FALLBACK_WORDS) if (tokens[end++]!.word) words++;
  return { start: conjunct.start, end };
}

function render(tokens: readonly Token[], phrase: Phrase): string {
  let text = '';
  for (let i = phrase.start; i < phrase.end; i++) {
    const token = tokens[i]!;
    const glued = i === phrase.start || NO_SPACE_BEFORE.has(token.text) || NO_SPACE_AFTER.has(tokens[i - 1]!.text);
    text += (glued ? '' : ' ') + token.text;
  }
  return balanceQuotes(text.replace(/[,;:–-]+$/, '').trim());
}

/** A title cut inside a quoted name gets its closing quote back. */
function balanceQuotes(text: string): string {
  const open = (text.match(/„/g) ?? []).length;
  const close = (text.match(/“/g) ?? []).length;
  return open > close ? `${text}“` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
