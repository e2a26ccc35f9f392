// The candidate review queue in-process against the real app and database: listing, accept, reject,
// adjust, merge, re-import, permissions, CSRF, escaping, and candidates in the chapter view.
// Tier: quick
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { AdminClient, createAccount, signedIn } from './support/admin-client.ts';
import { chapterText, temporaryFolder, writeChapterFolder } from './support/chapter-file.ts';
import { DIALECTS } from './support/dialects.ts';
import { parseHtml } from './support/html.ts';
import { formValues } from './support/html-form.ts';
import { fieldError } from './support/pages.ts';
import { testSite } from './support/site.ts';

const now = new Date('2026-03-01T10:00:00Z');

/** Six candidates; the third is the marked quote of a pledge, so the import already accepts it. */
const body = (tag: string) => `
Deutschland braucht einen digitalen Aufbruch.

### Sicherheit

Wir werden ein Recht auf Verschlüsselung einführen. Wir werden ein IT-Sicherheitsgesetz beschließen.

### Daten

[Wir werden ein Dateninstitut gründen.](#dateninstitut-${tag}) Wir werden ein Transparenzgesetz vorlegen. Wir werden die Störerhaftung abschaffen. Wir werden ein Open-Data-Gesetz einbringen.
`;

interface Candidate {
  id: number;
  score: number;
  title: string;
  slug: string;
  start_offset: number;
  end_offset: number;
  text: string;
  decision: string;
  pledge_id: number | null;
  decided_by: number | null;
  cues: string;
}

