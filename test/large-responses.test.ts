// Responses larger than the page cache keeps stream through it whole, for anonymous visitors as for
// editors: a chapter of several megabytes, and the /daten zip once it passes 2 MB, which does not go
// through the page cache at all and answers If-None-Match on its own.
// Tier: full (load: responses larger than the page cache, over real sockets)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { listAgreements } from '../src/store/agreements.ts';
import { insertChapter } from '../src/store/chapters.ts';
import type { Store } from '../src/store/database.ts';
import { findPledgeBySlug, updatePledge } from '../src/store/pledges.ts';
import { signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Words of random letters, which deflate hardly shrinks: 3.3 MB of them zip to about 2.4 MB. */
function noise(length: number): string {
  const random = randomBytes(length);
  const characters: string[] = [];
  for (let index = 0; index < length; index += 1) {
    characters.push(index % 900 === 899 ? '\n\n' : index % 9 === 8 ? ' ' : ALPHABET[random[index]! % ALPHABET.length]!);
  }
  return characters.join('');
}

const LAST_WORDS = 'Ende des sehr langen Kapitels';
const BODY = `\n### Anhang\n\n${noise(3_300_000)}\n\n${LAST_WORDS}\n`;

async function seedLargeChapter(store: Store): Promise<void> {
  await seedSite(store);
  const [agreement] = await listAgreements(store.db);
  const stamp = today.toISOString();
  await insertChapter(store.db, {
    agreement_id: agreement!.id,
    slug: 'anhang',
    file_name: '9-anhang.md',
    number: '9',
    heading: '9. Anhang',
    title: 'Anhang',
    section: 'IX',
    position: 9,
    body: BODY,
    published: 1,
    extra: '{}',
    created_at: stamp,
    updated_at: stamp,
  });
}

for (const dialect of DIALECTS) {
  describe(`large responses (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedLargeChapter, clock: () => today, http: true });

    test('a chapter of more than 3 MB is sent whole to anonymous visitors, every time, and to editors', async () => {
      for (const attempt of ['first', 'second']) {
        const response = await site.app.request('/kapitel/anhang');
        assert.equal(response.status, 200, `${attempt} visit`);
        const html = await response.text();
        assert.ok(html.length > 3_000_000, `${attempt} visit: ${html.length} characters`);
        assert.ok(html.includes(LAST_WORDS), `${attempt} visit: the end of the chapter`);
        assert.ok(html.trimEnd().endsWith('</html>'));
      }
      const editor = await signedIn(site.app, site.db, 'editor');
      const response = await editor.get('/kapitel/anhang');
      assert.equal(response.status, 200);
      assert.ok((await response.text()).includes(LAST_WORDS));
    });

    test('the OKF zip of more than 2 MB downloads whole, revalidates with its ETag, and changes with the content', async () => {
      const response = await site.app.request('/daten/koalitionsvertrag-okf.zip');
      assert.equal(response.status, 200);
      const zip = new Uint8Array(await response.arrayBuffer());
      assert.ok(zip.byteLength > 2 * 1024 * 1024, `${zip.byteLength} bytes`);
      const chapter = strFromU8(unzipSync(zip)['9-anhang.md']!);
      assert.ok(chapter.includes(LAST_WORDS));
      const etag = response.headers.get('etag');
      assert.ok(etag, 'an ETag');
      const again = await site.app.request('/daten/koalitionsvertrag-okf.zip', { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('access-control-allow-origin'), '*');
      assert.equal(await again.text(), '');

      const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
      await updatePledge(site.db, pledge.id, { title: 'Recht auf Verschlüsselung, neu', updated_at: today.toISOString() });
      const changed = await site.app.request('/daten/koalitionsvertrag-okf.zip', { headers: { 'If-None-Match': etag } });
      assert.equal(changed.status, 200, 'a change to the content makes the old ETag stale');
      assert.notEqual(changed.headers.get('etag'), etag);
      await changed.arrayBuffer();

      const editor = await signedIn(site.app, site.db, 'editor');
      const forEditor = await editor.get('/daten/koalitionsvertrag-okf.zip');
      assert.equal(forEditor.status, 200);
      assert.ok((await forEditor.arrayBuffer()).byteLength > 2 * 1024 * 1024);
    });

    test('a CSV download is streamed, not held back until it is complete', async () => {
      const response = await site.app.request('/daten/vorhaben.csv');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-length'), null, 'sent in chunks as it is generated');
      await response.text();
    });
  });
}
