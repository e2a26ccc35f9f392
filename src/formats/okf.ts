// The OKF chapter file: YAML frontmatter (title, section, statements, published) and a Markdown body.
import { Document, isScalar, parse as parseYaml, Scalar, visit } from 'yaml';
import type { Status } from '../domain/status.ts';
import { toOkfStatus } from '../domain/status.ts';
import { FrontmatterError, splitFrontmatter } from './frontmatter.ts';
import { insertMarkers, stripMarkers } from './markers.ts';
import { frontmatterSchema } from './okf-schema.ts';

export interface OkfReport {
  title: string;
  url: string;
  publisher: string | null;
  date: string | null;
}

export interface OkfStatement {
  /** The file's `id`, the tracker's slug; null when the file gives none. */
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
}

export interface OkfChapter {
  title: string;
  section: string | null;
  published: boolean;
  statements: OkfStatement[];
  /** The Markdown body with markers removed. */
  body: string;
  /** Frontmatter keys this format does not know, kept for the way back. */
  extra: Record<string, unknown>;
}

/** A fault in a chapter file, located by line and field. */
export class OkfError extends FrontmatterError {}

const KNOWN_KEYS = new Set(['title', 'section', 'statements', 'published']);

export function parseOkfChapter(text: string): OkfChapter {
  const frontmatter = splitFrontmatter(text);
  const data: unknown = frontmatter.document.toJS({ maxAliasCount: 50 }) ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new OkfError('the frontmatter must be a mapping of fields (title, section, statements, published)', 2);
  }
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    throw new OkfError(issue.message, frontmatter.lineOf(path), fieldName(path));
  }
  const fields = parsed.data;
  const { body, markers } = stripMarkers(frontmatter.body);

  const statements: OkfStatement[] = (fields.statements ?? []).map((statement, index) => ({
    id: statement.id ?? null,
    summary: statement.summary,
    status: statement.status ?? 'not_started',
    categories: (statement.categories ?? []).filter(Boolean),
    lastUpdate: statement.last_update ?? null,
    reports: (statement.reports ?? []).map((report) => ({
      title: report.title,
      url: report.url,
      publisher: report.publisher ?? null,
      date: report.date ?? null,
    })),
    deadline: statement.deadline ?? null,
    leadMinistry: statement.lead_ministry ?? null,
    rating: statement.rating ?? null,
    successCriterion: statement.success_criterion ?? null,
    partner: statement.partner ?? null,
    published: statement.published ?? true,
    anchor: null,
    line: frontmatter.lineOf(['statements', index]),
  }));

  const byId = new Map<string, OkfStatement>();
  statements.forEach((statement, index) => {
    if (statement.id === null) return;
    if (byId.has(statement.id)) {
      const line = frontmatter.lineOf(['statements', index, 'id']);
      throw new OkfError(`duplicate id "${statement.id}" (first used on line ${byId.get(statement.id)!.line})`, line, `statements[${index}].id`);
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
    extra: Object.fromEntries(Object.entries(data).filter(([key]) => !KNOWN_KEYS.has(key))),
  };
}

/** `statements[2].reports[0].url` from a zod path. */
function fieldName(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'frontmatter';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

export interface SerialisedChapter {
  text: string;
  /** Statement ids whose marker could not be placed (overlapping or bracketed quotes). */
  unmarked: string[];
}

export function serialiseOkfChapter(chapter: OkfChapter): SerialisedChapter {
  const anchors = chapter.statements.flatMap((statement) =>
    statement.anchor && statement.id ? [{ id: statement.id, ...statement.anchor }] : [],
  );
  const { markedBody, skipped } = insertMarkers(chapter.body, anchors);
  const document = new Document({
    title: chapter.title,
    ...(chapter.section !== null ? { section: chapter.section } : {}),
    statements: chapter.statements.map(statementToYaml),
    published: chapter.published,
    ...chapter.extra,
  });
  writePlainScalars(document);
  const yaml = document.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', nullStr: '', lineWidth: 0 });
  return { text: `---\n${yaml}---\n${markedBody}`, unmarked: skipped };
}

function statementToYaml(statement: OkfStatement): Record<string, unknown> {
  return {
    summary: statement.summary,
    status: toOkfStatus(statement.status),
    ...(statement.id !== null ? { id: statement.id } : {}),
    ...(statement.categories.length > 0 ? { categories: statement.categories } : {}),
    last_update: statement.lastUpdate,
    ...(statement.reports.length > 0 ? { reports: statement.reports.map(reportToYaml) } : {}),
    ...optional('deadline', statement.deadline),
    ...optional('lead_ministry', statement.leadMinistry),
    ...optional('rating', statement.rating),
    ...optional('success_criterion', statement.successCriterion),
    ...optional('partner', statement.partner),
    ...(statement.published ? {} : { published: false }),
  };
}

function reportToYaml(report: OkfReport): Record<string, unknown> {
  return {
    title: report.title,
    url: report.url,
    ...optional('publisher', report.publisher),
    ...optional('date', report.date),
  };
}

function optional(key: string, value: unknown): Record<string, unknown> {
  return value === null || value === undefined ? {} : { [key]: value };
}

const PLAIN_KEYS = new Set(['last_update', 'deadline', 'date', 'id']);

/** Dates and ids are written unquoted, as YAML tools write them, unless YAML would misread them. */
function writePlainScalars(document: Document): void {
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !PLAIN_KEYS.has(String(pair.key.value)) || !isScalar(pair.value)) return;
      const value = pair.value.value;
      if (value === null || (typeof value === 'string' && parseYaml(value) === value)) pair.value.type = Scalar.PLAIN;
    },
  });
}
