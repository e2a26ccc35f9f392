import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, configWarnings, DEFAULT_FOI_URL_TEMPLATE, loadConfig } from './config.ts';

test('SESSION_SECRET is passed on; without it every load draws its own, as separate processes would', () => {
  const secret = 'ein-geheimnis-mit-mindestens-32-zeichen';
  assert.equal(loadConfig({ SESSION_SECRET: secret }).sessionSecret, secret);
  const [first, second] = [loadConfig({}).sessionSecret, loadConfig({}).sessionSecret];
  assert.ok(first.length >= 32);
  assert.notEqual(first, second);
  assert.throws(
    () => loadConfig({ SESSION_SECRET: 'zu-kurz' }),
    (error) => error instanceof ConfigError && /SESSION_SECRET: must be at least 32 characters/.test(error.message),
  );
});

test('a server on PostgreSQL without SESSION_SECRET is warned that instances count the rate limit apart', () => {
  const postgres = 'postgres://kt@db.example/kt';
  assert.match(configWarnings(loadConfig({ DATABASE_URL: postgres })).join(), /SESSION_SECRET is not set/);
  assert.deepEqual(configWarnings(loadConfig({ DATABASE_URL: postgres, SESSION_SECRET: 'ein-geheimnis-mit-mindestens-32-zeichen' })), []);
  assert.deepEqual(configWarnings(loadConfig({ DATABASE_URL: 'sqlite:data/x.db' })), [], 'SQLite serves one instance');
});

test('TRUST_PROXY is a number of proxies or a list of addresses and networks; anything else is one clear line', () => {
  assert.deepEqual(loadConfig({}).trustProxy, { hops: 0 }, 'by default no proxy is trusted');
  assert.deepEqual(loadConfig({ TRUST_PROXY: '2' }).trustProxy, { hops: 2 });
  const listed = loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,::1, fd00::/8' }).trustProxy;
  assert.ok('proxies' in listed);
  assert.ok(listed.proxies.check('10.200.0.1', 'ipv4'));
  assert.ok(listed.proxies.check('192.168.1.5', 'ipv4'));
  assert.ok(!listed.proxies.check('192.168.1.6', 'ipv4'));
  assert.ok(listed.proxies.check('fd00::7', 'ipv6'));
  for (const bad of ['yes', '10.0.0.0/33', '::1/129', '10.0.0.1,', '300.1.1.1', 'proxy.example.org', '-1']) {
    assert.throws(
      () => loadConfig({ TRUST_PROXY: bad }),
      (error) =>
        error instanceof ConfigError &&
        error.message ===
          `configuration: TRUST_PROXY: expected a number of proxies (0 trusts none) or a comma-separated list of their addresses and networks, e.g. 10.0.0.0/8,::1; got "${bad}"`,
      bad,
    );
  }
});

test('discovery: DIP_API_URL, DIP_API_KEY and DISCOVER_INTERVAL, and a User-Agent that names us', () => {
  const defaults = loadConfig({});
  assert.equal(defaults.dipApiUrl, 'https://search.dip.bundestag.de/api/v1');
  assert.equal(defaults.dipApiKey, undefined);
  assert.equal(defaults.discoverIntervalMs, 3600_000, 'hourly by default');
  assert.match(defaults.userAgent, /^koalitionstracker\/\d+\.\d+\.\d+ \(\+http:\/\/localhost:3000; evidence discovery/);
  const set = loadConfig({
    DIP_API_URL: 'http://127.0.0.1:8080/api/v1/',
    DIP_API_KEY: ' I9FKdCn.hbfefNWCY336dL6x62vfwNKpoN2RZ1gp21 ',
    DISCOVER_INTERVAL: '0',
    BASE_URL: 'https://tracker.example.org',
  });
  assert.equal(set.dipApiUrl, 'http://127.0.0.1:8080/api/v1');
  assert.equal(set.dipApiKey, 'I9FKdCn.hbfefNWCY336dL6x62vfwNKpoN2RZ1gp21');
  assert.equal(set.discoverIntervalMs, 0, '0 turns it off');
  assert.match(set.userAgent, /\(\+https:\/\/tracker\.example\.org;/);
  assert.equal(loadConfig({ DISCOVER_INTERVAL: '90' }).discoverIntervalMs, 90_000, 'plain numbers are seconds');
  assert.equal(loadConfig({ DISCOVER_INTERVAL: '30m' }).discoverIntervalMs, 1_800_000);
  assert.equal(loadConfig({ DISCOVER_INTERVAL: '2h' }).discoverIntervalMs, 7_200_000);
  assert.throws(
    () => loadConfig({ DISCOVER_INTERVAL: 'stündlich' }),
    (error) => error instanceof ConfigError && /^configuration: DISCOVER_INTERVAL: expected seconds/.test(error.message),
  );
  assert.throws(
    () => loadConfig({ DIP_API_URL: 'ftp://dip' }),
    (error) => error instanceof ConfigError && /DIP_API_URL/.test(error.message),
  );
  assert.throws(
    () => loadConfig({ DIP_API_KEY: 'two words' }),
    (error) => error instanceof ConfigError && /DIP_API_KEY/.test(error.message),
  );
});

test('FOI_URL_TEMPLATE defaults to FragDenStaat, "none" turns the links off, and a bad template is one clear line', () => {
  assert.equal(loadConfig({}).foiUrlTemplate, DEFAULT_FOI_URL_TEMPLATE);
  assert.equal(loadConfig({ FOI_URL_TEMPLATE: 'none' }).foiUrlTemplate, undefined);
  assert.equal(
    loadConfig({ FOI_URL_TEMPLATE: 'https://foi.example.org/{authority}?t={subject}' }).foiUrlTemplate,
    'https://foi.example.org/{authority}?t={subject}',
  );
  assert.throws(
    () => loadConfig({ FOI_URL_TEMPLATE: 'https://foi.example.org/{behoerde}' }),
    /^Error: configuration: FOI_URL_TEMPLATE: unknown placeholder \{behoerde\}/,
  );
  assert.throws(
    () => loadConfig({ FOI_URL_TEMPLATE: 'javascript:alert({subject})' }),
    /configuration: FOI_URL_TEMPLATE: expected an http\(s\) URL/,
  );
});
