// Use case: import chapter files of one or more agreements, all in one transaction.
import { InputFileError } from '../domain/errors.ts';
import { readableTitle, slugify, uniqueSlug } from '../domain/slug.ts';
import { findAgreementBySlug, lockGovernment, partiesOf, saveAgreement, saveGovernment } from '../store/agreements.ts';
import type { Db } from '../store/database.ts';
import { extractCandidates } from '../text/extract.ts';
import { reconcileCandidates } from './import/apply-candidates.ts';
import { applyChapter, type ImportContext } from './import/apply-chapter.ts';
import { applyStatement } from './import/apply-statement.ts';
import { ImportRejected, type AgreementFiles, type ChapterFile } from './import/chapter-files.ts';
import { emptyReport, type ImportReport } from './import/import-report.ts';
import { readImportSources, type SourceOptions } from './import/import-sources.ts';
import { withImportRun } from './import-run.ts';

export { ImportRejected } from './import/chapter-files.ts';
export type { ImportReport } from './import/import-report.ts';

/** Besides these: the agreement (`agreementSlug`, `title`) and how PDFs are read (import/import-sources.ts). */
export interface ImportOptions extends SourceOptions {
  /** Work out everything, report it, and write nothing. */
  dryRun?: boolean;
  /** Let an agreement.yml that says `active: true` reopen an archived government. */
  reopen?: boolean;
  now?: Date;
  onProgress?: (done: number, total: number, fileName: string) => void;
}

/** Thrown at the end of a dry run to roll back everything it did. */
class DryRunDone extends Error {}

/**
 * Reads every file first and writes nothing unless all of them are sound; then writes all
 * of them in one transaction, so a failure leaves the database as it was (a dry run rolls it back
 * at the end). An archived agreement (its government `active: false` before and after the run)
 * takes a re-import that changes nothing; a file that would change it is rejected.
 */
export async function importAgreementFiles(db: Db, paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const groups = await readImportSources(paths, options);
  const idsByFile = assignStatementIds(groups);
  const candidatesByFile = new Map(groups.flatMap((group) => group.files).map((file) => [file, extractCandidates(file.chapter.body)]));
  const report = emptyReport(options.dryRun);
  const now = options.now ?? new Date();
  const total = groups.reduce((sum, group) => sum + group.files.length, 0);
  let done = 0;
  try {
    await db.transaction().execute((trx) =>
      withImportRun(trx, now.toISOString(), async (run) => {
        for (const group of groups) {
          const { agreementId, archived } = await saveAgreementOf(trx, group, options.reopen ?? false, report);
          report.agreements.push(group.slug);
          const context: ImportContext = { agreementId, agreementSlug: group.slug, now, report, run };
          for (const file of group.files) {
            const changesBefore = changeCount(report);
            const chapterId = await applyChapter(trx, context, file);
            const ids = idsByFile.get(file)!;
            for (const [index, statement] of file.chapter.statements.entries()) {
              const { id, derived } = ids[index]!;
              await applyStatement(trx, context, { file, chapterId, statement, statementId: id, derived });
            }
            if (archived && changeCount(report) > changesBefore) throw archiveChanged(file, group.slug);
            // An archive's review is over: the extractor's proposals stay as they were decided.
            if (!archived)
              report.candidatesProposed += await reconcileCandidates(trx, chapterId, candidatesByFile.get(file)!, now.toISOString());
            await run.indexChapter(chapterId);
            options.onProgress?.(++done, total, file.fileName);
          }
        }
        if (options.dryRun) throw new DryRunDone();
      }),
    );
  } catch (error) {
    if (error instanceof DryRunDone) return report;
    if (error instanceof InputFileError) throw new ImportRejected([error]);
    throw error;
  }
  return report;
}

/** What a file created or changed: chapters, Vorhaben, developments. */
function changeCount(report: ImportReport): number {
  return report.chapters.created + report.chapters.changed + report.pledges.created + report.pledges.changed + report.developmentsCreated;
}

