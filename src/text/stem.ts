// German Snowball stems, memoised: agreement text repeats the same few thousand words.
import { newStemmer } from 'snowball-stemmers';

const german = newStemmer('german');
const cache = new Map<string, string>();

/** Stem of a lower-case word: "einführen", "Einführung" and "führen … ein" all meet at "einfuhr". */
export function stem(lowerWord: string): string {
  let stemmed = cache.get(lowerWord);
  if (stemmed === undefined) {
    stemmed = german.stem(lowerWord);
    cache.set(lowerWord, stemmed);
  }
  return stemmed;
}
