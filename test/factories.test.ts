// The test factories make what they are not given: a Vorhaben alone brings its chapter, agreement and
// government, and shows on the public pages like an imported one.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGovernment, buildPledge, buildDevelopment } from './support/factories.ts';
import { listedPledges } from './support/pages.ts';
import { testSite } from './support/site.ts';

describe('factories', () => {
  const site = testSite('sqlite');

  test('a Vorhaben without parents gets a chapter, an agreement and a government of its own, each time new', async () => {
    const first = await buildPledge(site.db);
    const second = await buildPledge(site.db);
    assert.notEqual(first.chapter_id, second.chapter_id);
    assert.notEqual(first.agreement_id, second.agreement_id);
    assert.notEqual(first.slug, second.slug);
    const chapter = await site.db.selectFrom('chapters').selectAll().where('id', '=', first.chapter_id).executeTakeFirstOrThrow();
    assert.equal(chapter.agreement_id, first.agreement_id);
    const agreement = await site.db.selectFrom('agreements').selectAll().where('id', '=', first.agreement_id).executeTakeFirstOrThrow();
    assert.ok(await site.db.selectFrom('governments').select('id').where('id', '=', agreement.government_id).executeTakeFirst());
  });

  test('given parents are used; a quote is found in the chapter', async () => {
    const government = await buildGovernment(site.db, { active: false });
    const pledge = await buildPledge(site.db, {
      government,
      quote: 'Wir werden ein Gesetz beschließen.',
      topics: ['Recht'],
      ministry: 'Bundesministerium der Justiz',
    });
    const agreement = await site.db.selectFrom('agreements').selectAll().where('id', '=', pledge.agreement_id).executeTakeFirstOrThrow();
    assert.equal(agreement.government_id, government.id);
    assert.deepEqual([pledge.quote, pledge.quote_start, pledge.quote_end], ['Wir werden ein Gesetz beschließen.', 1, 35]);
    const sibling = await buildPledge(site.db, {
      chapter: await site.db.selectFrom('chapters').selectAll().where('id', '=', pledge.chapter_id).executeTakeFirstOrThrow(),
    });
    assert.equal(sibling.chapter_id, pledge.chapter_id);
  });

  test('what they make shows on the public pages: the Vorhaben, its chapter, its development and the status that follows from it', async () => {
    const pledge = await buildPledge(site.db, { title: 'Ein Vorhaben aus der Fabrik' });
    await buildDevelopment(site.db, { pledge, title: 'Kabinettsbeschluss', statusChange: 'in_progress' });
    const page = await site.page(`/vorhaben/${pledge.slug}`);
    assert.equal(page.find('h1').text, 'Ein Vorhaben aus der Fabrik');
    assert.deepEqual(page.texts('ol.timeline h3'), ['Kabinettsbeschluss']);
    assert.equal(page.find('dl.facts').terms['Status'], 'begonnen');
    const chapter = await site.db.selectFrom('chapters').select('slug').where('id', '=', pledge.chapter_id).executeTakeFirstOrThrow();
    assert.deepEqual(listedPledges(await site.page(`/kapitel/${chapter.slug}`)), [pledge.slug]);
  });
});
