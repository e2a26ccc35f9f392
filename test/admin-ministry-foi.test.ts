// Editors map each lead ministry to its public body on the freedom-of-information portal; the public
// link of its Vorhaben follows at once, a malformed value is refused at its field, and each change is audited.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const MINISTRY = 'bundesministerium-des-innern';
const FORM = `/admin/federfuehrungen/${MINISTRY}`;

describe('back-office mapping of ministries to public bodies', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today });
  let editor: AdminClient;

  before(async () => {
    editor = await signedIn(site.app, site.db, 'editor');
  });

  const publicLink = async () => (await site.page('/vorhaben/verschluesselung')).find('.foi-link a').attr('href')!;

  test('the page lists each ministry with a field saying which slug the link uses without one', async () => {
    const { status, dom } = await editor.page('/admin/federfuehrungen');
    assert.equal(status, 200);
    assert.equal(dom.find('header nav a[aria-current="page"]').text, 'Federführungen');
    const field = dom.find(`form[action="${FORM}"] input[name="foi_authority"]`);
    assert.equal(field.attr('value'), '');
    assert.match(dom.find(`form[action="${FORM}"]`).text, /ohne Angabe: bundesministerium-des-innern/);
  });

  test('saving a public body changes the public link and is audited; clearing it goes back to our slug', async () => {
    const saved = await editor.post(FORM, { foi_authority: ' Bundesministerium-des-Innern-und-fur-Heimat ' });
    assert.equal(saved.status, 303);
    assert.match((await editor.page(saved.headers.get('location')!)).dom.find('p.flash').text, /Gespeichert: Bundesministerium des Innern/);
    assert.match(await publicLink(), /\/an\/bundesministerium-des-innern-und-fur-heimat\//);
    const audit = await site.db.selectFrom('audit_log').select(['action', 'summary']).where('entity_type', '=', 'ministry').execute();
    assert.deepEqual(audit, [
      { action: 'ministry.foi', summary: 'Bundesministerium des Innern: bundesministerium-des-innern-und-fur-heimat' },
    ]);

    assert.equal((await editor.post(FORM, { foi_authority: '' })).status, 303);
    assert.match(await publicLink(), new RegExp(`/an/${MINISTRY}/`));
  });

  test('a value that is no slug is refused at its field and changes nothing', async () => {
    const before = await publicLink();
    const refused = await editor.post(FORM, { foi_authority: 'https://fragdenstaat.de/behoerde/x/' });
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.match(html, /Kleinbuchstaben, Ziffern und Bindestriche/);
    assert.match(html, /aria-invalid="true"/);
    assert.equal(await publicLink(), before);
  });
});
