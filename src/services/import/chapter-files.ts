// Finds, reads and parses the chapter files (and agreement.yml) named on an import.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputFileError } from '../../domain/errors.ts';
import { slugify } from '../../domain/slug.ts';
import { AGREEMENT_FILE_NAME, parseAgreementFile, type AgreementDescription } from '../../formats/agreement-file.ts';
import { FrontmatterError } from '../../formats/frontmatter.ts';
import { parseOkfChapter, type OkfChapter } from '../../formats/okf.ts';
import { decodeChapterBytes, MAX_CHAPTER_BYTES, tooLargeMessage } from '../../formats/text-file.ts';

export interface ChapterFile {
  /** The path as the user named it, for messages. */
  path: string;
  fileName: string;
  chapter: OkfChapter;
}

export interface AgreementFiles {
  slug: string;
  description: AgreementDescription | null;
  /** The folder name, when no agreement.yml gives a title. */
  folderName: string;
  files: ChapterFile[];
}

/** Every fault found in the input, one per file at most; nothing was written. */
export class ImportRejected extends Error {
  constructor(readonly errors: InputFileError[]) {
    super(errors.map((error) => error.message).join('\n'));
  }
}

const IGNORED_FILES = new Set(['readme.md', 'license.md', 'licence.md', 'changelog.md']);

/** Groups the chapter files under the paths by agreement; throws ImportRejected on any bad file. */
export function readChapterFiles(paths: readonly string[], agreementSlug?: string): AgreementFiles[] {
  const errors: InputFileError[] = [];
  const groups = new Map<string, AgreementFiles>();
  const descriptions = new Map<string, AgreementDescription | null>();

  for (const { path, directory } of expandPaths(paths, errors)) {
    if (!descriptions.has(directory)) descriptions.set(directory, readAgreementFile(directory, errors));
    const description = descriptions.get(directory) ?? null;
    const slug = agreementSlug ?? description?.slug ?? (slugify(basename(directory)) || 'koalitionsvertrag');
    const chapter = readChapter(path, errors);
    if (!chapter) continue;
    const group = groups.get(slug) ?? { slug, description, folderName: basename(directory), files: [] };
    group.description ??= description;
    group.files.push({ path, fileName: basename(path), chapter });
    groups.set(slug, group);
  }
  if (errors.length > 0) throw new ImportRejected(errors);
  return [...groups.values()];
}

function expandPaths(paths: readonly string[], errors: InputFileError[]): { path: string; directory: string }[] {
  const files: { path: string; directory: string }[] = [];
  for (const path of paths) {
    const stats = statOrReport(path, errors);
    if (!stats) continue;
    if (stats.isDirectory()) {
      const names = readdirSync(path)
        .filter((name) => name.endsWith('.md') && !IGNORED_FILES.has(name.toLowerCase()))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      if (names.length === 0) errors.push(new InputFileError(path, 'no chapter files (*.md) in this folder'));
      for (const name of names) files.push({ path: join(path, name), directory: resolve(path) });
    } else {
      files.push({ path, directory: dirname(resolve(path)) });
    }
  }
  return files;
}

function statOrReport(path: string, errors: InputFileError[]): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    errors.push(new InputFileError(path, code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code})`));
    return undefined;
  }
}

function readChapter(path: string, errors: InputFileError[]): OkfChapter | undefined {
  try {
    return readChapterFile(path);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    errors.push(error);
    return undefined;
  }
}

/** One chapter file, parsed; a fault is an InputFileError naming file, line and field. */
export function readChapterFile(path: string): OkfChapter {
  try {
    const size = statSync(path).size;
    if (size > MAX_CHAPTER_BYTES) throw new FrontmatterError(tooLargeMessage(size), 1);
    return parseOkfChapter(decodeChapterBytes(readFileSync(path)));
  } catch (error) {
    throw locate(path, error);
  }
}

export function readAgreementFile(directory: string, errors: InputFileError[]): AgreementDescription | null {
  const path = join(directory, AGREEMENT_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return parseAgreementFile(text);
  } catch (error) {
    errors.push(locate(path, error));
    return null;
  }
}

function locate(path: string, error: unknown): InputFileError {
  if (error instanceof InputFileError) return error;
  if (error instanceof FrontmatterError) return new InputFileError(path, error.message, error.line, error.field);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputFileError(path, 'no such file or folder');
  if (code) return new InputFileError(path, `cannot be read (${code})`);
  throw error;
}
