// Matches German nouns, compounds included, against a list of head nouns by their Snowball stems.
import { stem } from './stem.ts';

/** The stemmer cuts more off a long compound ("verbrauchsstiftung" → "verbrauchsstift") than off the bare noun. */
const COMPOUND_PROBE = 'bundes';
const MIN_COMPOUND_STEM = 4;
/** Endings of derived nouns whose stem can collide with another noun's: "Gleichstellung" is no "Stelle". */
const DERIVED = /(ung|heit|keit)(?:en)?$/;
const derivation = (word: string): string => DERIVED.exec(word)?.[1] ?? '';

interface Entry {
  suffix: string;
  /** "ung", "heit", "keit" or "": a derived word matches only a head of the same derivation. */
  derivation: string;
  compoundOnly: boolean;
  /** A compound's shorter stem ("stift" of "…stiftung") also needs the derivation on the word itself. */
  strict: boolean;
}

/**
 * A memoised test whether a lower-case noun ends in one of the given head nouns ("jugendberufsagenturen" →
 * "agentur"). Heads listed in `compoundOnly` count only as the last part of a compound ("Klimaziele", not "Ziele").
 */
export function stemMatcher(heads: readonly string[], compoundOnly: readonly string[] = []): (lower: string) => boolean {
  const entries: Entry[] = [];
  for (const head of heads) {
    const suffix = stem(head);
    const only = compoundOnly.includes(head);
    entries.push({ suffix, derivation: derivation(head), compoundOnly: only, strict: false });
    const inCompound = stem(COMPOUND_PROBE + head).slice(COMPOUND_PROBE.length);
    if (inCompound !== suffix && inCompound.length >= MIN_COMPOUND_STEM) {
      entries.push({ suffix: inCompound, derivation: derivation(head), compoundOnly: true, strict: true });
    }
  }
  const bySuffix = new Map<string, Entry[]>();
  for (const entry of entries) bySuffix.set(entry.suffix, [...(bySuffix.get(entry.suffix) ?? []), entry]);
  const memo = new Map<string, boolean>();
  return (lower) => {
    let matched = memo.get(lower);
    if (matched === undefined) {
      matched = matchesAnySuffix(stem(lower), derivation(lower), bySuffix);
      memo.set(lower, matched);
    }
    return matched;
  };
}

/** Looks up every ending of the stem instead of testing every entry: a few map look-ups per new word. */
function matchesAnySuffix(stemmed: string, derived: string, bySuffix: ReadonlyMap<string, readonly Entry[]>): boolean {
  for (let from = 0; from < stemmed.length; from++) {
    const entries = bySuffix.get(stemmed.slice(from));
    if (!entries) continue;
    const matched = entries.some(
      (entry) =>
        (entry.strict ? derived === entry.derivation : derived === '' || derived === entry.derivation) &&
        (!entry.compoundOnly || from > 0),
    );
    if (matched) return true;
  }
  return false;
}
