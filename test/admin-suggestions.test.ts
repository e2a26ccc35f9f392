// The suggestion queue: listing, accepting as a draft development, rejecting with a reason,
// roles, CSRF, escaping and http(s)-only sources.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, ValidationError } from '../src/domain/errors.ts';
import { submitSuggestion } from '../src/services/admin/suggestions.ts';
import { refreshPledgeState } from '../src/store/pledge-state.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { insertSuggestion } from '../src/store/suggestions.ts';
import { findDevelopmentById } from '../src/store/developments.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { formValues } from './support/html-form.ts';
import { fieldError } from './support/pages.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const XSS_TEXT = '<script>alert("hinweis")</script> Der Bundestag hat beraten.';
const XSS_REASON = '<img src=x onerror=alert(1)>';

for (const dialect of DIALECTS) {
  describe(`suggestion queue (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });
    let editor: AdminClient;

    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
    });

    const suggest = (text: string, url = 'https://www.bundestag.de/dokumente/123', email = 'leserin@example.org') =>
      submitSuggestion(site.db, 'verschluesselung', { text, source_url: url, email }, today);
    const suggestion = (id: number) => site.db.selectFrom('suggestions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    test('the queue lists open suggestions with pledge, text, source link and date', async () => {
      const id = await suggest('Das Kabinett hat den Gesetzentwurf zur Verschlüsselung beschlossen.');
      const { status, html, dom } = await editor.page('/admin/hinweise');
      assert.equal(status, 200);
      assert.match(dom.find('main').text, /Offen \(\d+\)/);
      const entry = dom.find(`#hinweis-${id}`);
      assert.match(entry.text, /Das Kabinett hat den Gesetzentwurf zur Verschlüsselung beschlossen\./);
      assert.equal(entry.linkTo('Recht auf Verschlüsselung'), '/vorhaben/verschluesselung');
      assert.equal(entry.find('a[href="https://www.bundestag.de/dokumente/123"]').attr('rel'), 'nofollow noopener noreferrer');
      assert.match(entry.text, /08\.12\.2023/);
      assert.ok(entry.has(`a[href="/admin/hinweise/${id}"]`));
      assert.ok(!html.includes('leserin@example.org'), 'the suggester’s address is not shown');
    });

    test('accepting makes a draft development with the source, hidden from the public until published', async () => {
      const id = await suggest('Der Entwurf eines Gesetzes zum Recht auf Verschlüsselung liegt vor.');
      const form = await editor.page(`/admin/hinweise/${id}`);
      assert.equal(form.status, 200);
      const proposed = formValues(form.html, `/admin/hinweise/${id}/annehmen`);
      assert.equal(
        proposed.title,
        'Der Entwurf eines Gesetzes zum Recht auf Verschlüsselung liegt vor.',
        'the title is proposed from the text',
      );
      assert.equal(proposed.event_date, '2023-12-08');

      const accepted = await editor.post(`/admin/hinweise/${id}/annehmen`, {
        title: 'Gesetzentwurf liegt vor',
        event_date: '',
        source_title: '',
      });
      assert.equal(accepted.status, 303);
      const row = await suggestion(id);
      assert.equal(row.status, 'accepted');
      assert.equal(accepted.headers.get('location'), `/admin/entwicklungen/${row.update_id}`);
      const editorId = (
        await site.db
          .selectFrom('audit_log')
          .select('user_id')
          .where('action', '=', 'suggestion.accept')
          .where('entity_id', '=', id)
          .executeTakeFirstOrThrow()
      ).user_id;
      assert.equal(row.decided_by, editorId);
      assert.equal(row.decided_at, today.toISOString());

      const draft = (await findDevelopmentById(site.db, row.update_id!))!;
      assert.equal(draft.published_at, null);
      assert.equal(draft.origin, 'suggestion');
      assert.equal(draft.title, 'Gesetzentwurf liegt vor');
      assert.equal(draft.body, 'Der Entwurf eines Gesetzes zum Recht auf Verschlüsselung liegt vor.');
      assert.equal(draft.event_date, '2023-12-08');
      assert.equal(draft.author_id, editorId);
      assert.deepEqual(
        draft.sources.map((source) => [source.url, source.title]),
        [['https://www.bundestag.de/dokumente/123', 'www.bundestag.de']],
      );

      assert.ok(
        !(await (await site.app.request('/vorhaben/verschluesselung')).text()).includes('Gesetzentwurf liegt vor'),
        'a draft is not public',
      );
      await site.db.updateTable('updates').set({ published_at: today.toISOString() }).where('id', '=', draft.id).execute();
      await refreshPledgeState(site.db, draft.pledge_id);
      assert.ok(
        (await (await site.app.request('/vorhaben/verschluesselung')).text()).includes('Gesetzentwurf liegt vor'),
        'published, it is',
      );

      const decided = (await editor.page('/admin/hinweise?status=accepted')).html;
      assert.ok(decided.includes(`href="/admin/entwicklungen/${draft.id}"`));
      assert.equal((await editor.post(`/admin/hinweise/${id}/annehmen`, { title: 'Noch einmal' })).status, 409, 'decided once only');
    });

    test('the accept form takes a date and a source title, and reports bad ones at the field', async () => {
      const id = await suggest('Anhörung im Innenausschuss zum Verschlüsselungsgesetz.');
      const bad = await editor.post(`/admin/hinweise/${id}/annehmen`, { title: 'x', event_date: '2023-02-30' });
      assert.equal(bad.status, 422);
      const page = parseHtml(await bad.text());
      assert.equal(fieldError(page, 'title'), 'mindestens 3 Zeichen');
      assert.equal(fieldError(page, 'event_date'), 'ein Datum (JJJJ-MM-TT)');
      assert.equal((await suggestion(id)).status, 'open');

      const ok = await editor.post(`/admin/hinweise/${id}/annehmen`, {
        title: 'Anhörung',
        event_date: '2023-11-20',
        source_title: 'Tagesordnung',
      });
      assert.equal(ok.status, 303);
      const draft = (await findDevelopmentById(site.db, (await suggestion(id)).update_id!))!;
      assert.equal(draft.event_date, '2023-11-20');
      assert.equal(draft.sources[0]!.title, 'Tagesordnung');
    });

    test('rejecting needs a reason; the reason is kept and the list filters by status', async () => {
      const id = await suggest('Ein Gerücht ohne Beleg über das Vorhaben.');
      const empty = await editor.post(`/admin/hinweise/${id}/ablehnen`, { reason: '   ' });
      assert.equal(empty.status, 422);
      assert.equal(fieldError(parseHtml(await empty.text()), 'reason'), 'Bitte einen Grund für die Ablehnung angeben.');
      assert.equal((await suggestion(id)).status, 'open');

      const rejected = await editor.post(`/admin/hinweise/${id}/ablehnen`, { reason: 'Die Quelle belegt das nicht.' });
      assert.equal(rejected.status, 303);
      const row = await suggestion(id);
      assert.equal(row.status, 'rejected');
      assert.equal(row.reason, 'Die Quelle belegt das nicht.');
      assert.equal(row.update_id, null);
      assert.ok(row.decided_by !== null && row.decided_at !== null);

      assert.ok((await editor.page('/admin/hinweise?status=rejected')).html.includes('Die Quelle belegt das nicht.'));
      assert.ok(!(await editor.page('/admin/hinweise?status=accepted')).html.includes('Die Quelle belegt das nicht.'));
      assert.equal((await editor.page('/admin/hinweise?status=kaputt&seite=-3')).status, 200, 'odd filters fall back');
    });

    test('experts get 403; posts without a valid CSRF token get 403 and change nothing', async () => {
      const id = await suggest('Ein Hinweis, den Experten nicht moderieren.');
      const expert = await signedIn(site.app, site.db, 'expert');
      assert.equal((await expert.get('/admin/hinweise')).status, 403);
      assert.equal((await expert.get(`/admin/hinweise/${id}`)).status, 403);
      assert.equal((await expert.post(`/admin/hinweise/${id}/annehmen`, { title: 'Übernommen' })).status, 403);
      assert.equal((await expert.post(`/admin/hinweise/${id}/ablehnen`, { reason: 'nein' })).status, 403);
      assert.equal((await editor.post(`/admin/hinweise/${id}/annehmen`, { title: 'Übernommen' }, { csrf: false })).status, 403);
      assert.equal((await editor.post(`/admin/hinweise/${id}/ablehnen`, { reason: 'nein', _csrf: 'gefälscht' })).status, 403);
      assert.equal((await suggestion(id)).status, 'open');
    });

    test('unknown and malformed ids are 404', async () => {
      assert.equal((await editor.get('/admin/hinweise/999999')).status, 404);
      assert.equal((await editor.get('/admin/hinweise/abc')).status, 404);
      assert.equal((await editor.get('/admin/hinweise/12345678901234567890')).status, 404);
      assert.equal((await editor.post('/admin/hinweise/999999/ablehnen', { reason: 'weg' })).status, 404);
      assert.equal((await editor.post('/admin/hinweise/999999/annehmen', { title: 'Titel' })).status, 404);
    });

    test('markup in a suggestion and in a reason comes out escaped, in the queue and in the audit log', async () => {
      const id = await suggest(XSS_TEXT);
      assert.equal((await editor.post(`/admin/hinweise/${id}/ablehnen`, { reason: XSS_REASON })).status, 303);
      for (const path of ['/admin/hinweise?status=rejected', '/admin/protokoll']) {
        const { html } = await editor.page(path);
        assert.ok(!html.includes('<script>alert'), path);
        assert.ok(!html.includes('<img src=x'), path);
        assert.ok(html.includes('&lt;script&gt;alert(&quot;hinweis&quot;)&lt;/script&gt;'), path);
        assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), path);
      }
    });

    test('only http(s) sources: javascript: is refused, and never rendered as a link', async () => {
      await assert.rejects(suggest('Ein Hinweis mit böser Adresse.', 'javascript:alert(1)'), (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.equal(error.issues[0]!.field, 'source_url');
        return true;
      });
      const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
      await assert.rejects(
        insertSuggestion(
          site.db,
          { pledgeId: pledge.id, text: 'direkt', sourceUrl: 'javascript:alert(1)', email: null },
          today.toISOString(),
        ),
        ValidationError,
      );

      // Whatever reached the table by another way is still not a link.
      const { id } = await site.db
        .insertInto('suggestions')
        .values({
          pledge_id: pledge.id,
          text: 'Alt-Bestand',
          source_url: 'javascript:alert(2)',
          email: null,
          created_at: today.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const path of ['/admin/hinweise', `/admin/hinweise/${id}`]) {
        const { dom } = await editor.page(path);
        assert.match(dom.find('main').text, /Alt-Bestand/);
        assert.ok(!dom.findAll('[href]').some((element) => /^\s*javascript:/i.test(element.attr('href')!)));
        assert.ok(dom.texts('main code').includes('javascript:alert(2)'), 'shown as text');
      }
      const accepted = await editor.post(`/admin/hinweise/${id}/annehmen`, { title: 'Alt-Bestand übernehmen' });
      assert.equal(accepted.status, 422, 'it cannot become a source');
      assert.match(await accepted.text(), /kein http\(s\)-Link/);
      assert.equal((await suggestion(id)).status, 'open');
    });

    test('suggestions only on published pledges', async () => {
      await assert.rejects(
        submitSuggestion(
          site.db,
          'geheim',
          { text: 'Ein Hinweis auf ein unveröffentlichtes Vorhaben.', source_url: 'https://example.org/' },
          today,
        ),
        NotFoundError,
      );
      await assert.rejects(
        submitSuggestion(
          site.db,
          'gibt-es-nicht',
          { text: 'Ein Hinweis auf ein fehlendes Vorhaben.', source_url: 'https://example.org/' },
          today,
        ),
        NotFoundError,
      );
    });
  });
}
