// Suggests a short title for a candidate: a verb phrase of the sentence's own words, its object and the measure's verb.
import type { Action, Cue } from './cues.ts';
import type { Conjunct } from './enumerations.ts';
import { DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, SUBORDINATORS, withoutGenderEnding } from './lexicon.ts';
import { anyPhrase, firstObjectPhrase, nounPhraseAt, withoutWeakAdjectives, type Phrase } from './noun-phrase.ts';
import type { Token } from './tokens.ts';
import { titleVerb } from './title-verb.ts';

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

/**
 * "Digitalbudget einführen": the object phrase without its article, then the infinitive of the measure's verb
 * ("für" first for "setzen uns für X ein", the idiom's noun for "auf den Weg bringen"). Without a verb the
 * phrase alone, and without a phrase the conjunct's first words.
 */
export function suggestTitle(
  tokens: readonly Token[],
  conjunct: Conjunct,
  object: Phrase | undefined,
  cues: readonly Cue[],
  actions: readonly Action[],
): string {
  let phrase = object;
  const nominal = cues.find((cue) => cue.id.startsWith('nominal:') && cue.token >= conjunct.start && cue.token < conjunct.end);
  if (nominal) phrase = complementOf(tokens, nominal.token, conjunct.end) ?? phrase;
  if (!phrase) return capitalise(render(tokens, fallback(tokens, conjunct)));
  const verb = titleVerb(tokens, conjunct, phrase, cues, actions);
  if (!verb) return capitalise(render(tokens, withoutWeakAdjectives(tokens, phrase)));
  const before = DETERMINERS.has(tokens[phrase.start - 1]?.lower ?? '') ? phrase.start - 2 : phrase.start - 1;
  const preposition = tokens[before];
  const lead =
    cues.some((cue) => PREPOSITIONAL.test(cue.id)) && preposition && OBJECT_PREPOSITIONS.has(preposition.lower)
      ? `${preposition.lower} `
      : '';
  const negatedPhrase = NEGATIONS.has(tokens[phrase.start]!.lower);
  const negated = !negatedPhrase && negatesVerb(tokens, conjunct, verb.token) ? 'nicht ' : '';
  const core = trimmed(tokens, phrase, verb.token);
  const tail = verb.token === undefined ? undefined : prepositionalTail(tokens, core.end, verb.token);
  const written = tail ? `${render(tokens, core)} ${tail}` : render(tokens, core);
  return capitalise(`${lead}${written} ${negated}${verb.text}`);
}

const NEGATIONS = new Set(['nicht', 'keine', 'kein', 'keinen']);
const CLAUSE_PUNCTUATION = new Set([',', ';', ':']);

/** A negation in the verb's own clause: not "Wir führen … ein: …, wenn Digitalisierung nicht möglich ist." */
function negatesVerb(tokens: readonly Token[], conjunct: Conjunct, verb: number | undefined): boolean {
  return tokens.slice(conjunct.start, conjunct.end).some((token, offset) => {
    if (!NEGATIONS.has(token.lower)) return false;
    if (verb === undefined) return true;
    const at = conjunct.start + offset;
    return !tokens.slice(Math.min(at, verb), Math.max(at, verb)).some((between) => CLAUSE_PUNCTUATION.has(between.text));
  });
}
const DEFINITE = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);
/** Leading adjectives that date or praise rather than name: "das jetzige EWärmeG", "die erfolgreichen Innovationsgutscheine". */
const DROPPED_ADJECTIVES =
  /^(?:jetzig|künftig|zukünftig|bestehend|bisherig|umfassend|besser|erfolgreich|konsequent|deutlich|zügig|weiter|bewährt|entsprechend|stärker)/;
const MAX_TITLE_WORDS = 9;

/**
 * The phrase as a title's object: without praising adjectives, without weak adjectives once a definite article
 * is gone ("die erfolgreichen Innovationsgutscheine"), and continued up to the verb when only its attachments
 * stand between ("Marshallplan mit Afrika umsetzen").
 */
function trimmed(tokens: readonly Token[], phrase: Phrase, verb: number | undefined): Phrase {
  let { start, end } = phrase;
  while (start < end - 1 && DROPPED_ADJECTIVES.test(tokens[start]!.lower) && !tokens[start]!.capitalised) start++;
  if (DEFINITE.has(tokens[phrase.start - 1]?.lower ?? '')) start = withoutWeakAdjectives(tokens, { start, end }).start;
  // "der Bürgerinnen und Bürger": the paired form is one noun.
  const paired = tokens[end + 1];
  if (tokens[end]?.lower === 'und' && paired && tokens[end - 1]!.lower.endsWith('innen') && tokens[end - 1]!.lower.startsWith(paired.lower))
    end += 2;
  if (verb !== undefined && verb > end) {
    let words = 0;
    for (let i = start; i < verb; i++) if (tokens[i]!.word) words++;
    if (words <= MAX_TITLE_WORDS && tokens.slice(end, verb).every(attaches)) end = verb;
  }
  return { start, end };
}

