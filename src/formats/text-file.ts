// Turns the bytes of a chapter file into text, refusing what is not a reasonable UTF-8 text file.
import { FrontmatterError } from './frontmatter.ts';

/** The largest chapter of the 2021 agreement has 41 KB; a hundred times that is still a chapter. */
export const MAX_CHAPTER_BYTES = 5 * 1024 * 1024;

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLargeMessage(bytes: number): string {
  return `file too large (${describeSize(bytes)}; a chapter file may have at most ${describeSize(MAX_CHAPTER_BYTES)})`;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 (dropping a byte order mark); the error names the line of the first bad byte. */
export function decodeChapterBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_CHAPTER_BYTES) throw new FrontmatterError(tooLargeMessage(bytes.length), 1);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const { line, offset } = firstInvalidByte(bytes);
    const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    throw new FrontmatterError(`not valid UTF-8 (byte 0x${hex}); save the file as UTF-8`, line);
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new FrontmatterError('contains a NUL character: this is not a text file', lineAt(text, nul));
  return text;
}

function firstInvalidByte(bytes: Uint8Array): { line: number; offset: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return { line, offset: i };
    if (bytes[i] === 0x0a) line++;
    i += length;
  }
  return { line, offset: Math.max(0, bytes.length - 1) };
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not valid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length =
    lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  try {
    strictUtf8.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
