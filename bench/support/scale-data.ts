// Synthetic data at scale for the benchmarks: Vorhaben and developments whose text is cut from the
// 2021 agreement (so words are spread as in real content), and confirmed subscribers. Seeded, so
// every run measures the same data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/store/database.ts';
import type { SubscriptionScope } from '../../src/store/schema-mail.ts';
import { mulberry32 as random } from './random.ts';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/koalitionsvertrag-2021', import.meta.url));
const BATCH = 500;

/** The agreement's sentences of more than 40 characters, links and Markdown marks removed. */
export function corpusSentences(corpus = CORPUS): string[] {
  const bodies = readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(corpus, name), 'utf8').split(/^---$/m).slice(2).join(''));
  return bodies
    .flatMap((body) => body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split(/(?<=[.!?])\s+|\n+/))
    .map((line) => line.replace(/^[#>*\s-]+/, '').trim())
    .filter((line) => line.length > 40);
}

export interface ScaleCounts {
  pledges: number;
  developments: number;
}

/**
 * Adds `pledges` Vorhaben (slugs bench-0 …, spread over the chapters already imported, 95 %
 * published) and `updates` developments on them (90 % published), in one transaction.
 */
export async function generatePledgesAndDevelopments(db: Db, sentences: readonly string[], counts: ScaleCounts): Promise<void> {
  const next = random(2021);
  const pick = () => sentences[Math.floor(next() * sentences.length)]!;
  const words = (count: number) =>
    pick()
      .split(/\s+/)
      .slice(0, count)
      .join(' ')
      .replace(/[,.;:]$/, '');
  const chapters = await db.selectFrom('chapters').select(['id', 'agreement_id']).execute();
  const stamp = '2024-01-01T00:00:00.000Z';
  await db.transaction().execute(async (trx) => {
    for (let from = 0; from < counts.pledges; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, counts.pledges - from) }, (_, offset) => {
        const chapter = chapters[(from + offset) % chapters.length]!;
        return {
          agreement_id: chapter.agreement_id,
          chapter_id: chapter.id,
          slug: `bench-${from + offset}`,
          title: words(3 + Math.floor(next() * 6)),
          quote: pick(),
          success_criterion: `erfüllt, wenn ${words(8)}`,
          published: next() < 0.95 ? 1 : 0,
          updated_at: stamp,
        };
      });
      await trx.insertInto('pledges').values(rows).execute();
    }
    const pledgeIds = (await trx.selectFrom('pledges').select('id').where('slug', 'like', 'bench-%').execute()).map((row) => row.id);
    for (let from = 0; from < counts.developments; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, counts.developments - from) }, () => ({
        pledge_id: pledgeIds[Math.floor(next() * pledgeIds.length)]!,
        event_date: `202${2 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
        published_at: next() < 0.9 ? stamp : null,
        title: words(3 + Math.floor(next() * 5)),
        body: Array.from({ length: 1 + Math.floor(next() * 3) }, pick).join(' '),
        origin: 'editor' as const,
        updated_at: stamp,
      }));
      await trx.insertInto('updates').values(rows).execute();
    }
  });
}

/** Where the subscribers' scopes point: every scope of `target` contains that one pledge. */
export interface SubscriberTarget {
  pledgeId: number;
  chapterId: number;
  ministryId: number;
  topicIds: readonly number[];
}

/** The share of subscribers per scope; the rest follow everything. */
const SCOPE_SHARES: [Exclude<SubscriptionScope, 'all'>, number][] = [
  ['chapter', 0.2],
  ['pledge', 0.15],
  ['topic', 0.15],
  ['ministry', 0.1],
];

/**
 * Adds `count` confirmed subscribers (subscriber-N@bench.example), each following something that
 * contains the target pledge: everything (40 %), its chapter, the pledge, one of its topics or its
 * ministry; every tenth also follows some other pledge, which the target does not touch.
 * Returns how many subscriptions it wrote.
 */
export async function addSubscribers(db: Db, count: number, target: SubscriberTarget, otherPledgeIds: readonly number[]): Promise<number> {
  const next = random(100_000);
  const stamp = '2024-01-01T00:00:00.000Z';
  let written = 0;
  const scopeOf = (draw: number): { scope_type: SubscriptionScope; scope_id: number } => {
    let bound = 0;
    for (const [type, share] of SCOPE_SHARES) {
      bound += share;
      if (draw < bound) {
        const id = {
          chapter: target.chapterId,
          pledge: target.pledgeId,
          ministry: target.ministryId,
          topic: target.topicIds[Math.floor(next() * target.topicIds.length)]!,
        }[type];
        return { scope_type: type, scope_id: id };
      }
    }
    return { scope_type: 'all', scope_id: 0 };
  };
  await db.transaction().execute(async (trx) => {
    for (let from = 0; from < count; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, count - from) }, (_, offset) => {
        const index = from + offset;
        const email = `subscriber-${index}@bench.example`;
        const base = {
          email,
          locale: next() < 0.8 ? ('de' as const) : ('en' as const),
          frequency: 'immediate' as const,
          confirmed_at: stamp,
          created_at: stamp,
        };
        const own = { ...base, ...scopeOf(next()) };
        return index % 10 === 0
          ? [own, { ...base, scope_type: 'pledge' as const, scope_id: otherPledgeIds[index % otherPledgeIds.length]! }]
          : [own];
      }).flat();
      await trx.insertInto('subscriptions').values(rows).execute();
      written += rows.length;
    }
  });
  return written;
}
