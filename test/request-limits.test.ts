// Request bodies have a limit, checked before they are read: 64 kB and 100 fields for public forms and
// anyone not signed in, 1 MB and 1,000 fields for the back office's forms. Beyond it the answer is 413,
// a page in the reader's language; a body that only says it is huge is refused before it is sent, and
// a chunked one is cut off while it streams.
// Tier: full (real sockets: bodies cut off while they stream)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { AdminClient, signedIn } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

interface RawResponse {
  status: number;
  body: string;
  /** Body bytes written before the answer came. */
  sent: number;
}

/**
 * A POST over node:http that writes its body in chunks of 16 kB until it is complete or the server has
 * answered, whichever comes first, and then `last`; `announced` sends that Content-Length, else the body
 * goes chunked.
 */
function post(
  base: string,
  path: string,
  options: { total: number; announced?: number; last?: Buffer; headers?: Record<string, string> },
): Promise<RawResponse> {
  const url = new URL(path, base);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: url.origin, ...options.headers };
  if (options.announced !== undefined) headers['content-length'] = String(options.announced);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers, timeout: 15_000 }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), sent }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${path} after ${sent} bytes`)));
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const write = () => {
      if (answered || req.destroyed) return;
      if (sent >= options.total) {
        if (options.announced === undefined || sent >= options.announced) req.end(options.last);
        return;
      }
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(write);
      else req.once('drain', write);
    };
    write();
  });
}

const fieldsBody = (count: number) => Array.from({ length: count }, (_, index) => `f${index}=`).join('&');

/** What the 413 page says: its language, its heading and the limit it names. */
function tooMuch(html: string): { lang: string | undefined; heading: string; limit: string | undefined } {
  const page = parseHtml(html);
  return { lang: page.lang, heading: page.find('h1').text, limit: /\d+ (?:kB|MB)/.exec(page.find('main').text)?.[0] };
}

for (const dialect of DIALECTS) {
  describe(`request limits (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today, http: true });

    test('a public form of 1 MB is refused with 413 and a page in the reader’s language', async () => {
      const german = await post(site.app.url, '/abo', { total: 1024 * 1024, announced: 1024 * 1024 });
      assert.equal(german.status, 413);
      assert.deepEqual(tooMuch(german.body), { lang: 'de', heading: 'Zu viele Daten', limit: '64 kB' });
      const english = await post(site.app.url, '/en/vorhaben/verschluesselung/hinweis', { total: 1024 * 1024, announced: 1024 * 1024 });
      assert.equal(english.status, 413);
      assert.deepEqual(tooMuch(english.body), { lang: 'en', heading: 'Too much data', limit: '64 kB' });
    });

    test('a body announced as 300 MB is refused before it is sent', async () => {
      const response = await post(site.app.url, '/abo', { total: 16 * 1024, announced: 300 * 1024 * 1024 });
      assert.equal(response.status, 413);
      assert.equal(response.sent, 16 * 1024);
    });

    test('a chunked body without Content-Length is cut off while it streams', async () => {
      const response = await post(site.app.url, '/vorhaben/verschluesselung/hinweis', { total: 50 * 1024 * 1024 });
      assert.equal(response.status, 413);
      assert.ok(response.sent < 50 * 1024 * 1024, `answered after ${response.sent} bytes`);
      assert.equal(tooMuch(response.body).heading, 'Zu viele Daten');
    });

    test('a chunked form within the limit goes through', async () => {
      const form = new URLSearchParams({
        text: 'Das Kabinett hat den Entwurf beschlossen.',
        source_url: 'https://example.org/kabinett',
        email: '',
        website: '',
      });
      const response = await post(site.app.url, '/vorhaben/verschluesselung/hinweis', {
        total: 0,
        last: Buffer.from(form.toString()),
        headers: { 'transfer-encoding': 'chunked' },
      });
      assert.equal(response.status, 303);
    });

    test('a small public form with too many fields is refused too', async () => {
      const visitor = new AdminClient(site.app);
      await visitor.page('/abo');
      const fields = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`f${index}`, '']));
      const response = await visitor.post('/abo', { email: 'leser@example.org', scope: 'all', frequency: 'immediate', ...fields });
      assert.equal(response.status, 413);
      assert.equal(tooMuch(await response.text()).heading, 'Zu viele Daten');
      const fine = await visitor.post('/abo', { email: 'leser@example.org', scope: 'all', frequency: 'immediate' });
      assert.equal(fine.status, 303, 'the same form without them goes through');
    });

    test('the sign-in form has the public limit; signed-in editors may send 1 MB and 1,000 fields to the back office', async () => {
      const anonymous = await post(site.app.url, '/admin/login', { total: 200 * 1024, announced: 200 * 1024 });
      assert.equal(anonymous.status, 413);
      const editor = await signedIn(site.app, site.db, 'editor');
      const long = 'Ein sehr langes Erfolgskriterium. '.repeat(9000);
      const accepted = await editor.post('/admin/vorhaben/verschluesselung', {
        title: 'Recht auf Verschlüsselung',
        success_criterion: long,
      });
      assert.notEqual(accepted.status, 413, 'about 300 kB');
      await accepted.text();
      const tooLarge = await editor.post('/admin/vorhaben/verschluesselung', {
        title: 'Recht auf Verschlüsselung',
        success_criterion: long.repeat(4),
      });
      assert.equal(tooLarge.status, 413);
      assert.deepEqual(tooMuch(await tooLarge.text()), { lang: 'de', heading: 'Zu viele Daten', limit: '1 MB' });
      const manyFields = await editor.post('/admin/vorhaben/verschluesselung', {
        title: 'Recht auf Verschlüsselung',
        ...Object.fromEntries(
          fieldsBody(1001)
            .split('&')
            .map((pair) => [pair.slice(0, -1), '']),
        ),
      });
      assert.equal(manyFields.status, 413);
      await manyFields.text();
    });

    test('the site answers while a refused upload is still being sent', async () => {
      const upload = post(site.app.url, '/abo', { total: 8 * 1024 * 1024 });
      const page = await site.app.request('/');
      assert.equal(page.status, 200);
      await page.text();
      assert.equal((await upload).status, 413);
    });
  });
}
