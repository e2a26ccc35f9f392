import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allRecords } from '../../../test/support/dip-fixtures.ts';
import { DipStandIn, STAND_IN_KEY } from '../../../test/support/dip-stand-in.ts';
import { DipAnswerError, DipClient, DipKeyError, DipRequestError } from './dip-client.ts';

const USER_AGENT = 'koalitionstracker/0.1.0 (+https://tracker.example.org; evidence discovery)';

describe('the DIP client against the stand-in', () => {
  const dip = new DipStandIn(allRecords());
  const client = (options: Partial<ConstructorParameters<typeof DipClient>[0]> = {}) =>
    new DipClient({ baseUrl: dip.url, apiKey: STAND_IN_KEY, userAgent: USER_AGENT, retryBaseMs: 1, ...options });

  before(() => dip.start());
  after(() => dip.stop());
  beforeEach(() => {
    dip.requests.length = 0;
    dip.pageSize = 100;
    dip.ignoring.clear();
    dip.clearFaults();
  });

  test('follows the cursor until it stops changing, repeating every filter, newest first', async () => {
    dip.pageSize = 2;
    const found = await client().list('vorgang', { 'f.wahlperiode': [20, 21], 'f.vorgangstyp': ['Gesetzgebung'] });
    assert.deepEqual(
      found.map((vorgang) => vorgang.id),
      ['312044', '309911', '303372', '287402'],
      'sorted by date, newest first; the 19th Wahlperiode left out',
    );
    const requests = dip.listRequests('vorgang');
    assert.equal(requests.length, 3, 'two full pages and the empty one whose cursor did not change');
    for (const request of requests) {
      assert.deepEqual(request.query.getAll('f.wahlperiode'), ['20', '21']);
      assert.deepEqual(request.query.getAll('f.vorgangstyp'), ['Gesetzgebung']);
    }
    assert.equal(requests[0]!.query.get('cursor'), null);
    assert.ok(requests[1]!.query.get('cursor') && requests[2]!.query.get('cursor'));
    assert.notEqual(requests[1]!.query.get('cursor'), requests[2]!.query.get('cursor'));
  });

  test('sends the key in the Authorization header, never in the address, and names itself', async () => {
    await client().get('vorgang', '303372');
    const [request] = dip.requests;
    assert.equal(request!.headers.authorization, `ApiKey ${STAND_IN_KEY}`);
    assert.equal(request!.query.get('apikey'), null);
    assert.equal(request!.headers['user-agent'], USER_AGENT);
    assert.equal(await client().get('vorgang', '999999'), undefined, '404 is no such Vorgang');
  });

  test('a refused key is one clear message naming DIP_API_KEY', async () => {
    await assert.rejects(client({ apiKey: 'abgelaufen' }).list('vorgang', { 'f.wahlperiode': [20] }), (error: unknown) => {
      assert.ok(error instanceof DipKeyError);
      assert.match(
        error.message,
        /^DIP refused DIP_API_KEY \(401\): the key is wrong or has expired; the public key changes every year at the end of May\./,
      );
      assert.ok(!error.message.includes('abgelaufen'), 'the key itself is never printed');
      return true;
    });
    assert.equal(dip.requests.length, 1, 'a 401 is not retried');
  });

  test('429 and 5xx are retried with backoff, honouring Retry-After', async () => {
    dip.failNext('vorgang', 429, 2, '0');
    dip.failNext('vorgang', 503, 1);
    const started = Date.now();
    const found = await client({ retryBaseMs: 20 }).list('vorgang', { 'f.wahlperiode': [20] });
    assert.equal(found.length, 4);
    assert.equal(dip.listRequests('vorgang').length, 5, 'two 429, one 503, then the answer and the page that ends it');
    assert.ok(Date.now() - started >= 20, 'the 503 waited the base delay (Retry-After 0 waited nothing)');
  });

  test('a source that keeps failing gives up after the attempts, with what it last got', async () => {
    dip.failNext('vorgang', 502, 10);
    await assert.rejects(
      client({ attempts: 3 }).list('vorgang', { 'f.wahlperiode': [20] }),
      (error: unknown) => error instanceof DipRequestError && /after 3 attempts \(last: 502 Service unavailable\)/.test(error.message),
    );
  });

  test('a filter the spec does not name is refused before anything is sent', async () => {
    await assert.rejects(
      client().list('vorgang', { 'f.wahlperiod': [20] } as never),
      (error: unknown) => error instanceof DipRequestError && /no filter f\.wahlperiod in the DIP spec/.test(error.message),
    );
    await assert.rejects(
      client().list('vorgangsposition', { 'f.beratungsstand': ['Verkündet'] } as never),
      DipRequestError,
      'a filter of another endpoint',
    );
    assert.equal(dip.requests.length, 0);
  });

  test('an answer outside the filters asked is caught: the API ignored a filter', async () => {
    dip.ignoring.add('f.wahlperiode');
    await assert.rejects(client().list('vorgang', { 'f.wahlperiode': [20], 'f.vorgangstyp': ['Gesetzgebung'] }), (error: unknown) => {
      assert.ok(error instanceof DipAnswerError);
      assert.match(error.message, /with vorgang 265876, which is outside f\.wahlperiode=20: the API seems to ignore that filter/);
      return true;
    });
  });

  test('documents missing what the spec requires are refused', async () => {
    const saved = dip.records;
    dip.records = { ...saved, vorgaenge: [{ ...saved.vorgaenge[0]!, titel: undefined }] };
    try {
      await assert.rejects(
        client().list('vorgang', {}),
        (error: unknown) => error instanceof DipAnswerError && /documents\[0\]\.titel/.test(error.message),
      );
    } finally {
      dip.records = saved;
    }
  });

  test('the answers of incremental sync: changed since, across the Vorgangspositionen', async () => {
    const steps = await client().list('vorgangsposition', {
      'f.wahlperiode': [20],
      'f.vorgangstyp': ['Gesetzgebung'],
      'f.aktualisiert.start': '2024-06-01T00:00:00+00:00',
    });
    assert.deepEqual(
      steps.map((step) => step.id),
      ['650001', '640002', '640001', '611011', '611010', '611009'],
      'the steps changed since June 2024, newest first',
    );
    const drucksachen = await client().list('drucksache', { 'f.id': ['270512', '272807'] });
    assert.deepEqual(drucksachen.map((drucksache) => drucksache.dokumentnummer).sort(), ['20/8093', '20/8836']);
  });
});
