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
