// Published pledges across an agreement with what a list shows of them.
import { sql } from 'kysely';
import type { Db } from './database.ts';

export async function listPublishedPledges(db: Db, agreementId: number) {
  return db
    .selectFrom('pledges')
    .innerJoin('chapters', 'chapters.id', 'pledges.chapter_id')
    .select([
      'pledges.id',
      'pledges.slug',
      'pledges.title',
      'pledges.status',
      'pledges.last_event_date',
      'pledges.chapter_id',
      'chapters.slug as chapter_slug',
      'chapters.heading as chapter_heading',
    ])
    .where('pledges.agreement_id', '=', agreementId)
    .where('pledges.published', '=', 1)
    .orderBy('chapters.position')
    .orderBy('chapters.file_name')
    .orderBy(sql`case when pledges.quote_start is null then 1 else 0 end`)
    .orderBy('pledges.quote_start')
    .orderBy('pledges.id')
    .execute();
}
