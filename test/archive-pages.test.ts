// How an archived government looks: public chapter and Vorhaben pages (German and English) carry
// the overview's archive notice and no subscribe or suggestion form; the back office shows its
// Vorhaben, developments, candidates and suggestions read-only. An active government's pages do not change.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { ARCHIVED_CHAPTER, ARCHIVED_PLEDGE, siteWithArchive } from './support/archive-fixture.ts';
import { DIALECTS } from './support/dialects.ts';
import type { Tag } from './support/html.ts';
import { CHAPTER } from './support/site-fixture.ts';

const NOTICE = { de: 'Archiv: Dieser Tracker wird nicht mehr aktualisiert.', en: 'Archive: this tracker is no longer updated.' };
const ADMIN_NOTICE = 'Archiv: Diese Regierung wird nicht mehr aktualisiert.';
const SUBSCRIBE_BOX = '#follow-heading';
const SUGGEST_BOX = '#suggest-heading';

/** The archive notice of a page, if it has one. */
const noticeOf = (page: Tag) => page.query('.archive-notice')?.text;

for (const dialect of DIALECTS) {
  describe(`archived governments in the pages (${dialect})`, () => {
    const { site, ids } = siteWithArchive(dialect);
    let editor: AdminClient;
    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
    });
    const page = site.page;

    test('chapter and Vorhaben pages say it is an archive, in the reader’s language, and offer no forms', async () => {
      for (const [prefix, notice] of [
        ['', NOTICE.de],
        ['/en', NOTICE.en],
      ] as const) {
        const chapter = await page(`${prefix}/kapitel/${ARCHIVED_CHAPTER}`);
        assert.equal(noticeOf(chapter), notice, `${prefix} chapter: notice`);
        assert.ok(!chapter.has(SUBSCRIBE_BOX), `${prefix} chapter: no subscribe form`);
        const pledge = await page(`${prefix}/vorhaben/${ARCHIVED_PLEDGE}`);
        assert.equal(noticeOf(pledge), notice, `${prefix} pledge: notice`);
        assert.ok(!pledge.has(SUBSCRIBE_BOX) && !pledge.has(SUGGEST_BOX), `${prefix} pledge: no subscribe or suggestion form`);
        assert.ok(pledge.texts('ol.timeline h3').includes('Entlastungsgesetz beschlossen'), `${prefix} pledge: its history is still there`);
        const suggest = await page(`${prefix}/vorhaben/${ARCHIVED_PLEDGE}/hinweis`);
        assert.ok(
          noticeOf(suggest) === notice && !suggest.has('[name="source_url"]'),
          `${prefix} suggestion page: the notice instead of the form`,
        );
      }
      assert.equal(noticeOf(await page('/?vertrag=kv-2018')), NOTICE.de, 'the overview uses the same notice');
    });

    test('the follow page offers neither the archived chapter nor the archived Vorhaben', async () => {
      const scopes = (await page(`/abo?vorhaben=${ARCHIVED_PLEDGE}`))
        .findAll('[name="scope"]')
        .flatMap((field) => (field.name === 'select' ? field.findAll('option') : [field]))
        .map((field) => field.attr('value'));
      assert.ok(!scopes.includes(`chapter:${ARCHIVED_CHAPTER}`) && !scopes.includes(`pledge:${ARCHIVED_PLEDGE}`), scopes.join());
      assert.ok(scopes.includes('chapter:2-2-digitale-innovationen'), 'the active government’s chapters are offered');
    });

    test('an active government’s pages have no notice and keep their forms', async () => {
      const chapter = await page(CHAPTER);
      assert.ok(noticeOf(chapter) === undefined && chapter.has(SUBSCRIBE_BOX));
      const pledge = await page('/en/vorhaben/verschluesselung');
      assert.ok(noticeOf(pledge) === undefined && pledge.has(SUBSCRIBE_BOX) && pledge.has(SUGGEST_BOX));
    });

    test('the back office shows an archived Vorhaben and its developments with the forms disabled', async () => {
      const pledge = (await editor.page(`/admin/vorhaben/${ARCHIVED_PLEDGE}`)).dom;
      assert.ok(pledge.find('main').text.includes(ADMIN_NOTICE));
      const fieldset = pledge.find('fieldset.read-only');
      assert.equal(fieldset.attr('disabled'), '');
      assert.equal(fieldset.find('form[method="post"]').attr('action'), '/admin/vorhaben/buerokratieabbau');
      assert.ok(!pledge.has('[href*="/entwicklungen/neu"]'), 'no new development offered');
      const development = (await editor.page(`/admin/entwicklungen/${ids.draftDevelopment}`)).dom;
      assert.ok(development.find('main').text.includes(ADMIN_NOTICE) && development.find('fieldset.read-only').attr('disabled') === '');
      assert.ok(
        !development.has('form[action$="/loeschen"]') && !development.has('form[action$="/veroeffentlichen"]'),
        'no delete or publish form',
      );
      const list = (await editor.page('/admin/vorhaben')).dom;
      const archived = list.findByText('main tr', 'Bürokratie abbauen');
      assert.equal(archived.find(`a[href="/admin/vorhaben/${ARCHIVED_PLEDGE}"]`).nextElement?.text, 'Archiv');
      const active = (await editor.page('/admin/vorhaben/verschluesselung')).dom;
      assert.ok(
        !active.find('main').text.includes(ADMIN_NOTICE) && !active.has('.read-only') && active.has('[href*="/entwicklungen/neu"]'),
      );
    });

    test('its candidate queue is shown without decision forms or shortcuts; a waiting suggestion can only be rejected', async () => {
      const queue = await editor.page(`/admin/kapitel/${ARCHIVED_CHAPTER}/vorschlaege`);
      assert.ok(queue.dom.find('main').text.includes(ADMIN_NOTICE));
      assert.ok(queue.dom.find('main').text.includes('Wir werden den Mittelstand stärken.'), 'the candidates are listed');
      assert.ok(
        !queue.dom.has('form[action^="/admin/vorschlaege/"]') &&
          !queue.dom.has('script[src*="review.js"]') &&
          !queue.dom.has('#tastenkuerzel'),
      );
      const activeQueue = (await editor.page('/admin/kapitel/2-2-digitale-innovationen/vorschlaege')).dom;
      assert.ok(!activeQueue.find('main').text.includes(ADMIN_NOTICE) && activeQueue.has('form[action^="/admin/vorschlaege/"]'));
      const waiting = (await editor.page('/admin/hinweise')).dom;
      assert.match(waiting.find(`#hinweis-${ids.suggestion}`).text, /Regierung archiviert: nur Ablehnen möglich/, 'the queue marks it');
      assert.equal(
        waiting.findAll('[id^="hinweis-"]').filter((item) => item.text.includes('Regierung archiviert: nur Ablehnen möglich')).length,
        1,
        'and no other',
      );
      const suggestion = (await editor.page(`/admin/hinweise/${ids.suggestion}`)).dom;
      assert.ok(suggestion.find('main').text.includes(ADMIN_NOTICE));
      assert.ok(
        !suggestion.has('form[action$="/annehmen"]') && suggestion.has(`form[action="/admin/hinweise/${ids.suggestion}/ablehnen"]`),
      );
    });
  });
}
