import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../config.ts';
import { clientAddress } from './client-address.ts';

const trust = (value?: string) => loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

test('by default X-Forwarded-For counts for nothing: the peer is the client', () => {
  assert.equal(clientAddress('203.0.113.7', '198.51.100.1', trust()), '203.0.113.7');
  assert.equal(clientAddress('::ffff:203.0.113.7', undefined, trust('0')), '203.0.113.7', 'IPv4 in IPv6 form is the same client');
});

test('a number of hops takes the address that many proxies to the left of the peer', () => {
  assert.equal(clientAddress('10.0.0.2', '198.51.100.1', trust('1')), '198.51.100.1');
  assert.equal(clientAddress('10.0.0.2', '198.51.100.1, 10.0.0.9', trust('2')), '198.51.100.1');
  assert.equal(clientAddress('10.0.0.2', undefined, trust('1')), '10.0.0.2', 'no header: the peer');
  assert.equal(clientAddress('10.0.0.2', '198.51.100.1', trust('3')), '198.51.100.1', 'fewer entries than hops: the leftmost');
});

test('addresses the client wrote itself, left of what our proxies appended, do not count', () => {
  for (const spoofed of ['1.1.1.1', '1.1.1.1, 2.2.2.2', 'unknown, 1.1.1.1', '::1']) {
    assert.equal(clientAddress('10.0.0.2', `${spoofed}, 203.0.113.7`, trust('1')), '203.0.113.7', spoofed);
    assert.equal(clientAddress('127.0.0.1', `${spoofed}, 203.0.113.7, 10.1.2.3`, trust('127.0.0.1, 10.0.0.0/8')), '203.0.113.7', spoofed);
  }
});

test('a list of proxies walks left while the address at hand is one of them', () => {
  const proxies = trust('127.0.0.1, 10.0.0.0/8, fd00::/8');
  assert.equal(clientAddress('10.0.0.2', '203.0.113.7', proxies), '203.0.113.7');
  assert.equal(
    clientAddress('198.51.100.9', '203.0.113.7', proxies),
    '198.51.100.9',
    'a peer that is no proxy of ours: its header is ignored',
  );
  assert.equal(clientAddress('127.0.0.1', '2001:db8::5, fd00::1', proxies), '2001:db8::5');
  assert.equal(clientAddress('127.0.0.1', '10.0.0.3, 10.0.0.4', proxies), '10.0.0.3', 'all proxies: the leftmost');
  assert.equal(
    clientAddress('127.0.0.1', '203.0.113.7:51234, [2001:db8::5]:443', trust('2')),
    '203.0.113.7',
    'ports and brackets are dropped',
  );
  assert.equal(clientAddress('127.0.0.1', 'nonsense', proxies), '127.0.0.1', 'an entry that is no address ends the walk');
});