for (const dialect of DIALECTS) {
  describe(`candidate review queue (${dialect})`, () => {
    const site = testSite(dialect, { clock: () => now });
    let editor: AdminClient;
    let editorId: number;

    before(async () => {
      const email = await createAccount(site.db, 'editor');
      editorId = (await site.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
      editor = new AdminClient(site.app);
      assert.equal((await editor.signIn(email)).status, 303);
    });

    /** A chapter of its own (own agreement, own pledge slugs); returns its slug, folder and body. */
    async function importChapter(tag: string, text = body(tag)) {
      const folder = writeChapterFolder(
        {
          [`${tag}.md`]: chapterText({
            title: `2.2 Kapitel ${tag}`,
            statements: [{ summary: 'Dateninstitut', id: `dateninstitut-${tag}` }],
            body: text,
          }),
        },
        temporaryFolder(`kv-${tag}`),
      );
      await importAgreementFiles(site.db, [folder], { now });
      const chapter = await site.db.selectFrom('chapters').select(['id', 'body']).where('slug', '=', tag).executeTakeFirstOrThrow();
      return { slug: tag, folder, chapterId: chapter.id, body: chapter.body, queue: `/admin/kapitel/${tag}/vorschlaege` };
    }

    async function candidates(chapterId: number): Promise<Candidate[]> {
      return (await site.db
        .selectFrom('candidates')
        .selectAll()
        .where('chapter_id', '=', chapterId)
        .orderBy('start_offset')
        .orderBy('id')
        .execute()) as Candidate[];
    }

    const byText = (rows: Candidate[], start: string) => rows.find((row) => row.text.startsWith(start))!;

    test('the queue lists the candidates in text order with context, cues, suggestions and progress', async () => {
      const chapter = await importChapter('liste');
      const page = await editor.page(chapter.queue);
      assert.equal(page.status, 200);
      const rows = await candidates(chapter.chapterId);
      assert.equal(rows.length, 6, 'the extractor proposes each sentence of the test chapter');
      const cards = page.dom.findAll('ol.candidate-list article.candidate');
      assert.deepEqual(
        cards.map((card) => card.find('h2').text),
        rows.map((row, k) => `Vorschlag ${k + 1} von 6: ${row.title}`),
      );
      assert.ok(
        rows.every((row, k) => k === 0 || rows[k - 1]!.start_offset < row.start_offset),
        'in text order',
      );
      for (const row of rows) {
        const facts = page.dom.find(`#vorschlag-${row.id} dl.candidate-facts`);
        assert.deepEqual(facts.find('ul.tags').texts('li code'), JSON.parse(row.cues), `the cues of „${row.text}“`);
        assert.equal(facts.terms['Wert'], row.score.toFixed(2).replace('.', ','), `the score of „${row.text}“`);
      }
      const context = (start: string) => page.dom.find(`#vorschlag-${byText(rows, start).id} blockquote.candidate-context p`);
      const security = context('Wir werden ein IT');
      assert.equal(
        security.text,
        'Wir werden ein Recht auf Verschlüsselung einführen. Wir werden ein IT-Sicherheitsgesetz beschließen.',
        'context from the same paragraph',
      );
      assert.equal(security.find('mark').text, 'Wir werden ein IT-Sicherheitsgesetz beschließen.');
      const dataInstitute = context('Wir werden ein Dateninstitut');
      assert.match(dataInstitute.text, /^Wir werden ein Dateninstitut gründen\. Wir werden ein Transparenzgesetz vorlegen\./);
      assert.equal(dataInstitute.find('mark').text, 'Wir werden ein Dateninstitut gründen.');
      const progress = page.dom.find('section.review-progress');
      assert.match(progress.find('p').text, /^1 von 6 Vorschlägen geprüft/, 'the quote marked in the file decided one');
      assert.deepEqual([progress.find('progress').attr('max'), progress.find('progress').attr('value')], ['6', '1']);
      const first = byText(rows, 'Wir werden ein Recht');
      assert.deepEqual(
        formValues(page.html, `/admin/vorschlaege/${first.id}/annehmen`),
        { _csrf: editor.csrfToken, title: first.title, slug: first.slug },
        'the suggested title and slug',
      );
      const decided = page.dom.find(`#vorschlag-${byText(rows, 'Wir werden ein Dateninstitut').id}`);
      assert.match(decided.text, /als Vorhaben Dateninstitut – beim Import/);
      assert.equal(decided.linkTo('Dateninstitut'), '/vorhaben/dateninstitut-liste');
      const script = page.dom.find('script[src^="/assets/review.js"]');
      assert.match(script.attr('src')!, /^\/assets\/review\.js\?v=[0-9a-f]{8}$/);
      assert.equal(script.attr('defer'), '');
      const served = await site.app.request('/assets/review.js');
      assert.equal(served.status, 200);
      assert.match(served.headers.get('content-type')!, /javascript/);
    });

    test('experts get 403 on the queue and its actions; anonymous visitors are sent to sign in', async () => {
      const chapter = await importChapter('rechte');
      const target = byText(await candidates(chapter.chapterId), 'Wir werden ein Recht');
      const expert = await signedIn(site.app, site.db, 'expert');
      assert.equal((await expert.get(chapter.queue)).status, 403);
      assert.equal((await expert.post(`/admin/vorschlaege/${target.id}/ablehnen`, {})).status, 403);
      assert.equal((await site.app.request(chapter.queue)).status, 303);
      assert.equal(byText(await candidates(chapter.chapterId), 'Wir werden ein Recht').decision, 'open');
      const admin = await signedIn(site.app, site.db, 'admin');
      assert.equal((await admin.get(chapter.queue)).status, 200);
    });

    test('accepting creates an anchored draft that the public pages do not show until the edit form publishes it', async () => {
      const chapter = await importChapter('annahme');
      const rows = await candidates(chapter.chapterId);
      const target = byText(rows, 'Wir werden ein Recht');
      await editor.page(chapter.queue);
      const response = await editor.post(`/admin/vorschlaege/${target.id}/annehmen`, {
        title: ' Recht auf Verschlüsselung ',
        slug: 'verschluesselung-annahme',
      });
      assert.equal(response.status, 303);
      const next = byText(rows, 'Wir werden ein IT');
      assert.equal(response.headers.get('location'), `${chapter.queue}?erledigt=angenommen#vorschlag-${next.id}`);

      const accepted = byText(await candidates(chapter.chapterId), 'Wir werden ein Recht');
      assert.equal(accepted.decision, 'accepted');
      assert.equal(accepted.decided_by, editorId);
      const pledge = await site.db.selectFrom('pledges').selectAll().where('id', '=', accepted.pledge_id!).executeTakeFirstOrThrow();
      assert.deepEqual(
        {
          slug: pledge.slug,
          title: pledge.title,
          quote: pledge.quote,
          start: pledge.quote_start,
          end: pledge.quote_end,
          published: pledge.published,
          chapter: pledge.chapter_id,
        },
        {
          slug: 'verschluesselung-annahme',
          title: 'Recht auf Verschlüsselung',
          quote: target.text,
          start: target.start_offset,
          end: target.end_offset,
          published: 0,
          chapter: chapter.chapterId,
        },
      );
      assert.equal(chapter.body.slice(pledge.quote_start!, pledge.quote_end!), target.text);

      const audit = await site.db
        .selectFrom('audit_log')
        .selectAll()
        .where('user_id', '=', editorId)
        .where('action', 'in', ['candidate.accept', 'pledge.create'])
        .execute();
      const acceptRow = audit.find((row) => row.action === 'candidate.accept' && row.entity_id === target.id)!;
      assert.equal(JSON.parse(acceptRow.before!).decision, 'open');
      assert.equal(JSON.parse(acceptRow.after!).pledgeId, pledge.id);
      assert.ok(audit.some((row) => row.action === 'pledge.create' && row.entity_id === pledge.id));

      await site.page('/vorhaben/verschluesselung-annahme', 404);
      assert.ok(
        !(await site.page(`/kapitel/${chapter.slug}`)).has('mark.pledge-quote#zitat-verschluesselung-annahme'),
        'a draft is not marked in the chapter',
      );

      const queue = (await editor.page(`${chapter.queue}?erledigt=angenommen`)).dom;
      const flash = queue.find('p.flash');
      assert.deepEqual(
        [flash.attr('role'), flash.text],
        ['status', 'Angenommen: Das Vorhaben ist als Entwurf angelegt; veröffentlicht wird es im Bearbeitungsformular.'],
      );
      assert.equal(queue.find('section.review-progress strong').text, '2 von 6');
      assert.ok(!queue.has(`form[action="/admin/vorschlaege/${target.id}/annehmen"]`), 'a decided candidate has no accept form');
      assert.deepEqual(
        queue.find(`#vorschlag-${target.id} .candidate-state`).links,
        [{ href: '/admin/vorhaben/verschluesselung-annahme', text: 'Recht auf Verschlüsselung' }],
        'a draft links to its edit form',
      );
      assert.equal(
        (await editor.post(`/admin/vorschlaege/${target.id}/annehmen`, { title: 'Noch mal', slug: 'noch-mal' })).status,
        422,
        'deciding twice is refused',
      );

      const edit = await editor.page('/admin/vorhaben/verschluesselung-annahme');
      const fields = formValues(edit.html, '/admin/vorhaben/verschluesselung-annahme');
      assert.equal((await editor.post('/admin/vorhaben/verschluesselung-annahme', { ...fields, published: '1' })).status, 303);
      const pledgePage = await site.page('/vorhaben/verschluesselung-annahme');
      assert.equal(pledgePage.find('blockquote.quote').text, 'Wir werden ein Recht auf Verschlüsselung einführen.');
      const chapterPage = await site.page(`/kapitel/${chapter.slug}`);
      assert.deepEqual(chapterPage.find('mark.pledge-quote#zitat-verschluesselung-annahme').links, [
        {
          href: '/vorhaben/verschluesselung-annahme',
          text: 'Vorhaben, Status „nicht begonnen“: Wir werden ein Recht auf Verschlüsselung einführen.',
        },
      ]);

      const published = (await editor.page(chapter.queue)).dom;
      assert.ok(!published.has(`form[action="/admin/vorschlaege/${target.id}/zuruecknehmen"]`), 'a published Vorhaben offers no undo');
      const refused = await editor.post(`/admin/vorschlaege/${target.id}/zuruecknehmen`, {});
      assert.equal(refused.status, 422);
      assert.match(parseHtml(await refused.text()).find(`#c${target.id}-form`).text, /schon veröffentlicht/);
      assert.equal(
        (await site.db.selectFrom('pledges').select('id').where('slug', '=', 'verschluesselung-annahme').execute()).length,
        1,
        'the refused undo changed nothing',
      );
    });

    test('undoing an acceptance deletes the draft and opens the candidate and the ones its quote decided again, audited', async () => {
      const chapter = await importChapter('rueckgaengig');
      const rows = await candidates(chapter.chapterId);
      const first = byText(rows, 'Wir werden ein Recht');
      const second = byText(rows, 'Wir werden ein IT');
      await editor.post(`/admin/vorschlaege/${first.id}/ausschnitt`, { start: String(first.start_offset), end: String(second.end_offset) });
      await editor.post(`/admin/vorschlaege/${first.id}/annehmen`, { title: 'Sicherheit regeln', slug: 'sicherheit-rueckgaengig' });
      const pledgeId = byText(await candidates(chapter.chapterId), 'Wir werden ein Recht').pledge_id!;
      assert.equal(
        byText(await candidates(chapter.chapterId), 'Wir werden ein IT').pledge_id,
        pledgeId,
        'the overlapped candidate was decided by the quote',
      );

      const queue = (await editor.page(chapter.queue)).dom;
      assert.ok(queue.has(`form[action="/admin/vorschlaege/${first.id}/zuruecknehmen"][data-action="undo"]`), 'the draft offers an undo');
      const response = await editor.post(`/admin/vorschlaege/${first.id}/zuruecknehmen`, {});
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), `${chapter.queue}?erledigt=zurueckgenommen#vorschlag-${first.id}`);

      const after = await candidates(chapter.chapterId);
      assert.deepEqual(
        [byText(after, 'Wir werden ein Recht'), byText(after, 'Wir werden ein IT')].map((row) => [row.decision, row.pledge_id]),
        [
          ['open', null],
          ['open', null],
        ],
      );
      assert.equal(await site.db.selectFrom('pledges').select('id').where('id', '=', pledgeId).executeTakeFirst(), undefined);
      const audit = await site.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', 'in', ['candidate.undo', 'pledge.delete'])
        .where('user_id', '=', editorId)
        .execute();
      assert.ok(
        audit.some(
          (row) =>
            row.action === 'pledge.delete' && row.entity_id === pledgeId && JSON.parse(row.before!).slug === 'sicherheit-rueckgaengig',
        ),
      );
      const undo = audit.find((row) => row.action === 'candidate.undo' && row.entity_id === first.id)!;
      assert.deepEqual(JSON.parse(undo.after!).reopened.sort(), [first.id, second.id].sort());
      assert.equal(
        (await editor.post(`/admin/vorschlaege/${first.id}/zuruecknehmen`, {})).status,
        422,
        'an open candidate has nothing to undo',
      );
      assert.equal(
        (await editor.post(`/admin/vorschlaege/${first.id}/annehmen`, { title: 'Sicherheit regeln', slug: 'sicherheit-rueckgaengig' }))
          .status,
        303,
        'the slug is free again',
      );
    });

    test('title and slug are checked, and the messages stand at their fields (422)', async () => {
      const chapter = await importChapter('pruefung');
      const target = byText(await candidates(chapter.chapterId), 'Wir werden ein Transparenz');
      await editor.page(chapter.queue);
      const accept = (fields: Record<string, string>) => editor.post(`/admin/vorschlaege/${target.id}/annehmen`, fields);

      const empty = await accept({ title: '   ', slug: 'Kein Slug!' });
      assert.equal(empty.status, 422);
      const form = parseHtml(await empty.text());
      assert.equal(fieldError(form, `c${target.id}-title`), 'Bitte einen Titel angeben.');
      assert.match(fieldError(form, `c${target.id}-slug`) ?? '', /^Nur Kleinbuchstaben/);
      const slug = form.find(`input#c${target.id}-slug`);
      assert.deepEqual(
        [slug.attr('value'), slug.attr('aria-invalid'), slug.attr('aria-describedby')],
        ['Kein Slug!', 'true', `c${target.id}-slug-hint c${target.id}-slug-error`],
      );
      assert.equal(
        form.find('.error-summary').linkTo('Bitte einen Titel angeben.'),
        `#c${target.id}-title`,
        'the summary links to the field',
      );

      const taken = await accept({ title: 'Transparenz', slug: 'dateninstitut-pruefung' });
      assert.equal(taken.status, 422);
      assert.equal(
        fieldError(parseHtml(await taken.text()), `c${target.id}-slug`),
        '„dateninstitut-pruefung“ trägt schon ein anderes Vorhaben.',
      );
      assert.equal((await accept({ slug: 'ohne-titel' })).status, 422, 'a missing field is a message, not a crash');
      assert.equal((await accept({ title: ['a', 'b'] as unknown as string, slug: 'doppelt' })).status, 422);

      assert.equal(byText(await candidates(chapter.chapterId), 'Wir werden ein Transparenz').decision, 'open');
      assert.equal(
        (await site.db.selectFrom('pledges').select('id').where('chapter_id', '=', chapter.chapterId).execute()).length,
        1,
        'no pledge was created',
      );
    });

    test('a title with markup comes out escaped everywhere', async () => {
      const chapter = await importChapter('xss');
      const target = byText(await candidates(chapter.chapterId), 'Wir werden die Störer');
      const payload = `<script>alert('x')</script><img src=x onerror=alert(1)>`;
      await editor.page(chapter.queue);
      const invalid = await editor.post(`/admin/vorschlaege/${target.id}/annehmen`, { title: payload, slug: '<b>' });
      assert.equal(invalid.status, 422);
      const again = await invalid.text();
      assert.ok(!again.includes(payload) && !again.includes('<b>"'), 'the form shown again escapes what was typed');
      assert.equal(parseHtml(again).find(`input#c${target.id}-title`).attr('value'), payload, 'and shows it as typed');

      assert.equal(
        (await editor.post(`/admin/vorschlaege/${target.id}/annehmen`, { title: payload, slug: 'stoererhaftung-xss' })).status,
        303,
      );
      const fields = formValues((await editor.page('/admin/vorhaben/stoererhaftung-xss')).html, '/admin/vorhaben/stoererhaftung-xss');
      assert.equal((await editor.post('/admin/vorhaben/stoererhaftung-xss', { ...fields, published: '1' })).status, 303);
      for (const path of [
        chapter.queue,
        '/admin/vorhaben/stoererhaftung-xss',
        '/vorhaben/stoererhaftung-xss',
        `/kapitel/${chapter.slug}`,
      ]) {
        const response = await editor.get(path);
        assert.equal(response.status, 200, path);
        const html = await response.text();
        assert.ok(!html.includes('<script>alert') && !html.includes('<img src=x'), `${path} escapes the title`);
      }
      assert.equal((await site.page('/vorhaben/stoererhaftung-xss')).find('h1').text, payload, 'the title is text');
    });

    test('adjusting the span reads the text again from the body; bad offsets are messages at the fields', async () => {
      const chapter = await importChapter('spanne');
      const target = byText(await candidates(chapter.chapterId), 'Wir werden ein IT');
      await editor.page(chapter.queue);
      const adjust = (start: string, end: string) => editor.post(`/admin/vorschlaege/${target.id}/ausschnitt`, { start, end });

      const start = chapter.body.indexOf('ein IT-Sicherheitsgesetz');
      const ok = await adjust(String(start - 1), String(target.end_offset + 2));
      assert.equal(ok.status, 303);
      assert.equal(ok.headers.get('location'), `${chapter.queue}?erledigt=ausschnitt#vorschlag-${target.id}`);
      const adjusted = byText(await candidates(chapter.chapterId), 'ein IT');
      assert.deepEqual(
        [adjusted.id, adjusted.start_offset, adjusted.end_offset, adjusted.text],
        [target.id, start, target.end_offset, 'ein IT-Sicherheitsgesetz beschließen.'],
        'whitespace at the edges is left out',
      );
      assert.equal(adjusted.decision, 'open');
      const audit = await site.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'candidate.adjust')
        .where('entity_id', '=', target.id)
        .executeTakeFirstOrThrow();
      assert.equal(JSON.parse(audit.before!).text, 'Wir werden ein IT-Sicherheitsgesetz beschließen.');
      assert.equal(JSON.parse(audit.after!).text, 'ein IT-Sicherheitsgesetz beschließen.');

      const cases: [string, string, string, RegExp][] = [
        [String(start), String(chapter.body.length + 1), 'end', /Das Ende liegt hinter dem Kapiteltext \(höchstens \d+\)/],
        [String(start + 5), String(start + 5), 'start', /Der Anfang muss vor dem Ende liegen/],
        ['-1', '20', 'start', /Bitte eine ganze Zahl ab 0 angeben/],
        ['1e3', '99999999999999999999', 'start', /Bitte eine ganze Zahl ab 0 angeben/],
        ['46', '48', 'start', /Der Ausschnitt enthält nur Leerraum/],
      ];
      for (const [from, to, field, message] of cases) {
        const response = await adjust(from, to);
        assert.equal(response.status, 422, `${from}–${to}`);
        const page = parseHtml(await response.text());
        assert.match(fieldError(page, `c${target.id}-${field}`) ?? '', message, `${from}–${to}`);
        assert.equal(
          page.find(`#vorschlag-${target.id} details.candidate-span`).attr('open'),
          '',
          'the span forms are open to show the message',
        );
      }
      assert.equal(byText(await candidates(chapter.chapterId), 'ein IT').start_offset, start, 'nothing changed');
    });

    test('merging joins a candidate with the next one; a decided one in between is refused', async () => {
      const chapter = await importChapter('zusammen');
      const rows = await candidates(chapter.chapterId);
      const first = byText(rows, 'Wir werden ein Transparenz');
      const second = byText(rows, 'Wir werden die Störer');
      const page = await editor.page(chapter.queue);
      const choice = page.dom.find(`select#c${first.id}-with[name="with"]`).find('option');
      assert.deepEqual(
        [choice.attr('value'), choice.attr('selected'), choice.text],
        [String(second.id), '', 'Vorschlag 5: Wir werden die Störerhaftung abschaffen.'],
      );

      const response = await editor.post(`/admin/vorschlaege/${first.id}/zusammenfuehren`, { with: String(second.id) });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), `${chapter.queue}?erledigt=zusammengefuehrt#vorschlag-${first.id}`);
      const after = await candidates(chapter.chapterId);
      assert.equal(after.length, rows.length - 1);
      assert.ok(!after.some((row) => row.id === second.id), 'the other one is gone');
      const merged = after.find((row) => row.id === first.id)!;
      assert.deepEqual([merged.start_offset, merged.end_offset, merged.decision], [first.start_offset, second.end_offset, 'open']);
      assert.equal(merged.text, 'Wir werden ein Transparenzgesetz vorlegen. Wir werden die Störerhaftung abschaffen.');
      assert.equal(merged.text, chapter.body.slice(merged.start_offset, merged.end_offset));
      assert.deepEqual(JSON.parse(merged.cues), [...new Set([...JSON.parse(first.cues), ...JSON.parse(second.cues)])]);
      const audit = await site.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'candidate.merge')
        .where('entity_id', '=', first.id)
        .executeTakeFirstOrThrow();
      assert.equal(audit.user_id, editorId);
      assert.deepEqual(JSON.parse(audit.after!).removed, [second.id]);
      assert.equal((await editor.page(chapter.queue)).dom.find('section.review-progress strong').text, '1 von 5');

      const dataInstitute = byText(after, 'Wir werden ein Dateninstitut');
      const security = byText(after, 'Wir werden ein IT');
      const across = await editor.post(`/admin/vorschlaege/${security.id}/zusammenfuehren`, { with: String(first.id) });
      assert.equal(across.status, 422);
      assert.match(fieldError(parseHtml(await across.text()), `c${security.id}-with`) ?? '', /^Vorschlag 3 ist schon angenommen/);
      assert.equal((await editor.post(`/admin/vorschlaege/${security.id}/zusammenfuehren`, { with: String(security.id) })).status, 422);
      assert.equal((await editor.post(`/admin/vorschlaege/${security.id}/zusammenfuehren`, { with: 'x' })).status, 422);
      assert.equal(byText(await candidates(chapter.chapterId), 'Wir werden ein Dateninstitut').decision, dataInstitute.decision);
    });

    test('re-importing the unchanged chapter keeps a merged candidate and does not bring back its parts', async () => {
      const chapter = await importChapter('stabil');
      const rows = await candidates(chapter.chapterId);
      const first = byText(rows, 'Wir werden ein Transparenz');
      await editor.page(chapter.queue);
      assert.equal(
        (await editor.post(`/admin/vorschlaege/${first.id}/zusammenfuehren`, { with: String(byText(rows, 'Wir werden die Störer').id) }))
          .status,
        303,
      );
      const summary = async () => (await candidates(chapter.chapterId)).map((row) => `${row.id} ${row.decision} ${row.text}`);
      const merged = await summary();
      await importAgreementFiles(site.db, [chapter.folder], { now });
      assert.deepEqual(await summary(), merged);
      assert.equal((await editor.post(`/admin/vorschlaege/${first.id}/ablehnen`, {})).status, 303);
      const rejected = await summary();
      await importAgreementFiles(site.db, [chapter.folder], { now });
      assert.deepEqual(await summary(), rejected, 'also once the merged candidate is decided');
    });

    test('the extractor offers a merge and a split; taking them reshapes the candidates, audited, and a re-import keeps the parts', async () => {
      const text = `Wir werden eine Bund-Länder-Arbeitsgruppe einrichten. Diese Arbeitsgruppe wird bis Ende 2023 Vorschläge für ein Gesetz vorlegen.

Dazu überarbeiten wir das Behindertengleichstellungsgesetz und das Barrierefreiheitsstärkungsgesetz sowie das Allgemeine Gleichbehandlungsgesetz.
`;
      const chapter = await importChapter('angebote', text);
      const rows = await candidates(chapter.chapterId);
      const group = byText(rows, 'Wir werden eine Bund');
      const detail = byText(rows, 'Diese Arbeitsgruppe');
      const bundle = byText(rows, 'Dazu überarbeiten');
      const page = (await editor.page(chapter.queue)).dom;
      const mergeOffer = page.find(`#vorschlag-${detail.id} section.candidate-offers`);
      assert.match(mergeOffer.text, /führt Vorschlag 1 fort.*anaphor:diese/s);
      assert.equal(mergeOffer.find('input[name="with"]').attr('value'), String(group.id));
      const splitOffer = page.find(`#vorschlag-${bundle.id} section.candidate-offers`);
      assert.deepEqual(
        splitOffer.findAll('ol.split-parts li').map((item) => item.text),
        [
          'Behindertengleichstellungsgesetz überarbeiten',
          'Barrierefreiheitsstärkungsgesetz überarbeiten',
          'Allgemeine Gleichbehandlungsgesetz überarbeiten',
        ],
      );
      assert.ok(!page.has(`#vorschlag-${group.id} section.candidate-offers`), 'nothing offered where the extractor offers nothing');

      assert.equal((await editor.post(`/admin/vorschlaege/${detail.id}/zusammenfuehren`, { with: String(group.id) })).status, 303);
      const merged = byText(await candidates(chapter.chapterId), 'Wir werden eine Bund');
      assert.equal(merged.text, text.slice(0, text.indexOf('\n\n')));

      const split = await editor.post(`/admin/vorschlaege/${bundle.id}/teilen`, {});
      assert.equal(split.status, 303);
      assert.match(split.headers.get('location') ?? '', /erledigt=geteilt#vorschlag-\d+$/);
      const parts = (await candidates(chapter.chapterId)).filter((row) => row.start_offset >= bundle.start_offset);
      assert.deepEqual(
        parts.map((row) => [row.title, row.decision, row.decided_by]),
        [
          ['Behindertengleichstellungsgesetz überarbeiten', 'open', editorId],
          ['Barrierefreiheitsstärkungsgesetz überarbeiten', 'open', editorId],
          ['Allgemeine Gleichbehandlungsgesetz überarbeiten', 'open', editorId],
        ],
      );
      for (const part of parts) assert.equal(part.text, chapter.body.slice(part.start_offset, part.end_offset));
      const audit = await site.db.selectFrom('audit_log').selectAll().where('action', '=', 'candidate.split').executeTakeFirstOrThrow();
      assert.equal(audit.user_id, editorId);
      assert.equal(JSON.parse(audit.before!).text, bundle.text);
      assert.equal((await editor.post(`/admin/vorschlaege/${parts[0]!.id}/teilen`, {})).status, 422, 'a part is offered no further split');

      const before = (await candidates(chapter.chapterId)).map((row) => `${row.id} ${row.text}`);
      await importAgreementFiles(site.db, [chapter.folder], { now });
      assert.deepEqual(
        (await candidates(chapter.chapterId)).map((row) => `${row.id} ${row.text}`),
        before,
        'the import neither joins the parts nor brings back the whole',
      );
    });

    test('a rejected candidate stays rejected when the same chapter is imported again, and can be reopened', async () => {
      const chapter = await importChapter('ablehnung');
      const rows = await candidates(chapter.chapterId);
      const target = byText(rows, 'Wir werden ein IT');
      await editor.page(chapter.queue);
      const response = await editor.post(`/admin/vorschlaege/${target.id}/ablehnen`, {});
      assert.equal(response.status, 303);
      const next = byText(rows, 'Wir werden ein Transparenz');
      assert.equal(
        response.headers.get('location'),
        `${chapter.queue}?erledigt=abgelehnt#vorschlag-${next.id}`,
        'the decided Dateninstitut is skipped',
      );

      await importAgreementFiles(site.db, [chapter.folder], { now });
      const again = await candidates(chapter.chapterId);
      assert.equal(again.length, rows.length, 'no duplicate');
      assert.deepEqual(
        again.filter((row) => row.text === target.text).map((row) => [row.id, row.decision, row.decided_by]),
        [[target.id, 'rejected', editorId]],
      );

      const reopen = await editor.post(`/admin/vorschlaege/${target.id}/wieder-oeffnen`, {});
      assert.equal(reopen.status, 303);
      assert.equal(reopen.headers.get('location'), `${chapter.queue}?erledigt=geoeffnet#vorschlag-${target.id}`);
      assert.equal(byText(await candidates(chapter.chapterId), 'Wir werden ein IT').decision, 'open');
      const actions = await site.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'candidate')
        .where('entity_id', '=', target.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        actions.map((row) => row.action),
        ['candidate.reject', 'candidate.reopen'],
      );
    });

    test('a POST without the session CSRF token is refused with 403 and changes nothing', async () => {
      const chapter = await importChapter('csrf');
      const target = byText(await candidates(chapter.chapterId), 'Wir werden ein IT');
      await editor.page(chapter.queue);
      assert.equal((await editor.post(`/admin/vorschlaege/${target.id}/ablehnen`, {}, { csrf: false })).status, 403);
      assert.equal(
        (await editor.post(`/admin/vorschlaege/${target.id}/annehmen`, { _csrf: 'gefälscht', title: 'X', slug: 'x-csrf' })).status,
        403,
      );
      assert.equal(byText(await candidates(chapter.chapterId), 'Wir werden ein IT').decision, 'open');
    });

    test('ordered by score, the queue shows the surest first with their text numbers, and a decision goes on in that order', async () => {
      const chapter = await importChapter('punkte');
      const rows = await candidates(chapter.chapterId);
      const scores = [0.3, 0.9, 0.5, 0.2, 0.95, 0.6];
      for (const [k, row] of rows.entries())
        await site.db.updateTable('candidates').set({ score: scores[k]! }).where('id', '=', row.id).execute();
      const page = await editor.page(`${chapter.queue}?ordnung=punkte`);
      const numbers = page.dom
        .findAll('ol.candidate-list article.candidate')
        .map((card) => Number(/Vorschlag (\d+)/.exec(card.find('h2').text)![1]));
      assert.deepEqual(numbers, [5, 2, 6, 3, 1, 4], 'highest score first, each with its place in the text');
      assert.equal(page.dom.linkTo('In Textreihenfolge zeigen'), `${chapter.queue}#liste`);
      assert.equal(
        formValues(page.html, `/admin/vorschlaege/${rows[4]!.id}/ablehnen?ordnung=punkte`)._csrf,
        editor.csrfToken,
        'the forms pass the order on',
      );

      const rejected = await editor.post(`/admin/vorschlaege/${rows[4]!.id}/ablehnen?ordnung=punkte`, {});
      assert.equal(
        rejected.headers.get('location'),
        `${chapter.queue}?ordnung=punkte&erledigt=abgelehnt#vorschlag-${rows[1]!.id}`,
        'on with the next open one by score',
      );
      const textOrder = await editor.page(chapter.queue);
      assert.equal(textOrder.dom.linkTo('Nach Punktzahl ordnen'), `${chapter.queue}?ordnung=punkte#liste`);
    });

    test('unknown or malformed ids and chapters are 404, never 500', async () => {
      await importChapter('fehler');
      await editor.page('/admin/kapitel/fehler/vorschlaege');
      for (const id of ['abc', '0', '999999', '99999999999999999999', '1.5', '-1']) {
        assert.equal((await editor.post(`/admin/vorschlaege/${id}/ablehnen`, {})).status, 404, id);
        assert.equal((await editor.post(`/admin/vorschlaege/${id}/annehmen`, { title: '', slug: '' })).status, 404, id);
      }
      assert.equal((await editor.get('/admin/kapitel/gibt-es-nicht/vorschlaege')).status, 404);
      for (const page of ['abc', '0', '999999999999', '-3'])
        assert.equal((await editor.get(`/admin/kapitel/fehler/vorschlaege?seite=${page}`)).status, 200, page);
    });

    test('long chapters are paged; the redirect finds the page of the next candidate', async () => {
      const sentences = Array.from({ length: 45 }, (_, n) => `Wir werden das Gesetz Nummer ${n + 1} vorlegen.`).join(' ');
      const chapter = await importChapter('lang', `\n${sentences}\n\n[Wir werden ein Dateninstitut gründen.](#dateninstitut-lang)\n`);
      const rows = (await candidates(chapter.chapterId)).filter((row) => row.text.startsWith('Wir werden das Gesetz'));
      assert.equal(rows.length, 45);
      const first = await editor.page(chapter.queue);
      assert.equal(first.dom.findAll('article[data-candidate]').length, 40);
      assert.equal(first.dom.find('a[rel="next"]').attr('href'), '/admin/kapitel/lang/vorschlaege?seite=2#liste');
      assert.equal(first.dom.find('a[rel="next"]').text, 'Nächste Seite');
      const response = await editor.post(`/admin/vorschlaege/${rows[39]!.id}/ablehnen`, {});
      assert.equal(response.headers.get('location'), `${chapter.queue}?seite=2&erledigt=abgelehnt#vorschlag-${rows[40]!.id}`);
      const second = await editor.page(`${chapter.queue}?seite=2`);
      assert.equal(second.dom.find('article.candidate').attr('id'), `vorschlag-${rows[40]!.id}`);
      assert.equal(second.dom.find('article.candidate .candidate-number').text, 'Vorschlag 41 von 46:');
    });

    test('the chapter view marks open candidates for editors only', async () => {
      const chapter = await importChapter('ansicht');
      const rows = await candidates(chapter.chapterId);
      const open = byText(rows, 'Wir werden ein IT');
      const path = `/kapitel/${chapter.slug}`;

      const anonymous = await site.app.request(path);
      const publicHtml = await anonymous.text();
      assert.equal(anonymous.headers.get('cache-control'), 'no-cache');
      assert.ok(!/candidate|vorschlag|Vorschl/i.test(publicHtml), 'nothing of the candidates reaches the public');
      const expert = await signedIn(site.app, site.db, 'expert');
      assert.ok(!/candidate-quote/.test(await (await expert.get(path)).text()), 'experts do not see them either');

      const response = await editor.get(path);
      assert.equal(response.headers.get('cache-control'), 'private, no-store');
      const html = await response.text();
      const view = parseHtml(html);
      const mark = view.find(`mark.candidate-quote#vorschlag-${open.id}`);
      assert.deepEqual(mark.links, [
        {
          href: `/admin/kapitel/ansicht/vorschlaege#vorschlag-${open.id}`,
          text: 'Offener Vorschlag: Wir werden ein IT-Sicherheitsgesetz beschließen.',
        },
      ]);
      assert.equal(mark.find('.visually-hidden').text, 'Offener Vorschlag:');
      assert.equal(view.findAll('mark.candidate-quote').length, 5, 'the accepted one is a pledge quote, not a candidate');
      assert.ok(view.has('mark.pledge-quote#zitat-dateninstitut-ansicht'));
      const notice = view.find('p.review-notice');
      assert.match(notice.text, /5 offene Vorschläge des Extraktors, im Text gestrichelt umrandet\. Vorschläge prüfen$/);
      assert.equal(notice.linkTo('Vorschläge prüfen'), '/admin/kapitel/ansicht/vorschlaege');
      assert.equal(
        view.find('form#aus-auswahl').attr('action'),
        '/admin/kapitel/ansicht/vorhaben',
        'and the form that makes a marked passage a Vorhaben',
      );
      const withoutNotice = html
        .replace(/<p class="notice review-notice">[\s\S]*?<\/p>/, '')
        .replace(/<form [^>]*id="aus-auswahl"[\s\S]*?<\/form><script [^>]*><\/script>/, '')
        .replace(/<mark class="candidate-quote"[^>]*><a [^>]*><span class="visually-hidden">[^<]*<\/span>([^<]*)<\/a><\/mark>/g, '$1');
      const main = (page: string) => /<main[\s\S]*<\/main>/.exec(page)![0];
      assert.equal(main(withoutNotice), main(publicHtml), 'apart from the marks, editors read the same text');
    });
  });
}
