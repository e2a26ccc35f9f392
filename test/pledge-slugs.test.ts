// A Vorhaben's slug follows its title until it is first published; afterwards editors may change it,
// and every slug it had keeps leading to it with 301. Publishing and unpublishing are audited as such.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { formValues } from './support/html-form.ts';
import { parseHtml } from './support/html.ts';
import { fieldError } from './support/pages.ts';
import { buildCandidate, buildPledge } from './support/factories.ts';
import { testSite } from './support/site.ts';

for (const dialect of DIALECTS) {
  describe(`slugs and publication of a Vorhaben (${dialect})`, () => {
    const site = testSite(dialect);
    let editor: AdminClient;

    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
    });

    async function save(slug: string, changes: Record<string, string>): Promise<Response> {
      const page = await editor.page(`/admin/vorhaben/${slug}`);
      assert.equal(page.status, 200, `/admin/vorhaben/${slug}`);
      const form = formValues(page.html, `/admin/vorhaben/${slug}`);
      return editor.post(`/admin/vorhaben/${slug}`, { ...form, ...changes });
    }

    test('a draft’s slug follows its edited title, and a form loaded before still reaches it', async () => {
      const candidate = await buildCandidate(site.db);
      assert.equal(
        (
          await editor.post(`/admin/vorschlaege/${candidate.id}/annehmen`, {
            title: 'Registermodernisierung umsetzen',
            slug: 'registermodernisierung',
          })
        ).status,
        303,
      );
      const stale = formValues(
        (await editor.page('/admin/vorhaben/registermodernisierung')).html,
        '/admin/vorhaben/registermodernisierung',
      );
      assert.equal(stale.slug, undefined, 'a draft’s form has no slug field');

      const renamed = await save('registermodernisierung', { title: 'Register digital verknüpfen' });
      assert.equal(renamed.status, 303);
      assert.equal(renamed.headers.get('location'), '/admin/vorhaben/register-digital-verknuepfen?gespeichert=1');
      assert.equal((await findPledgeBySlug(site.db, 'register-digital-verknuepfen'))?.title, 'Register digital verknüpfen');
      assert.equal(
        (await editor.get('/admin/vorhaben/registermodernisierung')).headers.get('location'),
        '/admin/vorhaben/register-digital-verknuepfen',
      );

      const late = await editor.post('/admin/vorhaben/registermodernisierung', { ...stale, deadline: '2027-01-31' });
      assert.equal(late.status, 409, 'the stale form comes back merged with the renamed Vorhaben, to be checked');
      const merged = formValues(await late.text(), '/admin/vorhaben/register-digital-verknuepfen');
      assert.deepEqual([merged.title, merged.deadline], ['Register digital verknüpfen', '2027-01-31']);
      assert.equal((await site.app.request('/vorhaben/registermodernisierung')).status, 404, 'a draft has no public address, old or new');
    });

    test('after the first publication the title no longer moves the slug; a changed slug leaves 301s from every old one', async () => {
      const candidate = await buildCandidate(site.db);
      assert.equal(
        (
          await editor.post(`/admin/vorschlaege/${candidate.id}/annehmen`, {
            title: 'Open-Data-Gesetz beschließen',
            slug: 'open-data-gesetz',
          })
        ).status,
        303,
      );
      assert.equal(
        (await save('open-data-gesetz', { title: 'Ein Open-Data-Gesetz beschließen', published: '1' })).headers.get('location'),
        '/admin/vorhaben/ein-open-data-gesetz-beschliessen?gespeichert=1',
        'published and renamed in one save: the title still counts',
      );
      assert.equal(
        (await save('ein-open-data-gesetz-beschliessen', { title: 'Open-Data-Gesetz vorlegen' })).headers.get('location'),
        '/admin/vorhaben/ein-open-data-gesetz-beschliessen?gespeichert=1',
      );

      assert.equal(
        (await save('ein-open-data-gesetz-beschliessen', { slug: 'open-data' })).headers.get('location'),
        '/admin/vorhaben/open-data?gespeichert=1',
      );
      assert.equal((await save('open-data', { slug: 'transparenzgesetz' })).status, 303);
      for (const [old, now] of <[string, string][]>[
        ['/vorhaben/open-data', '/vorhaben/transparenzgesetz'],
        ['/vorhaben/ein-open-data-gesetz-beschliessen', '/vorhaben/transparenzgesetz'],
        ['/en/vorhaben/open-data', '/en/vorhaben/transparenzgesetz'],
        ['/vorhaben/open-data/feed.xml', '/vorhaben/transparenzgesetz/feed.xml'],
      ]) {
        const response = await site.app.request(old);
        assert.equal(response.status, 301, old);
        assert.equal(response.headers.get('location'), now);
        assert.equal(await response.text(), '');
        assert.ok(
          !response.headers.has('content-length') || response.headers.get('content-length') === '0',
          'no length of the page it replaced',
        );
      }
      assert.equal((await site.app.request('/vorhaben/transparenzgesetz')).status, 200);

      const other = await buildPledge(site.db);
      const refused = await save(other.slug, { slug: 'open-data' });
      assert.equal(refused.status, 422, 'an old slug stays with its Vorhaben');
      assert.match(fieldError(parseHtml(await refused.text()), 'slug') ?? '', /trug es früher/);

      assert.equal((await save('transparenzgesetz', { slug: 'open-data' })).status, 303, 'a Vorhaben may take back a slug of its own');
      assert.equal((await site.app.request('/vorhaben/open-data')).status, 200);
      assert.equal((await site.app.request('/vorhaben/transparenzgesetz')).headers.get('location'), '/vorhaben/open-data');
    });

    test('unpublishing is its own audited action, and an unpublished Vorhaben’s old slugs lead nowhere', async () => {
      const pledge = await buildPledge(site.db, { slug: 'kindergrundsicherung', title: 'Kindergrundsicherung einführen' });
      assert.equal((await save(pledge.slug, { slug: 'kindergrundsicherung-einfuehren' })).status, 303);
      const form = formValues(
        (await editor.page('/admin/vorhaben/kindergrundsicherung-einfuehren')).html,
        '/admin/vorhaben/kindergrundsicherung-einfuehren',
      );
      delete form.published;
      assert.equal((await editor.post('/admin/vorhaben/kindergrundsicherung-einfuehren', form)).status, 303);
      assert.equal((await site.app.request('/vorhaben/kindergrundsicherung-einfuehren')).status, 404);
      assert.equal((await site.app.request('/vorhaben/kindergrundsicherung')).status, 404);

      const log = await editor.page(`/admin/protokoll?vorhaben=kindergrundsicherung`);
      const actions = log.dom.texts('.audit-action');
      assert.deepEqual(actions, ['Veröffentlichung zurückgenommen', 'Vorhaben bearbeitet'], 'the filter takes an old slug too');
      assert.match(log.html, /kindergrundsicherung-einfuehren/);
    });
  });
}
