// What an import did (or, on a dry run, would do), for the person who ran it.
import type { FieldDifference } from './statement-diff.ts';

/** One chapter file that is new or changed. */
export interface ChapterEntry {
  file: string;
  slug: string;
  outcome: 'new' | 'changed';
  /** The columns that changed: title, body, … */
  fields: string[];
}

/**
 * One statement that the import created, changed, or skipped. A skipped one said something
 * else than the tracker but was not newer; nothing of it was applied.
 */
export interface PledgeEntry {
  file: string;
  line: number;
  /** The statement's id as the file writes it (or as the tracker derived it). */
  id: string;
  slug: string;
  outcome: 'new' | 'changed' | 'skipped' | 'unchanged';
  /** Applied (new, changed) or not applied (skipped). */
  fields: FieldDifference[];
  /** Fields where the tracker keeps its value: the file has not changed them since its last import. */
  kept: FieldDifference[];
  /** Why a statement was skipped. */
  reason?: string;
}

export interface ImportReport {
  agreements: string[];
  chapters: { created: number; changed: number; unchanged: number };
  pledges: { created: number; changed: number; skipped: number };
  developmentsCreated: number;
  /** New proposals of the extractor, waiting for review. */
  candidatesProposed: number;
  chapterEntries: ChapterEntry[];
  /** New, changed and skipped statements, and unchanged ones whose tracker values were kept. */
  pledgeEntries: PledgeEntry[];
  /** Things worth knowing that did not stop the import, one line each. */
  warnings: string[];
  /** True when nothing was written: the report says what the import would do. */
  dryRun: boolean;
}

export function emptyReport(dryRun = false): ImportReport {
  return {
    agreements: [],
    chapters: { created: 0, changed: 0, unchanged: 0 },
    pledges: { created: 0, changed: 0, skipped: 0 },
    developmentsCreated: 0,
    candidatesProposed: 0,
    chapterEntries: [],
    pledgeEntries: [],
    warnings: [],
    dryRun,
  };
}
