// What a word's spelling alone tells, worked out once per distinct spelling: agreement text repeats a few thousand words.
import type { ObjectKind } from './objects.ts';

export interface Spelling {
  text: string;
  lower: string;
  /** Starts with a capital letter: in German, a noun or the first word of the sentence. */
  capitalised: boolean;
  /** Judgements of the analyses that need nothing but the spelling, each made on first use: undefined until then. */
  acronym: boolean | undefined;
  objectKind: ObjectKind | null | undefined;
}

const OTHER_UPPER = /^\p{Lu}/u;
const spellings = new Map<string, Spelling>();

/** The one record of a word as written; every token of that word shares it. */
export function spellingOf(text: string): Spelling {
  let spelling = spellings.get(text);
  if (spelling === undefined) {
    spelling = { text, lower: text.toLowerCase(), capitalised: isUpper(text), acronym: undefined, objectKind: undefined };
    spellings.set(text, spelling);
  }
  return spelling;
}

function isUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code < 0x100) return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  return OTHER_UPPER.test(text);
}
