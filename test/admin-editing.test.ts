// Editing pledges and developments in the back office, in-process against the real database.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { listDevelopmentsOfPledge } from '../src/store/developments.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { DIALECTS } from './support/dialects.ts';
import { dumpDatabase } from './support/dump.ts';
import { parseHtml } from './support/html.ts';
import { formValues } from './support/html-form.ts';
import { fieldError } from './support/pages.ts';
import { buildDevelopment, buildPledge, buildSuggestion } from './support/factories.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';
import { pledgeForm } from './support/pledge-form.ts';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function developmentForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    event_date: '2023-10-01',
    title: 'Referentenentwurf veröffentlicht',
    body: 'Der **Entwurf** liegt vor.',
    status_change: 'in_progress',
    rating_change: '',
    source_url: ['https://example.org/entwurf', ''],
    source_title: ['Referentenentwurf', ''],
    source_publisher: ['BMI', ''],
    source_date: ['2023-10-01', ''],
    aktion: 'entwurf',
    ...overrides,
  };
}

for (const dialect of DIALECTS) {
  describe(`editing in the back office (${dialect})`, () => {
    const site = testSite(dialect, { seed: seedSite, clock: () => today });
    let editor: AdminClient;

    before(async () => {
      editor = await signedIn(site.app, site.db, 'editor');
    });

    async function versionOf(slug: string): Promise<string> {
      return String((await findPledgeBySlug(site.db, slug))!.version);
    }

    test('an editor edits every field of a pledge; the public page shows it and the audit log has before and after', async () => {
      const { dom } = await editor.page('/admin/vorhaben/dateninstitut');
      assert.match(formValues(dom.source, '/admin/vorhaben/dateninstitut').version!, /^\d+$/);
      const chapterBody = (
        await site.db.selectFrom('chapters').select('body').where('slug', '=', '2-2-digitale-innovationen').executeTakeFirstOrThrow()
      ).body;
      const start = chapterBody.indexOf('Ein Dateninstitut');
      const response = await editor.post(
        '/admin/vorhaben/dateninstitut',
        pledgeForm({
          version: await versionOf('dateninstitut'),
          title: 'Dateninstitut gründen',
          quote_start: String(start),
          quote_end: String(start + 17),
          success_criterion: 'erfüllt, wenn das Institut arbeitet',
          deadline: '2024-12-31',
          lead_ministry: 'BMWK',
          partner: 'Open Knowledge Foundation',
          topics: 'Daten, Forschung, Daten',
          rating: '2',
        }),
      );
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/admin/vorhaben/dateninstitut?gespeichert=1');
      const pledge = (await findPledgeBySlug(site.db, 'dateninstitut'))!;
      assert.equal(pledge.title, 'Dateninstitut gründen');
      assert.equal(pledge.quote, 'Ein Dateninstitut');
      assert.equal(pledge.rating, 2, 'the rating came as an automatic entry');
      const publicPage = await site.page('/vorhaben/dateninstitut');
      const facts = publicPage.find('dl.facts');
      assert.equal(facts.terms['Federführung'], 'BMWK');
      assert.match(publicPage.find('.foi-link a').attr('href') ?? '', /\/an\/bmwk\//, 'its FOI link below the facts');
      assert.equal(facts.linkTo('BMWK'), '/ministerium/bmwk');
      assert.deepEqual(facts.find('ul.tags').links, [
        { href: '/thema/daten', text: 'Daten' },
        { href: '/thema/forschung', text: 'Forschung' },
      ]);
      assert.equal(facts.terms['Bewertung'], '2 von 5');
      assert.ok(
        !publicPage.has('ol.timeline') || !/Bewertung: 2 von 5/.test(publicPage.find('ol.timeline').text),
        'a rating change is no development in the timeline',
      );
      const ratingEntry = await site.db
        .selectFrom('updates')
        .select(['automatic', 'rating_change'])
        .where('pledge_id', '=', pledge.id)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.deepEqual(ratingEntry, { automatic: 1, rating_change: 2 });
      const audit = await site.db.selectFrom('audit_log').selectAll().where('action', '=', 'pledge.update').execute();
      const entry = audit.at(-1)!;
      assert.deepEqual(JSON.parse(entry.before!).title, "Dateninstitut <script>alert('x')</script>");
      assert.deepEqual(JSON.parse(entry.after!).title, 'Dateninstitut gründen');
      assert.ok(!('version' in JSON.parse(entry.after!)));
    });

    test('invalid input comes back at the field with 422, and nothing is saved', async () => {
      const before = await dumpDatabase(site.db);
      const cases: [Record<string, string>, field: string | undefined, RegExp][] = [
        [{ title: '' }, 'title', /^mindestens 3 Zeichen/],
        [{ deadline: '31.12.2025' }, 'deadline', /^ein Datum \(JJJJ-MM-TT\)/],
        [{ deadline: '2021-02-31' }, 'deadline', /^ein Datum \(JJJJ-MM-TT\)/],
        [{ deadline: '2023-02-29' }, 'deadline', /^ein Datum \(JJJJ-MM-TT\)/],
        [{ quote_start: '10', quote_end: '5' }, 'quote_start', /^Anfang und Ende der Textstelle/],
        [{ quote_start: '0', quote_end: '999999' }, 'quote_start', /./],
        [{ rating: '7' }, 'rating', /^eine Bewertung von 1 bis 5/],
        [{ version: 'abc' }, undefined, /Bitte korrigieren/],
      ];
      for (const [fields, field, message] of cases) {
        const response = await editor.post(
          '/admin/vorhaben/verschluesselung',
          pledgeForm({ version: await versionOf('verschluesselung'), ...fields }),
        );
        assert.equal(response.status, 422, JSON.stringify(fields));
        const page = parseHtml(await response.text());
        assert.match((field ? fieldError(page, field) : page.find('main').text) ?? '', message, JSON.stringify(fields));
      }
      assert.deepEqual(await dumpDatabase(site.db), before);
    });

    test('a form without a base (loaded before merging existed) over a newer version overwrites nothing and asks for each field that differs', async () => {
      const loaded = await versionOf('verschluesselung');
      const other = await signedIn(site.app, site.db, 'editor');
      assert.equal(
        (
          await other.post(
            '/admin/vorhaben/verschluesselung',
            pledgeForm({ version: loaded, title: 'Recht auf Verschlüsselung (Fassung B)', published: '1' }),
          )
        ).status,
        303,
      );
      const before = await dumpDatabase(site.db);
      const response = await editor.post(
        '/admin/vorhaben/verschluesselung',
        pledgeForm({ version: loaded, title: 'Recht auf Verschlüsselung (Fassung A)' }),
      );
      assert.equal(response.status, 409);
      const conflict = parseHtml(await response.text());
      assert.equal(conflict.find('h1').text, 'Bearbeitungskonflikt');
      const decision = conflict.find('fieldset.merge-decision#entscheidung-title');
      assert.equal(decision.find('legend').text, 'Titel: Welche Fassung soll gelten?');
      assert.equal(decision.find('#decision_title-mine-value').text, 'Recht auf Verschlüsselung (Fassung A)');
      assert.equal(decision.find('#decision_title-theirs-value').text, 'Recht auf Verschlüsselung (Fassung B)');
      const mine = decision.find('input#decision_title-mine');
      assert.deepEqual(
        [mine.attr('type'), mine.attr('name'), mine.attr('value'), mine.attr('required')],
        ['radio', 'decision_title', 'mine', ''],
      );
      assert.equal(
        formValues(conflict.source, '/admin/vorhaben/verschluesselung').version,
        await versionOf('verschluesselung'),
        'the form offered again is based on the new version',
      );
      assert.deepEqual(await dumpDatabase(site.db), before, 'nothing overwritten');
    });

    test('two editors change different fields of a Vorhaben: the second sees the merge, saves it, and both changes stay', async () => {
      const page = (await editor.page('/admin/vorhaben/dateninstitut')).html;
      const loaded = formValues(page, '/admin/vorhaben/dateninstitut');
      assert.ok(loaded.base, 'the form carries what it was loaded with');
      const other = await signedIn(site.app, site.db, 'editor');
      const theirs = formValues((await other.page('/admin/vorhaben/dateninstitut')).html, '/admin/vorhaben/dateninstitut');
      assert.equal((await other.post('/admin/vorhaben/dateninstitut', { ...theirs, lead_ministry: 'BMDV' })).status, 303);

      const before = await dumpDatabase(site.db);
      const stale = await editor.post('/admin/vorhaben/dateninstitut', {
        ...loaded,
        success_criterion: 'erfüllt, wenn das Institut Daten teilt',
      });
      assert.equal(stale.status, 409);
      const html = await stale.text();
      const conflict = parseHtml(html);
      assert.deepEqual(await dumpDatabase(site.db), before, 'nothing saved yet');
      assert.ok(!conflict.has('.merge-decision'), 'nothing to decide');
      const theirChange = conflict.findByText('li', 'Federführung (Ministerium)');
      assert.match(theirChange.text, /^Federführung \(Ministerium\): „BMDV“, geändert von editor-\d+-\d+@example\.org am /);
      assert.ok(theirChange.find('time').attr('datetime'));
      const yours = conflict.findByText('h3', 'Ihre Änderungen: eingetragen');
      assert.deepEqual(yours.nextElement!.texts('li'), ['Erfüllt, wenn …']);
      const merged = formValues(html, '/admin/vorhaben/dateninstitut');
      assert.equal(merged.lead_ministry, 'BMDV', 'the form shows the saved ministry');
      assert.equal(merged.success_criterion, 'erfüllt, wenn das Institut Daten teilt', 'with this editor’s change on top');

      assert.equal((await editor.post('/admin/vorhaben/dateninstitut', merged)).status, 303);
      const pledge = (await findPledgeBySlug(site.db, 'dateninstitut'))!;
      assert.equal(pledge.success_criterion, 'erfüllt, wenn das Institut Daten teilt');
      assert.equal(
        (await editor.page('/admin/vorhaben/dateninstitut')).dom.find('input#lead_ministry[name="lead_ministry"]').attr('value'),
        'BMDV',
      );
    });

    test('a development goes from draft to published; only published ones reach the public pages', async () => {
      const created = await editor.post('/admin/vorhaben/dateninstitut/entwicklungen', developmentForm());
      assert.equal(created.status, 303);
      const location = created.headers.get('location')!;
      const id = Number(/\/admin\/entwicklungen\/(\d+)/.exec(location)![1]);
      const pledge = (await findPledgeBySlug(site.db, 'dateninstitut'))!;
      let development = (await listDevelopmentsOfPledge(site.db, pledge.id)).find((row) => row.id === id)!;
      assert.equal(development.published_at, null);
      assert.deepEqual(
        development.sources.map((source) => [source.url, source.title, source.publisher, source.published_on]),
        [['https://example.org/entwurf', 'Referentenentwurf', 'BMI', '2023-10-01']],
      );
      const timeline = async () => (await site.page('/vorhaben/dateninstitut')).texts('ol.timeline h3');
      assert.ok(!(await timeline()).includes('Referentenentwurf veröffentlicht'));
      assert.equal(pledge.status, 'not_started', 'a draft changes no status');

      const { dom } = await editor.page(location);
      assert.match(dom.find('main').text, /Entwurf: nicht öffentlich sichtbar/);
      assert.equal((await editor.post(`/admin/entwicklungen/${id}/veroeffentlichen`, {})).status, 303);
      development = (await listDevelopmentsOfPledge(site.db, pledge.id)).find((row) => row.id === id)!;
      assert.equal(development.published_at, today.toISOString(), 'published_at is set on publishing');
      const publicPage = await site.page('/vorhaben/dateninstitut');
      const entry = publicPage.findByText('ol.timeline > li', 'Referentenentwurf veröffentlicht');
      assert.equal(entry.find('h3').text, 'Referentenentwurf veröffentlicht');
      assert.equal(entry.find('div > p').text, 'Der Entwurf liegt vor.');
      assert.equal(entry.find('div > p > strong').text, 'Entwurf', 'Markdown in the text');
      assert.deepEqual(publicPage.find('section[aria-labelledby="history-heading"]').rows.slice(1), [
        ['1.10.2023', 'nicht begonnen', 'begonnen'],
      ]);
      assert.equal((await findPledgeBySlug(site.db, 'dateninstitut'))!.status, 'in_progress');

      assert.equal((await editor.post(`/admin/entwicklungen/${id}/zurueckziehen`, {})).status, 303);
      assert.ok(!(await timeline()).includes('Referentenentwurf veröffentlicht'));
      assert.equal((await findPledgeBySlug(site.db, 'dateninstitut'))!.status, 'not_started');
      const unconfirmed = await editor.post(`/admin/entwicklungen/${id}/loeschen`, {});
      assert.equal(unconfirmed.status, 422, 'deleting a draft asks first');
      assert.match(parseHtml(await unconfirmed.text()).find('form.delete-draft .field-error').text, /bestätigen/);
      assert.ok((await listDevelopmentsOfPledge(site.db, pledge.id)).some((row) => row.id === id));
      assert.equal((await editor.post(`/admin/entwicklungen/${id}/loeschen`, { confirm: '1' })).status, 303);
      assert.equal(
        (await listDevelopmentsOfPledge(site.db, pledge.id)).some((row) => row.id === id),
        false,
      );
      const actions = (
        await site.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).where('entity_type', '=', 'update').execute()
      ).map((row) => row.action);
      assert.deepEqual(actions, ['update.create', 'update.publish', 'update.withdraw', 'update.delete']);
    });

    test('editing a development over a newer version asks which title to keep and overwrites nothing until decided', async () => {
      const created = await editor.post('/admin/vorhaben/verschluesselung/entwicklungen', developmentForm({ title: 'Erste Fassung' }));
      const path = created.headers.get('location')!.replace(/\?.*$/, '');
      const { base, version } = formValues((await editor.page(path)).html, path);
      assert.equal(
        (await editor.post(path, developmentForm({ version: version!, base: base!, title: 'Zweite Fassung', aktion: 'entwurf' }))).status,
        303,
      );
      const before = await dumpDatabase(site.db);
      const stale = await editor.post(
        path,
        developmentForm({ version: version!, base: base!, title: 'Dritte Fassung', body: 'Neuer Text', aktion: 'entwurf' }),
      );
      assert.equal(stale.status, 409);
      const html = await stale.text();
      const conflict = parseHtml(html);
      assert.equal(conflict.find('#decision_title-mine-value').text, 'Dritte Fassung');
      assert.equal(conflict.find('#decision_title-theirs-value').text, 'Zweite Fassung');
      assert.match(conflict.find('main').text, /geändert von Ihnen in einem anderen Fenster am/);
      assert.deepEqual(await dumpDatabase(site.db), before);

      const merged = formValues(html, path);
      const back = (extra: Record<string, string>) =>
        developmentForm({
          version: merged.version!,
          base: merged.base!,
          asked: merged.asked!,
          title: merged.title!,
          body: merged.body!,
          aktion: 'entwurf',
          ...extra,
        });
      const undecided = await editor.post(path, back({}));
      assert.equal(undecided.status, 409, 'without a decision nothing is saved');
      assert.equal(fieldError(parseHtml(await undecided.text()), 'decision_title'), 'Bitte wählen Sie eine der beiden Fassungen.');
      assert.deepEqual(await dumpDatabase(site.db), before);
      assert.equal((await editor.post(path, back({ decision_title: 'theirs' }))).status, 303);
      const development = await site.db
        .selectFrom('updates')
        .select(['title', 'body'])
        .where('id', '=', Number(path.split('/').at(-1)))
        .executeTakeFirstOrThrow();
      assert.deepEqual(development, { title: 'Zweite Fassung', body: 'Neuer Text' });
    });

    test('a draft may wait for its source, publishing needs one; javascript: and other schemes are refused at the field', async () => {
      const before = await dumpDatabase(site.db);
      const noSource = { source_url: ['', ''], source_title: ['', ''], source_publisher: ['', ''], source_date: ['', ''] };
      const none = await editor.post(
        '/admin/vorhaben/dateninstitut/entwicklungen',
        developmentForm({ ...noSource, aktion: 'veroeffentlichen' }),
      );
      assert.equal(none.status, 422);
      const again = parseHtml(await none.text());
      assert.match(fieldError(again, 'source_url_0') ?? '', /^mindestens ein Nachweis/);
      assert.deepEqual(await dumpDatabase(site.db), before);

      for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/x', 'example.org']) {
        const bad = await editor.post(
          '/admin/vorhaben/dateninstitut/entwicklungen',
          developmentForm({
            source_url: [url, '', '', ''],
            source_title: ['Quelle', '', '', ''],
            source_publisher: ['', '', '', ''],
            source_date: ['', '', '', ''],
          }),
        );
        assert.equal(bad.status, 422, url);
        const page = parseHtml(await bad.text());
        assert.equal(
          page.findAll('fieldset.source-row').length,
          3,
          'a failed submit adds no empty source rows: the one typed and two empty',
        );
        assert.match(fieldError(page, 'source_url_0') ?? '', /^eine Adresse, die mit http:\/\/ oder https:\/\/ beginnt/);
        assert.ok(!page.has('a[href^="javascript:"]'));
      }
      assert.deepEqual(await dumpDatabase(site.db), before);

      const draft = await editor.post(
        '/admin/vorhaben/dateninstitut/entwicklungen',
        developmentForm({ ...noSource, title: 'Noch ohne Beleg', aktion: 'entwurf' }),
      );
      assert.equal(draft.status, 303, 'a draft is saved without a source');
      const path = draft.headers.get('location')!.replace(/\?.*$/, '');
      const publish = await editor.post(`${path}/veroeffentlichen`, {});
      assert.equal(publish.status, 422);
      assert.match(fieldError(parseHtml(await publish.text()), 'source_url_0') ?? '', /^mindestens ein Nachweis/);
      assert.equal(
        (
          await site.db
            .selectFrom('updates')
            .select('published_at')
            .where('id', '=', Number(path.split('/').at(-1)))
            .executeTakeFirstOrThrow()
        ).published_at,
        null,
      );
      assert.equal((await editor.post(`${path}/loeschen`, { confirm: '1' })).status, 303);
    });

    test('days that do not exist are refused at every date field of a development', async () => {
      const before = await dumpDatabase(site.db);
      const cases: [Record<string, string | string[]>, field: string][] = [
        [{ event_date: '2021-02-31' }, 'event_date'],
        [{ event_date: '2021-13-01' }, 'event_date'],
        [{ source_date: ['2021-04-31', ''] }, 'source_date_0'],
      ];
      for (const [fields, field] of cases) {
        const response = await editor.post('/admin/vorhaben/dateninstitut/entwicklungen', developmentForm(fields));
        assert.equal(response.status, 422, JSON.stringify(fields));
        assert.match(fieldError(parseHtml(await response.text()), field) ?? '', /^ein Datum \(JJJJ-MM-TT\)/, JSON.stringify(fields));
      }
      assert.deepEqual(await dumpDatabase(site.db), before);
    });

    test('control characters in every text field are dropped; one-line fields turn line breaks and tabs into spaces', async () => {
      const saved = await editor.post(
        '/admin/vorhaben/dateninstitut',
        pledgeForm({
          version: await versionOf('dateninstitut'),
          title: 'Daten\u0001institut\tgründen\uFFFE',
          success_criterion: 'erfüllt,\r\nwenn\u0007 es\tarbeitet\u0085',
          lead_ministry: 'BM\u001bDV\n',
          partner: 'Open\u007f Knowledge Foundation',
          topics: 'Daten\u0002, For\u000bschung',
        }),
      );
      assert.equal(saved.status, 303);
      const pledge = (await findPledgeBySlug(site.db, 'dateninstitut'))!;
      assert.equal(pledge.title, 'Dateninstitut gründen');
      assert.equal(pledge.success_criterion, 'erfüllt,\nwenn es\tarbeitet');
      const names = async (table: 'ministries' | 'organisations' | 'topics') =>
        (await site.db.selectFrom(table).select('name').execute()).map((row) => row.name);
      assert.ok((await names('ministries')).includes('BMDV'));
      assert.equal(
        pledge.partner_id,
        (await site.db.selectFrom('organisations').select('id').where('name', '=', 'Open Knowledge Foundation').executeTakeFirstOrThrow())
          .id,
      );
      assert.ok((await names('topics')).includes('Forschung'));

      const created = await editor.post(
        '/admin/vorhaben/dateninstitut/entwicklungen',
        developmentForm({
          title: 'Gesetz\u0008 beschlossen',
          body: 'Erster\u0003 Absatz.\r\n\r\nZweiter\rAbsatz\u000c mit\tTab.\uFFFF',
          source_url: ['https://example.org/\u0001gesetz', ''],
          source_title: ['Bundes\u0085tag', ''],
          source_publisher: ['BT\u0004', ''],
        }),
      );
      assert.equal(created.status, 303);
      const id = Number(/\/admin\/entwicklungen\/(\d+)/.exec(created.headers.get('location')!)![1]);
      const development = (await listDevelopmentsOfPledge(site.db, pledge.id)).find((row) => row.id === id)!;
      assert.equal(development.title, 'Gesetz beschlossen');
      assert.equal(development.body, 'Erster Absatz.\n\nZweiter\nAbsatz mit\tTab.');
      assert.deepEqual(
        development.sources.map((source) => [source.url, source.title, source.publisher]),
        [['https://example.org/gesetz', 'Bundestag', 'BT']],
      );
    });

    test('an XSS payload in every text field comes out escaped, in the back office and in public', async () => {
      const saved = await editor.post(
        '/admin/vorhaben/verschluesselung',
        pledgeForm({
          version: await versionOf('verschluesselung'),
          title: `Titel ${XSS}`,
          success_criterion: `Kriterium ${XSS}`,
          lead_ministry: `Ministerium ${XSS}`,
          partner: `Partner ${XSS}`,
          topics: `Thema ${XSS}`,
        }),
      );
      assert.equal(saved.status, 303);
      const created = await editor.post(
        '/admin/vorhaben/verschluesselung/entwicklungen',
        developmentForm({
          title: `Entwicklung ${XSS}`,
          body: `Text ${XSS} [link](javascript:alert(3))`,
          source_title: [`Quelle ${XSS}`],
          source_publisher: [`Verlag ${XSS}`],
          aktion: 'veroeffentlichen',
        }),
      );
      assert.equal(created.status, 303);
      const pages = [
        (await editor.page('/admin/vorhaben/verschluesselung')).html,
        (await editor.page(created.headers.get('location')!)).html,
        (await editor.page('/admin/vorhaben')).html,
        await (await site.app.request('/vorhaben/verschluesselung')).text(),
        await (await site.app.request('/')).text(),
        await (await site.app.request('/kapitel/2-2-digitale-innovationen')).text(),
      ];
      for (const html of pages) {
        assert.doesNotMatch(html, /<script>alert|<img src=x|href="javascript:/);
        const page = parseHtml(html);
        assert.ok(!page.has('img[src="x"], a[href^="javascript:"]'));
        assert.ok(
          page.findAll('script').every((script) => script.attributes.src?.startsWith('/assets/') && script.rawText === ''),
          'only our own scripts',
        );
      }
      const pledgePage = parseHtml(pages[3]!);
      assert.equal(pledgePage.find('dl.facts').terms['Erfüllt, wenn'], `Kriterium ${XSS}`, 'as text');
      assert.match(pledgePage.find('ol.timeline .sources').text, /^Nachweise: Quelle <script>alert\(1\)<\/script>/);
    });

    test('forms without a valid CSRF token are refused with 403 and change nothing', async () => {
      const before = await dumpDatabase(site.db);
      const version = await versionOf('verschluesselung');
      assert.equal(
        (await editor.post('/admin/vorhaben/verschluesselung', pledgeForm({ version, title: 'Gekapert' }), { csrf: false })).status,
        403,
      );
      assert.equal(
        (await editor.post('/admin/vorhaben/verschluesselung', pledgeForm({ version, title: 'Gekapert', _csrf: 'falsch' }))).status,
        403,
      );
      assert.equal((await editor.post('/admin/vorhaben/dateninstitut/entwicklungen', { ...developmentForm(), _csrf: '' })).status, 403);
      assert.deepEqual(await dumpDatabase(site.db), before);
    });

    test("experts write developments for their organisation's pledges only", async () => {
      const expert = await signedIn(site.app, site.db, 'expert', 'Open Knowledge Foundation');
      const own = await expert.post(
        '/admin/vorhaben/dateninstitut/entwicklungen',
        developmentForm({ title: 'Bericht der Partnerin', aktion: 'veroeffentlichen' }),
      );
      assert.equal(own.status, 303, "dateninstitut belongs to the expert's organisation");
      assert.equal((await expert.page('/admin/vorhaben/verschluesselung/entwicklungen/neu')).status, 403);
      assert.equal((await expert.post('/admin/vorhaben/verschluesselung/entwicklungen', developmentForm())).status, 403);
      assert.equal(
        (await expert.post('/admin/vorhaben/dateninstitut', pledgeForm({ version: await versionOf('dateninstitut') }))).status,
        403,
        'no pledge editing',
      );
      const list = (await expert.page('/admin/vorhaben')).dom;
      assert.match(list.find('main').text, /Vorhaben Ihrer Organisation/);
      assert.ok(list.has('a[href="/admin/vorhaben/dateninstitut"]'));
      assert.ok(!list.has('a[href="/admin/vorhaben/verschluesselung"]'));
    });

    test('the list filters by search, status and drafts, in the URL', async () => {
      const found = (await editor.page('/admin/vorhaben?q=daten')).dom;
      assert.ok(found.has('a[href="/admin/vorhaben/dateninstitut"]'));
      assert.ok(!found.has('a[href="/admin/vorhaben/verschluesselung"]'));
      assert.equal(
        (await editor.page('/admin/vorhaben?status=kaputt&seite=-4&entwuerfe=x')).status,
        200,
        'odd filters are ignored, not errors',
      );
      assert.equal((await editor.page('/admin/vorhaben/gibt-es-nicht')).status, 404);
      assert.equal((await editor.page('/admin/entwicklungen/abc')).status, 404);
      assert.equal((await editor.page('/admin/entwicklungen/99999999999999999999')).status, 404);
    });

    test('an unpublished Vorhaben is deleted after a confirmation with its developments, audited; a published one or one with suggestions is refused and kept', async () => {
      const draft = await buildPledge(site.db, { published: 0, topics: ['Löschprobe'] });
      const path = `/admin/vorhaben/${draft.slug}`;
      const { dom } = await editor.page(path);
      assert.equal(dom.find('details.delete-pledge summary').text, 'Entwurf löschen');
      assert.ok(dom.has(`form[action="${path}/loeschen"] input[type="checkbox"][name="confirm"]`), 'deleting asks first');

      const unconfirmed = await editor.post(`${path}/loeschen`, {});
      assert.equal(unconfirmed.status, 422);
      assert.match(parseHtml(await unconfirmed.text()).find('details.delete-pledge[open] .field-error').text, /bestätigen/);
      assert.ok(await findPledgeBySlug(site.db, draft.slug), 'without the confirmation nothing is deleted');

      const deleted = await editor.post(`${path}/loeschen`, { confirm: '1' });
      assert.equal(deleted.status, 303);
      assert.equal(deleted.headers.get('location'), '/admin/vorhaben?geloescht=1');
      assert.equal(await findPledgeBySlug(site.db, draft.slug), undefined);
      const audit = await site.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'pledge.delete')
        .where('entity_id', '=', draft.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual([JSON.parse(audit.before!).slug, JSON.parse(audit.before!).topics, audit.after], [draft.slug, 'Löschprobe', null]);
      assert.equal((await editor.page(path)).status, 404);

      const published = await buildPledge(site.db);
      const refusedPublished = await editor.post(`/admin/vorhaben/${published.slug}/loeschen`, { confirm: '1' });
      assert.equal(refusedPublished.status, 422);
      assert.ok(!parseHtml(await refusedPublished.text()).has('details.delete-pledge'), 'a published Vorhaben offers no delete');
      const withSuggestion = await buildPledge(site.db, { published: 0 });
      await buildSuggestion(site.db, { pledge: withSuggestion });
      const refused = await editor.post(`/admin/vorhaben/${withSuggestion.slug}/loeschen`, { confirm: '1' });
      assert.equal(refused.status, 422);
      assert.match(parseHtml(await refused.text()).find('.error-summary').text, /solange etwas darauf verweist: 1 Hinweis\./);
      assert.ok(await findPledgeBySlug(site.db, published.slug));
      assert.ok(await findPledgeBySlug(site.db, withSuggestion.slug));

      const unpublished = await buildPledge(site.db, { published: 0, first_published_at: '2023-01-01T00:00:00.000Z' });
      await buildDevelopment(site.db, { pledge: unpublished, title: 'Einst veröffentlicht' });
      await buildDevelopment(site.db, { pledge: unpublished, publishedAt: null, title: 'Nie veröffentlicht' });
      assert.equal(
        (await editor.post(`/admin/vorhaben/${unpublished.slug}/loeschen`, { confirm: '1' })).status,
        303,
        'unpublished, it goes with its developments',
      );
      assert.equal(await findPledgeBySlug(site.db, unpublished.slug), undefined);
      assert.deepEqual(await site.db.selectFrom('updates').select('id').where('pledge_id', '=', unpublished.id).execute(), []);
      const entry = await site.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'pledge.delete')
        .where('entity_id', '=', unpublished.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(entry.before!).developments, ['Einst veröffentlicht', 'Nie veröffentlicht']);
    });
  });
}