function archiveChanged(file: ChapterFile, agreementSlug: string): InputFileError {
  return new InputFileError(
    file.path,
    `agreement "${agreementSlug}" is archived (government active: false) and read-only; to change it, set active: true in its agreement.yml and import with --reopen`,
  );
}

/**
 * Creates the agreement, or changes an existing one only where an agreement.yml says so; `archived`
 * when its government was archived before and still is: then the run may not change its content.
 * An archived government is reopened only when the file says `active: true` and the caller passed
 * `reopen`: an old export (which says `active: true`) must not undo an archiving.
 */
async function saveAgreementOf(
  db: Db,
  group: AgreementFiles,
  reopen: boolean,
  report: ImportReport,
): Promise<{ agreementId: number; archived: boolean }> {
  const description = group.description;
  const existing = await findAgreementBySlug(db, group.slug);
  const given = description?.government;
  // Read again under a lock that lasts the import (PostgreSQL): archiving in the back office waits
  // for the run, and a run that started later sees the state the archiving left.
  const known = existing ? await lockGovernment(db, existing.government_id) : undefined;
  const title = description?.title ?? existing?.title ?? readableTitle(group.folderName);
  const wasArchived = known?.active === 0;
  let active = given?.active ?? (known ? known.active === 1 : true);
  if (wasArchived && active && !reopen) {
    active = false;
    report.warnings.push(
      `government "${known.slug}" is archived; its agreement.yml says active: true, but only import --reopen reopens it`,
    );
  }
  if (wasArchived && active) report.warnings.push(`government "${known.slug}" reopened`);
  if (known?.active === 1 && !active) report.warnings.push(`government "${known.slug}" archived (agreement.yml says active: false)`);
  const governmentId = await saveGovernment(db, {
    slug: given?.slug ?? known?.slug ?? group.slug,
    name: given?.name ?? known?.name ?? title,
    parties: given?.parties ?? (known ? partiesOf(known) : []),
    termStart: given?.termStart ?? known?.term_start ?? null,
    termEnd: given?.termEnd ?? known?.term_end ?? null,
    active,
  });
  const agreementId = await saveAgreement(db, governmentId, {
    slug: group.slug,
    title,
    sourceUrl: description?.sourceUrl ?? existing?.source_url ?? null,
    licence: description?.licence ?? existing?.licence ?? null,
  });
  return { agreementId, archived: wasArchived && !active };
}

/**
 * The statement id of each statement: its id as written, else derived from its summary (never equal
 * to an id of its agreement in the run). Ids are unique within an agreement: one used twice in an
 * agreement's files, or a chapter file named twice for one agreement, is rejected.
 */
function assignStatementIds(groups: AgreementFiles[]): Map<ChapterFile, { id: string; derived: boolean }[]> {
  const errors: InputFileError[] = [];
  const idsByFile = new Map<ChapterFile, { id: string; derived: boolean }[]>();
  for (const group of groups) {
    const fileNames = new Map<string, string>();
    const firstUse = new Map<string, string>();
    const explicitIds = new Set(group.files.flatMap((file) => file.chapter.statements.map((statement) => statement.id)));
    for (const file of group.files) {
      const earlier = fileNames.get(file.fileName);
      if (earlier) errors.push(new InputFileError(file.path, `the same chapter file as ${earlier}`));
      fileNames.set(file.fileName, file.path);
      const derivedInFile = new Set<string>();
      const ids = file.chapter.statements.map((statement) => {
        if (statement.id !== null) {
          const earlierUse = firstUse.get(statement.id);
          if (earlierUse)
            errors.push(new InputFileError(file.path, `id "${statement.id}" is also used at ${earlierUse}`, statement.line, 'id'));
          firstUse.set(statement.id, `${file.path}:${statement.line}`);
          return { id: statement.id, derived: false };
        }
        const base = slugify(statement.summary) || 'vorhaben';
        const id = uniqueSlug(base, (candidate) => derivedInFile.has(candidate) || explicitIds.has(candidate));
        derivedInFile.add(id);
        return { id, derived: true };
      });
      idsByFile.set(file, ids);
    }
  }
  if (errors.length > 0) throw new ImportRejected(errors);
  return idsByFile;
}
