// Behind a reverse proxy every visitor comes from the proxy's address. With TRUST_PROXY the public
// forms' rate limit counts each visitor by X-Forwarded-For, from the right, so that addresses a client
// writes into the header itself gain it nothing; without it the header is ignored. No address is stored.
// Tier: full (real sockets: the peer address is the connection’s)
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolder } from './support/chapter-file.ts';
import { runCli } from './support/cli.ts';
import { DIALECTS } from './support/dialects.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

const FORM = '/vorhaben/verschluesselung/hinweis';
/** The suggestion form takes five per client and hour. */
const LIMIT = 5;

let sent = 0;
async function suggest(server: RunningServer, forwardedFor: string): Promise<number> {
  sent += 1;
  const body = new URLSearchParams({
    text: `Hinweis Nummer ${sent}: der Bundestag hat beraten.`,
    source_url: `https://example.org/${sent}`,
    email: '',
    website: '',
  });
  const response = await server.request(FORM, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'x-forwarded-for': forwardedFor },
    body,
  });
  await response.text();
  return response.status;
}

async function statuses(server: RunningServer, forwardedFor: (attempt: number) => string, attempts = LIMIT + 1): Promise<number[]> {
  const seen: number[] = [];
  for (let attempt = 0; attempt < attempts; attempt += 1) seen.push(await suggest(server, forwardedFor(attempt)));
  return seen;
}

const accepted = (count: number) => Array<number>(count).fill(303);

for (const dialect of DIALECTS) {
  describe(`TRUST_PROXY (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite });
    const servers: RunningServer[] = [];
    const serve = async (env: Record<string, string>) => {
      const server = await startServer(site.db, { clock: () => today }, env);
      servers.push(server);
      return server;
    };

    after(async () => {
      for (const server of servers) await server.close();
    });

    test('by default X-Forwarded-For is ignored: all requests from one address share one limit', async () => {
      const server = await serve({});
      assert.deepEqual(await statuses(server, (n) => `198.51.100.${n + 1}`), [...accepted(LIMIT), 429]);
    });

    test('TRUST_PROXY=1: each visitor behind the proxy has a limit of their own', async () => {
      const server = await serve({ TRUST_PROXY: '1' });
      assert.deepEqual(await statuses(server, (n) => `198.51.100.${n + 1}`, 2 * LIMIT), accepted(2 * LIMIT));
    });

    test('TRUST_PROXY=1: addresses a client puts in front of the one the proxy appended gain it nothing', async () => {
      const server = await serve({ TRUST_PROXY: '1' });
      assert.deepEqual(await statuses(server, (n) => `10.9.9.${n + 1}, 203.0.113.7`), [...accepted(LIMIT), 429]);
    });

    test('TRUST_PROXY as a list of proxy networks: the walk stops at the first address that is none of them', async () => {
      const server = await serve({ TRUST_PROXY: '127.0.0.0/8, ::1' });
      assert.deepEqual(
        await statuses(server, (n) => `192.0.2.${n + 1}, 127.0.0.9`, 2 * LIMIT),
        accepted(2 * LIMIT),
        'visitors behind two proxies of ours',
      );
      assert.deepEqual(
        await statuses(server, (n) => `10.9.9.${n + 1}, 203.0.113.8, 127.0.0.9`),
        [...accepted(LIMIT), 429],
        'one client, spoofing',
      );
    });

    test('no address is stored', async () => {
      const keys = (await site.db.selectFrom('throttles').select('key').execute()).map((row) => row.key);
      assert.ok(keys.length > 0);
      for (const address of ['127.0.0.1', '198.51.100.', '203.0.113.', '192.0.2.', '10.9.9.'])
        assert.ok(
          keys.every((key) => !key.includes(address)),
          address,
        );
      const suggestions = await site.db.selectFrom('suggestions').selectAll().execute();
      for (const address of ['198.51.100.', '203.0.113.', '192.0.2.']) assert.ok(!JSON.stringify(suggestions).includes(address), address);
    });
  });
}

describe('TRUST_PROXY at start-up', () => {
  test('a bad value is one clear line, and no command runs', async () => {
    // Every command reads the configuration first; migrate ends on its own even where the check is missing.
    const path = join(temporaryFolder('kt-trust-proxy'), 'kt.db');
    const result = await runCli(['migrate'], { TRUST_PROXY: 'proxy.example.org', DATABASE_URL: `sqlite:${path}` });
    assert.equal(result.code, 1);
    assert.ok(!existsSync(path), 'no database created');
    assert.equal(
      result.stderr.trim(),
      'configuration: TRUST_PROXY: expected a number of proxies (0 trusts none) or a comma-separated list of their addresses and networks, e.g. 10.0.0.0/8,::1; got "proxy.example.org"',
    );
  });
});
