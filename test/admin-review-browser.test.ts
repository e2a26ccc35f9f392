// An editor reviews a chapter's candidates in headless Chromium by keyboard only — single-key
// shortcuts and Tab/Enter, decisions in place, undo — then goes on through the day: a passage of the
// chapter made a Vorhaben, the form's pick lists, a title that moves the draft's slug, publishing, a
// new slug with the old address redirecting; axe-core finds no WCAG 2.1 A/AA violation on the pages involved.
// Tier: full (Chromium)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { createAccount, PASSWORD } from './support/admin-client.ts';
import { axeViolations, launchBrowser, newAxeContext, skipWithoutChromium } from './support/browser.ts';
import { chapterText, temporaryFolder, writeChapterFolder } from './support/chapter-file.ts';
import { testSite } from './support/site.ts';
import { findOrCreateTerm } from '../src/store/vocabularies.ts';

const now = new Date('2026-03-01T10:00:00Z');
const QUEUE = '/admin/kapitel/tastatur/vorschlaege';

const BODY = `
Deutschland braucht einen digitalen Aufbruch.

### Sicherheit

Wir werden ein Recht auf Verschlüsselung einführen. Wir werden ein IT-Sicherheitsgesetz beschließen.

### Daten

[Wir werden ein Dateninstitut gründen.](#dateninstitut) Wir werden ein Transparenzgesetz vorlegen. Wir werden die Störerhaftung abschaffen. Wir werden ein Open-Data-Gesetz einbringen.
`;

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('reviewing candidates by keyboard', { skip: skipWithoutChromium }, () => {
  const site = testSite('sqlite', { clock: () => now, http: true });
  let browser: Browser;
  let email: string;
  let ids: { encryption: number; security: number; transparency: number; liability: number; openData: number };
  let suggested: Record<number, { title: string; slug: string }>;

  before(async () => {
    const folder = writeChapterFolder(
      {
        'tastatur.md': chapterText({
          title: '2.2 Digitale Innovationen',
          statements: [{ summary: 'Dateninstitut', id: 'dateninstitut' }],
          body: BODY,
        }),
      },
      temporaryFolder('kv-tastatur'),
    );
    await importAgreementFiles(site.db, [folder], { now });
    const rows = await site.db.selectFrom('candidates').select(['id', 'text', 'title', 'slug']).orderBy('start_offset').execute();
    assert.equal(rows.length, 6, 'the extractor proposes each sentence of the test chapter');
    const idOf = (start: string) => rows.find((row) => row.text.startsWith(start))!.id;
    ids = {
      encryption: idOf('Wir werden ein Recht'),
      security: idOf('Wir werden ein IT'),
      transparency: idOf('Wir werden ein Transparenz'),
      liability: idOf('Wir werden die Störer'),
      openData: idOf('Wir werden ein Open'),
    };
    suggested = Object.fromEntries(rows.map((row) => [row.id, { title: row.title, slug: row.slug }]));
    email = await createAccount(site.db, 'editor');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  /** Signs in on the login form with Tab, typing and Enter, coming back to `path`. */
  async function signInByKeyboard(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${site.app.url}${path}`);
    assert.match(page.url(), /\/admin\/login\?weiter=/);
    for (let presses = 0; presses < 20 && (await focusedId(page)) !== 'email'; presses++) await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForURL(`${site.app.url}${path}`), page.keyboard.press('Enter')]);
    return page;
  }

  /**
   * Presses a key that submits a form, and waits for the queue to say it is done: in place, without
   * loading the page again (a mark left on the window stays) and without moving it (the scroll
   * position stays, unless the next candidate was out of sight).
   */
  async function submitWith(page: Page, key: string, done: string): Promise<void> {
    await page.evaluate(() => Object.assign(window, { reviewMark: window.scrollY }));
    await Promise.all([page.waitForURL(new RegExp(`erledigt=${done}`)), page.keyboard.press(key)]);
    const { mark, visible } = await page.evaluate(() => {
      const rect = document.activeElement!.getBoundingClientRect();
      return { mark: (window as unknown as { reviewMark?: number }).reviewMark, visible: rect.top < window.innerHeight && rect.bottom > 0 };
    });
    assert.notEqual(mark, undefined, 'the page was not loaded again');
    assert.ok(visible, 'the candidate to go on with is in sight');
  }

  test('shortcuts and Tab/Enter take an editor through a chapter', async () => {
    const context = await browser.newContext();
    const page = await signInByKeyboard(context, QUEUE);
    assert.equal(await page.isVisible('#tastenkuerzel'), true, 'the script announces the shortcuts');
    assert.equal(await page.isVisible('#tastenkuerzel dl'), false, 'folded: the legend does not fill the first screen');
    await page.click('#tastenkuerzel summary');
    assert.equal(await page.isVisible('#tastenkuerzel dl'), true, 'and opens on demand');
    await page.click('#tastenkuerzel summary');
    await page.setViewportSize({ width: 900, height: 500 });

    await page.keyboard.press('j');
    assert.equal(await focusedId(page), `vorschlag-${ids.encryption}`);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused candidate is visibly marked');

    await page.keyboard.press('t');
    assert.equal(await focusedId(page), `c${ids.encryption}-title`);
    await page.keyboard.type('Recht auf Verschlüsselung einführen', { delay: 5 });
    await submitWith(page, 'Enter', 'angenommen');
    assert.equal(await focusedId(page), `vorschlag-${ids.security}`, 'the next candidate has the focus');

    await submitWith(page, 'r', 'abgelehnt');
    assert.equal(await focusedId(page), `vorschlag-${ids.transparency}`, 'the candidate the import decided is skipped');
    assert.match((await page.textContent('.flash')) ?? '', /Abgelehnt/);
    assert.match((await page.textContent('.review-progress')) ?? '', /3 von 6 Vorschlägen geprüft/);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    assert.equal(await focusedId(page), `vorschlag-${ids.security}`);
    await submitWith(page, 'u', 'geoeffnet');
    assert.equal(await focusedId(page), `vorschlag-${ids.security}`, 'u takes a rejection back too');
    assert.match((await page.textContent('.review-progress')) ?? '', /2 von 6 Vorschlägen geprüft/);
    await submitWith(page, 'r', 'abgelehnt');
    assert.equal(await focusedId(page), `vorschlag-${ids.transparency}`);

    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 0);
    await submitWith(page, 'm', 'zusammengefuehrt');
    assert.equal(await focusedId(page), `vorschlag-${ids.transparency}`);
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page keeps its position');
    assert.match(
      (await page.textContent(`#vorschlag-${ids.transparency} mark`)) ?? '',
      /vorlegen\. Wir werden die Störerhaftung abschaffen\.$/,
    );

    await submitWith(page, 'a', 'angenommen');
    assert.equal(await focusedId(page), `vorschlag-${ids.openData}`);

    await page.keyboard.press('k');
    assert.equal(await focusedId(page), `vorschlag-${ids.transparency}`);
    await submitWith(page, 'u', 'zurueckgenommen');
    assert.equal(await focusedId(page), `vorschlag-${ids.transparency}`, 'the undone candidate keeps the focus');
    assert.equal(await page.isVisible(`#vorschlag-${ids.transparency} form[data-action="accept"]`), true, 'and is open again');
    await submitWith(page, 'a', 'angenommen');
    assert.equal(await focusedId(page), `vorschlag-${ids.openData}`);

    for (const field of ['title', 'slug']) {
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), `c${ids.openData}-${field}`);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Ablehnen: Vorschlag 5');
    await Promise.all([page.waitForURL(/erledigt=abgelehnt/), page.keyboard.press('Enter')]);
    assert.match((await page.textContent('.review-progress')) ?? '', /5 von 5 Vorschlägen geprüft/);

    await page.keyboard.press('k');
    assert.equal(await focusedId(page), `vorschlag-${ids.transparency}`, 'k goes back');
    await context.close();

    const candidates = await site.db
      .selectFrom('candidates')
      .select(['id', 'decision', 'pledge_id', 'text'])
      .orderBy('start_offset')
      .execute();
    const decision = (id: number) => candidates.find((row) => row.id === id)?.decision;
    assert.deepEqual(
      [decision(ids.encryption), decision(ids.security), decision(ids.transparency), decision(ids.liability), decision(ids.openData)],
      ['accepted', 'rejected', 'accepted', undefined, 'rejected'],
    );
    const pledges = await site.db.selectFrom('pledges').select(['slug', 'title', 'quote', 'published']).orderBy('quote_start').execute();
    assert.deepEqual(pledges, [
      {
        slug: suggested[ids.encryption]!.slug,
        title: 'Recht auf Verschlüsselung einführen',
        quote: 'Wir werden ein Recht auf Verschlüsselung einführen.',
        published: 0,
      },
      { slug: 'dateninstitut', title: 'Dateninstitut', quote: 'Wir werden ein Dateninstitut gründen.', published: 1 },
      {
        ...suggested[ids.transparency]!,
        quote: 'Wir werden ein Transparenzgesetz vorlegen. Wir werden die Störerhaftung abschaffen.',
        published: 0,
      },
    ]);
    const slug = suggested[ids.encryption]!.slug;
    assert.equal((await site.app.request(`/vorhaben/${slug}`)).status, 404, 'an accepted candidate is a draft');

    const editing = await signInByKeyboard(await browser.newContext(), `/admin/vorhaben/${slug}`);
    await editing.check('#published');
    await Promise.all([editing.waitForURL(/gespeichert=1/), editing.click(`form[action="/admin/vorhaben/${slug}"] button[type="submit"]`)]);
    await editing.context().close();
    assert.equal((await site.app.request(`/vorhaben/${slug}`)).status, 200, 'the edit form publishes it');
  });

  test('the rest of the day: a marked passage becomes a draft, pick lists fill the form, publishing, a new slug that redirects', async () => {
    await findOrCreateTerm(site.db, 'ministries', 'Bundesministerium für Digitales und Verkehr');
    for (const topic of ['Digitales', 'Daten']) await findOrCreateTerm(site.db, 'topics', topic);
    const context = await newAxeContext(browser);
    const page = await signInByKeyboard(context, '/admin/benachrichtigungen');
    const settings = await axeViolations(page);
    assert.deepEqual(settings, [], `the notification settings: ${JSON.stringify(settings, null, 2)}`);
    await page.goto(`${site.app.url}/kapitel/tastatur`);
    assert.equal(await page.isVisible('#aus-auswahl'), false, 'the form waits for a selection');

    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.chapter-text .chapter-body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('Wir werden ein Open-Data-Gesetz einbringen.');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Wir werden ein Open-Data-Gesetz einbringen.'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error('the sentence is not in the chapter view');
    });
    assert.equal(await page.isVisible('#aus-auswahl'), true);
    assert.equal(await page.textContent('#aus-auswahl .selection-preview'), 'Wir werden ein Open-Data-Gesetz einbringen.');
    const withForm = await axeViolations(page);
    assert.deepEqual(withForm, [], `the chapter view with the form: ${JSON.stringify(withForm, null, 2)}`);
    await Promise.all([page.waitForURL(/\/admin\/vorhaben\/[a-z0-9-]+\?angelegt=1$/), page.click('#aus-auswahl button[type="submit"]')]);
    assert.match((await page.textContent('.flash')) ?? '', /Als Entwurf angelegt/);
    const editForm = await axeViolations(page);
    assert.deepEqual(editForm, [], `the edit form: ${JSON.stringify(editForm, null, 2)}`);

    assert.deepEqual(
      await page.$$eval('#ministerien-liste option', (options) => options.map((option) => (option as HTMLOptionElement).value)),
      ['Bundesministerium für Digitales und Verkehr'],
    );
    await page.fill('#topics', '');
    await page.type('#topics', 'Digitales, ');
    assert.deepEqual(
      await page.$$eval('#themen-liste option', (options) => options.map((option) => (option as HTMLOptionElement).value)),
      ['Digitales, Daten'],
      'the topics not yet chosen, after those typed',
    );
    await page.fill('#topics', 'Digitales, Daten');
    await page.fill('#lead_ministry', 'Bundesministerium für Digitales und Verkehr');
    await page.fill('#title', 'Open-Data-Gesetz vorlegen');
    await page.check('#published');
    await Promise.all([
      page.waitForURL(/\/admin\/vorhaben\/open-data-gesetz-vorlegen\?gespeichert=1$/),
      page.click('form.stacked-form button[type="submit"]:has-text("Speichern")'),
    ]);

    await page.fill('#slug', 'open-data');
    await Promise.all([
      page.waitForURL(/\/admin\/vorhaben\/open-data\?gespeichert=1$/),
      page.click('form.stacked-form button[type="submit"]:has-text("Speichern")'),
    ]);
    await page.goto(`${site.app.url}/vorhaben/open-data-gesetz-vorlegen`);
    assert.equal(new URL(page.url()).pathname, '/vorhaben/open-data', 'the old address redirects');
    assert.match((await page.textContent('h1')) ?? '', /Open-Data-Gesetz vorlegen/);
    const publicPage = await axeViolations(page);
    assert.deepEqual(publicPage, [], `the published Vorhaben: ${JSON.stringify(publicPage, null, 2)}`);
    await context.close();
  });

  test('axe finds no WCAG 2.1 A/AA violations on the review queue and the editor’s chapter view', async () => {
    const context = await newAxeContext(browser);
    const page = await signInByKeyboard(context, QUEUE);
    await site.db
      .updateTable('candidates')
      .set({ decision: 'open', decided_by: null, decided_at: null, pledge_id: null })
      .where('id', '=', ids.security)
      .execute();
    for (const path of [QUEUE, `${QUEUE}?erledigt=abgelehnt#vorschlag-${ids.security}`, '/kapitel/tastatur']) {
      await page.goto(`${site.app.url}${path}`);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 2)}`);
    }
    assert.ok((await page.content()).includes('class="candidate-quote"'), 'the chapter view shows the open candidate to the editor');

    await page.goto(`${site.app.url}${QUEUE}`);
    await page.fill(`#c${ids.security}-slug`, 'Kein Slug');
    await page.click(`#vorschlag-${ids.security} form[data-action="accept"] button`);
    await page.waitForSelector(`#c${ids.security}-slug[aria-invalid="true"]`);
    assert.equal(await focusedId(page), `c${ids.security}-slug`, 'the field to correct has the focus');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `the page with a message at a field: ${JSON.stringify(violations, null, 2)}`);
    await context.close();
  });
});
