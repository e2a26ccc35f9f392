// Saving a back-office form: merges it with what is saved now (domain/edit-merge.ts) and either
// returns what to write or raises EditConflictError, with who changed what from the audit log.
import { z } from 'zod';
import { mergeEdit, type Decision, type MergeUnits } from '../../domain/edit-merge.ts';
import { EditConflictError, type LastChange } from '../../domain/errors.ts';
import { listAudit } from '../../store/audit.ts';
import type { Db } from '../../store/database.ts';

/** The merge part of a submitted form: hidden `base` (JSON of the values it was loaded with), `decision_UNIT`, and `asked` (the units it offered a decision for). */
export interface EditSubmission {
  base: Record<string, unknown> | null;
  decisions: Record<string, Decision>;
  asked: string[];
}

const decision = z.enum(['mine', 'theirs']);

const baseJson = z
  .string()
  .max(100_000)
  .transform((text): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  })
  .pipe(z.record(z.string(), z.unknown()))
  .nullable()
  .catch(null);

export function editSubmissionOf(input: Record<string, unknown>): EditSubmission {
  const decisions: Record<string, Decision> = {};
  for (const [name, value] of Object.entries(input)) {
    const parsed = decision.safeParse(value);
    if (name.startsWith('decision_') && parsed.success) decisions[name.slice('decision_'.length)] = parsed.data;
  }
  const asked = typeof input.asked === 'string' ? input.asked.split(',').filter(Boolean) : [];
  return { base: baseJson.parse(input.base ?? null), decisions, asked };
}

export interface EditToMerge<T> {
  /** For the message, e.g. „Das Vorhaben“. */
  entity: string;
  audit: { entityType: string; entityId: number; fieldsOf?: Record<string, string[]> };
  /** The version the form was loaded from, and the one saved now. */
  formVersion: number | undefined;
  version: number;
  mine: T;
  current: T;
  units: MergeUnits<T>;
  submission: EditSubmission;
}

/**
 * The values to save. A form from the current version saves as submitted; one from an older
 * version (or whose conflicts are undecided) raises EditConflictError with the merge when somebody
 * else changed any of its fields meanwhile, so the editor checks the result before it is saved.
 * A form without a base (an old page) counts every field that differs from the saved one as a conflict.
 */
export async function mergeOrConflict<T extends object>(db: Db, edit: EditToMerge<T>): Promise<T> {
  const stale = edit.formVersion !== edit.version;
  const keys = new Set(Object.values(edit.units).flat());
  const submitted = edit.submission.base;
  const base = submitted
    ? (Object.fromEntries(Object.entries(submitted).filter(([key]) => keys.has(key as keyof T & string))) as Partial<T>)
    : stale
      ? null
      : edit.current;
  // Decisions count only when taken against the version saved now.
  const merge = mergeEdit({
    base,
    mine: edit.mine,
    theirs: edit.current,
    units: edit.units,
    decisions: stale ? {} : edit.submission.decisions,
  });
  if (merge.conflicts.length === 0 && !(stale && merge.theirs.length > 0)) return merge.values;
  const fieldsOf = (unit: string) => edit.audit.fieldsOf?.[unit] ?? edit.units[unit]!;
  throw new EditConflictError(edit.entity, {
    ...merge,
    version: edit.version,
    current: edit.current,
    undecided: !stale && merge.conflicts.some((unit) => edit.submission.asked.includes(unit)),
    changes: await lastChanges(db, edit.audit, [...merge.theirs, ...merge.conflicts], fieldsOf),
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function recordedAfter(entry: { after: string | null }): Record<string, unknown> {
  try {
    const after: unknown = JSON.parse(entry.after ?? 'null');
    return isRecord(after) ? after : {};
  } catch {
    return {};
  }
}

/** The newest audit entry of the entity that recorded a change of each unit. */
async function lastChanges(
  db: Db,
  audit: { entityType: string; entityId: number },
  units: string[],
  fieldsOf: (unit: string) => readonly string[],
): Promise<Record<string, LastChange>> {
  if (units.length === 0) return {};
  const entries = (await listAudit(db, { entityType: audit.entityType, entityId: audit.entityId, limit: 200 })).map((entry) => ({
    entry,
    after: recordedAfter(entry),
  }));
  const changes: Record<string, LastChange> = {};
  for (const unit of units) {
    const found = entries.find(({ after }) => fieldsOf(unit).some((field) => field in after));
    if (found) changes[unit] = { userId: found.entry.user_id, email: found.entry.user_email, at: found.entry.at };
  }
  return changes;
}
