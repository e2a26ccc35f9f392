// Visible feed and follow links: every page with a feed shows its own feed in three formats and, next to
// it, a link to the subscribe form with the same scope chosen.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

describe('visible feed and follow links', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today });

  const cases: [page: string, feed: string, follow: string][] = [
    ['/', '/feed.xml', '/abo'],
    ['/vorhaben/verschluesselung', '/vorhaben/verschluesselung/feed.xml', '/abo?vorhaben=verschluesselung'],
    [CHAPTER, `${CHAPTER}/feed.xml`, `/abo?kapitel=${CHAPTER.slice('/kapitel/'.length)}`],
    ['/thema/it-sicherheit', '/thema/it-sicherheit/feed.xml', '/abo?thema=it-sicherheit'],
    [
      '/ministerium/bundesministerium-des-innern',
      '/ministerium/bundesministerium-des-innern/feed.xml',
      '/abo?ministerium=bundesministerium-des-innern',
    ],
    ['/en/vorhaben/verschluesselung', '/vorhaben/verschluesselung/feed.xml', '/en/abo?vorhaben=verschluesselung'],
  ];

  for (const [path, feed, follow] of cases) {
    test(`${path} shows its feed as Atom, RSS and JSON Feed, and a follow link to ${follow}`, async () => {
      const block = (await site.page(path)).find('.page-feeds');
      assert.deepEqual(
        block.links.slice(0, 3).map((link) => link.href),
        [feed, feed.replace(/\.xml$/, '.rss'), feed.replace(/\.xml$/, '.json')],
      );
      assert.equal(block.find('a.follow-link').attr('href'), follow);
    });
  }

  test('the follow link opens the subscribe form with its scope chosen', async () => {
    const chapterScope = `chapter:${CHAPTER.slice('/kapitel/'.length)}`;
    const form = await site.page(`/abo?kapitel=${CHAPTER.slice('/kapitel/'.length)}`);
    assert.equal(form.find('#scope option[selected]').attr('value'), chapterScope);
    assert.equal((await site.page('/abo?thema=it-sicherheit')).find('#scope option[selected]').attr('value'), 'topic:it-sicherheit');
    assert.equal(
      (await site.page('/en/abo?vorhaben=verschluesselung')).find('#scope option[selected]').attr('value'),
      'pledge:verschluesselung',
    );
  });

  test('pages without a feed show no feed block', async () => {
    assert.equal((await site.page('/daten')).has('.page-feeds'), false);
  });
});
