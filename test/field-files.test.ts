// Real files from the field: OKF's annotated chapter 2.2 (the demo) and a Land tracker of another
// group in the same format. Both import, keep every field on the way back, share ids without
// clashing, and an old export never rolls back what editors did since.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../src/formats/frontmatter.ts';
import { escapeHtml } from '../src/formats/html-escape.ts';
import { exportAgreementsAsOkf } from '../src/services/export-agreement.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import type { Db } from '../src/store/database.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { listUpdatesOfPledge } from '../src/store/updates.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { runCli } from './support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from './support/dialects.ts';
import { dumpDatabase } from './support/dump.ts';
import { formValues } from './support/html-form.ts';
import { startServer, type RunningServer } from './support/server.ts';

const DEMO = fileURLToPath(new URL('../data/demo', import.meta.url));
const DEMO_FILE = '2-2-digitale-innovationen-und-digitale-infrastruktur.md';
const LAND = fileURLToPath(new URL('./fixtures/musterland-2024', import.meta.url));
const LAND_FILES = ['1-digitales-land.md', '2-klima.md'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const yamlData = (text: string): any => splitFrontmatter(text).document.toJS();
const bodyOf = (text: string) => splitFrontmatter(text).body;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

for (const dialect of DIALECTS) {
  describe(`files from the field (${dialect})`, () => {
    let database: TestStore;
    let db: Db;
    let server: RunningServer;

    before(async () => {
      database = await openTestStore(dialect);
      db = database.store.db;
      await importAgreementFiles(db, [DEMO]);
      await importAgreementFiles(db, [LAND]);
      server = await startServer(db);
    });
    after(async () => {
      await server.close();
      await database.close();
    });

    test('OKF’s annotated 2.2 imports with its 40 Vorhaben, each highlighted in the chapter and on its own page', async () => {
      const pledges = await db.selectFrom('pledges').innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
        .select(['pledges.slug', 'pledges.statement_id', 'pledges.quote']).where('agreements.slug', '=', 'koalitionsvertrag-2021').execute();
      assert.equal(pledges.length, 40);
      const ids = pledges.map((pledge) => pledge.statement_id);
      for (const id of ['verschlüsselung', 'ausbauBSI', 'vertrauenswürdigeAnbieter', 'Ersatzteile', 'digitalbudget']) assert.ok(ids.includes(id), id);
      const chapter = await (await server.get('/kapitel/2-2-digitale-innovationen-und-digitale-infrastruktur')).text();
      for (const pledge of pledges) {
        assert.ok(pledge.quote, `${pledge.statement_id} has its quote`);
        assert.ok(chapter.includes(`<mark class="pledge-quote" id="zitat-${pledge.slug}"><a href="/vorhaben/${pledge.slug}">`), `${pledge.slug} is highlighted`);
        const page = await server.get(`/vorhaben/${pledge.slug}`);
        assert.equal(page.status, 200, pledge.slug);
        assert.ok((await page.text()).includes(escapeHtml(pledge.quote!.trim())), `${pledge.slug} shows its quote`);
      }
      assert.deepEqual(
        ['verschluesselung', 'ausbaubsi', 'vertrauenswuerdigeanbieter', 'ersatzteile'].map((slug) => pledges.find((pledge) => pledge.slug === slug)?.statement_id),
        ['verschlüsselung', 'ausbauBSI', 'vertrauenswürdigeAnbieter', 'Ersatzteile'],
        'slugs are the ids in lower case, umlauts transliterated',
      );
    });

    test('ids the two agreements share are two Vorhaben; the later one gets a readable slug', async () => {
      const glasfaser = await db.selectFrom('pledges').innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
        .select(['agreements.slug as agreement', 'pledges.slug']).where('pledges.statement_id', '=', 'glasfaser').orderBy('pledges.id').execute();
      assert.deepEqual(glasfaser, [{ agreement: 'koalitionsvertrag-2021', slug: 'glasfaser' }, { agreement: 'musterland-2024', slug: 'glasfaser-musterland-2024' }]);
      assert.match(await (await server.get('/vorhaben/glasfaser-musterland-2024')).text(), /Glasfaseranschluss/);
      const again = await importAgreementFiles(db, [DEMO, LAND]);
      assert.deepEqual(again.pledges, { created: 0, changed: 0, skipped: 0 }, 'importing both again changes nothing');
    });

    test('both export with every field kept: the same YAML data and byte-identical bodies', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'kt-field-export-'));
      const report = await exportAgreementsAsOkf(db, folder);
      assert.deepEqual(report.warnings, []);
      const originals = [[DEMO, 'koalitionsvertrag-2021', DEMO_FILE], ...LAND_FILES.map((file) => [LAND, 'musterland-2024', file])];
      for (const [source, agreement, file] of originals) {
        const original = readFileSync(join(source!, file!), 'utf8');
        const written = readFileSync(join(folder, agreement!, file!), 'utf8');
        assert.deepEqual(yamlData(written), yamlData(original), file);
        assert.equal(bodyOf(written), bodyOf(original), file);
      }
      const land = yamlData(readFileSync(join(folder, 'musterland-2024', LAND_FILES[0]!), 'utf8'));
      assert.equal(land.statements[0].summary, 'Jeder Haushalt in Musterland erhält bis 2028 einen Glasfaseranschluss');
      assert.equal(land.statements[0].status, 'partially_fulfilled', 'a status word of the file is written back as it was');
      assert.equal(land.statements[0].reports[0].archive_url, 'https://archiv.example/8-1234');
      assert.equal(land.statements[1].redirect_url, 'https://tracker.example/musterland/opensource');
    });
  });
}

