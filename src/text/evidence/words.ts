// A text as the matcher reads it: its words, joined at hyphens into groups, each with compound parts and keys.
import { FUNCTION_WORDS } from '../lexicon.ts';
import { termsOf, type Term } from '../search-terms.ts';
import { acronymKey, acronymParts, isAcronym } from './abbreviations.ts';
import { partKey, type CompoundSplitter } from './compounds.ts';
import { FILLER_WORDS } from './vocabulary.ts';

/** One word, or words joined by hyphens: "Gigabit-Grundbuchs", "OZG-Änderungsgesetz", "Onlinezugangsgesetzes". */
export interface Group {
  text: string;
  start: number;
  end: number;
  /** Index among the groups of its text: how near two groups stand. */
  position: number;
  /** Keys of the compound parts in order: "Registermodernisierungsgesetz" → regist, modernisier, gesetz. */
  parts: readonly string[];
  /** Keys of the whole group: its stem, an abbreviation's "#ozg", and the other name of a known law. */
  keys: readonly string[];
  acronym: boolean;
  /** Capitalised: in German a noun, a name or a sentence's first word. */
  noun: boolean;
  /** Digits only: "520", "2027", "400.000". */
  number: boolean;
  /** Letters with digits: "219a", "5G", "H2". */
  code: boolean;
  /** Function words, auxiliaries, numbers: never evidence. */
  filler: boolean;
}

/** The other names a key is known by: "#ozg" ↔ the key of "Onlinezugangsgesetz". */
export type Aliases = ReadonlyMap<string, readonly string[]>;

export interface Reader {
  splitter: CompoundSplitter;
  aliases: Aliases;
}

/** A hyphen joins words into one group: "OZG-Änderungsgesetz". */
const JOINS = new Set(['-', '‑']);
/** So does one before a space and a capital, where the agreement broke a line ("EU- Verbandsklagerichtlinie"); not "Klima- und". */
const BROKEN_LINE = /^[-‑] $/;
const DIGITS = /^\d+$/;
const THOUSANDS = /^\d{3}$/;
const ROMAN = /^[IVX]+$/;
const CODE = /^(?=.*\d)(?=.*\p{L})[\p{L}\d]+$/u;
const CAPITAL = /^\p{Lu}/u;
const NO_ALIASES: readonly string[] = [];

/** The groups of a text in order, with offsets into it. */
export function readGroups(text: string, reader: Reader): Group[] {
  const groups: Group[] = [];
  let run: Term[] = [];
  const flush = (): void => {
    if (run.length > 0) groups.push(groupOf(text, run, groups.length, reader));
    run = [];
  };
  for (const term of termsOf(text)) {
    const previous = run.at(-1);
    const between = previous ? text.slice(previous.end, term.start) : '';
    const thousands = between === '.' && DIGITS.test(previous?.word ?? '') && THOUSANDS.test(term.word);
    const broken = BROKEN_LINE.test(between) && CAPITAL.test(text.slice(term.start, term.end));
    if (previous && !JOINS.has(between) && !thousands && !broken) flush();
    run.push(term);
  }
  flush();
  return groups;
}

type Shape = Omit<Group, 'text' | 'start' | 'end' | 'position'>;

/** A group's shape by its spelling, per reader: documents repeat the same words thousands of times. */
const shapes = new WeakMap<Reader, Map<string, Shape>>();
/** Documents bring words of their own; the memo starts afresh rather than growing without end. */
const MAX_SHAPES = 100_000;

function groupOf(text: string, terms: readonly Term[], position: number, reader: Reader): Group {
  const first = terms[0]!;
  const last = terms.at(-1)!;
  const written = text.slice(first.start, last.end);
  let known = shapes.get(reader);
  if (!known) shapes.set(reader, (known = new Map()));
  let shape = known.get(written);
  if (shape === undefined) {
    if (known.size >= MAX_SHAPES) known.clear();
    shape = shapeOf(
      terms.map((term) => text.slice(term.start, term.end)),
      terms,
      reader,
    );
    known.set(written, shape);
  }
  return { text: written, start: first.start, end: last.end, position, ...shape };
}

function shapeOf(written: readonly string[], terms: readonly Term[], { splitter, aliases }: Reader): Shape {
  const first = terms[0]!;
  const parts = terms.flatMap((term, index) => (isAcronym(written[index]!) ? acronymParts(written[index]!) : splitter.parts(term.word)));
  const acronym = terms.length === 1 && isAcronym(written[0]!);
  const key = acronym ? acronymKey(written[0]!) : partKey(terms.map((term) => term.word).join(''));
  const keys = [key, ...(aliases.get(key) ?? NO_ALIASES)];
  const single = terms.length === 1 && !acronym;
  const number = terms.every((term) => DIGITS.test(term.word));
  const filler =
    (number && terms.length === 1 && first.word.length < 2) ||
    (single && !number && (FILLER_WORDS.has(first.word) || FUNCTION_WORDS.has(written[0]!.toLowerCase()) || first.word.length < 3)) ||
    (terms.length === 1 && ROMAN.test(written[0]!));
  return {
    parts,
    keys,
    acronym,
    noun: !filler && CAPITAL.test(written[0]!),
    number: number && !filler,
    code: !filler && terms.length === 1 && CODE.test(first.word),
    filler,
  };
}
