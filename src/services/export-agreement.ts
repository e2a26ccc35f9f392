// Use case: write agreements back as OKF chapter files, statements filled from the tracker.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError } from '../domain/errors.ts';
import { serialiseAgreementFile } from '../formats/agreement-file.ts';
import { serialiseOkfChapter, type OkfChapter, type OkfStatement } from '../formats/okf.ts';
import { listAgreements, partiesOf, type AgreementWithGovernment } from '../store/agreements.ts';
import { listChapters } from '../store/chapters.ts';
import type { Db } from '../store/database.ts';
import { listPledgesOfChapter } from '../store/pledges.ts';
import type { Chapter, Pledge } from '../store/schema.ts';
import { listPublishedSourcesOfPledge } from '../store/updates.ts';
import { findTermById, topicsOfPledges } from '../store/vocabularies.ts';

export interface ExportReport {
  files: string[];
  warnings: string[];
}

/**
 * Writes every chapter of the agreement (or of all agreements) to `directory`, with an
 * agreement.yml; several agreements go to one subfolder each.
 */
export async function exportAgreementsAsOkf(db: Db, directory: string, agreementSlug?: string): Promise<ExportReport> {
  const all = await listAgreements(db);
  const agreements = agreementSlug ? all.filter((agreement) => agreement.slug === agreementSlug) : all;
  if (agreementSlug && agreements.length === 0) throw new NotFoundError(`no agreement "${agreementSlug}"`);
  const report: ExportReport = { files: [], warnings: [] };
  for (const agreement of agreements) {
    const folder = agreements.length === 1 ? directory : join(directory, agreement.slug);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'agreement.yml'), serialiseAgreementFile(describeAgreement(agreement)));
    for (const chapter of await listChapters(db, agreement.id)) {
      const { text, unmarked } = serialiseOkfChapter(await chapterAsOkf(db, chapter));
      const path = join(folder, chapter.file_name);
      await writeFile(path, text);
      report.files.push(path);
      for (const id of unmarked) report.warnings.push(`${path}: Vorhaben "${id}": its quote overlaps another or holds brackets, so it has no marker`);
    }
  }
  return report;
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

export async function chapterAsOkf(db: Db, chapter: Chapter): Promise<OkfChapter> {
  const pledges = await listPledgesOfChapter(db, chapter.id);
  const topics = await topicsOfPledges(db, pledges.map((pledge) => pledge.id));
  const statements: OkfStatement[] = [];
  for (const pledge of pledges) {
    statements.push(await statementOf(db, chapter, pledge, (topics.get(pledge.id) ?? []).map((topic) => topic.name)));
  }
  return {
    title: chapter.heading,
    section: chapter.section,
    published: chapter.published === 1,
    statements,
    body: chapter.body,
    extra: JSON.parse(chapter.extra) as Record<string, unknown>,
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
    id: pledge.slug,
    summary: pledge.title,
    status: pledge.status,
    categories,
    lastUpdate: pledge.last_event_date,
    reports,
    deadline: pledge.deadline,
    leadMinistry: (await findTermById(db, 'ministries', pledge.lead_ministry_id))?.name ?? null,
    rating: pledge.rating,
    successCriterion: pledge.success_criterion,
    partner: (await findTermById(db, 'organisations', pledge.partner_id))?.name ?? null,
    published: pledge.published === 1,
    anchor: anchored ? { start: pledge.quote_start!, end: pledge.quote_end! } : null,
    line: 0,
  };
}
