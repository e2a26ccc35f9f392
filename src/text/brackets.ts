// Matches parentheses and quotation marks in a stretch of text, so a dot inside „…“ or (…) does not end the sentence.

export interface BracketPairs {
  /** How many matched pairs enclose the gap just before `index`. */
  depthAt(index: number): number;
  /** Offset of the bracket closing the one opened at `open`, if it is closed. */
  closerOf(open: number): number | undefined;
}

// Opening bracket → the characters that close it, as UTF-16 codes: ( ) [ ] „ “ ” » « ‚ ‘ ’.
const CLOSER_FOR = new Map<number, readonly number[]>([
  [0x28, [0x29]],
  [0x5b, [0x5d]],
  [0x201e, [0x201c, 0x201d]],
  [0xbb, [0xab]],
  [0x201a, [0x2018, 0x2019]],
]);
const IS_CLOSER = new Set([...CLOSER_FOR.values()].flat());
const BRACKET = /[()[\]„“”»«‚‘’]/g;

/** A pair longer than this is taken for a stray bracket: it would otherwise swallow whole paragraphs. */
const MAX_PAIR_LENGTH = 600;

export function pairBrackets(text: string, start: number, end: number): BracketPairs {
  const closers = new Map<number, number>();
  const stack: number[] = [];
  // Searching a slice stops at the stretch's end; searching `text` from `start` would run on to the next bracket.
  const stretch = text.slice(start, end);
  BRACKET.lastIndex = 0;
  for (let match = BRACKET.exec(stretch); match; match = BRACKET.exec(stretch)) {
    const i = start + match.index;
    const code = text.charCodeAt(i);
    if (CLOSER_FOR.has(code)) {
      stack.push(i);
      continue;
    }
    if (stack.length === 0 || !IS_CLOSER.has(code)) continue;
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const open = stack[depth]!;
      if (!CLOSER_FOR.get(text.charCodeAt(open))!.includes(code)) continue;
      if (i - open <= MAX_PAIR_LENGTH) closers.set(open, i);
      stack.length = depth;
      break;
    }
  }

  // A stretch holds a handful of pairs at most, so counting them beats building a depth table per stretch.
  const pairs = [...closers];
  return {
    depthAt: (index) => {
      let depth = 0;
      for (const [open, close] of pairs) if (open < index && index <= close) depth++;
      return depth;
    },
    closerOf: (open) => closers.get(open),
  };
}
