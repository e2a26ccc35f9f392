// Matches German nouns, compounds included, against lists of head nouns by their Snowball stems.
import { folded, possibleStemEnds, stem } from './stem.ts';

/** The stemmer cuts more off a long compound ("verbrauchsstiftung" → "verbrauchsstift") than off the bare noun. */
const COMPOUND_PROBE = 'bundes';
const MIN_COMPOUND_STEM = 4;
/** Endings of derived nouns whose stem can collide with another noun's: "Gleichstellung" is no "Stelle". */
const DERIVED = /(ung|heit|keit)(?:en)?$/;
const derivation = (word: string): string => DERIVED.exec(word)?.[1] ?? '';

export interface HeadList {
  heads: readonly string[];
  /** Heads that count only as the last part of a compound ("Klimaziele", not "Ziele"). */
  compoundOnly?: readonly string[];
}

interface Entry {
  /** Bit of the list the head belongs to. */
  list: number;
  /** "ung", "heit", "keit" or "": a derived word matches only a head of the same derivation. */
  derivation: string;
  compoundOnly: boolean;
  /** A compound's shorter stem ("stift" of "…stiftung") also needs the derivation on the word itself. */
  strict: boolean;
}

interface SuffixIndex {
  bySuffix: Map<string, Entry[]>;
  /** The distinct suffix lengths, longest first: a new word costs one map look-up per length. */
  lengths: number[];
}

/**
 * Memoised tests whether a lower-case noun ends in one of the heads of each list ("jugendberufsagenturen" →
 * "agentur"). All lists share one suffix index and one memo, so a new word is stemmed and looked up once.
 */
export function stemMatchers<Name extends string>(lists: Readonly<Record<Name, HeadList>>): Record<Name, (lower: string) => boolean> {
  const names = Object.keys(lists) as Name[];
  if (names.length > 30) throw new Error('stemMatchers: at most 30 lists');
  const index = suffixIndex(names.map((name) => lists[name]));
  const memo = new Map<string, number>();
  const listsOf = (lower: string): number => {
    let mask = memo.get(lower);
    if (mask === undefined) {
      mask = mayEndInSuffix(folded(lower), index) ? matchingLists(stem(lower), derivation(lower), index) : 0;
      memo.set(lower, mask);
    }
    return mask;
  };
  const matchers = {} as Record<Name, (lower: string) => boolean>;
  names.forEach((name, bit) => {
    matchers[name] = (lower) => (listsOf(lower) & (1 << bit)) !== 0;
  });
  return matchers;
}

function suffixIndex(lists: readonly HeadList[]): SuffixIndex {
  const bySuffix = new Map<string, Entry[]>();
  const note = (suffix: string, entry: Entry): void => {
    const entries = bySuffix.get(suffix);
    if (entries) entries.push(entry);
    else bySuffix.set(suffix, [entry]);
  };
  lists.forEach(({ heads, compoundOnly = [] }, list) => {
    for (const head of heads) {
      const suffix = stem(head);
      note(suffix, { list, derivation: derivation(head), compoundOnly: compoundOnly.includes(head), strict: false });
      const inCompound = stem(COMPOUND_PROBE + head).slice(COMPOUND_PROBE.length);
      if (inCompound !== suffix && inCompound.length >= MIN_COMPOUND_STEM) {
        note(inCompound, { list, derivation: derivation(head), compoundOnly: true, strict: true });
      }
    }
  });
  const lengths = [...new Set([...bySuffix.keys()].map((suffix) => suffix.length))].sort((a, b) => b - a);
  return { bySuffix, lengths };
}

/** Whether the stem of a folded word can end in one of the suffixes: most words cannot, and need no stem. */
function mayEndInSuffix(foldedWord: string, { bySuffix, lengths }: SuffixIndex): boolean {
  for (const end of possibleStemEnds(foldedWord)) {
    for (const length of lengths) if (length <= end && bySuffix.has(foldedWord.slice(end - length, end))) return true;
  }
  return false;
}

/** A bit mask of the lists with a head that the stem ends in. */
function matchingLists(stemmed: string, derived: string, { bySuffix, lengths }: SuffixIndex): number {
  let mask = 0;
  for (const length of lengths) {
    const from = stemmed.length - length;
    if (from < 0) continue;
    const entries = bySuffix.get(from === 0 ? stemmed : stemmed.slice(from));
    if (!entries) continue;
    for (const entry of entries) {
      const derivationFits = entry.strict ? derived === entry.derivation : derived === '' || derived === entry.derivation;
      if (derivationFits && (!entry.compoundOnly || from > 0)) mask |= 1 << entry.list;
    }
  }
  return mask;
}
