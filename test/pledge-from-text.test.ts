// Editors make a draft Vorhaben of any passage they mark in a chapter's text, not only of the
// extractor's candidates: the chapter page offers the form, the server finds the passage in the source.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { locateSelection } from '../src/services/admin/pledge-from-text.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { dumpDatabase } from './support/dump.ts';
import { formValues } from './support/html-form.ts';
import { parseHtml } from './support/html.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const CHAPTER = '/kapitel/2-2-digitale-innovationen';

test('a selection is found across line breaks and by its occurrence; text that is not there is not found', () => {
  const body = 'Wir werden prüfen.\nWir werden\nprüfen. Ende **fett**.';
  assert.deepEqual(locateSelection(body, 'Wir werden prüfen.', 0), { start: 0, end: 18 });
  assert.deepEqual(locateSelection(body, 'Wir werden prüfen.', 1), { start: 19, end: 37 });
  assert.deepEqual(locateSelection(body, 'Ende fett', 0), undefined, 'a selection across formatting is not in the source as such');
  assert.deepEqual(locateSelection(body, 'Ende', 5), { start: 38, end: 42 }, 'an only occurrence whatever the count said');
});

for (const dialect of DIALECTS) {
  describe(`a Vorhaben from a passage (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });
    let editor: AdminClient;

    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
    });

    test('the chapter page offers editors the form; sending a passage creates an anchored, audited draft', async () => {
      const page = await editor.page(CHAPTER);
      const form = formValues(page.html, '/admin/kapitel/2-2-digitale-innovationen/vorhaben');
      assert.ok(page.dom.has('script[src^="/assets/selection.js"]'));
      assert.ok(!parseHtml(await (await site.app.request(CHAPTER)).text()).has('#aus-auswahl'), 'not for readers');

      const created = await editor.post('/admin/kapitel/2-2-digitale-innovationen/vorhaben', {
        ...form,
        text: 'Deutschland braucht einen  digitalen Aufbruch.',
        occurrence: '0',
      });
      assert.equal(created.status, 303);
      const slug = /^\/admin\/vorhaben\/([a-z0-9-]+)\?angelegt=1$/.exec(created.headers.get('location') ?? '')![1]!;
      const pledge = (await findPledgeBySlug(site.db, slug))!;
      assert.equal(pledge.quote, 'Deutschland braucht einen digitalen Aufbruch.');
      assert.equal(pledge.published, 0);
      assert.ok(pledge.title.length > 0);
      assert.match((await editor.page(`/admin/vorhaben/${slug}?angelegt=1`)).html, /Als Entwurf angelegt/);
      assert.equal((await site.app.request(`/vorhaben/${slug}`)).status, 404, 'a draft until published');
      const audit = await site.db
        .selectFrom('audit_log')
        .select(['action', 'summary'])
        .where('entity_type', '=', 'pledge')
        .where('entity_id', '=', pledge.id)
        .execute();
      assert.deepEqual(
        audit.map((entry) => entry.action),
        ['pledge.create'],
      );
    });

    test('a passage that is not in the text is refused with a message, and nothing is written', async () => {
      const form = formValues((await editor.page(CHAPTER)).html, '/admin/kapitel/2-2-digitale-innovationen/vorhaben');
      const before = await dumpDatabase(site.db);
      const refused = await editor.post('/admin/kapitel/2-2-digitale-innovationen/vorhaben', {
        ...form,
        text: 'Dieser Satz steht nirgends.',
      });
      assert.equal(refused.status, 422);
      assert.match(await refused.text(), /steht so nicht im Kapiteltext/);
      assert.deepEqual(await dumpDatabase(site.db), before);
    });
  });
}
