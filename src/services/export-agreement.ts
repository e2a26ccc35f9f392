// Use case: write agreements back as OKF chapter files, statements filled from the tracker.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NotFoundError } from '../domain/errors.ts';
import { AGREEMENT_FILE_NAME, serialiseAgreementFile } from '../formats/agreement-file.ts';
import type { OkfChapter, OkfStatement } from '../formats/okf.ts';
import { serialiseOkfChapter } from '../formats/okf-write.ts';
import { listAgreements, partiesOf, type AgreementWithGovernment } from '../store/agreements.ts';
import { listChapters } from '../store/chapters.ts';
import type { Db } from '../store/database.ts';
import { latestKnownChangeOf } from '../store/pledge-state.ts';
import { listPledgesOfChapter, listPublicPledgesOfChapter } from '../store/pledges.ts';
import type { Chapter, Pledge } from '../store/schema.ts';
import { listPublishedSourcesOfPledge } from '../store/developments.ts';
import { findTermById, topicsOfPledges } from '../store/vocabularies.ts';

export interface ExportReport {
  files: string[];
  warnings: string[];
}

export interface OkfFile {
  /** Path relative to the export folder, e.g. "agreement.yml" or "kv-2021/2-2-digitales.md". */
  path: string;
  text: string;
}

export interface OkfExportOptions {
  agreementSlug?: string;
  /** Only what the public may see (for the public download): no unpublished pledges. */
  publicOnly?: boolean;
}

/**
 * Writes every chapter of the agreement (or of all agreements) to `directory`, with an
 * agreement.yml; several agreements go to one subfolder each.
 */
export async function exportAgreementsAsOkf(db: Db, directory: string, agreementSlug?: string): Promise<ExportReport> {
  const { files, warnings } = await okfFilesOf(db, { agreementSlug });
  const report: ExportReport = { files: [], warnings: warnings.map(({ path, problem }) => `${join(directory, path)}: ${problem}`) };
  await mkdir(directory, { recursive: true });
  for (const file of files) {
    const path = join(directory, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
    if (!file.path.endsWith(AGREEMENT_FILE_NAME)) report.files.push(path);
  }
  return report;
}

/** The files of an export, in memory, with what could not be written as it is. */
export async function okfFilesOf(
  db: Db,
  options: OkfExportOptions = {},
): Promise<{ files: OkfFile[]; warnings: { path: string; problem: string }[] }> {
  const all = await listAgreements(db);
  const agreements = options.agreementSlug ? all.filter((agreement) => agreement.slug === options.agreementSlug) : all;
  if (options.agreementSlug && agreements.length === 0) throw new NotFoundError(`no agreement "${options.agreementSlug}"`);
  const files: OkfFile[] = [];
  const warnings: { path: string; problem: string }[] = [];
  for (const agreement of agreements) {
    const folder = agreements.length === 1 ? '' : `${agreement.slug}/`;
    files.push({ path: `${folder}${AGREEMENT_FILE_NAME}`, text: serialiseAgreementFile(describeAgreement(agreement)) });
    for (const chapter of await listChapters(db, agreement.id)) {
      const okf = await chapterAsOkf(db, chapter, options);
      const { text, unmarked } = serialiseOkfChapter(okf);
      const path = `${folder}${chapter.file_name}`;
      files.push({ path, text });
      for (const id of unmarked)
        warnings.push({ path, problem: `Vorhaben "${id}": its quote overlaps another or holds brackets, so it has no marker` });
    }
  }
  return { files, warnings };
}

function describeAgreement(agreement: AgreementWithGovernment) {
  const { government } = agreement;
  return {
    slug: agreement.slug,
    title: agreement.title,
    sourceUrl: agreement.source_url,
    licence: agreement.licence,
    government: {
      slug: government.slug,
      name: government.name,
      parties: partiesOf(government),
      termStart: government.term_start,
      termEnd: government.term_end,
      active: government.active === 1,
    },
  };
}

export async function chapterAsOkf(db: Db, chapter: Chapter, options: { publicOnly?: boolean } = {}): Promise<OkfChapter> {
  const pledges = options.publicOnly ? await listPublicPledgesOfChapter(db, chapter.id) : await listPledgesOfChapter(db, chapter.id);
  const topics = await topicsOfPledges(
    db,
    pledges.map((pledge) => pledge.id),
  );
  const statements: OkfStatement[] = [];
  for (const pledge of pledges) {
    statements.push(
      await statementOf(
        db,
        chapter,
        pledge,
        (topics.get(pledge.id) ?? []).map((topic) => topic.name),
      ),
    );
  }
  return {
    title: chapter.heading,
    section: chapter.section,
    published: chapter.published === 1,
    statements,
    body: chapter.body,
    source: JSON.parse(chapter.extra) as Record<string, unknown>,
  };
}

async function statementOf(db: Db, chapter: Chapter, pledge: Pledge, categories: string[]): Promise<OkfStatement> {
  const sources = await listPublishedSourcesOfPledge(db, pledge.id);
  const seen = new Set<string>();
  const reports = sources
    .filter((source) => !seen.has(source.url) && seen.add(source.url))
    .map((source) => ({ title: source.title, url: source.url, publisher: source.publisher, date: source.published_on }));
  const anchored =
    pledge.quote_start !== null && pledge.quote_end !== null && chapter.body.slice(pledge.quote_start, pledge.quote_end) === pledge.quote;
  return {
    id: pledge.statement_id ?? pledge.slug,
    summary: pledge.title,
    status: pledge.status,
    categories,
    lastUpdate: await latestKnownChangeOf(db, pledge),
    reports,
    deadline: pledge.deadline,
    leadMinistry: (await findTermById(db, 'ministries', pledge.lead_ministry_id))?.name ?? null,
    rating: pledge.rating,
    successCriterion: pledge.success_criterion,
    partner: (await findTermById(db, 'organisations', pledge.partner_id))?.name ?? null,
    published: pledge.published === 1,
    anchor: anchored ? { start: pledge.quote_start!, end: pledge.quote_end! } : null,
    line: 0,
    source: pledge.statement_source ? (JSON.parse(pledge.statement_source) as Record<string, unknown>) : null,
  };
}
