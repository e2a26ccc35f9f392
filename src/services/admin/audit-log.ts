// Use case: read the audit log — filtered by who, what, which Vorhaben and when, newest first, page by page,
// each entry with the fields its change touched.
import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar-date.ts';
import { fieldIssue, fieldKey, ForbiddenError, type FieldIssue, problem } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/roles.ts';
import { listAudit, listAuditActions, type AuditFilter } from '../../store/audit.ts';
import type { Db } from '../../store/database.ts';
import { listUsers } from '../../store/users.ts';
import { findPledgeByOldSlug, findPledgeBySlug } from '../../store/pledges.ts';
import { isSlug } from '../../domain/slug.ts';

export const AUDIT_PAGE_SIZE = 50;
const MAX_ID = 2_147_483_647;
/** The back office shows times in this zone, so a filter's day is a day of this zone too. */
export const DISPLAY_TIME_ZONE = 'Europe/Berlin';

const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone: DISPLAY_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far the zone's clock is ahead of UTC at this instant, in milliseconds. */
function zoneOffset(instant: number): number {
  const parts = Object.fromEntries(zoneParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant at which a calendar day (YYYY-MM-DD) begins in the display zone. */
export function startOfDay(date: string, dayOffset = 0): string {
  const [year, month, day] = date.split('-').map(Number);
  const midnight = Date.UTC(year!, month! - 1, day! + dayOffset);
  // Two steps: the offset at local midnight may differ from the one at UTC midnight (summer time).
  return new Date(midnight - zoneOffset(midnight - zoneOffset(midnight))).toISOString();
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditLogEntry {
  id: number;
  at: string;
  /** null: done by the system or the public (import, command line, a public form). */
  user: string | null;
  action: string;
  entityType: string;
  entityId: number | null;
  summary: string;
  changes: FieldChange[];
}

/** The filter as given, as text: an account id, an entity type, an action, two days, and the entry id older ones are wanted below. */
export interface AuditQuery {
  user?: string | undefined;
  entityType?: string | undefined;
  action?: string | undefined;
  /** A pledge's slug. */
  pledge?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: string | undefined;
}

export type AuditFilterValues = Record<'user' | 'entityType' | 'action' | 'pledge' | 'from' | 'to', string>;

export interface AuditLog {
  entries: AuditLogEntry[];
  /** The filter as given, for the form and for the link to older entries. */
  filter: AuditFilterValues;
  /** Filter values that could not be used, by field; those filters are left out. */
  problems: FieldIssue[];
  /** `before` for the next page of older entries, when there are more. */
  olderThan: number | null;
  /** Whether this page starts below the newest entries of the filter. */
  isOlderPage: boolean;
  options: { users: { id: number; email: string }[]; entityTypes: string[]; actions: string[] };
}

const id = z.coerce.number().int().min(1).max(MAX_ID);
const date = z.string().refine(isCalendarDate);
const name = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_.-]*$/);

const FILTER_FIELDS = {
  user: { schema: id, message: fieldKey('audit.user') },
  entityType: { schema: name, message: fieldKey('audit.entityType') },
  action: { schema: name, message: fieldKey('audit.action') },
  pledge: { schema: z.string().refine(isSlug), message: fieldKey('audit.pledge') },
  from: { schema: date, message: fieldKey('date.form') },
  to: { schema: date, message: fieldKey('date.form') },
  before: { schema: id, message: fieldKey('audit.before') },
} as const;

type FilterField = keyof typeof FILTER_FIELDS;

/** Reads the filter; a value that does not fit is reported and ignored, never fatal. */
export function parseAuditFilter(query: AuditQuery): {
  filter: AuditFilter;
  pledgeSlug: string | undefined;
  values: AuditFilterValues;
  problems: FieldIssue[];
} {
  const problems: FieldIssue[] = [];
  const usable: Partial<Record<FilterField, string | number>> = {};
  for (const field of Object.keys(FILTER_FIELDS) as FilterField[]) {
    const raw = query[field]?.trim() ?? '';
    if (raw === '') continue;
    const parsed = FILTER_FIELDS[field].schema.safeParse(raw);
    if (parsed.success) usable[field] = parsed.data;
    else problems.push({ field, message: FILTER_FIELDS[field].message });
  }
  const text = (field: FilterField) => (query[field] ?? '').trim().slice(0, 100);
  return {
    filter: {
      userId: usable.user as number | undefined,
      entityType: usable.entityType as string | undefined,
      action: usable.action as string | undefined,
      since: usable.from === undefined ? undefined : startOfDay(usable.from as string),
      until: usable.to === undefined ? undefined : startOfDay(usable.to as string, 1),
      beforeId: usable.before as number | undefined,
      limit: AUDIT_PAGE_SIZE + 1,
    },
    pledgeSlug: usable.pledge as string | undefined,
    values: {
      user: text('user'),
      entityType: text('entityType'),
      action: text('action'),
      pledge: text('pledge'),
      from: text('from'),
      to: text('to'),
    },
    problems,
  };
}

function parseJson(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields that differ between the recorded states. A creation lists every field of the new
 * state, a deletion every field of the old one; a state that is not an object is one field.
 */
export function diffStates(before: unknown, after: unknown): FieldChange[] {
  const old = isRecord(before) ? before : before === null || before === undefined ? {} : { wert: before };
  const next = isRecord(after) ? after : after === null || after === undefined ? {} : { wert: after };
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  return fields
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(next[field] ?? null))
    .map((field) => ({ field, before: old[field] ?? null, after: next[field] ?? null }));
}

export async function loadAuditLog(db: Db, actor: Actor, query: AuditQuery): Promise<AuditLog> {
  if (!can(actor, 'audit.read')) throw new ForbiddenError(problem('forbidden.readAudit'));
  const { filter, pledgeSlug, values, problems } = parseAuditFilter(query);
  if (pledgeSlug !== undefined) {
    const pledge = (await findPledgeBySlug(db, pledgeSlug)) ?? (await findPledgeByOldSlug(db, pledgeSlug));
    if (pledge) filter.pledgeId = pledge.id;
    else problems.push(fieldIssue('pledge', 'audit.pledge'));
  }
  const rows = await listAudit(db, filter);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const kinds = await listAuditActions(db);
  return {
    entries: page.map((row) => ({
      id: row.id,
      at: row.at,
      user: row.user_email,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      summary: row.summary,
      changes: diffStates(parseJson(row.before), parseJson(row.after)),
    })),
    filter: values,
    problems,
    olderThan: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null,
    isOlderPage: filter.beforeId !== undefined,
    options: {
      users: (await listUsers(db)).map((user) => ({ id: user.id, email: user.email })),
      entityTypes: [...new Set(kinds.map((kind) => kind.entity_type))].sort(),
      actions: [...new Set(kinds.map((kind) => kind.action))].sort(),
    },
  };
}
