// Entries the tracker writes on its own — a rating set in the edit form, a file's status taken over
// without reports — count for status and rating and show in the status history and the audit log,
// but are no developments: not in the timeline, the feeds, the search, nor the "Letzte Entwicklung".
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { chapterText, writeChapterFolder } from './support/chapter-file.ts';
import { DIALECTS } from './support/dialects.ts';
import { buildDevelopment } from './support/factories.ts';
import { formValues } from './support/html-form.ts';
import { testSite } from './support/site.ts';

const today = new Date('2024-03-01T10:00:00Z');

for (const dialect of DIALECTS) {
  describe(`automatic entries (${dialect})`, () => {
    const site = testSite(dialect, {
      clock: () => today,
      seed: async (store) => {
        const folder = writeChapterFolder({
          'klima.md': chapterText({
            title: '1. Klima',
            body: '\nWir schützen das Klima.\n',
            statements: [{ summary: 'Klimageld einführen', id: 'klimageld', status: 'in_progress', lastUpdate: '2023-03-01' }],
          }),
        });
        await importAgreementFiles(store.db, [folder], { now: today });
      },
    });
    let editor: AdminClient;

    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
    });

    test('a file’s status and a rating from the form change status and rating, show in the status history and the audit log, and are no developments', async () => {
      const form = formValues((await editor.page('/admin/vorhaben/klimageld')).html, '/admin/vorhaben/klimageld');
      assert.equal((await editor.post('/admin/vorhaben/klimageld', { ...form, rating: '4' })).status, 303);

      const pledge = (await findPledgeBySlug(site.db, 'klimageld'))!;
      assert.deepEqual(
        [pledge.status, pledge.rating, pledge.last_event_date],
        ['in_progress', 4, null],
        'no development yet: no date of the last one',
      );
      const entries = await site.db
        .selectFrom('updates')
        .select(['origin', 'automatic'])
        .where('pledge_id', '=', pledge.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(entries, [
        { origin: 'import', automatic: 1 },
        { origin: 'editor', automatic: 1 },
      ]);

      const page = await site.page('/vorhaben/klimageld');
      assert.ok(!page.has('ol.timeline'), 'the timeline is empty');
      assert.match(page.find('#timeline-heading').parent!.text, /Noch keine Entwicklungen/);
      assert.deepEqual(
        page.find('#history-heading').parent!.texts('tbody td'),
        ['1.3.2023', 'nicht begonnen', 'begonnen'],
        'the status history has the file’s status',
      );
      assert.equal(page.find('dl.facts').terms['Bewertung'], '4 von 5');
      for (const path of [
        '/feed.xml',
        '/vorhaben/klimageld/feed.xml',
        '/kapitel/klima',
        '/vorhaben',
        '/api/v1/updates',
        '/suche?q=Bewertung',
        '/suche?q=Stand',
      ]) {
        const body = await (await site.app.request(path)).text();
        assert.doesNotMatch(body, /Stand aus klima\.md übernommen|Bewertung: 4 von 5/, path);
      }
      const audit = await site.db
        .selectFrom('audit_log')
        .select(['action', 'before', 'after'])
        .where('entity_type', '=', 'pledge')
        .where('entity_id', '=', pledge.id)
        .execute();
      assert.deepEqual(
        audit.map((entry) => [entry.action, JSON.parse(entry.before!).rating, JSON.parse(entry.after!).rating]),
        [['pledge.update', '', '4']],
      );

      await buildDevelopment(site.db, { pledge, eventDate: '2024-02-01', title: 'Gesetzentwurf im Kabinett' });
      assert.equal((await findPledgeBySlug(site.db, 'klimageld'))!.last_event_date, '2024-02-01');
      const chapter = await (await site.app.request('/kapitel/klima')).text();
      assert.match(chapter, /Gesetzentwurf im Kabinett/, 'a development written by an editor is the latest');
    });
  });
}
