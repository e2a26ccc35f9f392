// The back office counts in German: singular for one, plural otherwise; the start page leads to what waits.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { buildDevelopment, buildPledge, buildSuggestion } from './support/factories.ts';
import { testSite } from './support/site.ts';

for (const dialect of DIALECTS) {
  describe(`counts on the start page (${dialect})`, () => {
    const site = testSite(dialect);
    let editor: AdminClient;

    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
    });

    test('one open suggestion and one draft are named in the singular, two in the plural', async () => {
      const pledge = await buildPledge(site.db);
      await buildSuggestion(site.db, { pledge });
      await buildDevelopment(site.db, { pledge, publishedAt: null });
      const draft = await buildPledge(site.db, { published: 0 });
      const one = (await editor.page('/admin')).dom.texts('.work-summary li');
      assert.deepEqual(one, [
        '1 offener Hinweis',
        '0 offene Funde aus Parlament und Feeds',
        '1 Entwurf einer Entwicklung',
        '1 unveröffentlichtes Vorhaben',
      ]);

      await buildSuggestion(site.db, { pledge });
      await buildDevelopment(site.db, { pledge, publishedAt: null });
      await buildPledge(site.db, { published: 0 });
      const two = (await editor.page('/admin')).dom.texts('.work-summary li');
      assert.deepEqual(two, [
        '2 offene Hinweise',
        '0 offene Funde aus Parlament und Feeds',
        '2 Entwürfe von Entwicklungen',
        '2 unveröffentlichte Vorhaben',
      ]);

      const unpublished = (await editor.page('/admin/vorhaben?unveroeffentlicht=1')).dom;
      assert.ok(unpublished.has(`a[href="/admin/vorhaben/${draft.slug}"]`));
      assert.ok(!unpublished.has(`a[href="/admin/vorhaben/${pledge.slug}"]`), 'the filter leaves published ones out');
    });
  });
}
