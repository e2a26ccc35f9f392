// The SQL of store/rules.ts says what the rules of domain/ say, on both databases: random Vorhaben and
// developments, each asked of the database and of the rule.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isOverdue } from '../domain/overdue.ts';
import { STATUSES } from '../domain/status.ts';
import { compareByEffect } from '../domain/status-history.ts';
import { DIALECTS, withTestStore } from '../../test/support/dialects.ts';
import { saveAgreement, saveGovernment } from './agreements.ts';
import { insertChapter } from './chapters.ts';
import type { Db } from './database.ts';
import { matchesFilter, resolveFilter } from './pledge-filter.ts';
import { insertPledge } from './pledges.ts';
import { inEffectOrder, isOverdueOn } from './rules.ts';
import { insertDevelopment } from './developments.ts';

const today = '2023-12-08';
const stamp = '2023-12-08T12:00:00.000Z';

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const pick = <T>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)]!;

async function seedChapter(db: Db): Promise<{ agreementId: number; chapterId: number }> {
  const governmentId = await saveGovernment(db, {
    slug: 'regierung',
    name: 'Regierung',
    parties: [],
    termStart: null,
    termEnd: null,
    active: true,
  });
  const agreementId = await saveAgreement(db, governmentId, { slug: 'vertrag', title: 'Vertrag', sourceUrl: null, licence: null });
  const chapterId = await insertChapter(db, {
    agreement_id: agreementId,
    slug: 'kapitel',
    file_name: 'kapitel.md',
    number: '1',
    heading: '1. Kapitel',
    title: 'Kapitel',
    section: null,
    position: 1,
    body: 'Text.',
    published: 1,
    extra: '{}',
    updated_at: stamp,
  });
  return { agreementId, chapterId };
}

for (const dialect of DIALECTS) {
  describe(`store/rules.ts (${dialect})`, () => {
    test('overdue in SQL is isOverdue: deadlines before, on and after today or none, every status', () =>
      withTestStore(dialect, async ({ db }) => {
        const { agreementId, chapterId } = await seedChapter(db);
        const next = random(29);
        const pledges = [];
        for (let index = 0; index < 80; index++) {
          const pledge = {
            deadline: pick(next, [null, '2020-01-01', '2023-12-07', today, '2023-12-09', '2030-06-30']),
            status: pick(next, STATUSES),
          };
          const id = await insertPledge(db, {
            agreement_id: agreementId,
            chapter_id: chapterId,
            slug: `vorhaben-${index}`,
            title: `Vorhaben ${index}`,
            published: 1,
            updated_at: stamp,
            ...pledge,
          });
          pledges.push({ id, ...pledge });
        }
        const overdue = await db
          .selectFrom('pledges')
          .select('id')
          .where((eb) => isOverdueOn(eb, today))
          .orderBy('id')
          .execute();
        assert.deepEqual(
          overdue.map((row) => row.id),
          pledges.filter((pledge) => isOverdue(pledge, today)).map((pledge) => pledge.id),
        );
        const notOverdue = await resolveFilter(db, { notOverdueOn: today });
        const others = await db
          .selectFrom('pledges')
          .select('id')
          .where((eb) => matchesFilter(eb, notOverdue))
          .orderBy('id')
          .execute();
        assert.deepEqual(
          others.map((row) => row.id),
          pledges.filter((pledge) => !isOverdue(pledge, today)).map((pledge) => pledge.id),
        );
        assert.ok(overdue.length > 10 && others.length > 10, 'both kinds are there');
      }));

    test('developments in SQL take effect in the order of compareByEffect, both ways', () =>
      withTestStore(dialect, async ({ db }) => {
        const { agreementId, chapterId } = await seedChapter(db);
        const pledgeId = await insertPledge(db, {
          agreement_id: agreementId,
          chapter_id: chapterId,
          slug: 'vorhaben',
          title: 'Vorhaben',
          published: 1,
          updated_at: stamp,
        });
        const next = random(30);
        const developments = [];
        for (let index = 0; index < 60; index++) {
          // Few days, so many developments share one; entered out of date order.
          const eventDate = pick(next, ['2022-01-01', '2022-06-30', '2023-01-01', '2023-12-08']);
          const id = await insertDevelopment(
            db,
            {
              pledgeId,
              eventDate,
              publishedAt: stamp,
              title: `Schritt ${index}`,
              body: '',
              statusChange: null,
              ratingChange: null,
              origin: 'editor',
              sources: [],
            },
            stamp,
          );
          developments.push({ id, eventDate });
        }
        const query = db.selectFrom('updates').select(['updates.id', 'updates.event_date as eventDate']);
        const expected = [...developments].sort(compareByEffect);
        assert.deepEqual(await inEffectOrder(query).execute(), expected);
        assert.deepEqual(await inEffectOrder(query, 'latestFirst').execute(), expected.reverse());
      }));
  });
}
