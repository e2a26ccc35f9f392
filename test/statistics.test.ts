// Statistics: the month-by-month status sweep (unit) and /statistik over real HTTP on both dialects.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STATUSES, type Status } from '../src/domain/status.ts';
import { statusAt, type StatusEvent } from '../src/domain/status-history.ts';
import { emptyCounts } from '../src/services/public/overview.ts';
import { groupByMinistry, loadStatistics, monthSamples, statusCountsByMonth } from '../src/services/public/statistics.ts';
import { findChapterBySlug, updateChapter } from '../src/store/chapters.ts';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { listStatusChanges, type StatusChange } from '../src/store/development-list.ts';
import { DIALECTS } from './support/dialects.ts';
import type { Tag } from './support/html.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const change = (pledgeId: number, date: string, status: Status, developmentId = 0): StatusChange => ({
  pledgeId,
  date,
  status,
  developmentId,
});
const counts = (partial: Partial<Record<Status, number>>) => ({ ...emptyCounts(), ...partial });

describe('monthSamples', () => {
  test('runs from the start month to the end month, each counted at its last day or the end date', () => {
    assert.deepEqual(monthSamples('2021-12-08', '2022-03-10'), [
      { month: '2021-12', date: '2021-12-31' },
      { month: '2022-01', date: '2022-01-31' },
      { month: '2022-02', date: '2022-02-28' },
      { month: '2022-03', date: '2022-03-10' },
    ]);
  });

  test('knows leap years and gives nothing when the end lies before the start', () => {
    assert.equal(monthSamples('2024-02-01', '2024-02-29')[0]!.date, '2024-02-29');
    assert.deepEqual(monthSamples('2025-01-01', '2024-12-31'), []);
  });
});

describe('statusCountsByMonth', () => {
  const samples = monthSamples('2022-01-01', '2022-04-30');

  test('every pledge starts as not started; the total stays the number of pledges', () => {
    const result = statusCountsByMonth(3, [], samples);
    assert.equal(result.length, 4);
    for (const month of result)
      assert.deepEqual({ counts: month.counts, total: month.total }, { counts: counts({ not_started: 3 }), total: 3 });
  });

  test('a change on the last day of a month counts in that month, one on the first day in the next', () => {
    const result = statusCountsByMonth(2, [change(1, '2022-01-31', 'in_progress'), change(2, '2022-03-01', 'implemented')], samples);
    assert.deepEqual(
      result.map((month) => month.counts),
      [
        counts({ not_started: 1, in_progress: 1 }),
        counts({ not_started: 1, in_progress: 1 }),
        counts({ in_progress: 1, implemented: 1 }),
        counts({ in_progress: 1, implemented: 1 }),
      ],
    );
  });

  test('a pledge that changes several times, also within one month, is counted once in its status at the month end', () => {
    const changes = [
      change(1, '2022-01-10', 'in_progress', 1),
      change(1, '2022-01-20', 'deferred', 2),
      change(1, '2022-02-15', 'in_progress', 3),
      change(1, '2022-03-31', 'partially_implemented', 4),
      change(1, '2022-04-02', 'implemented', 5),
      change(1, '2022-04-03', 'broken', 6),
    ];
    assert.deepEqual(
      statusCountsByMonth(1, changes, samples).map((month) => STATUSES.find((status) => month.counts[status] === 1)),
      ['deferred', 'in_progress', 'partially_implemented', 'broken'],
    );
  });

  test('changes on the same day take effect in update order, whatever order they come in', () => {
    const changes = [change(1, '2022-01-05', 'broken', 9), change(1, '2022-01-05', 'implemented', 3)];
    assert.deepEqual(statusCountsByMonth(1, changes, samples)[0]!.counts, counts({ broken: 1 }));
  });

  test('changes before the first month count from the start; changes after the last sample are not counted', () => {
    const result = statusCountsByMonth(2, [change(1, '2021-06-01', 'in_progress'), change(2, '2022-05-01', 'implemented')], samples);
    assert.deepEqual(result[0]!.counts, counts({ in_progress: 1, not_started: 1 }));
    assert.deepEqual(result.at(-1)!.counts, counts({ in_progress: 1, not_started: 1 }));
  });

  test('a pledge whose first development comes late is not started until then; repeating a status changes nothing', () => {
    const result = statusCountsByMonth(
      2,
      [change(1, '2022-01-03', 'in_progress', 1), change(1, '2022-02-03', 'in_progress', 2), change(2, '2022-04-11', 'implemented', 3)],
      samples,
    );
    assert.deepEqual(
      result.map((month) => month.counts),
      [
        counts({ in_progress: 1, not_started: 1 }),
        counts({ in_progress: 1, not_started: 1 }),
        counts({ in_progress: 1, not_started: 1 }),
        counts({ in_progress: 1, implemented: 1 }),
      ],
    );
  });

  test('agrees with the status derivation of the domain (statusAt) for random histories', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const months = monthSamples('2021-12-08', '2025-12-07');
    const days = months.map((month) => month.date);
    for (let round = 0; round < 20; round += 1) {
      const pledges = 1 + random(12);
      const events: (StatusEvent & { pledgeId: number })[] = Array.from({ length: random(40) }, (_, index) => ({
        id: 1 + random(1000) * 100 + index,
        pledgeId: 1 + random(pledges),
        eventDate: `${2021 + random(5)}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`,
        publishedAt: '2024-01-01T00:00:00Z',
        statusChange: STATUSES[random(STATUSES.length)]!,
        ratingChange: null,
      }));
      const swept = statusCountsByMonth(
        pledges,
        events.map((event) => change(event.pledgeId, event.eventDate, event.statusChange!, event.id)),
        months,
      );
      days.forEach((day, index) => {
        const expected = emptyCounts();
        for (let pledge = 1; pledge <= pledges; pledge += 1)
          expected[
            statusAt(
              events.filter((event) => event.pledgeId === pledge),
              day,
            )
          ] += 1;
        assert.deepEqual(swept[index]!.counts, expected, `round ${round}, ${day}`);
      });
    }
  });
});