/** An editor's session over HTTP against the database the CLI writes to. */
interface Office {
  server: RunningServer;
  editor: AdminClient;
  admin: AdminClient;
}

async function editPledge(office: Office, slug: string, changes: Record<string, string>): Promise<void> {
  const path = `/admin/vorhaben/${slug}`;
  const form = formValues((await office.editor.page(path)).html, path);
  const response = await office.editor.post(path, { ...form, ...changes });
  assert.equal(response.status, 303, `saving ${slug}`);
}

async function publishDevelopment(office: Office, slug: string, status: string): Promise<void> {
  const response = await office.editor.post(`/admin/vorhaben/${slug}/entwicklungen`, {
    event_date: today(), title: 'Gesetzentwurf im Bundestag', body: 'Erste Lesung.', status_change: status, rating_change: '',
    source_url: 'https://dip.bundestag.de/vorgang/123', source_title: 'Vorgang', source_publisher: 'Bundestag', source_date: today(), aktion: 'veroeffentlichen',
  });
  assert.equal(response.status, 303, 'publishing the development');
}

for (const dialect of DIALECTS) {
  describe(`an old export after new work (${dialect})`, () => {
    let database: TestStore;
    let office: Office;
    let env: Record<string, string>;
    const exported = join(mkdtempSync(join(tmpdir(), 'kt-old-export-')), 'koalitionsvertrag-2021');

    before(async () => {
      database = await openTestStore(dialect);
      env = { DATABASE_URL: database.url };
      const imported = await runCli(['import', DEMO], env);
      assert.equal(imported.code, 0, imported.stderr);
      const server = await startServer(database.store.db);
      office = { server, editor: await signedIn(server, database.store.db, 'editor'), admin: await signedIn(server, database.store.db, 'admin') };
    });
    after(async () => {
      await office.server.close();
      await database.close();
    });

    test('importing it changes nothing, mails nothing, and says per Vorhaben and field why; --dry-run says the same and writes nothing', async () => {
      const db = database.store.db;
      await editPledge(office, 'verschluesselung', { deadline: '2025-06-30' });
      assert.equal((await runCli(['export', '--format', 'okf', exported], env)).code, 0);
      const written = yamlData(readFileSync(join(exported, DEMO_FILE), 'utf8')).statements.find((statement: { id: string }) => statement.id === 'verschlüsselung');
      assert.deepEqual(written, { id: 'verschlüsselung', last_update: today(), status: 'not_implemented', summary: 'Recht auf Verschlüsselung', deadline: '2025-06-30' });

      await publishDevelopment(office, 'verschluesselung', 'partially_implemented');
      await editPledge(office, 'verschluesselung', { deadline: '2026-12-31' });
      const before = await dumpDatabase(db, ['expires_at']);
      const mailEvents = await db.selectFrom('mail_events').selectAll().execute();

      const dryRun = await runCli(['import', '--dry-run', exported], env);
      assert.equal(dryRun.code, 0, dryRun.stderr);
      const skipped = new RegExp(
        `${DEMO_FILE}:\\d+: Vorhaben "verschlüsselung" \\(verschluesselung\\): skipped, its last_update ${today()} is not newer than the tracker's latest change \\(${today()}\\); ` +
          'not applied: status "partially_implemented" → "not_started", deadline "2026-12-31" → "2025-06-30"',
      );
      assert.match(dryRun.stdout, skipped);
      assert.match(dryRun.stdout, /Dry run, nothing was written\. Would import 1 chapter file into koalitionsvertrag-2021: 0 new, 0 changed, 1 unchanged; Vorhaben: 0 new, 0 changed, 1 skipped; developments: 0 new; proposals of the extractor: 0 new\./);
      assert.deepEqual(await dumpDatabase(db, ['expires_at']), before, 'the dry run wrote nothing');

      const imported = await runCli(['import', exported], env);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, skipped);
      assert.match(imported.stdout, /Imported 1 chapter file into koalitionsvertrag-2021: 0 new, 0 changed, 1 unchanged; Vorhaben: 0 new, 0 changed, 1 skipped;/);
      assert.deepEqual(await dumpDatabase(db, ['expires_at']), before, 'nothing rolled back, no entry "Stand aus … übernommen"');
      const pledge = (await findPledgeBySlug(db, 'verschluesselung'))!;
      assert.deepEqual([pledge.status, pledge.deadline], ['partially_implemented', '2026-12-31']);
      assert.deepEqual(await db.selectFrom('mail_events').selectAll().execute(), mailEvents, 'no mail');
    });

    test('a statement dated after the tracker’s latest change is applied, as one development of that date, without mail', async () => {
      const db = database.store.db;
      const later = dayAfter(today());
      const file = join(exported, DEMO_FILE);
      const text = readFileSync(file, 'utf8').replace(
        /(- id: digitalbudget\n {4}last_update: )'?[\d-]+'?\n {4}status: "?not_implemented"?/,
        `$1${later}\n    status: in_progress`,
      );
      assert.match(text, new RegExp(`last_update: ${later}\\n {4}status: in_progress`));
      writeFileSync(file, text);
      const mailEvents = await db.selectFrom('mail_events').selectAll().execute();
      const imported = await runCli(['import', exported], env);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, /Vorhaben "digitalbudget": changed status "not_started" → "in_progress"/);
      assert.match(imported.stdout, /Vorhaben: 0 new, 1 changed, 1 skipped; developments: 1 new;/);
      const pledge = (await findPledgeBySlug(db, 'digitalbudget'))!;
      assert.equal(pledge.status, 'in_progress');
      const [update] = await listUpdatesOfPledge(db, pledge.id);
      assert.deepEqual([update!.event_date, update!.origin, update!.status_change], [later, 'import', 'in_progress']);
      assert.deepEqual(await db.selectFrom('mail_events').selectAll().execute(), mailEvents, 'imports are no news alert');
      const again = await runCli(['import', exported], env);
      assert.match(again.stdout, /Vorhaben: 0 new, 0 changed, 1 skipped; developments: 0 new;/, 'the same file a second time is no news');
    });

    test('it does not reopen an archived government, which only --reopen does', async () => {
      const db = database.store.db;
      const government = await db.selectFrom('governments').select(['id', 'active']).executeTakeFirstOrThrow();
      await office.admin.page('/admin/regierungen');
      assert.equal((await office.admin.post(`/admin/regierungen/${government.id}/archivieren`, {})).status, 303);
      assert.match(readFileSync(join(exported, 'agreement.yml'), 'utf8'), /active: true/);

      const imported = await runCli(['import', exported], env);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stderr, /warning: government "bundesregierung-2021" is archived; its agreement\.yml says active: true, but only import --reopen reopens it/);
      assert.equal((await db.selectFrom('governments').select('active').executeTakeFirstOrThrow()).active, 0);

      const reopened = await runCli(['import', '--reopen', exported], env);
      assert.equal(reopened.code, 0, reopened.stderr);
      assert.match(reopened.stderr, /warning: government "bundesregierung-2021" reopened/);
      assert.equal((await db.selectFrom('governments').select('active').executeTakeFirstOrThrow()).active, 1);
    });
  });
}
