// Joins the lines of a paragraph: words hyphenated at a line's end are joined, real hyphens stay.

/** Words people leave after a hyphen that stands for a shared word part ("Jugend- und Familienpolitik"). */
const CONTINUATIONS = new Set(['und', 'oder', 'bzw', 'sowie', 'als', 'wie', 'bis', 'noch', 'beziehungsweise', 'or', 'and']);

const WORD_EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu;

/** Words written with a hyphen inside a line, to tell "baden-württembergisch" from "weiter-hin". */
export class Vocabulary {
  private readonly words = new Set<string>();

  /** Notes the words of a line, except its first and last (they may be parts of broken words). */
  addLine(text: string): void {
    const tokens = text.split(' ');
    for (let index = 1; index < tokens.length - 1; index++) this.words.add(bare(tokens[index]!));
  }

  has(word: string): boolean {
    return this.words.has(word);
  }
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
  const hyphenated = `${head}-${bareNext}`;
  if (vocabulary.has(hyphenated) && !vocabulary.has(`${head}${bareNext}`)) return { text: '', dropLast: false };
  return { text: '', dropLast: true };
}
