// Writes an OKF chapter file back: the tracker's values, and every field it did not change exactly
// as the file wrote it (unknown fields, key order, quoting of the value), so a round trip loses nothing.
import { Document, isScalar, parse as parseYaml, Scalar, visit } from 'yaml';
import { toOkfStatus } from '../domain/status.ts';
import { insertMarkers } from './markers.ts';
import { readReportMapping, readStatementMapping, type OkfChapter, type OkfReport, type OkfStatement } from './okf.ts';
import { frontmatterSchema } from './okf-schema.ts';

export interface SerialisedChapter {
  text: string;
  /** Statement ids whose marker could not be placed (overlapping or bracketed quotes). */
  unmarked: string[];
}

type Mapping = Record<string, unknown>;

export function serialiseOkfChapter(chapter: OkfChapter): SerialisedChapter {
  const anchors = chapter.statements.flatMap((statement) =>
    statement.anchor && statement.id ? [{ id: statement.id, ...statement.anchor }] : [],
  );
  const { markedBody, skipped } = insertMarkers(chapter.body, anchors);
  const source = chapterOrder(chapter.source);
  // A file without a statements list gets none as long as the tracker has no statement for it.
  const statements = 'statements' in source || chapter.statements.length > 0 ? { statements: chapter.statements.map(statementToYaml) } : {};
  const current: Mapping = {
    title: chapter.title,
    ...(chapter.section !== null ? { section: chapter.section } : {}),
    ...statements,
    published: chapter.published,
  };
  const document = new Document(keepAsRead(source, chapterAsRead(chapter.source), current));
  writePlainScalars(document);
  const yaml = document.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', nullStr: '', lineWidth: 0 });
  return { text: `---\n${yaml}---\n${markedBody}`, unmarked: skipped };
}

/**
 * The mapping to write. Keys come in the order the file had them, then the tracker's new ones. A
 * value the tracker did not change (`asRead`, normalised as this writer would write it, equals
 * `current`) is written as read; a changed one as the tracker has it; a key the file did not
 * have is added only when the tracker's value differs from what its absence means.
 */
function keepAsRead(read: Mapping, asRead: Mapping, current: Mapping): Mapping {
  const same = (key: string) => JSON.stringify(asRead[key] ?? null) === JSON.stringify(current[key] ?? null);
  const mapping: Mapping = {};
  for (const [key, value] of Object.entries(read)) mapping[key] = key === 'statements' || !same(key) ? (current[key] ?? null) : value;
  for (const [key, value] of Object.entries(current)) {
    if (!(key in read) && (key === 'statements' || !same(key))) mapping[key] = value;
  }
  return mapping;
}

/** Chapters stored before decision 48 kept only unknown keys: they follow the format's own. */
function chapterOrder(source: Mapping): Mapping {
  return 'title' in source ? source : { title: undefined, section: undefined, statements: undefined, published: undefined, ...source };
}

function chapterAsRead(source: Mapping): Mapping {
  const parsed = frontmatterSchema.safeParse({ ...source, statements: [] });
  if (!parsed.success) return {};
  return {
    title: parsed.data.title,
    ...(parsed.data.section !== null && parsed.data.section !== undefined ? { section: parsed.data.section } : {}),
    published: parsed.data.published ?? true,
  };
}

function statementToYaml(statement: OkfStatement): Mapping {
  const current = statementMapping(statement);
  if (!statement.source) return current;
  const read = readStatementMapping(statement.source);
  if (!read) return current;
  const asRead = statementMapping({ ...read, line: 0, source: null });
  // Topics are a set: the same ones keep the file's order.
  if (sameSet(asRead.categories, current.categories)) current.categories = asRead.categories;
  const mapping = keepAsRead(statement.source, asRead, current);
  if ('reports' in mapping && Array.isArray(statement.source.reports))
    mapping.reports = reportsAsRead(statement.source.reports as Mapping[], statement.reports);
  return mapping;
}

function sameSet(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
}

function statementMapping(statement: OkfStatement): Mapping {
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

/** Each report the tracker still has as the file wrote it, fields it does not know included. */
function reportsAsRead(read: Mapping[], reports: OkfReport[]): Mapping[] {
  return reports.map((report) => {
    const written = read.find((candidate) => String(candidate.url ?? '').trim() === report.url);
    const readReport = written && readReportMapping(written);
    return written && readReport ? keepAsRead(written, reportToYaml(readReport), reportToYaml(report)) : reportToYaml(report);
  });
}

function reportToYaml(report: OkfReport): Mapping {
  return {
    title: report.title,
    url: report.url,
    ...optional('publisher', report.publisher),
    ...optional('date', report.date),
  };
}

function optional(key: string, value: unknown): Mapping {
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
