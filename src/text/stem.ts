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
