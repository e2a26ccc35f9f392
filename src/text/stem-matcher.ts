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
  const index: SuffixIndex = { bySuffix: new Map(), shortest: Infinity, longest: 0 };
  for (const entry of entries) {
    index.bySuffix.set(entry.suffix, [...(index.bySuffix.get(entry.suffix) ?? []), entry]);
    index.shortest = Math.min(index.shortest, entry.suffix.length);
    index.longest = Math.max(index.longest, entry.suffix.length);
  }
  const memo = new Map<string, boolean>();
  return (lower) => {
    let matched = memo.get(lower);
    if (matched === undefined) {
      matched = matchesAnySuffix(stem(lower), derivation(lower), index);
      memo.set(lower, matched);
    }
    return matched;
  };
}

interface SuffixIndex {
  bySuffix: Map<string, Entry[]>;
  shortest: number;
  longest: number;
}

/** Looks up the endings of the stem that are as long as some entry's: a few map look-ups per new word. */
function matchesAnySuffix(stemmed: string, derived: string, { bySuffix, shortest, longest }: SuffixIndex): boolean {
  for (let from = Math.max(0, stemmed.length - longest); from <= stemmed.length - shortest; from++) {
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
