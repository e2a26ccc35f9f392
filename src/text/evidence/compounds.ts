// German compounds split into known words, so "Registermodernisierung" meets "Modernisierung der Register".
import { folded, stem } from '../stem.ts';

/** Shortest part of a compound, unless listed in `shortParts` ("Bürgerrat", "Bundesamt"). */
const MIN_PART = 4;
/** Linking elements between parts, longest first: "Registermodernisierung·s·gesetz", "Kinder·n", "Pflege·n". */
const LINKS = ['es', 'en', 's', 'n', 'e'];
/** Words of this length or shorter are never split. */
const MIN_COMPOUND = 7;
/** Stems that are words of their own ("sich" of "Sicherheit") or too short to tell apart are keyed by spelling. */
const MIN_KEY = 4;
const STEM_COLLISIONS = new Set(['sich', 'sein', 'ein', 'wir', 'mit']);

/** The key of one word or compound part: its Snowball stem, or its folded spelling where the stem says too little. */
export function partKey(foldedWord: string): string {
  const stemmed = stem(foldedWord);
  return stemmed.length < MIN_KEY || STEM_COLLISIONS.has(stemmed) ? foldedWord : stemmed;
}

export interface CompoundSplitter {
  /** The keys of a folded lower-case word's parts in order; one key when it is no compound of known words. */
  parts(foldedWord: string): readonly string[];
}

/**
 * A splitter that knows the given words (folded, lower case) and the short ones listed. A compound is split into the
 * most known words that cover it exactly, with linking elements between them; its last part may be inflected
 * ("…gesetzes"), every other part is a known word as it stands.
 */
export function compoundSplitter(vocabulary: Iterable<string>, shortParts: Iterable<string> = []): CompoundSplitter {
  const words = new Set<string>();
  for (const word of vocabulary) if (word.length >= MIN_PART) words.add(folded(word));
  for (const word of shortParts) words.add(folded(word));
  const stems = new Set([...words].map((word) => stem(word)));
  const memo = new Map<string, readonly string[]>();

  const isLast = (piece: string): boolean => words.has(piece) || (piece.length >= MIN_PART && stems.has(stem(piece)));

  return {
    parts(foldedWord) {
      let parts = memo.get(foldedWord);
      if (parts === undefined) {
        const pieces = foldedWord.length > MIN_COMPOUND ? split(foldedWord, words, isLast) : undefined;
        parts = pieces && pieces.length > 1 ? pieces.map(partKey) : [partKey(foldedWord)];
        memo.set(foldedWord, parts);
      }
      return parts;
    },
  };
}

/** The segmentation of `word` into the most known pieces, or undefined when none covers it. */
function split(word: string, words: ReadonlySet<string>, isLast: (piece: string) => boolean): string[] | undefined {
  const best = new Map<number, string[] | null>();
  const from = (start: number): string[] | null => {
    const known = best.get(start);
    if (known !== undefined) return known;
    let choice: string[] | null = null;
    for (let end = word.length; end > start; end--) {
      const piece = word.slice(start, end);
      if (end === word.length) {
        if (isLast(piece)) choice = [piece];
        continue;
      }
      if (!words.has(piece)) continue;
      for (const link of ['', ...LINKS]) {
        if (link && !word.startsWith(link, end)) continue;
        const rest = from(end + link.length);
        if (rest && (choice === null || rest.length + 1 > choice.length)) choice = [piece, ...rest];
      }
    }
    best.set(start, choice);
    return choice;
  };
  return from(0) ?? undefined;
}
