// Archived governments are read-only: every write on their content is refused by the service over
// real HTTP (also a POST the pages no longer offer), the database stays as it was, and an active
// government next to it is edited, suggested on and followed as before.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../src/store/database.ts';
import { listCandidatesOfChapter } from '../src/store/candidates.ts';
import { findChapterBySlug } from '../src/store/chapters.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { ARCHIVED_CHAPTER, ARCHIVED_PLEDGE, siteWithArchive } from './support/archive-fixture.ts';
import { DIALECTS } from './support/dialects.ts';
import { dumpDatabase } from './support/dump.ts';
import type { AppClient } from './support/server.ts';
import { pledgeForm } from './support/pledge-form.ts';

const REFUSAL = 'Diese Regierung ist archiviert und wird nicht mehr aktualisiert';
const PUBLIC_NOTICE = 'Archiv: Dieser Tracker wird nicht mehr aktualisiert.';

const developmentForm = (aktion = 'entwurf') => ({
  event_date: '2023-10-01',
  title: 'Neue Entwicklung',
  body: 'Text.',
  status_change: 'implemented',
  rating_change: '',
  source_url: 'https://example.org/neu',
  source_title: 'Quelle',
  source_publisher: '',
  source_date: '',
  aktion,
});

/** Every row of content, moderation, throttling and mail: what a refused write must leave alone. */
async function everything(db: Db) {
  const mail = ['subscriptions', 'subscription_tokens', 'mail_events', 'mail_outbox', 'suggestion_locales'] as const;
  const rows = await Promise.all(mail.map((table) => db.selectFrom(table).selectAll().execute()));
  return { ...(await dumpDatabase(db, ['expires_at'])), ...Object.fromEntries(mail.map((table, k) => [table, rows[k]])) };
}

/** A public form sent from one of our own pages (the cached pages carry no token). */
function postPublic(server: AppClient, path: string, fields: Record<string, string>): Promise<Response> {
  return server.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
    body: new URLSearchParams(fields),
  });
}

