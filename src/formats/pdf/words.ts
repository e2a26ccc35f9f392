// Joins the lines of a paragraph: words hyphenated at a line's end are joined, real hyphens stay.

/** Words people leave after a hyphen that stands for a shared word part ("Jugend- und Familienpolitik"). */
const CONTINUATIONS = new Set(['und', 'oder', 'bzw', 'sowie', 'als', 'wie', 'bis', 'noch', 'beziehungsweise', 'or', 'and']);

const WORD_EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu;

/** Words written with a hyphen inside a line, to tell "baden-württembergisch" from "weiter-hin". */
export class Vocabulary {
  private readonly words = new Set<string>();
  /** "sozial-ökol" for "sozial-ökologische": a hyphen and the start of what follows it, for any ending. */
  private readonly hyphenations = new Set<string>();

  /** Notes the words of a line, except its first and last (they may be parts of broken words). */
  addLine(text: string): void {
    const tokens = text.split(' ');
    for (let index = 1; index < tokens.length - 1; index++) {
      const word = bare(tokens[index]!);
      this.words.add(word);
      const parts = word.split('-');
      for (let part = 0; part < parts.length - 1; part++) this.hyphenations.add(hyphenation(parts[part]!, parts[part + 1]!));
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  hasHyphenated(before: string, after: string): boolean {
    return this.hyphenations.has(hyphenation(before, after));
  }
}

function hyphenation(before: string, after: string): string {
  return `${before}-${after.slice(0, 4)}`;
}

function bare(token: string): string {
  return token.replace(WORD_EDGE, '').toLowerCase();
}

/** What goes between the end of one line and the next: "" (joined, the hyphen dropped), "-", or " ". */
export function joinLines(previous: string, next: string, vocabulary: Vocabulary): { text: string; dropLast: boolean } {
  if (!/\p{L}-$/u.test(previous)) return { text: previous.endsWith(' ') ? '' : ' ', dropLast: false };
  const nextWord = next.split(' ')[0] ?? '';
  const bareNext = bare(nextWord);
  if (!/^\p{Ll}/u.test(nextWord)) return { text: '', dropLast: false };
  if (CONTINUATIONS.has(bareNext)) return { text: ' ', dropLast: false };
  const head = bare(previous.slice(previous.lastIndexOf(' ') + 1).slice(0, -1));
  const lastPart = head.slice(head.lastIndexOf('-') + 1);
  if (vocabulary.hasHyphenated(lastPart, bareNext) && !vocabulary.has(`${head}${bareNext}`)) return { text: '', dropLast: false };
  return { text: '', dropLast: true };
}
