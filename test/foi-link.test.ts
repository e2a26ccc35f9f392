// The freedom-of-information link on a Vorhaben with a lead ministry: FOI_URL_TEMPLATE filled with the
// ministry's public body (the editors' mapping, else our slug) and a prepared German request.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setMinistryFoiAuthority } from '../src/store/vocabularies.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const BASE_URL = 'https://tracker.example.org';
const MINISTRY = 'bundesministerium-des-innern';

describe('the link "Bei der Federführung nachfragen"', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today, env: { BASE_URL } });

  test('a Vorhaben with a lead ministry links to a prepared request on FragDenStaat', async () => {
    const link = (await site.page('/vorhaben/verschluesselung')).find('.foi-link a');
    assert.equal(link.text, 'Bei der Federführung nachfragen');
    const url = new URL(link.attr('href')!);
    assert.equal(`${url.origin}${url.pathname}`, `https://fragdenstaat.de/anfrage-stellen/an/${MINISTRY}/`);
    assert.equal(url.searchParams.get('subject'), 'Stand der Umsetzung des Vorhabens „Recht auf Verschlüsselung“');
    const body = url.searchParams.get('body')!;
    assert.match(body, /federführend ist: „Recht auf Verschlüsselung“/);
    assert.match(body, /Im Koalitionsvertrag heißt es dazu: „[^“]*Verschlüsselung/);
    assert.ok(body.endsWith(`Zum Vorhaben: ${BASE_URL}/vorhaben/verschluesselung`));
  });

  test('the mapping an editor sets names the public body, and the page shows it at once', async () => {
    assert.equal(await setMinistryFoiAuthority(site.db, MINISTRY, 'bundesministerium-des-innern-und-fur-heimat'), true);
    try {
      const href = (await site.page('/vorhaben/verschluesselung')).find('.foi-link a').attr('href')!;
      assert.ok(href.startsWith('https://fragdenstaat.de/anfrage-stellen/an/bundesministerium-des-innern-und-fur-heimat/?subject='), href);
    } finally {
      await setMinistryFoiAuthority(site.db, MINISTRY, null);
    }
    assert.equal(await setMinistryFoiAuthority(site.db, 'gibt-es-nicht', 'x'), false);
  });

  test('a Vorhaben without lead ministry has no such link; the English page explains it is a German request', async () => {
    assert.equal((await site.page('/vorhaben/dateninstitut')).has('.foi-link'), false);
    const english = (await site.page('/en/vorhaben/verschluesselung')).find('.foi-link');
    assert.equal(english.find('a').text, 'Ask the lead ministry');
    assert.match(english.text, /in German, prepared on fragdenstaat\.de/);
  });
});

describe('FOI_URL_TEMPLATE', () => {
  const custom = testSite('sqlite', {
    seed: seedSite,
    clock: () => today,
    env: { FOI_URL_TEMPLATE: 'https://foi.example.org/to/{authority}?about={url}' },
  });
  const off = testSite('sqlite', { seed: seedSite, clock: () => today, env: { FOI_URL_TEMPLATE: 'none' } });

  test('another portal gets its own address with the parts it asks for', async () => {
    const href = (await custom.page('/vorhaben/verschluesselung')).find('.foi-link a').attr('href')!;
    assert.equal(
      href,
      `https://foi.example.org/to/${MINISTRY}?about=${encodeURIComponent('http://localhost:3000/vorhaben/verschluesselung')}`,
    );
  });

  test('"none" shows no link', async () => {
    assert.equal((await off.page('/vorhaben/verschluesselung')).has('.foi-link'), false);
  });
});
