// When the liberal split's conjuncts are not separate measures: examples, complements, a heading over its body.
import { lastWord } from './clauses.ts';
import type { Conjunct } from './enumerations.ts';
import type { Token } from './tokens.ts';
import { joinedZuInfinitive } from './verbs.ts';
import { agendaVerb, isVerbless, MAX_LEAD } from './verbless-items.ts';

/** Whether the conjuncts cannot be offered as separate measures, whatever each of them names. */
export function keepsTogether(tokens: readonly Token[], conjuncts: readonly Conjunct[]): boolean {
  for (let i = 0; i < conjuncts[1]!.start; i++) if (EXAMPLES.has(tokens[i]!.lower)) return true;
  return isHeadedItem(tokens) || conjuncts.some((conjunct, k) => isComplement(tokens, conjunct, k));
}

/** The enumeration follows "dass", "insbesondere", "wie", "etwa", "z. B.": the content of a clause, or examples. */
const EXAMPLES = new Set(['dass', 'insbesondere', 'wie', 'etwa', 'bezüglich', 'beispielsweise', 'z']);

/**
 * A part that completes another rather than adding a measure: the content of a supported initiative ("Wir
 * unterstützen die Initiative der EU, eine Equal-Pay-Richtlinie zu erarbeiten") or a second genitive ("die
 * Verzahnung der Landeswohnraumförderung und des Wohnraumprogramms").
 */
function isComplement(tokens: readonly Token[], conjunct: Conjunct, k: number): boolean {
  const last = lastWord(tokens, conjunct.start, conjunct.end);
  const zuInfinitive = last >= 0 && (joinedZuInfinitive(tokens[last]!.lower) !== undefined || tokens[last - 1]?.lower === 'zu');
  return zuInfinitive || (k > 0 && GENITIVE_OPENERS.has(tokens[conjunct.start]?.lower ?? ''));
}

const GENITIVE_OPENERS = new Set(['des', 'eines']);

/**
 * "Stiftungen stärken: Wir stärken die kleineren Stiftungen …", "Spürbare Entlastung durch Digitalisierung: Durch
 * den Masterplan …": a heading before a colon, verbless or an agenda item, names the measure its body states, so a
 * split would cut one measure in two. A lead with a verb ("Diese werden wir mit zwei Maßnahmen entkoppeln: …",
 * "Dazu gehören: …") introduces a list.
 */
function isHeadedItem(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > MAX_LEAD) return false;
  return isVerbless(tokens, 0, colon, true) || agendaVerb(tokens, { start: 0, end: colon }) !== undefined;
}
