// The overview of an agreement imported without agreement.yml: a title made readable from its folder's
// name, and chapters without Vorhaben collapsed below those with, or listed open while none has any.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { chapterText, temporaryFolder, writeChapterFolder } from './support/chapter-file.ts';
import { testSite } from './support/site.ts';

const now = new Date('2026-03-01T10:00:00Z');

describe('the overview of a freshly imported agreement', () => {
  const site = testSite('sqlite', { clock: () => now });
  const empty = testSite('sqlite', { clock: () => now });

  test('the title comes from the folder name made readable, and chapters without Vorhaben are collapsed', async () => {
    const folder = writeChapterFolder(
      {
        '1-praeambel.md': chapterText({ title: '1. Präambel', body: '\nWir wollen mehr Fortschritt wagen.\n' }),
        '2-2-digitales.md': chapterText({
          title: '2.2 Digitale Innovationen',
          statements: [{ summary: 'Recht auf Verschlüsselung', id: 'verschluesselung' }],
        }),
        '3-klima.md': chapterText({ title: '3. Klimaschutz', body: '\nDas Klima schützen.\n' }),
      },
      temporaryFolder('koalitionsvertrag-2021'),
    );
    await importAgreementFiles(site.db, [folder], { now });
    const page = await site.page('/');
    assert.equal(page.find('h1').text, 'Koalitionsvertrag 2021');
    assert.deepEqual(page.texts('section[aria-labelledby="chapters-heading"] table tbody a'), ['2.2 Digitale Innovationen']);
    const without = page.find('details.chapters-without');
    assert.equal(without.attr('open'), undefined, 'collapsed while another chapter has Vorhaben');
    assert.equal(without.find('summary').text, '2 Kapitel ohne Vorhaben');
    assert.deepEqual(without.texts('li a'), ['1 Präambel', '3 Klimaschutz']);
    assert.match((await site.page('/en')).find('details.chapters-without summary').text, /^2 chapters without pledges$/);
  });

  test('while no chapter has a Vorhaben, the chapters are listed open', async () => {
    await importAgreementFiles(
      empty.db,
      [writeChapterFolder({ 'a.md': chapterText({ title: '1. Eins', body: '\nText.\n' }) }, temporaryFolder('kv_bund_2018'))],
      { now },
    );
    const page = await empty.page('/');
    assert.equal(page.find('h1').text, 'Koalitionsvertrag bund 2018');
    assert.equal(page.find('details.chapters-without').attr('open'), '');
    assert.equal(page.find('details.chapters-without summary').text, 'Ein Kapitel ohne Vorhaben');
  });
});
