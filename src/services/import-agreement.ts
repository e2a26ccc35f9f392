// Use case: import chapter files of one or more agreements, all in one transaction.
import { InputFileError } from '../domain/errors.ts';
import { slugify, uniqueSlug } from '../domain/slug.ts';
import { findAgreementBySlug, findGovernmentForUpdate, partiesOf, saveAgreement, saveGovernment } from '../store/agreements.ts';
import type { Db } from '../store/database.ts';
import { extractCandidates } from '../text/extract.ts';
import { reconcileCandidates } from './import/apply-candidates.ts';
import { applyChapter, type ImportContext } from './import/apply-chapter.ts';
import { applyStatement } from './import/apply-statement.ts';
import { ImportRejected, readChapterFiles, type AgreementFiles, type ChapterFile } from './import/chapter-files.ts';
import { emptyReport, type ImportReport } from './import/import-report.ts';
import { indexChapter } from './search-index.ts';

export { ImportRejected } from './import/chapter-files.ts';
export type { ImportReport } from './import/import-report.ts';

export interface ImportOptions {
  /** Put every file into this agreement, whatever agreement.yml says. */
  agreementSlug?: string;
  now?: Date;
  onProgress?: (done: number, total: number, fileName: string) => void;
}

/**
 * Reads every file first and writes nothing unless all of them are sound; then writes all
 * of them in one transaction, so a failure leaves the database as it was. An archived agreement
 * (its government `active: false` before and after the run) takes a re-import that changes
 * nothing; a file that would change it is rejected.
 */
export async function importAgreementFiles(db: Db, paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const groups = readChapterFiles(paths, options.agreementSlug);
  const slugsByFile = assignStatementSlugs(groups);
  const candidatesByFile = new Map(groups.flatMap((group) => group.files).map((file) => [file, extractCandidates(file.chapter.body)]));
  const report = emptyReport();
  const now = options.now ?? new Date();
  const total = groups.reduce((sum, group) => sum + group.files.length, 0);
  let done = 0;
  try {
    await db.transaction().execute(async (trx) => {
      for (const group of groups) {
        const { agreementId, archived } = await saveAgreementOf(trx, group);
        report.agreements.push(group.slug);
        const context: ImportContext = { agreementId, agreementSlug: group.slug, now, report };
        for (const file of group.files) {
          const changesBefore = changeCount(report);
          const chapterId = await applyChapter(trx, context, file);
          const slugs = slugsByFile.get(file)!;
          for (const [index, statement] of file.chapter.statements.entries()) {
            const { slug, derived } = slugs[index]!;
            await applyStatement(trx, context, { file, chapterId, statement, slug, derived });
          }
          if (archived && changeCount(report) > changesBefore) throw archiveChanged(file, group.slug);
          // An archive's review is over: the extractor's proposals stay as they were decided.
          if (!archived) await reconcileCandidates(trx, chapterId, candidatesByFile.get(file)!, now.toISOString());
          await indexChapter(trx, chapterId);
          options.onProgress?.(++done, total, file.fileName);
        }
      }
    });
  } catch (error) {
    if (error instanceof InputFileError) throw new ImportRejected([error]);
    throw error;
  }
  return report;
}

/** What a file created or changed: chapters, Vorhaben, developments. */
function changeCount(report: ImportReport): number {
  return report.chapters.created + report.chapters.changed + report.pledges.created + report.pledges.changed + report.updatesCreated;
}

function archiveChanged(file: ChapterFile, agreementSlug: string): InputFileError {
  return new InputFileError(file.path, `agreement "${agreementSlug}" is archived (government active: false) and read-only; set active: true in its agreement.yml to change it`);
}

/**
 * Creates the agreement, or changes an existing one only where an agreement.yml says so; `archived`
 * when its government was archived before and still is: then the run may not change its content.
 */
async function saveAgreementOf(db: Db, group: AgreementFiles): Promise<{ agreementId: number; archived: boolean }> {
  const description = group.description;
  const existing = await findAgreementBySlug(db, group.slug);
  const given = description?.government;
  // Read again under a lock that lasts the import (PostgreSQL): archiving in the back office waits
  // for the run, and a run that started later sees the state the archiving left.
  const known = existing ? await findGovernmentForUpdate(db, existing.government_id) : undefined;
  const title = description?.title ?? existing?.title ?? group.folderName;
  const active = given?.active ?? (known ? known.active === 1 : true);
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
  return { agreementId, archived: known?.active === 0 && !active };
}

/**
 * The pledge slug of each statement: its id, else derived from its summary (never equal to an
 * id of the run). An id used twice in one run, or a chapter file named twice for one agreement,
 * is rejected.
 */
function assignStatementSlugs(groups: AgreementFiles[]): Map<ChapterFile, { slug: string; derived: boolean }[]> {
  const errors: InputFileError[] = [];
  const firstUse = new Map<string, string>();
  const slugsByFile = new Map<ChapterFile, { slug: string; derived: boolean }[]>();
  const explicitIds = new Set(groups.flatMap((group) => group.files.flatMap((file) => file.chapter.statements.map((statement) => statement.id))));
  for (const group of groups) {
    const fileNames = new Map<string, string>();
    for (const file of group.files) {
      const earlier = fileNames.get(file.fileName);
      if (earlier) errors.push(new InputFileError(file.path, `the same chapter file as ${earlier}`));
      fileNames.set(file.fileName, file.path);
      const derivedInFile = new Set<string>();
      const slugs = file.chapter.statements.map((statement) => {
        if (statement.id !== null) {
          const where = `${file.path}:${statement.line}`;
          const earlierUse = firstUse.get(statement.id);
          if (earlierUse) errors.push(new InputFileError(file.path, `id "${statement.id}" is also used at ${earlierUse}`, statement.line, 'id'));
          firstUse.set(statement.id, where);
          return { slug: statement.id, derived: false };
        }
        const base = slugify(statement.summary) || 'vorhaben';
        const slug = uniqueSlug(base, (candidate) => derivedInFile.has(candidate) || explicitIds.has(candidate));
        derivedInFile.add(slug);
        return { slug, derived: true };
      });
      slugsByFile.set(file, slugs);
    }
  }
  if (errors.length > 0) throw new ImportRejected(errors);
  return slugsByFile;
}
