// Migration: where each line of a chapter's text stood in the PDF it was imported from (page and
// printed line number), in the text form of the chapter file's `pdf_lines` field (formats/pdf/line-map.ts).
// Null for chapters without a PDF behind them.
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('chapters').addColumn('line_map', 'text').execute();
}
