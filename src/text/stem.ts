// German Snowball stems, memoised: agreement text repeats the same few thousand words.
import { stemmer as germanStemmer } from '@orama/stemmers/german';

const cache = new Map<string, string>();

/** Stem of a lower-case word: "einführen", "Einführung" and "führen … ein" all meet at "einfuhr". */
export function stem(lowerWord: string): string {
  let stemmed = cache.get(lowerWord);
  if (stemmed === undefined) {
    stemmed = germanStemmer(lowerWord);
    cache.set(lowerWord, stemmed);
  }
  return stemmed;
}

/**
 * The word as the stemmer folds it (ß as ss, umlauts as plain vowels) before it cuts off an ending: every stem
 * is a prefix of this, so a word whose folded form lacks a stem cannot have it, and needs no stemming to tell.
 */
export function folded(lowerWord: string): string {
  return lowerWord.replace(/ß/g, 'ss').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}

// What German Snowball can cut off a folded word, in text order: step 3 (a derivational ending, with the "ig",
// "lich", "er" or "en" before it), step 2, step 1; "niss" before "e", "en", "es" loses its last "s" too.
const STEP_3 = [
  '',
  'end',
  'ung',
  'igend',
  'igung',
  'ig',
  'ik',
  'isch',
  'lich',
  'heit',
  'erlich',
  'enlich',
  'erheit',
  'enheit',
  'keit',
  'lichkeit',
  'igkeit',
];
const STEP_2 = ['', 'en', 'er', 'est', 'st'];
const STEP_1 = ['', 'em', 'ern', 'er', 'e', 'en', 'es', 's', 'se', 'sen', 'ses'];
const ENDINGS = new Set(STEP_3.flatMap((third) => STEP_2.flatMap((second) => STEP_1.map((first) => third + second + first))));
const LONGEST_ENDING = Math.max(...[...ENDINGS].map((ending) => ending.length));

/**
 * Where in a folded word its stem can end, longest stem first: the stem is the word less one of the endings
 * the stemmer removes. Telling whether a stem can end in a given string this way costs a few look-ups, where
 * stemming costs a run of the whole algorithm.
 */
export function possibleStemEnds(foldedWord: string): number[] {
  const ends: number[] = [];
  const shortest = Math.max(0, foldedWord.length - LONGEST_ENDING);
  for (let end = foldedWord.length; end >= shortest; end--) if (ENDINGS.has(foldedWord.slice(end))) ends.push(end);
  return ends;
}
