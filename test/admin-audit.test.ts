// The audit log page: who did what when with before/after, filters in the URL, paging, roles.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AUDIT_PAGE_SIZE } from '../src/services/admin/audit-log.ts';
import { submitSuggestion } from '../src/services/admin/suggestions.ts';
import { AdminClient, createAccount, signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import type { Tag } from './support/html.ts';
import { formValues } from './support/html-form.ts';
import { fieldError } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { seedSite } from './support/site-fixture.ts';
import { buildCandidate } from './support/factories.ts';

/** The entries of the log as a reader sees them, in page order. */
function entriesOf(page: Tag) {
  return page.findAll('li.audit-entry').map((entry) => ({
    id: Number(entry.attr('id')!.replace('eintrag-', '')),
    heading: [entry.find('.audit-user').text, entry.find('.audit-action').text, entry.query('.audit-entity')?.text]
      .filter(Boolean)
      .join(' · '),
    action: entry.find('.audit-action').text,
    entity: entry.query('.audit-entity a')?.attr('href'),
    time: entry.query('time')?.attr('datetime'),
    shown: entry.query('time')?.text,
    changes: Object.fromEntries(
      entry
        .findAll('tr')
        .filter((row) => row.has('th[scope="row"]'))
        .map((row) => [row.find('th').text, [row.find('td.change-before').text, row.find('td.change-after').text]]),
    ),
  }));
}
const idsOf = (page: Tag) => entriesOf(page).map((entry) => entry.id);

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
    const idOf = async (email: string) =>
      (await site.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

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
      suggestionId = await submitSuggestion(
        site.db,
        'verschluesselung',
        { text: 'Eine Meldung, die nicht stimmt.', source_url: 'https://example.org/meldung' },
        now,
      );
      assert.equal((await editor.post(`/admin/hinweise/${suggestionId}/ablehnen`, { reason: 'Beleg fehlt' })).status, 303);
    });

    test('shows each action with who, when, what and the fields before and after, newest first', async () => {
      const { status, dom } = await editor.page('/admin/protokoll');
      assert.equal(status, 200);
      const entries = entriesOf(dom);
      const ids = entries.map((entry) => entry.id);
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => b - a),
        'newest first',
      );

      const rejection = entries.find((entry) => entry.action === 'Hinweis abgelehnt')!;
      assert.equal(rejection.heading, `${editorEmail} · Hinweis abgelehnt · Hinweis ${suggestionId}`);
      assert.equal(rejection.entity, `/admin/hinweise/${suggestionId}`);
      assert.deepEqual(rejection.changes['Status'], ['open', 'rejected']);
      assert.deepEqual(rejection.changes['Grund'], ['–', 'Beleg fehlt']);
      assert.deepEqual([rejection.time, rejection.shown], ['2026-03-05T15:30:00.000Z', '05.03.2026, 16:30']);

      const disabled = entries.find((entry) => entry.action === 'Konto gesperrt')!;
      assert.equal(disabled.heading, `${adminEmail} · Konto gesperrt · Konto ${targetId}`);
      assert.deepEqual(disabled.changes['gesperrt'], ['nein', 'ja']);
      assert.ok(entries.some((entry) => entry.heading.startsWith('System · Hinweis eingegangen')));
    });

    test('filters by account, kind, action and dates narrow the list and stay in the form', async () => {
      const all = idsOf((await editor.page('/admin/protokoll')).dom).length;

      const byAdmin = (await editor.page(`/admin/protokoll?benutzer=${await idOf(adminEmail)}`)).dom;
      assert.deepEqual(
        entriesOf(byAdmin).map((entry) => entry.action),
        ['Konto entsperrt', 'Konto gesperrt'],
      );
      assert.equal(formValues(byAdmin.source).benutzer, String(await idOf(adminEmail)), 'the filter stays in the form');

      const suggestions = (await editor.page('/admin/protokoll?typ=suggestion')).dom;
      assert.deepEqual(
        entriesOf(suggestions).map((entry) => entry.action),
        ['Hinweis abgelehnt', 'Hinweis eingegangen'],
      );

      const disables = (await editor.page('/admin/protokoll?aktion=user.disable')).dom;
      assert.equal(idsOf(disables).length, 1);

      const fifth = (await editor.page('/admin/protokoll?von=2026-03-05&bis=2026-03-05')).dom;
      assert.equal(idsOf(fifth).length, 2);
      assert.equal(formValues(fifth.source).von, '2026-03-05');
      const second = (await editor.page('/admin/protokoll?von=2026-03-02&bis=2026-03-02')).dom;
      assert.equal(idsOf(second).length, 2);
      assert.ok(idsOf(fifth).length + idsOf(second).length < all, 'account creations lie outside both days');

      const none = (await editor.page('/admin/protokoll?typ=suggestion&von=2026-03-06')).dom;
      assert.match(none.find('main').text, /Keine Einträge für diese Auswahl\./);
    });

    test('filter values that do not fit are messages at their fields, never an error page', async () => {
      const { status, html, dom } = await editor.page(
        `/admin/protokoll?benutzer=abc&von=2026-02-31&bis=%3Cscript%3E&vor=-1&typ=${encodeURIComponent('"><script>')}`,
      );
      assert.equal(status, 422);
      assert.equal(fieldError(dom, 'von'), 'ein Datum (JJJJ-MM-TT)');
      assert.equal(fieldError(dom, 'benutzer'), 'ein Konto aus der Liste');
      assert.ok(!html.includes('<script>'));
      assert.ok(idsOf(dom).length > 0, 'the unusable filters are left out');
    });

    test('pages of 50 go back in time through "Ältere Einträge", keeping the filter', async () => {
      await signInAt(new Date('2026-03-07T08:00:00Z'));
      for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index++) {
        await submitSuggestion(
          site.db,
          'verschluesselung',
          { text: `Hinweis Nummer ${index} zum Vorhaben.`, source_url: `https://example.org/${index}` },
          now,
        );
      }
      const first = (await editor.page('/admin/protokoll?aktion=suggestion.create')).dom;
      const firstIds = idsOf(first);
      assert.equal(firstIds.length, AUDIT_PAGE_SIZE);
      const older = first.find('a[rel="next"]');
      assert.equal(older.text, 'Ältere Einträge');
      assert.equal(older.attr('href'), `/admin/protokoll?aktion=suggestion.create&vor=${firstIds.at(-1)}`);

      const second = (await editor.page(older.attr('href')!)).dom;
      const secondIds = idsOf(second);
      assert.equal(secondIds.length, 6, 'five more of this batch and the one from 5 March');
      assert.ok(Math.max(...secondIds) < Math.min(...firstIds));
      assert.ok(!second.links.some((link) => link.text === 'Ältere Einträge'));
      assert.equal(second.linkTo('Zu den neuesten Einträgen'), '/admin/protokoll?aktion=suggestion.create');
    });

    test('experts get 403; the navigation shows the log only to editors and admins', async () => {
      const expert = await signedIn(site.app, site.db, 'expert');
      assert.equal((await expert.get('/admin/protokoll')).status, 403);
      assert.ok(!(await expert.page('/admin')).dom.has('a[href="/admin/protokoll"]'));
      assert.ok((await admin.page('/admin')).dom.has('a[href="/admin/protokoll"]'));
      assert.equal((await admin.get('/admin/protokoll')).status, 200);
    });

    test('actions and values read as words, and the filter by Vorhaben shows its own entries with its developments and suggestions', async () => {
      await signInAt(new Date('2026-03-09T10:00:00Z'));
      const candidate = await buildCandidate(site.db);
      assert.equal(
        (
          await editor.post(`/admin/vorschlaege/${candidate.id}/annehmen`, {
            title: 'Protokollgesetz beschließen',
            slug: 'protokollgesetz',
          })
        ).status,
        303,
      );
      const form = formValues((await editor.page('/admin/vorhaben/protokollgesetz')).html, '/admin/vorhaben/protokollgesetz');
      assert.equal((await editor.post('/admin/vorhaben/protokollgesetz', { ...form, rating: '3', published: '1' })).status, 303);
      const development = {
        event_date: '2026-03-08',
        title: 'Entwurf im Kabinett',
        body: 'Beschlossen.',
        status_change: 'partially_implemented',
        rating_change: '',
        source_url: 'https://example.org/kabinett',
        source_title: 'Kabinett',
        source_publisher: 'BReg',
        source_date: '2026-03-08',
        aktion: 'entwurf',
      };
      assert.equal((await editor.post('/admin/vorhaben/protokollgesetz/entwicklungen', development)).status, 303);

      const { status, dom } = await editor.page('/admin/protokoll?vorhaben=protokollgesetz');
      assert.equal(status, 200);
      assert.equal(formValues(dom.source, '/admin/protokoll').vorhaben, 'protokollgesetz');
      const entries = entriesOf(dom);
      assert.deepEqual(
        entries.map((entry) => entry.action),
        ['Entwicklung angelegt', 'Vorhaben veröffentlicht', 'Vorhaben angelegt'],
        'the candidate’s entry is not on the Vorhaben',
      );
      assert.deepEqual(entries[0]!.changes['Statusänderung'], ['–', 'teilweise umgesetzt']);
      assert.deepEqual(entries[1]!.changes['veröffentlicht'], ['nein', 'ja']);
      assert.deepEqual(entries[1]!.changes['Bewertung'], ['–', '3 von 5']);
      assert.ok(!entries.some((entry) => /candidate\.|pledge\.|update\./.test(entry.heading)), 'no code names');

      const all = entriesOf((await editor.page('/admin/protokoll?aktion=candidate.accept')).dom);
      assert.equal(all[0]!.action, 'Vorschlag übernommen');
      assert.deepEqual(all[0]!.changes['Entscheidung'], ['offen', 'angenommen']);

      const rejected = entriesOf((await editor.page('/admin/protokoll?vorhaben=verschluesselung&aktion=suggestion.reject')).dom);
      assert.deepEqual(
        rejected.map((entry) => entry.id),
        [
          Number(
            (
              await site.db
                .selectFrom('audit_log')
                .select('id')
                .where('action', '=', 'suggestion.reject')
                .where('entity_id', '=', suggestionId)
                .executeTakeFirstOrThrow()
            ).id,
          ),
        ],
        'a Vorhaben’s suggestions are among its entries',
      );
      assert.deepEqual(
        idsOf((await editor.page('/admin/protokoll?vorhaben=dateninstitut&aktion=suggestion.reject')).dom),
        [],
        'and not among another’s',
      );

      const unknown = await editor.page('/admin/protokoll?vorhaben=gibt-es-nicht');
      assert.equal(unknown.status, 422);
      assert.equal(fieldError(unknown.dom, 'vorhaben'), 'der Kurzname eines Vorhabens');
    });
  });
}
