// An old export of a file from the field (OKF's annotated chapter 2.2) imported after editors worked in
// the tracker never rolls back what they did since; only news is applied, and an archived government
// stays archived unless import --reopen.
// Tier: full (bin/koalitionstracker processes)
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { listDevelopmentsOfPledge } from '../src/store/developments.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { runCli } from './support/cli.ts';
import { DIALECTS } from './support/dialects.ts';
import { dumpDatabase } from './support/dump.ts';
import { DEMO, DEMO_FILE, yamlData } from './support/field-files.ts';
import { formValues } from './support/html-form.ts';
import { testSite } from './support/site.ts';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** An editor and an admin in the back office, on the database the CLI writes to. */
interface Office {
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
    event_date: today(),
    title: 'Gesetzentwurf im Bundestag',
    body: 'Erste Lesung.',
    status_change: status,
    rating_change: '',
    source_url: 'https://dip.bundestag.de/vorgang/123',
    source_title: 'Vorgang',
    source_publisher: 'Bundestag',
    source_date: today(),
    aktion: 'veroeffentlichen',
  });
  assert.equal(response.status, 303, 'publishing the development');
}

for (const dialect of DIALECTS) {
  describe(`an old export after new work (${dialect})`, () => {
    const site = testSite(dialect);
    let office: Office;
    let env: Record<string, string>;
    const exported = join(mkdtempSync(join(tmpdir(), 'kt-old-export-')), 'koalitionsvertrag-2021');

    before(async () => {
      env = { DATABASE_URL: site.databaseUrl };
      const imported = await runCli(['import', DEMO], env);
      assert.equal(imported.code, 0, imported.stderr);
      office = { editor: await signedIn(site.app, site.db, 'editor'), admin: await signedIn(site.app, site.db, 'admin') };
    });

    test('importing it changes nothing, mails nothing, and says per Vorhaben and field why; --dry-run says the same and writes nothing', async () => {
      const { db } = site;
      await editPledge(office, 'verschluesselung', { deadline: '2025-06-30' });
      assert.equal((await runCli(['export', '--format', 'okf', exported], env)).code, 0);
      const written = yamlData(readFileSync(join(exported, DEMO_FILE), 'utf8')).statements.find(
        (statement: { id: string }) => statement.id === 'verschlüsselung',
      );
      assert.deepEqual(written, {
        id: 'verschlüsselung',
        last_update: today(),
        status: 'not_implemented',
        summary: 'Recht auf Verschlüsselung',
        deadline: '2025-06-30',
      });

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
      assert.match(
        dryRun.stdout,
        /Dry run, nothing was written\. Would import 1 chapter file into koalitionsvertrag-2021: 0 new, 0 changed, 1 unchanged; Vorhaben: 0 new, 0 changed, 1 skipped; developments: 0 new; proposals of the extractor: 0 new\./,
      );
      assert.deepEqual(await dumpDatabase(db, ['expires_at']), before, 'the dry run wrote nothing');

      const imported = await runCli(['import', exported], env);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, skipped);
      assert.match(
        imported.stdout,
        /Imported 1 chapter file into koalitionsvertrag-2021: 0 new, 0 changed, 1 unchanged; Vorhaben: 0 new, 0 changed, 1 skipped;/,
      );
      assert.deepEqual(await dumpDatabase(db, ['expires_at']), before, 'nothing rolled back, no entry "Stand aus … übernommen"');
      const pledge = (await findPledgeBySlug(db, 'verschluesselung'))!;
      assert.deepEqual([pledge.status, pledge.deadline], ['partially_implemented', '2026-12-31']);
      assert.deepEqual(await db.selectFrom('mail_events').selectAll().execute(), mailEvents, 'no mail');
    });

    test('a statement dated after the tracker’s latest change is applied, as one development of that date, without mail', async () => {
      const { db } = site;
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
      const [development] = await listDevelopmentsOfPledge(db, pledge.id);
      assert.deepEqual([development!.event_date, development!.origin, development!.status_change], [later, 'import', 'in_progress']);
      assert.deepEqual(await db.selectFrom('mail_events').selectAll().execute(), mailEvents, 'imports are no news alert');
      const again = await runCli(['import', exported], env);
      assert.match(again.stdout, /Vorhaben: 0 new, 0 changed, 1 skipped; developments: 0 new;/, 'the same file a second time is no news');
    });

    test('it does not reopen an archived government, which only --reopen does', async () => {
      const { db } = site;
      const government = await db.selectFrom('governments').select(['id', 'active']).executeTakeFirstOrThrow();
      await office.admin.page('/admin/regierungen');
      assert.equal((await office.admin.post(`/admin/regierungen/${government.id}/archivieren`, {})).status, 303);
      assert.match(readFileSync(join(exported, 'agreement.yml'), 'utf8'), /active: true/);

      const imported = await runCli(['import', exported], env);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(
        imported.stderr,
        /warning: government "bundesregierung-2021" is archived; its agreement\.yml says active: true, but only import --reopen reopens it/,
      );
      assert.equal((await db.selectFrom('governments').select('active').executeTakeFirstOrThrow()).active, 0);

      const reopened = await runCli(['import', '--reopen', exported], env);
      assert.equal(reopened.code, 0, reopened.stderr);
      assert.match(reopened.stderr, /warning: government "bundesregierung-2021" reopened/);
      assert.equal((await db.selectFrom('governments').select('active').executeTakeFirstOrThrow()).active, 1);
    });
  });
}
