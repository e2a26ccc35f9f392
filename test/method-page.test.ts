// The method page (/methode, /en/method): what it explains, and the footer and status badges that lead to it.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STATUSES } from '../src/domain/status.ts';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

describe('the method page', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today });

  test('/methode explains what a Vorhaben is, every status with its evidence, the rating, who edits, how to contribute and the licence', async () => {
    const method = await site.page('/methode');
    assert.equal(method.lang, 'de');
    assert.deepEqual(
      method.findAll('main h2').map((heading) => heading.text),
      [
        'Was ist ein Vorhaben?',
        'Was die Status bedeuten',
        'Was die Bewertung bedeutet',
        'Wer bearbeitet?',
        'Wie kann ich etwas beitragen?',
        'Lizenz der Daten',
      ],
    );
    for (const status of STATUSES) {
      const row = method.find(`tr#status-${status}`);
      assert.equal(row.findAll('td').length, 2, `${status} has a meaning and its evidence`);
      assert.ok(
        row.findAll('td').every((cell) => cell.text.length > 10),
        `${status} is explained`,
      );
    }
    assert.equal(method.find('tr#status-broken .status-badge').text, 'gebrochen');
    assert.equal(method.find('a[rel="license"]').attr('href'), 'https://creativecommons.org/licenses/by/4.0/');
    assert.equal(method.find('.language-switch a').attr('href'), '/en/method');
  });

  test('/en/method is the same page in English and links back to /methode', async () => {
    const method = await site.page('/en/method');
    assert.equal(method.lang, 'en');
    assert.equal(method.find('h1').text, 'Method');
    assert.equal(method.find('tr#status-implemented td').text.startsWith('The pledge is implemented'), true);
    assert.equal(method.find('.language-switch a').attr('href'), '/methode');
  });

  test("the footer of every public page links the method page in the page's language", async () => {
    assert.equal((await site.page('/vorhaben')).find('.site-footer').linkTo('Methode'), '/methode');
    assert.equal((await site.page(`/en${CHAPTER}`)).find('.site-footer').linkTo('Method'), '/en/method');
  });

  test('a status badge links to what its status means on the method page', async () => {
    const german = (await site.page('/vorhaben/verschluesselung')).find('.status-badge.status-implemented');
    assert.equal(german.attr('href'), '/methode#status-implemented');
    const english = (await site.page(`/en${CHAPTER}`)).find('.status-badge.status-implemented');
    assert.equal(english.attr('href'), '/en/method#status-implemented');
  });
});
