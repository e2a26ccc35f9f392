// Reads the OKF chapter file: YAML frontmatter (title, section, statements, published) and a Markdown body.
// Writing it back is okf-write.ts.
import type { Status } from '../domain/status.ts';
import { findDisallowed } from '../domain/text-characters.ts';
import { countLines, disallowedProblem, findDisallowedValue, FrontmatterError, splitFrontmatter } from './frontmatter.ts';
import { stripMarkers } from './markers.ts';
import { LineMapError, parseLineMap } from './pdf/line-map.ts';
import { frontmatterSchema, reportSchema, statementSchema, type StatementInput } from './okf-schema.ts';

export interface OkfReport {
  title: string;
  url: string;
  publisher: string | null;
  date: string | null;
}

export interface OkfStatement {
  /** The file's `id`, kept as written; null when the file gives none. */
  id: string | null;
  summary: string;
  status: Status;
  categories: string[];
  lastUpdate: string | null;
  reports: OkfReport[];
  deadline: string | null;
  leadMinistry: string | null;
  rating: number | null;
  successCriterion: string | null;
  partner: string | null;
  /** False keeps the pledge off the public site. */
  published: boolean;
  /** Offsets of the statement's marker in the body without markers. */
  anchor: { start: number; end: number } | null;
  /** File line of the statement, for messages. */
  line: number;
  /**
   * The statement's mapping as the file wrote it, unknown fields included, or null for one the
   * tracker made: a field whose value did not change is written back exactly as it was read.
   */
  source: Record<string, unknown> | null;
}

export interface OkfChapter {
  title: string;
  section: string | null;
  published: boolean;
  statements: OkfStatement[];
  /** The Markdown body with markers removed. */
  body: string;
  /**
   * The frontmatter as the file wrote it, without `statements`: every key in the file's order,
   * unknown ones included, kept for the way back. (Chapters stored before decision 48 hold only
   * the unknown keys.)
   */
  source: Record<string, unknown>;
  /** `pdf_lines`: where each line of the body stood in its PDF (pdf/line-map.ts), checked against the body. */
  lineMap?: string | null;
}

/** A fault in a chapter file, located by line and field. */
export class OkfError extends FrontmatterError {}

export const KNOWN_CHAPTER_KEYS = new Set(['title', 'section', 'statements', 'published']);

export function parseOkfChapter(text: string): OkfChapter {
  const frontmatter = splitFrontmatter(text);
  const data: unknown = frontmatter.document.toJS({ maxAliasCount: 50 }) ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new OkfError('the frontmatter must be a mapping of fields (title, section, statements, published)', 2);
  }
  const stray = findDisallowedValue(data);
  if (stray) throw new OkfError(stray.problem, frontmatter.lineOf(stray.at), fieldName(stray.path));
  const strayInBody = findDisallowed(frontmatter.body);
  if (strayInBody) {
    throw new OkfError(
      disallowedProblem(strayInBody.codePoint),
      frontmatter.bodyStartLine + countLines(frontmatter.body.slice(0, strayInBody.index)),
      'body',
    );
  }
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    throw new OkfError(issue.message, frontmatter.lineOf(path), fieldName(path));
  }
  const fields = parsed.data;
  const { body, markers } = stripMarkers(frontmatter.body);
  const written = data as Record<string, unknown>;
  const writtenStatements = Array.isArray(written.statements) ? (written.statements as Record<string, unknown>[]) : [];

  const statements: OkfStatement[] = (fields.statements ?? []).map((statement, index) => ({
    ...statementFrom(statement),
    line: frontmatter.lineOf(['statements', index]),
    source: writtenStatements[index] ?? null,
  }));

  const byId = new Map<string, OkfStatement>();
  statements.forEach((statement, index) => {
    if (statement.id === null) return;
    if (byId.has(statement.id)) {
      const line = frontmatter.lineOf(['statements', index, 'id']);
      throw new OkfError(
        `duplicate id "${statement.id}" (first used on line ${byId.get(statement.id)!.line})`,
        line,
        `statements[${index}].id`,
      );
    }
    byId.set(statement.id, statement);
  });
  for (const marker of markers) {
    const line = frontmatter.bodyStartLine + marker.line;
    const statement = byId.get(marker.id);
    if (!statement) throw new OkfError(`marker "#${marker.id}" has no statement with that id`, line, 'body');
    if (statement.anchor) throw new OkfError(`marker "#${marker.id}" appears a second time`, line, 'body');
    statement.anchor = { start: marker.start, end: marker.end };
  }

  return {
    title: fields.title,
    section: fields.section ?? null,
    published: fields.published ?? true,
    statements,
    body,
    lineMap: lineMapOf(written.pdf_lines, body, () => frontmatter.lineOf(['pdf_lines'])),
    source: Object.fromEntries(Object.entries(written).map(([key, value]) => [key, key === 'statements' ? null : value])),
  };
}

function lineMapOf(value: unknown, body: string, line: () => number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new OkfError('expected the text form "p12:345 0 87 …" (docs/formats.md)', line(), 'pdf_lines');
  try {
    parseLineMap(value, body.length);
  } catch (error) {
    if (error instanceof LineMapError) throw new OkfError(error.message, line(), 'pdf_lines');
    throw error;
  }
  return value.trim();
}

/** A statement's values as the tracker reads them, from its validated fields. */
function statementFrom(statement: StatementInput): Omit<OkfStatement, 'line' | 'source'> {
  return {
    id: statement.id ?? null,
    summary: statement.summary,
    status: statement.status ?? 'not_started',
    categories: (statement.categories ?? []).filter(Boolean),
    lastUpdate: statement.last_update ?? null,
    reports: (statement.reports ?? []).map(reportFrom),
    deadline: statement.deadline ?? null,
    leadMinistry: statement.lead_ministry ?? null,
    rating: statement.rating ?? null,
    successCriterion: statement.success_criterion ?? null,
    partner: statement.partner ?? null,
    published: statement.published ?? true,
    anchor: null,
  };
}

function reportFrom(report: { title: string; url: string; publisher?: string | null; date?: string | null }): OkfReport {
  return { title: report.title, url: report.url, publisher: report.publisher ?? null, date: report.date ?? null };
}

/** What the tracker reads from a report mapping as a file wrote it; undefined if it is not a valid report. */
export function readReportMapping(mapping: Record<string, unknown>): OkfReport | undefined {
  const parsed = reportSchema.safeParse(mapping);
  return parsed.success ? reportFrom(parsed.data) : undefined;
}

/** What the tracker reads from a statement mapping as a file wrote it; undefined if it is not a valid statement. */
export function readStatementMapping(mapping: Record<string, unknown>): Omit<OkfStatement, 'line' | 'source'> | undefined {
  const parsed = statementSchema.safeParse(mapping);
  return parsed.success ? statementFrom(parsed.data) : undefined;
}

/** `statements[2].reports[0].url` from a zod path. */
function fieldName(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'frontmatter';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
