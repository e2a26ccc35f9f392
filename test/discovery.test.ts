// Evidence discovery end to end against stand-ins on loopback, on both dialects: the DIP stand-in and a
// feed server feed a sync; matches become draft developments with their sources; an editor confirms one
// over HTTP, which publishes it through the one write path (status, search, audit) and mails the
// subscribers over real SMTP; nothing proposes twice, a rejection stays, an open proposal follows its
// document to a later stage, a failing source stops none of the others, and key errors are plain.
// Tier: full (stand-ins and SMTP on real ports, both dialects)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { vorgangPageUrl } from '../src/formats/dip.ts';
import { createMailer } from '../src/mail/transport.ts';
import { runDiscovery, type DiscoverySettings } from '../src/services/discovery/run.ts';
import { DiscoveryBusyError, runDiscoveryExclusively, startDiscovery } from '../src/services/discovery/schedule.ts';
import { createMailWorker } from '../src/services/subscriptions/worker.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import type { Store } from '../src/store/database.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { confirmSubscriptions, requestSubscription } from '../src/store/subscriptions.ts';
import { findDevelopmentById } from '../src/store/developments.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { DIALECTS, openTestStore, type TestStore } from './support/dialects.ts';
import { allRecords, ozgRecords } from './support/dip-fixtures.ts';
import { DipStandIn, STAND_IN_KEY } from './support/dip-stand-in.ts';
import { BGBL_RSS, FeedServer, MINISTRY_ATOM } from './support/feed-server.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { SmtpCatcher } from './support/smtp-catcher.ts';

const DEMO = fileURLToPath(new URL('../data/demo', import.meta.url));
const BASE_URL = 'https://tracker.example.org';
const USER_AGENT = 'koalitionstracker/test (+https://tracker.example.org; evidence discovery)';
const OZG_PAGE = vorgangPageUrl({ id: '303372', titel: String(ozgRecords().vorgaenge[0]!.titel) });

const settingsOf = (dip: DipStandIn, key: string | null = STAND_IN_KEY): DiscoverySettings => ({
  dipApiUrl: dip.url,
  dipApiKey: key ?? undefined,
  userAgent: USER_AGENT,
  dipRetryBaseMs: 1,
  feedLimits: { timeoutMs: 1000, maxBytes: 64 * 1024 },
});

/** Touch a record so that an incremental sync after `at` sees it changed. */
function touched<T extends Record<string, unknown>>(record: T, at: string): T {
  return { ...record, aktualisiert: at };
}

async function proposalsOf(store: Store, slug: string) {
  return store.db
    .selectFrom('evidence_proposals')
    .innerJoin('pledges', 'pledges.id', 'evidence_proposals.pledge_id')
    .selectAll('evidence_proposals')
    .where('pledges.slug', '=', slug)
    .orderBy('evidence_proposals.id')
    .execute();
}

