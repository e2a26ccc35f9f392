// How an archived government looks: public chapter and Vorhaben pages (German and English) carry
// the overview's archive notice and no follow or suggestion form; the back office shows its
// Vorhaben, developments, candidates and suggestions read-only. An active government's pages do not change.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { ARCHIVED_CHAPTER, ARCHIVED_PLEDGE, siteWithArchive } from './support/archive-fixture.ts';
import { DIALECTS } from './support/dialects.ts';
import { CHAPTER } from './support/site-fixture.ts';

const NOTICE = { de: '<p class="notice archive-notice">Archiv: Dieser Tracker wird nicht mehr aktualisiert.</p>', en: '<p class="notice archive-notice">Archive: this tracker is no longer updated.</p>' };
const ADMIN_NOTICE = 'Archiv: Diese Regierung wird nicht mehr aktualisiert.';
const FOLLOW_BOX = 'id="follow-heading"';
const SUGGEST_BOX = 'id="suggest-heading"';

for (const dialect of DIALECTS) {
  describe(`archived governments in the pages (${dialect})`, () => {
    const { site, ids } = siteWithArchive(dialect);
    let editor: AdminClient;
    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
    });
    const page = async (path: string) => {
      const response = await site.app.request(path);
      assert.equal(response.status, 200, path);
      return response.text();
    };

    test('chapter and Vorhaben pages say it is an archive, in the reader’s language, and offer no forms', async () => {
      for (const [prefix, notice] of [['', NOTICE.de], ['/en', NOTICE.en]] as const) {
        const chapter = await page(`${prefix}/kapitel/${ARCHIVED_CHAPTER}`);
        assert.ok(chapter.includes(notice), `${prefix} chapter: notice`);
        assert.ok(!chapter.includes(FOLLOW_BOX), `${prefix} chapter: no follow form`);
        const pledge = await page(`${prefix}/vorhaben/${ARCHIVED_PLEDGE}`);
        assert.ok(pledge.includes(notice), `${prefix} pledge: notice`);
        assert.ok(!pledge.includes(FOLLOW_BOX) && !pledge.includes(SUGGEST_BOX), `${prefix} pledge: no follow or suggestion form`);
        assert.ok(pledge.includes('Entlastungsgesetz beschlossen'), `${prefix} pledge: its history is still there`);
        const suggest = await page(`${prefix}/vorhaben/${ARCHIVED_PLEDGE}/hinweis`);
        assert.ok(suggest.includes(notice) && !suggest.includes('name="source_url"'), `${prefix} suggestion page: the notice instead of the form`);
      }
      assert.ok((await page('/?vertrag=kv-2018')).includes(NOTICE.de), 'the overview uses the same notice');
    });

    test('the follow page offers neither the archived chapter nor the archived Vorhaben', async () => {
      const html = await (await site.app.request(`/abo?vorhaben=${ARCHIVED_PLEDGE}`)).text();
      assert.ok(!html.includes(`chapter:${ARCHIVED_CHAPTER}`) && !html.includes(`pledge:${ARCHIVED_PLEDGE}`));
      assert.ok(html.includes('chapter:2-2-digitale-innovationen'), 'the active government’s chapters are offered');
    });

    test('an active government’s pages have no notice and keep their forms', async () => {
      const chapter = await page(CHAPTER);
      assert.ok(!chapter.includes('archive-notice') && chapter.includes(FOLLOW_BOX));
      const pledge = await page('/en/vorhaben/verschluesselung');
      assert.ok(!pledge.includes('archive-notice') && pledge.includes(FOLLOW_BOX) && pledge.includes(SUGGEST_BOX));
    });

    test('the back office shows an archived Vorhaben and its developments with the forms disabled', async () => {
      const pledge = await editor.page(`/admin/vorhaben/${ARCHIVED_PLEDGE}`);
      assert.ok(pledge.html.includes(ADMIN_NOTICE));
      assert.match(pledge.html, /<fieldset class="read-only" disabled=""><form method="post" action="\/admin\/vorhaben\/buerokratieabbau"/);
      assert.ok(!pledge.html.includes('/entwicklungen/neu'), 'no new development offered');
      const update = await editor.page(`/admin/entwicklungen/${ids.draftUpdate}`);
      assert.ok(update.html.includes(ADMIN_NOTICE) && update.html.includes('<fieldset class="read-only" disabled="">'));
      assert.ok(!update.html.includes('/loeschen') && !update.html.includes('/veroeffentlichen"'), 'no delete or publish form');
      const list = await editor.page('/admin/vorhaben');
      assert.match(list.html, /Bürokratie abbauen<\/a> <span class="tag">Archiv<\/span>/);
      const active = await editor.page('/admin/vorhaben/verschluesselung');
      assert.ok(!active.html.includes(ADMIN_NOTICE) && !active.html.includes('read-only') && active.html.includes('/entwicklungen/neu'));
    });

    test('its candidate queue is shown without decision forms or shortcuts; a waiting suggestion can only be rejected', async () => {
      const queue = await editor.page(`/admin/kapitel/${ARCHIVED_CHAPTER}/vorschlaege`);
      assert.ok(queue.html.includes(ADMIN_NOTICE));
      assert.ok(queue.html.includes('Wir werden den Mittelstand stärken.'), 'the candidates are listed');
      assert.ok(!queue.html.includes('action="/admin/vorschlaege/') && !queue.html.includes('review.js') && !queue.html.includes('tastenkuerzel'));
      const activeQueue = await editor.page('/admin/kapitel/2-2-digitale-innovationen/vorschlaege');
      assert.ok(!activeQueue.html.includes(ADMIN_NOTICE) && activeQueue.html.includes('action="/admin/vorschlaege/'));
      const waiting = (await editor.page('/admin/hinweise')).html;
      const item = (id: number) => waiting.slice(waiting.indexOf(`id="hinweis-${id}"`), waiting.indexOf('</li>', waiting.indexOf(`id="hinweis-${id}"`)));
      assert.match(item(ids.suggestion), /Regierung archiviert: nur Ablehnen möglich/, 'the queue marks it');
      assert.equal((waiting.match(/Regierung archiviert: nur Ablehnen möglich/g) ?? []).length, 1, 'and no other');
      const suggestion = await editor.page(`/admin/hinweise/${ids.suggestion}`);
      assert.ok(suggestion.html.includes(ADMIN_NOTICE));
      assert.ok(!suggestion.html.includes('/annehmen"') && suggestion.html.includes(`/admin/hinweise/${ids.suggestion}/ablehnen`));
    });
  });
}
