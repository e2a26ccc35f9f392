// The audit log page: who did what when with before/after, filters in the URL, paging, roles.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AUDIT_PAGE_SIZE } from '../src/services/admin/audit-log.ts';
import { submitSuggestion } from '../src/services/admin/suggestions.ts';
import { AdminClient, createAccount, signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { testSite } from './support/site.ts';
import { seedSite } from './support/site-fixture.ts';

const entriesOf = (html: string) => [...html.matchAll(/<li id="eintrag-(\d+)" class="audit-entry">/g)].map((match) => Number(match[1]));

for (const dialect of DIALECTS) {
  describe(`audit log (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => now });
    let now = new Date('2026-03-02T09:00:00Z');
    let admin: AdminClient;
    let adminEmail: string;
    let editor: AdminClient;
    let editorEmail: string;
    let targetId: number;
    let suggestionId: number;

    /** Moves the clock; sessions last hours, so both sign in again. */
    const signInAt = async (at: Date) => {
      now = at;
      admin = new AdminClient(site.app);
      editor = new AdminClient(site.app);
      assert.equal((await admin.signIn(adminEmail)).status, 303);
      assert.equal((await editor.signIn(editorEmail)).status, 303);
    };
    const idOf = async (email: string) => (await site.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

    before(async () => {
      adminEmail = await createAccount(site.db, 'admin');
      editorEmail = await createAccount(site.db, 'editor');
      await signInAt(now);
      targetId = await idOf(await createAccount(site.db, 'expert'));

      // 2 March: the admin disables and enables an account.
      assert.equal((await admin.post(`/admin/konten/${targetId}/sperren`, {})).status, 303);
      assert.equal((await admin.post(`/admin/konten/${targetId}/entsperren`, {})).status, 303);
      // 5 March: a suggestion comes in and the editor rejects it.
      await signInAt(new Date('2026-03-05T15:30:00Z'));
      suggestionId = await submitSuggestion(site.db, 'verschluesselung', { text: 'Eine Meldung, die nicht stimmt.', source_url: 'https://example.org/meldung' }, now);
      assert.equal((await editor.post(`/admin/hinweise/${suggestionId}/ablehnen`, { reason: 'Beleg fehlt' })).status, 303);
    });

    test('shows each action with who, when, what and the fields before and after, newest first', async () => {
      const { status, html } = await editor.page('/admin/protokoll');
      assert.equal(status, 200);
      const ids = entriesOf(html);
      assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first');

      const rejection = html.slice(html.indexOf('Hinweis abgelehnt'));
      assert.match(html, new RegExp(`<span class="audit-user">${editorEmail}</span> · <span class="audit-action">Hinweis abgelehnt</span> · <span class="audit-entity"><a href="/admin/hinweise/${suggestionId}">Hinweis ${suggestionId}</a></span>`));
      assert.match(rejection, /<th scope="row">Status<\/th><td class="change-before">open<\/td><td class="change-after">rejected<\/td>/);
      assert.match(rejection, /<th scope="row">Grund<\/th><td class="change-before">–<\/td><td class="change-after">Beleg fehlt<\/td>/);
      assert.match(html, /<time datetime="2026-03-05T15:30:00.000Z">05.03.2026, 16:30<\/time>/);

      assert.match(html, new RegExp(`<span class="audit-user">${adminEmail}</span> · <span class="audit-action">Konto gesperrt</span> · <span class="audit-entity">Konto ${targetId}</span>`));
      assert.match(html, /<th scope="row">gesperrt<\/th><td class="change-before">nein<\/td><td class="change-after">ja<\/td>/);
      assert.match(html, /<span class="audit-user">System<\/span> · <span class="audit-action">Hinweis eingegangen<\/span>/);
    });

    test('filters by account, kind, action and dates narrow the list and stay in the form', async () => {
      const all = entriesOf((await editor.page('/admin/protokoll')).html).length;

      const byAdmin = await editor.page(`/admin/protokoll?benutzer=${await idOf(adminEmail)}`);
      assert.equal(entriesOf(byAdmin.html).length, 2);
      assert.doesNotMatch(byAdmin.html, /audit-action">Hinweis/);
      assert.match(byAdmin.html, new RegExp(`<option value="${await idOf(adminEmail)}" selected="">`));

      const suggestions = await editor.page('/admin/protokoll?typ=suggestion');
      assert.deepEqual([...suggestions.html.matchAll(/class="audit-action">([^<]+)</g)].map((match) => match[1]), ['Hinweis abgelehnt', 'Hinweis eingegangen']);

      const disables = await editor.page('/admin/protokoll?aktion=user.disable');
      assert.equal(entriesOf(disables.html).length, 1);

      const fifth = await editor.page('/admin/protokoll?von=2026-03-05&bis=2026-03-05');
      assert.equal(entriesOf(fifth.html).length, 2);
      assert.match(fifth.html, /<input id="von" name="von" type="date" value="2026-03-05"/);
      const second = await editor.page('/admin/protokoll?von=2026-03-02&bis=2026-03-02');
      assert.equal(entriesOf(second.html).length, 2);
      assert.ok(entriesOf(fifth.html).length + entriesOf(second.html).length < all, 'account creations lie outside both days');

      const none = await editor.page('/admin/protokoll?typ=suggestion&von=2026-03-06');
      assert.match(none.html, /Keine Einträge für diese Auswahl\./);
    });

    test('filter values that do not fit are messages at their fields, never an error page', async () => {
      const { status, html } = await editor.page(`/admin/protokoll?benutzer=abc&von=2026-02-31&bis=%3Cscript%3E&vor=-1&typ=${encodeURIComponent('"><script>')}`);
      assert.equal(status, 422);
      assert.match(html, /<p class="field-error" id="von-error">ein Datum \(JJJJ-MM-TT\)<\/p>/);
      assert.match(html, /<p class="field-error" id="benutzer-error">ein Konto aus der Liste<\/p>/);
      assert.ok(!html.includes('<script>'));
      assert.ok(entriesOf(html).length > 0, 'the unusable filters are left out');
    });

    test('pages of 50 go back in time through "Ältere Einträge", keeping the filter', async () => {
      await signInAt(new Date('2026-03-07T08:00:00Z'));
      for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index++) {
        await submitSuggestion(site.db, 'verschluesselung', { text: `Hinweis Nummer ${index} zum Vorhaben.`, source_url: `https://example.org/${index}` }, now);
      }
      const first = await editor.page('/admin/protokoll?aktion=suggestion.create');
      const firstIds = entriesOf(first.html);
      assert.equal(firstIds.length, AUDIT_PAGE_SIZE);
      const older = /<a href="([^"]+)" rel="next">Ältere Einträge<\/a>/.exec(first.html)?.[1]?.replace(/&amp;/g, '&');
      assert.equal(older, `/admin/protokoll?aktion=suggestion.create&vor=${firstIds.at(-1)}`);

      const second = await editor.page(older!);
      const secondIds = entriesOf(second.html);
      assert.equal(secondIds.length, 6, 'five more of this batch and the one from 5 March');
      assert.ok(Math.max(...secondIds) < Math.min(...firstIds));
      assert.doesNotMatch(second.html, /Ältere Einträge/);
      assert.match(second.html, /<a href="\/admin\/protokoll\?aktion=suggestion.create">Zu den neuesten Einträgen<\/a>/);
    });

    test('experts get 403; the navigation shows the log only to editors and admins', async () => {
      const expert = await signedIn(site.app, site.db, 'expert');
      assert.equal((await expert.get('/admin/protokoll')).status, 403);
      assert.doesNotMatch((await expert.page('/admin')).html, /href="\/admin\/protokoll"/);
      assert.match((await admin.page('/admin')).html, /href="\/admin\/protokoll"/);
      assert.equal((await admin.get('/admin/protokoll')).status, 200);
    });
  });
}
