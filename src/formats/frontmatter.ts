// Splits a Markdown file into its YAML frontmatter and body, keeping line numbers for errors.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { describeDisallowed, findDisallowed } from '../domain/text-characters.ts';

export class FrontmatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface Frontmatter {
  /** The parsed YAML document, kept for locating fields by path. */
  document: Document;
  /** File line (1-based) of a YAML node found by its path, or of the nearest parent that exists. */
  lineOf(path: readonly (string | number)[]): number;
  /** The text after the closing delimiter line, byte for byte. */
  body: string;
  /** File line (1-based) on which the body starts. */
  bodyStartLine: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

export function splitFrontmatter(text: string): Frontmatter {
  const opening = OPENING.exec(text);
  if (!opening) throw new FrontmatterError('the file must start with a "---" line opening the YAML frontmatter', 1);
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new FrontmatterError('the YAML frontmatter is not closed by a "---" line', 1);

  const yamlText = rest.slice(0, closing.index);
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlLineOffset = 1; // the opening "---" is line 1
  const firstProblem = document.errors[0];
  if (firstProblem) {
    const line = lineCounter.linePos(firstProblem.pos[0]).line + yamlLineOffset;
    throw new FrontmatterError(`broken YAML: ${firstLine(firstProblem.message)}`, line);
  }

  const lineOf = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        return lineCounter.linePos(node.range[0]).line + yamlLineOffset;
      }
    }
    return 1;
  };

  const bodyStart = opening[0].length + closing.index + closing[0].length;
  return {
    document,
    lineOf,
    body: text.slice(bodyStart),
    bodyStartLine: countLines(text.slice(0, bodyStart)) + 1,
  };
}

export interface DisallowedValue {
  /** The field to name: the value's path, or for a key the path of the mapping that holds it. */
  path: (string | number)[];
  /** The path of the value, to find its line. */
  at: (string | number)[];
  problem: string;
}

/** Where a value (or key) of parsed YAML holds a character no text may hold (a control character written raw or as an escape). */
export function findDisallowedValue(value: unknown, path: (string | number)[] = []): DisallowedValue | undefined {
  if (typeof value === 'string') {
    const found = findDisallowed(value);
    return found && { path, at: path, problem: disallowedProblem(found.codePoint) };
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findDisallowedValue(item, [...path, index]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inKey = findDisallowed(key);
      if (inKey) return { path, at: [...path, key], problem: `a key ${disallowedProblem(inKey.codePoint)}` };
      const found = findDisallowedValue(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The message for a file that holds a disallowed character: files are kept byte for byte, so it is refused, not dropped. */
export function disallowedProblem(codePoint: number): string {
  return `contains ${describeDisallowed(codePoint)}, which shows nothing and breaks feeds; remove it`;
}

/** Number of line breaks in `text`. */
export function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