for (const dialect of DIALECTS) {
  describe(`archived governments refuse writes (${dialect})`, () => {
    const { site, ids } = siteWithArchive(dialect);
    let editor: AdminClient;
    let openCandidates: number[];

    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
      const chapter = (await findChapterBySlug(site.db, ARCHIVED_CHAPTER))!;
      openCandidates = (await listCandidatesOfChapter(site.db, chapter.id))
        .filter((row) => row.decision === 'open' && row.present === 1)
        .map((row) => row.id);
    });

    /** Runs the write and checks that it was refused with the archive's message and changed nothing. */
    async function refused(what: string, write: () => Promise<Response>, message = REFUSAL): Promise<void> {
      const before = await everything(site.db);
      const response = await write();
      assert.equal(response.status, 409, what);
      assert.ok((await response.text()).includes(message), `${what}: says why`);
      assert.deepEqual(await everything(site.db), before, `${what}: nothing written`);
    }

    test('developments: new, edited, published, withdrawn, deleted — each refused, nothing written', async () => {
      const pledge = `/admin/vorhaben/${ARCHIVED_PLEDGE}`;
      await refused('the new-development form', () => editor.get(`${pledge}/entwicklungen/neu`));
      await refused('a new development', () => editor.post(`${pledge}/entwicklungen`, developmentForm('veroeffentlichen')));
      await refused('an edited draft', () =>
        editor.post(`/admin/entwicklungen/${ids.draftDevelopment}`, { ...developmentForm(), version: '1' }),
      );
      await refused('publishing a draft', () => editor.post(`/admin/entwicklungen/${ids.draftDevelopment}/veroeffentlichen`, {}));
      await refused('withdrawing a development', () => editor.post(`/admin/entwicklungen/${ids.publishedDevelopment}/zurueckziehen`, {}));
      await refused('deleting a draft', () => editor.post(`/admin/entwicklungen/${ids.draftDevelopment}/loeschen`, { confirm: '1' }));
    });

    test('a pledge edit (and the rating change it would publish) is refused, even from a current form', async () => {
      const { version } = (await findPledgeBySlug(site.db, ARCHIVED_PLEDGE))!;
      await refused('a pledge edit', () =>
        editor.post(
          `/admin/vorhaben/${ARCHIVED_PLEDGE}`,
          pledgeForm({ version: String(version), title: 'Bürokratie abbauen, neu', rating: '4' }),
        ),
      );
    });

    test('the extractor’s candidates are neither accepted, rejected, adjusted nor merged', async () => {
      assert.ok(openCandidates.length >= 2, 'the archive has open candidates');
      const [first, second] = openCandidates as [number, number];
      await refused('accepting', () =>
        editor.post(`/admin/vorschlaege/${first}/annehmen`, { title: 'Mittelstand stärken', slug: 'mittelstand' }),
      );
      await refused('rejecting', () => editor.post(`/admin/vorschlaege/${first}/ablehnen`, {}));
      await refused('adjusting', () => editor.post(`/admin/vorschlaege/${first}/ausschnitt`, { start: '0', end: '10' }));
      await refused('merging', () => editor.post(`/admin/vorschlaege/${first}/zusammenfuehren`, { with: String(second) }));
    });

    test('public suggestions are refused before the rate limit counts them; a waiting one is not accepted', async () => {
      const fields = { text: 'Das Gesetz ist in Kraft getreten.', source_url: 'https://example.org/kraft', email: '', website: '' };
      await refused('a suggestion', () => postPublic(site.app, `/vorhaben/${ARCHIVED_PLEDGE}/hinweis`, fields), PUBLIC_NOTICE);
      await refused(
        'a suggestion on the English page',
        () => postPublic(site.app, `/en/vorhaben/${ARCHIVED_PLEDGE}/hinweis`, fields),
        'Archive: this tracker is no longer updated.',
      );
      await refused('accepting a suggestion', () =>
        editor.post(`/admin/hinweise/${ids.suggestion}/annehmen`, { title: 'Später Hinweis', event_date: '2023-12-01', source_title: '' }),
      );
    });

    test('nobody starts following an archived pledge or chapter', async () => {
      for (const scope of [`pledge:${ARCHIVED_PLEDGE}`, `chapter:${ARCHIVED_CHAPTER}`]) {
        await refused(
          `following ${scope}`,
          () => postPublic(site.app, '/abo', { email: 'leser@example.org', scope, frequency: 'immediate', website: '' }),
          PUBLIC_NOTICE,
        );
      }
    });

    test('a suggestion that came in before the archive can still be rejected, closing it', async () => {
      const response = await editor.post(`/admin/hinweise/${ids.suggestion}/ablehnen`, { reason: 'Die Regierung ist nicht mehr im Amt.' });
      assert.equal(response.status, 303);
      const row = await site.db.selectFrom('suggestions').selectAll().where('id', '=', ids.suggestion).executeTakeFirstOrThrow();
      assert.equal(row.status, 'rejected');
    });

    test('the active government next to it is unaffected', async () => {
      const { db } = site.store;
      assert.equal(
        (await editor.post('/admin/vorhaben/verschluesselung/entwicklungen', developmentForm())).status,
        303,
        'a new development',
      );
      const { version } = (await findPledgeBySlug(db, 'dateninstitut'))!;
      assert.equal(
        (
          await editor.post(
            '/admin/vorhaben/dateninstitut',
            pledgeForm({ version: String(version), title: 'Dateninstitut gründen', rating: '4' }),
          )
        ).status,
        303,
        'a pledge edit',
      );
      const chapter = (await findChapterBySlug(db, '2-2-digitale-innovationen'))!;
      const candidate = (await listCandidatesOfChapter(db, chapter.id)).find((row) => row.decision === 'open' && row.present === 1)!;
      assert.equal((await editor.post(`/admin/vorschlaege/${candidate.id}/ablehnen`, {})).status, 303, 'a candidate decision');
      const suggestion = {
        text: 'Das Kabinett hat den Entwurf beschlossen.',
        source_url: 'https://example.org/kabinett',
        email: '',
        website: '',
      };
      assert.equal((await postPublic(site.app, '/vorhaben/verschluesselung/hinweis', suggestion)).status, 303, 'a suggestion');
      const follow = { email: 'leserin@example.org', scope: 'pledge:verschluesselung', frequency: 'immediate', website: '' };
      assert.equal((await postPublic(site.app, '/abo', follow)).status, 303, 'a follow');
      assert.equal((await findPledgeBySlug(db, 'dateninstitut'))!.title, 'Dateninstitut gründen');
      assert.equal((await db.selectFrom('subscriptions').selectAll().execute()).length, 1);
    });
  });
}