describe('groupByMinistry', () => {
  test('most pledges first, pledges without a lead ministry last', () => {
    const row = (slug: string | null, status: Status, count: number) => ({
      chapterId: 1,
      ministry: slug ? { slug, name: slug.toUpperCase() } : null,
      status,
      count,
    });
    const groups = groupByMinistry([
      row(null, 'not_started', 5),
      row('a', 'implemented', 1),
      row('b', 'in_progress', 2),
      row('b', 'implemented', 1),
    ]);
    assert.deepEqual(
      groups.map((group) => [group.slug, group.total]),
      [
        ['b', 3],
        ['a', 1],
        ['', 5],
      ],
    );
    assert.deepEqual(groups[0]!.counts, counts({ in_progress: 2, implemented: 1 }));
  });
});

for (const dialect of DIALECTS) {
  describe(`/statistik (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });

    const page = site.page;

    /** The number cells of a data-table row, as "count (percent)" texts. */
    function tableRow(table: Tag, label: string): string[] {
      const row = table.findAll('tr').find((candidate) => candidate.query('th[scope="row"]')?.text === label);
      assert.ok(row, `row ${label}`);
      return row.texts('td.number');
    }

    /** The data table of a section of the page, by its heading's id. */
    const tableOf = (statistics: Tag, heading: string) => statistics.find(`section[aria-labelledby="${heading}"] table`);

    test('the store lists published status changes of published pledges only, in effect order', async () => {
      const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
      const changes = await listStatusChanges(site.db, { agreementId: pledge.agreement_id });
      assert.deepEqual(
        changes.map(({ pledgeId, date, status }) => ({ pledgeId, date, status })),
        [
          { pledgeId: pledge.id, date: '2022-05-01', status: 'in_progress' },
          { pledgeId: pledge.id, date: '2023-03-15', status: 'implemented' },
        ],
      );
    });

    test('charts are SVG images named by title and description, each with a data table, linked from the navigation', async () => {
      const statistics = await page('/statistik');
      assert.equal(statistics.find('header nav a[aria-current="page"]').attr('href'), '/statistik');
      assert.equal(statistics.find('header nav a[aria-current="page"]').text, 'Statistik');
      for (const id of ['chart-overall', 'chart-progress', 'chart-chapters', 'chart-ministries']) {
        const chart = statistics.find(`svg.chart#${id}`);
        assert.deepEqual([chart.attr('role'), chart.attr('aria-labelledby')], ['img', `${id}-title ${id}-desc`], id);
        assert.ok(chart.attr('viewbox'), id);
        assert.ok(
          chart.elements[0]!.name === 'title' && chart.elements[0]!.attr('id') === `${id}-title` && chart.elements[0]!.text,
          `${id}: its title comes first`,
        );
        assert.ok(
          chart.elements[1]!.name === 'desc' && chart.elements[1]!.attr('id') === `${id}-desc` && chart.elements[1]!.text,
          `${id}: then its description`,
        );
      }
      assert.deepEqual(statistics.texts('details.chart-data > summary'), Array(4).fill('Zahlen als Tabelle'));
      assert.ok(statistics.texts('caption').includes('Anteil der Status Monat für Monat'));
      assert.equal(statistics.find('desc#chart-overall-desc').text, '2 Vorhaben: 1 nicht begonnen (50 %), 1 umgesetzt (50 %).');
      assert.ok(!/<script|style=/.test(statistics.source), 'no scripts, no inline styles');
    });

    test('the progress runs month by month from the term start to today, derived from published developments', async () => {
      const statistics = await page('/statistik');
      const months = statistics.findAll('table').find((table) => table.query('caption')?.text === 'Anteil der Status Monat für Monat')!;
      assert.equal(months.findAll('th[scope="row"]').length, 25, 'December 2021 to December 2023');
      assert.deepEqual(tableRow(months, 'Dezember 2021'), [
        '2 (100 %)',
        '0 (0 %)',
        '0 (0 %)',
        '0 (0 %)',
        '0 (0 %)',
        '0 (0 %)',
        '0 (0 %)',
        '2',
      ]);
      assert.deepEqual(tableRow(months, 'April 2022').slice(0, 2), ['2 (100 %)', '0 (0 %)']);
      assert.deepEqual(tableRow(months, 'Mai 2022').slice(0, 2), ['1 (50 %)', '1 (50 %)']);
      assert.deepEqual(tableRow(months, 'März 2023').slice(0, 4), ['1 (50 %)', '0 (0 %)', '0 (0 %)', '1 (50 %)']);
      assert.deepEqual(
        tableRow(months, 'Dezember 2023').slice(0, 4),
        ['1 (50 %)', '0 (0 %)', '0 (0 %)', '1 (50 %)'],
        'the draft of November 2023 does not count',
      );
    });

    test('status per chapter and per lead ministry, pledges without one last', async () => {
      const statistics = await page('/statistik');
      const ministries = tableOf(statistics, 'ministries-heading');
      assert.deepEqual(tableRow(ministries, 'Bundesministerium des Innern').slice(3), ['1 (100 %)', '0 (0 %)', '0 (0 %)', '0 (0 %)', '1']);
      assert.deepEqual(ministries.texts('th[scope="row"]'), ['Bundesministerium des Innern', 'ohne Angabe']);
      const chapters = tableOf(statistics, 'chapters-heading');
      assert.deepEqual(tableRow(chapters, '2.2 Digitale Innovationen').at(-1), '2');
      assert.ok(!chapters.text.includes('Präambel'), 'chapters without pledges are left out');
      assert.ok(!statistics.source.includes('Noch geheim'));
    });

    test('a chapter name with control characters or an emoji at the cut still makes a clean label in the chart', async () => {
      const chapter = (await findChapterBySlug(site.db, '2-2-digitale-innovationen'))!;
      await updateChapter(site.db, chapter.id, { heading: `2.2\u0001 ${'A'.repeat(66)}😀 Ende\uFFFE` });
      try {
        const chart = (await page('/statistik')).find('svg#chart-chapters');
        assert.deepEqual(chart.texts('text.chart-label'), [`2.2 ${'A'.repeat(66)}…`], 'cut before the emoji, not through it');
        assert.doesNotMatch(
          chart.toString(),
          /[\u0001\uFFFE\uFFFD]/,
          'the picture holds no control character and no broken half of the emoji',
        );
      } finally {
        await updateChapter(site.db, chapter.id, { heading: chapter.heading });
      }
    });

    test('in English, and linked from the overview', async () => {
      const statistics = await page('/en/statistik');
      assert.equal(statistics.lang, 'en');
      assert.equal(statistics.find('h1').text, 'Statistics');
      assert.ok(statistics.texts('th[scope="row"]').includes('December 2021'));
      assert.equal(statistics.find('header nav a[aria-current="page"]').attr('href'), '/en/statistik');
      assert.equal(statistics.find('header nav a[aria-current="page"]').text, 'Statistics');
      assert.equal((await page('/')).linkTo(/^Mehr Statistik/), '/statistik');
      assert.equal((await page('/en')).linkTo(/^More statistics/), '/en/statistik');
    });

    test('a pledge published later counts in every month since the term start, not started until its first development', async () => {
      const secret = (await findPledgeBySlug(site.db, 'geheim'))!;
      await updatePledge(site.db, secret.id, { published: 1 });
      try {
        const statistics = (await loadStatistics(site.db, undefined, today))!;
        assert.deepEqual(statistics.progress[0]!.counts, counts({ not_started: 3 }));
        assert.deepEqual(statistics.progress.at(-1)!.counts, counts({ not_started: 2, implemented: 1 }));
        assert.equal(statistics.overall.total, 3);
      } finally {
        await updatePledge(site.db, secret.id, { published: 0 });
      }
    });

    test('an unknown agreement is a 404, not an error', async () => {
      assert.equal((await site.app.request('/statistik?vertrag=gibt-es-nicht')).status, 404);
    });
  });
}