const MAX_TAIL_WORDS = 5;

/**
 * The prepositional phrase right before the verb, when words the title leaves out stand between it and the object:
 * "Tarifabschlüsse wollen wir grundsätzlich gleich *auf die Bundesbeamtenbesoldung* übertragen". A parenthesis
 * in it is left out: "am Personalbedarfberechnungssystem (PEBB§Y) orientieren".
 */
function prepositionalTail(tokens: readonly Token[], after: number, verb: number): string | undefined {
  const kept: Phrase[] = [];
  let end = verb;
  let i = verb - 1;
  let words = 0;
  let preposition: number | undefined;
  while (i >= after && words <= MAX_TAIL_WORDS) {
    const token = tokens[i]!;
    if (token.text === ')') {
      let open = i - 1;
      while (open >= after && tokens[open]!.text !== '(') open--;
      if (open < after) break;
      if (end > i + 1) kept.unshift({ start: i + 1, end });
      end = open;
      i = open - 1;
      continue;
    }
    if (!attaches(token)) break;
    if (token.word) words++;
    if (PREPOSITIONS.has(token.lower)) preposition = i;
    i--;
  }
  if (preposition === undefined || words > MAX_TAIL_WORDS) return undefined;
  // A noun between object and phrase is what the phrase belongs to: "ZIF als Kompetenzzentrum für Friedenseinsätze".
  let depth = 0;
  for (let k = after; k < preposition; k++) {
    const token = tokens[k]!;
    if (token.text === '(') depth++;
    else if (token.text === ')') depth--;
    else if (depth === 0 && token.capitalised && !FUNCTION_WORDS.has(token.lower)) return undefined;
  }
  if (end > preposition) kept.unshift({ start: preposition, end });
  const parts = kept.filter((part) => part.start >= preposition!);
  return parts.length > 0 ? parts.map((part) => render(tokens, part)).join(' ') : undefined;
}

/** Words that may continue an object up to its verb: nouns, adjectives, articles, prepositions, numbers. */
const attaches = (token: Token): boolean =>
  token.word &&
  !AUXILIARY.has(token.lower) &&
  (token.capitalised ||
    /^\d/.test(token.text) ||
    DETERMINERS.has(token.lower) ||
    PREPOSITIONS.has(token.lower) ||
    token.lower === 'und' ||
    /(?:e|en|er|es|em)$/.test(token.lower));
const AUXILIARY = new Set([
  'wir',
  'uns',
  'werden',
  'wollen',
  'sollen',
  'wird',
  'soll',
  'will',
  'müssen',
  'muss',
  'weiter',
  'besser',
  'sowie',
]);

/** The object of a verbless item's action noun: "Erhöhung der Steuerbelastung" → "Steuerbelastung". */
function complementOf(tokens: readonly Token[], noun: number, end: number): Phrase | undefined {
  const next = tokens[noun + 1];
  if (!next) return undefined;
  const from = GENITIVE_OPENERS.has(withoutGenderEnding(next.lower)) ? noun + 2 : noun + 1;
  return nounPhraseAt(tokens, from, end);
}
const GENITIVE_OPENERS = new Set(['der', 'des', 'eines', 'einer', 'von']);

function objectPhrase(tokens: readonly Token[], conjunct: Conjunct, cues: readonly Cue[]): Phrase | undefined {
  const start = afterLeadingClause(tokens, conjunct);
  const { end } = conjunct;
  if (conjunct.verb !== undefined) return after(tokens, conjunct.verb, end, cues);
  const pivot = cues.filter((cue) => VERBAL.test(cue.id) && cue.token >= start).sort((a, b) => a.token - b.token)[0];
  const fronted = firstObjectPhrase(tokens, start, end);
  const first = fronted ?? anyPhrase(tokens, start, end);
  if (!pivot || (conjunct.closingVerb !== undefined && pivot.token === conjunct.closingVerb)) return first;
  const subjectFirst = tokens[start]?.lower === 'wir';
  const inverted = tokens[pivot.token + 1]?.lower === 'wir';
  // "Auf europäischer Ebene setzen wir uns für … ein": a phrase in front of the verb is its object only outside a
  // prepositional phrase.
  if (!subjectFirst && (inverted || FRONTED.test(pivot.id)) && fronted && fronted.start < pivot.token) return fronted;
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
