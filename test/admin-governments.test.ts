// Governments in the back office: admins archive a government (its content becomes read-only, its pages say
// so) and reopen it; each change is in the audit log, and setting the state it already has records nothing.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../src/store/database.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { signedIn, type AdminClient } from './support/admin-client.ts';
import { siteWithArchive } from './support/archive-fixture.ts';
import { DIALECTS } from './support/dialects.ts';
import { pledgeForm } from './support/pledge-form.ts';

const PUBLIC_NOTICE = 'Archiv: Dieser Tracker wird nicht mehr aktualisiert.';
const PLEDGE = 'verschluesselung';

const governmentsOf = (db: Db) => db.selectFrom('governments').select(['id', 'name', 'active']).orderBy('id').execute();
const auditOf = (db: Db) => db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'government').orderBy('id').execute();

for (const dialect of DIALECTS) {
  describe(`back-office governments (${dialect})`, () => {
    const { site } = siteWithArchive(dialect);
    let admin: AdminClient;
    let editor: AdminClient;
    let current: { id: number; name: string };

    before(async () => {
      admin = await signedIn(site.app, site.db, 'admin');
      editor = await signedIn(site.app, site.db, 'editor');
      const governments = await governmentsOf(site.db);
      current = governments.find((government) => government.active === 1)!;
      assert.equal(governments.length, 2, 'the site’s government and the archived one');
    });

    test('the list shows every government with its agreements, state and the one action that fits', async () => {
      const { status, dom } = await admin.page('/admin/regierungen');
      assert.equal(status, 200);
      const navigation = dom.find('header nav a[aria-current="page"]');
      assert.deepEqual([navigation.attr('href'), navigation.text], ['/admin/regierungen', 'Regierungen']);
      const rows = dom.findAll('main tbody tr');
      assert.deepEqual(
        rows.map((row) => row.find('th[scope="row"]').text),
        [current.name, 'Bundesregierung 2018–2021'],
        'the later term first',
      );
      const archived = rows[1]!;
      assert.deepEqual(archived.texts('td').slice(0, 4), [
        'CDU, CSU, SPD',
        '2018-03-14 bis 2021-12-08',
        'Ein neuer Aufbruch für Europa',
        'archiviert',
      ]);
      assert.equal(archived.find('td strong').text, 'archiviert');
      assert.match(archived.find('form').attr('action')!, /^\/admin\/regierungen\/\d+\/wieder-oeffnen$/);
      const archive = rows[0]!.find(`form[action="/admin/regierungen/${current.id}/archivieren"]`);
      assert.equal(archive.find('[aria-label]').attr('aria-label'), `${current.name} archivieren`);
      assert.ok(!(await editor.page('/admin')).dom.has('a[href="/admin/regierungen"]'), 'editors are not offered the page');
    });

    test('archiving makes the content read-only and the pages say so; reopening undoes both', async () => {
      const archived = await admin.post(`/admin/regierungen/${current.id}/archivieren`, {});
      assert.equal(archived.status, 303);
      assert.equal(archived.headers.get('location'), `/admin/regierungen?erledigt=archiviert&id=${current.id}#regierung-${current.id}`);
      const flash = (await admin.page(archived.headers.get('location')!)).dom.find('p.flash[role="status"]');
      assert.match(flash.text, new RegExp(`^${current.name} ist archiviert`));
      assert.equal((await governmentsOf(site.db)).find((government) => government.id === current.id)!.active, 0);
      assert.ok(
        (await (await site.app.request(`/vorhaben/${PLEDGE}`)).text()).includes(PUBLIC_NOTICE),
        'the public page says it, not from an old cache',
      );

      const { version } = (await findPledgeBySlug(site.db, PLEDGE))!;
      const edit = pledgeForm({ version: String(version), title: 'Recht auf Verschlüsselung, neu' });
      assert.equal((await editor.post(`/admin/vorhaben/${PLEDGE}`, edit)).status, 409, 'an edit is refused');

      const reopened = await admin.post(`/admin/regierungen/${current.id}/wieder-oeffnen`, {});
      assert.equal(reopened.status, 303);
      assert.match(
        (await admin.page(reopened.headers.get('location')!)).dom.find('p.flash').text,
        new RegExp(`^${current.name} ist wieder geöffnet\\.`),
      );
      assert.ok(!(await (await site.app.request(`/vorhaben/${PLEDGE}`)).text()).includes(PUBLIC_NOTICE));
      assert.equal((await editor.post(`/admin/vorhaben/${PLEDGE}`, edit)).status, 303, 'the same edit goes through');
      assert.equal((await findPledgeBySlug(site.db, PLEDGE))!.title, 'Recht auf Verschlüsselung, neu');

      const entries = await auditOf(site.db);
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.entity_id, entry.summary]),
        [
          ['government.archive', current.id, `${current.name} archiviert`],
          ['government.reopen', current.id, `${current.name} wieder geöffnet`],
        ],
      );
      assert.deepEqual(JSON.parse(entries[0]!.before!), { active: true });
      assert.deepEqual(JSON.parse(entries[0]!.after!), { active: false });
    });

    test('setting the state a government already has changes and records nothing', async () => {
      const before = { governments: await governmentsOf(site.db), audit: await auditOf(site.db) };
      assert.equal((await admin.post(`/admin/regierungen/${current.id}/wieder-oeffnen`, {})).status, 303);
      assert.deepEqual({ governments: await governmentsOf(site.db), audit: await auditOf(site.db) }, before);
    });

    test('an unknown government is 404, a form without its token 403, an editor 403; nothing changes', async () => {
      const before = await governmentsOf(site.db);
      assert.equal((await admin.post('/admin/regierungen/999999/archivieren', {})).status, 404);
      assert.equal((await admin.post(`/admin/regierungen/${current.id}/archivieren`, {}, { csrf: false })).status, 403);
      assert.equal((await editor.post(`/admin/regierungen/${current.id}/archivieren`, {})).status, 403);
      assert.equal((await editor.get('/admin/regierungen')).status, 403);
      assert.deepEqual(await governmentsOf(site.db), before);
    });
  });
}
