// `bin/koalitionstracker discover` as a user runs it, and `serve` running discovery on its own,
// against the DIP stand-in and a feed server on loopback.
// Tier: full (the command-line bundle as a process, stand-ins on real ports)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { insertFeed } from '../src/store/evidence-sources.ts';
import { claimLease } from '../src/store/settings.ts';
import { runCli } from './support/cli.ts';
import { openTestStore, type TestStore } from './support/dialects.ts';
import { allRecords } from './support/dip-fixtures.ts';
import { DipStandIn, STAND_IN_KEY } from './support/dip-stand-in.ts';
import { BGBL_RSS, FeedServer } from './support/feed-server.ts';
import { untilListening } from './support/server-process.ts';

const DEMO = fileURLToPath(new URL('../data/demo', import.meta.url));
const ENTRY = fileURLToPath(new URL('../bin/koalitionstracker.mjs', import.meta.url));

describe('discover on the command line', () => {
  let database: TestStore;
  const dip = new DipStandIn(allRecords());
  const feeds = new FeedServer();
  let env: Record<string, string>;

  before(async () => {
    database = await openTestStore('sqlite');
    await importAgreementFiles(database.store.db, [DEMO], { now: new Date('2021-12-01T12:00:00Z') });
    await Promise.all([dip.start(), feeds.start()]);
    env = { DATABASE_URL: database.url, DIP_API_URL: dip.url, DIP_API_KEY: STAND_IN_KEY };
  });
  after(async () => {
    await Promise.all([dip.stop(), feeds.stop()]);
    await database?.close();
  });

  test('is in the usage; a bad --since is a usage error', async () => {
    const help = await runCli(['help'], {});
    assert.match(help.stdout, /koalitionstracker discover \[--since DATE\] \[--json\]/);
    const bad = await runCli(['discover', '--since', '2024-13-01'], env);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^--since 2024-13-01: expected a date YYYY-MM-DD\nUsage: koalitionstracker discover/);
  });

  test('--json prints the proposals made in this run, and a second run right after prints []', async () => {
    const first = await runCli(['discover', '--json'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, '', 'nothing to say on a terminal that is none');
    const proposals = JSON.parse(first.stdout) as Record<string, unknown>[];
    assert.ok(proposals.length >= 1);
    for (const proposal of proposals)
      assert.deepEqual(Object.keys(proposal).sort(), ['date', 'pledge', 'reason', 'score', 'source_url', 'status', 'title']);
    const ozg = proposals.find((proposal) => proposal.pledge === 'weiterentwicklung-ozg');
    assert.equal(ozg?.status, 'implemented');
    assert.equal(ozg?.date, '2024-07-23');
    assert.match(String(ozg?.source_url), /^https:\/\/dip\.bundestag\.de\/vorgang\/.+\/303372$/);
    assert.equal(typeof ozg?.score, 'number');
    assert.match(String(ozg?.reason), /BGBl\. 2024 I Nr\. 245/);
    assert.ok(!proposals.some((proposal) => /Mindestlohn|Registermodernisierungsgesetz/.test(String(proposal.title))));

    const second = await runCli(['discover', '--json'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(JSON.parse(second.stdout), []);
  });

  test('without DIP_API_KEY one line says so and names it; the feeds are read; a failing source is a line and exit code 1', async () => {
    await insertFeed(
      database.store.db,
      { url: `${feeds.url}/bgbl.rss`, title: 'Bundesgesetzblatt', createdBy: null },
      new Date().toISOString(),
    );
    await insertFeed(database.store.db, { url: `${feeds.url}/weg.xml`, title: 'Verschwunden', createdBy: null }, new Date().toISOString());
    feeds.feeds.set('/bgbl.rss', { body: BGBL_RSS, etag: '"1"' });
    const result = await runCli(['discover'], { DATABASE_URL: database.url, DIP_API_URL: dip.url });
    assert.equal(result.code, 1, 'a source failed');
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.filter((line) => line.includes('DIP_API_KEY')).length, 1);
    assert.match(lines[0]!, /^DIP: DIP_API_KEY is not set, so the Bundestag's DIP is not searched; the feeds are/);
    assert.match(result.stderr, /^Verschwunden: http:\/\/127\.0\.0\.1:\d+\/weg\.xml: HTTP 404$/m);
    assert.match(result.stdout, /^Bundesgesetzblatt: 3 items read, 3 new or changed$/m);
    assert.match(result.stdout, /^Verschwunden: failed$/m);
    assert.match(result.stdout, /^Matched 3 documents: \d+ proposals? made\.$/m);
    assert.match(
      result.stdout,
      /^ {2}weiterentwicklung-ozg: no status – Gesetz zur Änderung des Onlinezugangsgesetzes/m,
      'the gazette entry of the OZG',
    );
    assert.doesNotMatch(
      result.stdout,
      /Verbesserung des Onlinezugangs|Trinkwasser/,
      'not the OZG of 2017, before the term, nor an unrelated ordinance',
    );
  });

  test('while another run holds the lease, discover says so and changes nothing', async () => {
    const now = new Date();
    assert.ok(
      await claimLease(
        database.store.db,
        'discovery.lease',
        'another-instance',
        now.toISOString(),
        new Date(now.getTime() + 60_000).toISOString(),
      ),
    );
    const result = await runCli(['discover', '--json'], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /another discovery run is under way \(its lease runs until \d{4}-\d{2}-\d{2}T/);
    assert.equal(result.stdout, '');
    await database.store.db.deleteFrom('settings').where('key', '=', 'discovery.lease').execute();
  });
});

describe('serve runs discovery every DISCOVER_INTERVAL', () => {
  test('at start when it is due, then not again within the interval; 0 turns it off', async () => {
    const database = await openTestStore('sqlite');
    const dip = new DipStandIn(allRecords());
    await dip.start();
    try {
      await importAgreementFiles(database.store.db, [DEMO], { now: new Date('2021-12-01T12:00:00Z') });
      const serve = async (interval: string, work: (log: () => string) => Promise<void>) => {
        const child = spawn(process.execPath, [ENTRY, 'serve'], {
          env: {
            PATH: process.env.PATH ?? '',
            DATABASE_URL: database.url,
            PORT: '0',
            DIP_API_URL: dip.url,
            DIP_API_KEY: STAND_IN_KEY,
            DISCOVER_INTERVAL: interval,
          },
        });
        try {
          const { log } = await untilListening(child);
          await work(log);
        } finally {
          child.kill('SIGTERM');
          await new Promise((resolve) => child.once('exit', resolve));
        }
      };
      await serve('0', async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.equal(dip.requests.length, 0, 'off');
      });
      await serve('1h', async (log) => {
        const deadline = Date.now() + 30_000;
        while (!log().includes('"msg":"discovery"') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
        assert.match(log(), /"proposals":[1-9]\d*.*"msg":"discovery"/);
      });
      const requests = dip.requests.length;
      await serve('1h', async () => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      });
      assert.equal(dip.requests.length, requests, 'a restart within the interval does not run it again');
      const proposals = await database.store.db.selectFrom('evidence_proposals').select('id').execute();
      assert.ok(proposals.length > 0);
    } finally {
      await dip.stop();
      await database.close();
    }
  });
});