for (const dialect of DIALECTS) {
  describe(`evidence discovery (${dialect})`, () => {
    let database: TestStore;
    let store: Store;
    let server: RunningServer;
    let editor: AdminClient;
    const dip = new DipStandIn(allRecords());
    const feeds = new FeedServer();
    const smtp = new SmtpCatcher();
    let now = new Date('2025-04-01T10:00:00Z');
    const clock = () => now;
    const later = (hours: number) => {
      now = new Date(now.getTime() + hours * 3600_000);
    };

    before(async () => {
      database = await openTestStore(dialect);
      store = database.store;
      await importAgreementFiles(store.db, [DEMO], { now: new Date('2021-12-01T12:00:00Z') });
      await Promise.all([dip.start(), feeds.start(), smtp.start()]);
      dip.pageSize = 2;
      server = await startServer(store.db, { clock }, { BASE_URL });
      editor = await signedIn(server, store.db, 'editor');
      const pledge = (await findPledgeBySlug(store.db, 'weiterentwicklung-ozg'))!;
      const subscription = await requestSubscription(
        store.db,
        { email: 'leserin@example.org', locale: 'de', scopeType: 'pledge', scopeId: pledge.id, frequency: 'immediate' },
        now.toISOString(),
      );
      await confirmSubscriptions(store.db, [subscription.id], now.toISOString());
    });
    after(async () => {
      await server?.close();
      await Promise.all([dip.stop(), feeds.stop(), smtp.stop()]);
      await database?.close();
    });

    test('a sync of the DIP proposes what the status table says, for the Vorhaben the documents concern', async () => {
      const report = await runDiscovery(store.db, settingsOf(dip), { now });
      assert.deepEqual(
        report.sources.map((source) => [source.title, source.error]),
        [
          ['DIP, 20. Wahlperiode', null],
          ['DIP, 21. Wahlperiode', null],
        ],
        'the Wahlperioden the term 2021-12-08 to 2025-05-06 overlaps',
      );
      assert.equal(report.sources[0]!.documents, 4);
      const bySlug = Object.fromEntries(report.proposals.map((proposal) => [proposal.pledge, proposal]));
      assert.deepEqual(bySlug['weiterentwicklung-ozg'], {
        pledge: 'weiterentwicklung-ozg',
        status: 'implemented',
        date: '2024-07-23',
        source_url: OZG_PAGE,
        score: bySlug['weiterentwicklung-ozg']!.score,
        title:
          'Gesetz verkündet: Gesetz zur Änderung des Onlinezugangsgesetzes sowie weiterer Vorschriften zur Digitalisierung der Verwaltung (OZG-Änderungsgesetz - OZGÄndG)',
        reason: bySlug['weiterentwicklung-ozg']!.reason,
      });
      assert.match(bySlug['weiterentwicklung-ozg']!.reason, /verkündet am 23\.07\.2024 \(BGBl\. 2024 I Nr\. 245\)$/);
      assert.equal(bySlug.dateninstitut?.status, 'in_progress', 'a bill in the committees');
      assert.equal(bySlug.rechtsanspruchopendata?.status, 'broken', 'a bill that lapsed with the Wahlperiode');
      const proposed = report.proposals.map((proposal) => proposal.title).join('\n');
      assert.doesNotMatch(proposed, /Mindestlohn/, 'an unrelated law is not proposed');
      assert.doesNotMatch(proposed, /Registermodernisierungsgesetz/, 'nor one passed before the term');

      const documents = await store.db.selectFrom('evidence_documents').selectAll().orderBy('external_id').execute();
      assert.deepEqual(
        documents.map((document) => document.external_id),
        ['287402', '303372', '309911', '312044'],
        'the 19th Wahlperiode is never asked for',
      );
      const ozg = documents.find((document) => document.external_id === '303372')!;
      assert.equal(ozg.retrieved_at, now.toISOString());
      assert.equal(ozg.fetched_from, `${dip.url}/vorgang?f.id=303372`, 'where it came from, without the key');
      const raw = JSON.parse(ozg.raw) as { vorgang: { id: string }; positionen: unknown[]; drucksachen: { dokumentnummer: string }[] };
      assert.equal(raw.positionen.length, 11, 'every Vorgangsposition, across pages');
      assert.deepEqual(
        raw.drucksachen.map((drucksache) => drucksache.dokumentnummer),
        ['286/23', '20/8093', '20/8836', '20/11902'],
        'the Drucksachen of the important steps',
      );
      for (const request of dip.requests) {
        assert.equal(request.headers.authorization, `ApiKey ${STAND_IN_KEY}`);
        assert.equal(request.headers['user-agent'], USER_AGENT);
      }

      const [proposal] = await proposalsOf(store, 'weiterentwicklung-ozg');
      const draft = (await findDevelopmentById(store.db, proposal!.update_id!))!;
      assert.equal(draft.published_at, null, 'a proposal never publishes itself');
      assert.equal(draft.origin, 'discovery');
      assert.equal(draft.status_change, 'implemented');
      assert.equal(draft.event_date, '2024-07-23');
      assert.match(
        draft.body,
        /Quelle: Deutscher Bundestag\/Bundesrat – DIP \(BR-Drs\. 286\/23, BT-Drs\. 20\/8093, BT-Drs\. 20\/8836, BT-Drs\. 20\/11902, BGBl\. 2024 I Nr\. 245\)$/,
      );
      assert.deepEqual(
        draft.sources.map((source) => [source.title.slice(0, 40), source.publisher]),
        [
          ['DIP: Gesetz zur Änderung des Onlinezugan', 'Deutscher Bundestag/Bundesrat – DIP'],
          ['BR-Drs. 286/23 (Gesetzentwurf)', 'Deutscher Bundestag/Bundesrat – DIP'],
          ['BT-Drs. 20/8093 (Gesetzentwurf)', 'Deutscher Bundestag/Bundesrat – DIP'],
          ['BT-Drs. 20/8836 (Beschlussempfehlung und', 'Deutscher Bundestag/Bundesrat – DIP'],
          ['BT-Drs. 20/11902 (Beschlussempfehlung)', 'Deutscher Bundestag/Bundesrat – DIP'],
          ['BGBl. 2024 I Nr. 245', 'Bundesgesetzblatt'],
        ],
      );
      assert.equal(
        (await findPledgeBySlug(store.db, 'weiterentwicklung-ozg'))!.status,
        'not_started',
        'the Vorhaben is unchanged until an editor confirms',
      );
      const audit = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'evidence.propose').execute();
      assert.equal(audit.length, report.proposals.length);
      assert.ok(
        audit.every((entry) => entry.user_id === null),
        'the system proposes, audited without a user',
      );
    });

    test('a second run right after proposes nothing, and asks only for what changed since a little before the first', async () => {
      dip.requests.length = 0;
      const first = now.toISOString();
      later(1);
      const report = await runDiscovery(store.db, settingsOf(dip), { now });
      assert.deepEqual(report.proposals, []);
      assert.equal(report.matched, 0, 'nothing changed, so nothing is matched again');
      const starts = new Set(dip.listRequests('vorgang').map((request) => request.query.get('f.aktualisiert.start')));
      assert.deepEqual(
        [...starts],
        [`${new Date(Date.parse(first) - 3600_000).toISOString().slice(0, 19)}+00:00`],
        'an hour of overlap with the last window',
      );
      const rematched = await runDiscovery(store.db, settingsOf(dip), { now, rematch: true });
      assert.equal(rematched.matched, 4, '--rematch matches every stored document again, from what was stored');
      assert.deepEqual(rematched.proposals, [], 'and proposes nothing twice');
    });

    test('an editor confirms a proposal: published through the one write path, and the subscribers get the mail', async () => {
      const queue = await editor.page('/admin/funde');
      assert.equal(queue.status, 200);
      assert.match(queue.html, /Offen \(4\)/, 'the OZG-Änderungsgesetz also for the Vorhaben on digital administration');
      assert.ok(queue.html.includes(OZG_PAGE.replace(/&/g, '&amp;')), 'the evidence is linked');
      assert.match(queue.html, /verkündet am 23\.07\.2024 \(BGBl\. 2024 I Nr\. 245\)/);
      const [proposal] = await proposalsOf(store, 'weiterentwicklung-ozg');
      later(1);
      const confirmed = await editor.post(`/admin/funde/${proposal!.id}/bestaetigen`, {
        title: 'OZG-Änderungsgesetz verkündet',
        event_date: '2024-07-23',
        status_change: 'implemented',
        body: 'Das OZG 2.0 ist im Bundesgesetzblatt verkündet.',
        zurueck: '',
      });
      assert.equal(confirmed.status, 303);
      assert.match(confirmed.headers.get('location')!, /^\/admin\/funde\?erledigt=bestaetigt#liste$/);

      const pledge = (await findPledgeBySlug(store.db, 'weiterentwicklung-ozg'))!;
      assert.equal(pledge.status, 'implemented');
      assert.equal(pledge.changed_on, now.toISOString().slice(0, 10));
      const development = (await findDevelopmentById(store.db, proposal!.update_id!))!;
      assert.equal(development.published_at, now.toISOString());
      assert.match(
        development.body,
        /^Das OZG 2\.0 ist im Bundesgesetzblatt verkündet\.\n\nQuelle: Deutscher Bundestag\/Bundesrat – DIP \(.*BT-Drs\. 20\/8093.*\)$/,
        'the attribution stays, whatever the editor wrote',
      );
      const decided = (await proposalsOf(store, 'weiterentwicklung-ozg'))[0]!;
      assert.equal(decided.decision, 'confirmed');
      const audit = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'evidence.confirm').executeTakeFirstOrThrow();
      assert.notEqual(audit.user_id, null);
      const search = await (
        await server.request(`/suche?q=${encodeURIComponent('OZG-Änderungsgesetz verkündet')}&typ=entwicklungen`)
      ).text();
      assert.match(search, /OZG-Änderungsgesetz verkündet/, 'the search index has the development');
      const page = await (await server.request('/vorhaben/weiterentwicklung-ozg')).text();
      assert.match(page, /Deutscher Bundestag\/Bundesrat – DIP/);

      const worker = createMailWorker({
        db: store.db,
        mailer: createMailer(smtp.url, 'Koalitionstracker <noreply@example.org>', 2000),
        baseUrl: BASE_URL,
        clock,
      });
      await worker.runOnce();
      await worker.stop();
      const [mail, ...more] = smtp.to('leserin@example.org');
      assert.equal(more.length, 0);
      assert.match(mail!.subject, /Weiterentwicklung des Onlinezugangsgesetzes \(OZG\): OZG-Änderungsgesetz verkündet/);
      assert.ok(mail!.text.includes(`${BASE_URL}/vorhaben/weiterentwicklung-ozg`));
    });

    test('a rejected proposal stays rejected, even when its document reaches a later stage', async () => {
      const [proposal] = await proposalsOf(store, 'dateninstitut');
      assert.equal((await editor.post(`/admin/funde/${proposal!.id}/ablehnen`, { zurueck: 'dateninstitut' })).status, 303);
      assert.equal(await findDevelopmentById(store.db, proposal!.update_id!), undefined, 'its draft is gone');
      assert.equal((await proposalsOf(store, 'dateninstitut'))[0]!.update_id, null);
      later(1);
      const changedAt = `${now.toISOString().slice(0, 19)}+00:00`;
      const [vorgang] = (await import('./support/dip-fixtures.ts')).dateninstitutRecords('Verkündet').vorgaenge;
      const records = dip.records;
      dip.records = {
        ...records,
        vorgaenge: records.vorgaenge.map((entry) =>
          entry.id === '309911'
            ? touched({ ...vorgang!, verkuendung: [{ fundstelle: 'BGBl. 2025 I Nr. 77', verkuendungsdatum: '2025-03-20' }] }, changedAt)
            : entry,
        ),
      };
      later(1);
      const report = await runDiscovery(store.db, settingsOf(dip), { now });
      assert.equal(report.matched, 1, 'the changed Vorgang is matched again');
      assert.deepEqual(report.proposals, [], 'but a rejection stays');
      assert.equal((await proposalsOf(store, 'dateninstitut')).length, 1);
    });

    test('a failing source stops none of the others; feeds are read with their validators', async () => {
      await editor.page('/admin/quellen');
      feeds.feeds.set('/bgbl.rss', { body: BGBL_RSS, etag: '"bgbl-1"' });
      feeds.feeds.set('/bmdv.atom', { body: MINISTRY_ATOM, type: 'application/atom+xml', lastModified: 'Wed, 15 Mar 2023 09:00:00 GMT' });
      feeds.feeds.set('/kaputt.xml', { body: '<rss><channel><item><title>Offen</channel></rss>' });
      feeds.feeds.set('/fehler.xml', { body: 'Wartung', status: 503 });
      feeds.feeds.set('/langsam.xml', { body: BGBL_RSS, delayMs: 5000 });
      feeds.feeds.set('/riesig.xml', { body: `<rss><channel>${'<item><title>x</title></item>'.repeat(5000)}</channel></rss>` });
      for (const [path, title] of [
        ['/bgbl.rss', 'Bundesgesetzblatt'],
        ['/bmdv.atom', 'BMDV Presse'],
        ['/kaputt.xml', 'Kaputt'],
        ['/fehler.xml', 'Fehler'],
        ['/langsam.xml', 'Langsam'],
        ['/riesig.xml', 'Riesig'],
      ]) {
        assert.equal(
          (await editor.post('/admin/quellen', { url: `${feeds.url}${path!}`, title: title! })).status,
          403,
          'editors do not manage sources',
        );
      }
      const admin = await signedIn(server, store.db, 'admin');
      for (const [path, title] of [
        ['/bgbl.rss', 'Bundesgesetzblatt'],
        ['/bmdv.atom', 'BMDV Presse'],
        ['/kaputt.xml', 'Kaputt'],
        ['/fehler.xml', 'Fehler'],
        ['/langsam.xml', 'Langsam'],
        ['/riesig.xml', 'Riesig'],
      ]) {
        assert.equal((await admin.post('/admin/quellen', { url: `${feeds.url}${path!}`, title: title! })).status, 303);
      }
      dip.failNext('vorgang', 503, 100);
      later(1);
      const report = await runDiscovery(store.db, settingsOf(dip), { now });
      dip.clearFaults();
      const errors = Object.fromEntries(report.sources.map((source) => [source.title, source.error]));
      assert.match(errors['DIP, 20. Wahlperiode']!, /DIP did not answer .* after 6 attempts \(last: 503 Service unavailable\)/);
      assert.equal(errors.Bundesgesetzblatt, null);
      assert.equal(errors['BMDV Presse'], null);
      assert.match(errors.Kaputt!, /kaputt\.xml: not well-formed XML, line 1/);
      assert.match(errors.Fehler!, /fehler\.xml: HTTP 503/);
      assert.match(errors.Langsam!, /langsam\.xml: no complete answer within 1 s/);
      assert.match(errors.Riesig!, /riesig\.xml: the answer (has \d+ bytes, more than|is larger than) the limit of 65536/);
      const made = report.proposals.map((proposal) => [proposal.pledge, proposal.status, proposal.date]);
      assert.deepEqual(
        made.sort(),
        [
          ['digitale-verwaltung', null, '2024-07-23'],
          ['gigabitgrundbuch', null, '2023-03-15'],
          ['weiterentwicklung-ozg', null, '2024-07-23'],
        ],
        'the gazette entry of the OZG 2024 and a press release; not the first OZG of 2017, before the term',
      );
      const sources = await admin.page('/admin/quellen');
      assert.match(sources.html, /not well-formed XML/, 'the sources page shows why a source failed');

      feeds.requests.length = 0;
      later(1);
      const again = await runDiscovery(store.db, settingsOf(dip), { now });
      assert.equal(feeds.requestsOf('/bgbl.rss')[0]!.headers['if-none-match'], '"bgbl-1"');
      assert.equal(feeds.requestsOf('/bmdv.atom')[0]!.headers['if-modified-since'], 'Wed, 15 Mar 2023 09:00:00 GMT');
      assert.deepEqual(
        again.sources.filter((source) => source.notModified).map((source) => source.title),
        ['Bundesgesetzblatt', 'BMDV Presse'],
      );
      assert.deepEqual(again.proposals, []);
      assert.equal(again.sources[0]!.error, null, 'the DIP is back');

      const slow = (await store.db.selectFrom('evidence_sources').select('id').where('title', '=', 'Langsam').executeTakeFirstOrThrow()).id;
      assert.equal((await admin.post(`/admin/quellen/${slow}/abschalten`, {})).status, 303);
      assert.ok(
        !(await runDiscovery(store.db, settingsOf(dip), { now })).sources.some((source) => source.title === 'Langsam'),
        'a feed switched off is not read',
      );
    });

    test('a key the DIP refuses is one clear line per DIP source; the feeds are read all the same', async () => {
      later(1);
      const report = await runDiscovery(store.db, settingsOf(dip, 'abgelaufener-schluessel'), { now });
      for (const source of report.sources.filter((entry) => entry.kind === 'dip'))
        assert.match(source.error!, /^DIP refused DIP_API_KEY \(401\)/);
      assert.equal(report.sources.find((source) => source.title === 'Bundesgesetzblatt')!.error, null);
      const unkeyed = await runDiscovery(store.db, settingsOf(dip, null), { now });
      assert.equal(unkeyed.dipKeyMissing, true);
      assert.deepEqual(
        unkeyed.sources.filter((source) => source.kind === 'dip'),
        [],
        'without a key the DIP is not read',
      );
    });

    test('an open proposal follows its document: refused consent (broken), then mediation (in progress), then promulgation', async () => {
      const withOzg = (stage: 'refused' | 'mediated' | 'promulgated', id: string, at: string) => {
        const records = ozgRecords(stage);
        const renamed = (entry: Record<string, unknown>) => ({
          ...entry,
          id: entry.id === '303372' ? id : entry.vorgang_id ? `9${String(entry.id)}` : entry.id,
          ...(entry.vorgang_id ? { vorgang_id: id } : {}),
        });
        dip.records = {
          vorgaenge: [
            ...dip.records.vorgaenge.filter((entry) => entry.id !== id),
            ...records.vorgaenge.map((entry) => touched(renamed(entry), at)),
          ],
          positionen: [
            ...dip.records.positionen.filter((entry) => entry.vorgang_id !== id),
            ...records.positionen.map((entry) => touched(renamed(entry), at)),
          ],
          drucksachen: dip.records.drucksachen,
        };
      };
      // A second procedure on the OZG, made up: the same steps under another id.
      later(1);
      withOzg('refused', '399001', `${now.toISOString().slice(0, 19)}+00:00`);
      later(1);
      const refused = await runDiscovery(store.db, settingsOf(dip), { now });
      const ozgOnly = (proposals: typeof refused.proposals) => proposals.filter((proposal) => proposal.pledge === 'weiterentwicklung-ozg');
      const [first] = ozgOnly(refused.proposals);
      assert.equal(first?.status, 'broken', 'consent refused without a mediation follow-up');
      const [row] = (await proposalsOf(store, 'weiterentwicklung-ozg')).filter((proposal) => proposal.stage === 'failed');
      withOzg('mediated', '399001', `${now.toISOString().slice(0, 19)}+00:00`);
      later(1);
      const mediated = await runDiscovery(store.db, settingsOf(dip), { now });
      assert.deepEqual(
        ozgOnly(mediated.proposals).map((proposal) => [proposal.pledge, proposal.status]),
        [['weiterentwicklung-ozg', 'in_progress']],
      );
      const advanced = (await proposalsOf(store, 'weiterentwicklung-ozg')).find((proposal) => proposal.id === row!.id)!;
      assert.equal(advanced.stage, 'introduced', 'the same proposal, brought to the new stage');
      const draft = (await findDevelopmentById(store.db, advanced.update_id!))!;
      assert.match(draft.title, /^Im Gesetzgebungsverfahren: /);
      assert.equal(draft.status_change, 'in_progress');
      withOzg('promulgated', '399001', `${now.toISOString().slice(0, 19)}+00:00`);
      later(1);
      const promulgated = await runDiscovery(store.db, settingsOf(dip), { now });
      assert.deepEqual(
        ozgOnly(promulgated.proposals).map((proposal) => [proposal.pledge, proposal.status]),
        [['weiterentwicklung-ozg', null]],
        'implemented, which the Vorhaben already is: the evidence without a status',
      );
      const open = (await proposalsOf(store, 'weiterentwicklung-ozg')).filter(
        (proposal) => proposal.decision === 'open' && proposal.update_id !== null,
      );
      assert.deepEqual(
        open.map((proposal) => [proposal.id, proposal.stage]).filter(([id]) => id === row!.id),
        [[row!.id, 'promulgated']],
        'still one proposal for the procedure',
      );
    });

    test("experts review the proposals of their organisation's Vorhaben, and no others; editors all", async () => {
      const expert = await signedIn(server, store.db, 'expert', 'Open Knowledge Foundation');
      const organisation = (
        await store.db.selectFrom('organisations').select('id').where('name', '=', 'Open Knowledge Foundation').executeTakeFirstOrThrow()
      ).id;
      await store.db.updateTable('pledges').set({ partner_id: organisation }).where('slug', '=', 'rechtsanspruchopendata').execute();
      const own = await expert.page('/admin/funde');
      assert.equal(own.status, 200);
      assert.match(own.html, /Offen \(1\)/, "only the proposal on their organisation's Vorhaben");
      assert.match(own.html, /Rechtsanspruch auf Open Data/);
      assert.equal((await expert.page('/admin/vorhaben/gigabitgrundbuch/funde')).status, 403);
      const [other] = (await proposalsOf(store, 'gigabitgrundbuch')).filter((proposal) => proposal.decision === 'open');
      assert.equal((await expert.post(`/admin/funde/${other!.id}/ablehnen`, {})).status, 403);
      assert.equal((await proposalsOf(store, 'gigabitgrundbuch')).find((proposal) => proposal.id === other!.id)!.decision, 'open');
      const [mine] = await proposalsOf(store, 'rechtsanspruchopendata');
      const confirmed = await expert.post(`/admin/funde/${mine!.id}/bestaetigen`, {
        title: 'Open-Data-Gesetz nicht verabschiedet',
        event_date: '2025-03-25',
        status_change: 'broken',
        body: '',
      });
      assert.equal(confirmed.status, 303);
      assert.equal((await findPledgeBySlug(store.db, 'rechtsanspruchopendata'))!.status, 'broken');
      assert.equal((await expert.page('/admin/quellen')).status, 403, "sources are the admins'");
      assert.match((await editor.page('/admin/funde')).html, /Gigabit-Grundbuch/, "editors see every Vorhaben's");
    });

    test('one run at a time: a second run while one holds the lease is refused; serve on two instances runs it once', async () => {
      const settings = settingsOf(dip);
      const runs = await Promise.allSettled([
        runDiscoveryExclusively(store.db, settings, { now }),
        runDiscoveryExclusively(store.db, settings, { now }),
      ]);
      assert.equal(runs.filter((run) => run.status === 'fulfilled').length, 1);
      const refused = runs.find((run) => run.status === 'rejected') as PromiseRejectedResult;
      assert.ok(refused.reason instanceof DiscoveryBusyError);
      assert.match(refused.reason.message, /another discovery run is under way/);

      dip.requests.length = 0;
      later(2);
      const failures: object[] = [];
      const log = { info: () => undefined, warn: () => undefined, error: (data: object) => void failures.push(data) };
      const instances = [0, 1].map(() => startDiscovery({ db: store.db, settings, intervalMs: 3600_000, log, clock }));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await Promise.all(instances.map((instance) => instance.stop()));
      assert.deepEqual(failures, []);
      const firstPages = dip
        .listRequests('vorgang')
        .filter((request) => request.query.get('cursor') === null && request.query.get('f.wahlperiode') === '20');
      assert.equal(firstPages.length, 1, 'of two instances asking at once, one ran');
    });
  });
}
