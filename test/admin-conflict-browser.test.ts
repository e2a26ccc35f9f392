// Two editors in headless Chromium save the same Vorhaben or Entwicklung from forms loaded at the
// same time: the second one's conflict page merges instead of reverting, asks where both changed
// the same field, saves nothing until then, and has no WCAG 2.1 A/AA violations.
// Tier: full (Chromium)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import { findDevelopmentById } from '../src/store/developments.ts';
import { signedIn } from './support/admin-client.ts';
import { axeViolations, launchBrowser, newAxeContext, skipWithoutChromium } from './support/browser.ts';
import { dumpDatabase } from './support/dump.ts';
import { testSite } from './support/site.ts';
import { seedSite, today } from './support/site-fixture.ts';

describe('two editors at once, in the browser', { skip: skipWithoutChromium }, () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today, http: true });
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  /** A signed-in editor's browser tab on `path`, with axe at hand. */
  async function editorTab(path: string): Promise<Page> {
    const client = await signedIn(site.app, site.db, 'editor');
    const context = await newAxeContext(browser);
    contexts.push(context);
    await context.addCookies([{ name: 'kt_session', value: client.cookie('kt_session')!, url: site.app.url }]);
    const page = await context.newPage();
    await page.goto(`${site.app.url}${path}`);
    return page;
  }

  /** Submits the form posting to `action`; the status of the page it lands on (after a redirect, that page's). */
  async function save(page: Page, action: string, button = 'button[type="submit"]'): Promise<number> {
    const landed = (answer: { status(): number; request(): { isNavigationRequest(): boolean } }) =>
      answer.request().isNavigationRequest() && answer.status() !== 303;
    const [response] = await Promise.all([page.waitForResponse(landed), page.click(`form[action="${action}"] ${button}`)]);
    await page.waitForLoadState('load');
    return response.status();
  }

  async function noViolations(page: Page, what: string): Promise<void> {
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 2)}`);
  }

  test('different fields: after the second editor saves the merged form, both changes are there', async () => {
    const path = '/admin/vorhaben/verschluesselung';
    const tabB = await editorTab(path);
    const tabA = await editorTab(path);
    await tabA.fill('#partner', 'Open Knowledge Foundation');
    assert.equal(await save(tabA, path), 200, 'A saves and comes back to the form');
    assert.match(tabA.url(), /gespeichert=1/);

    await tabB.fill('#success_criterion', 'erfüllt, wenn B es sagt');
    assert.equal(await save(tabB, path), 409);
    assert.equal(await tabB.textContent('h1'), 'Bearbeitungskonflikt');
    assert.equal(await tabB.inputValue('#partner'), 'Open Knowledge Foundation', 'the form shows A’s partner');
    assert.equal(await tabB.inputValue('#success_criterion'), 'erfüllt, wenn B es sagt', 'with B’s change on top');
    assert.equal(await tabB.locator('.merge-decision').count(), 0, 'nothing to decide');
    await noViolations(tabB, 'the conflict page');
    assert.equal(
      (await findPledgeBySlug(site.db, 'verschluesselung'))!.success_criterion,
      'erfüllt, wenn das Recht im Gesetz steht',
      'nothing saved yet',
    );

    assert.equal(await save(tabB, path), 200);
    assert.match(tabB.url(), /gespeichert=1/);
    const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
    assert.equal(pledge.success_criterion, 'erfüllt, wenn B es sagt');
    assert.equal(await tabB.inputValue('#partner'), 'Open Knowledge Foundation', 'A’s partner survived B’s save');
  });

  test('the same field: nothing is saved until the editor decides; then the choice and the other editor’s other changes stay', async () => {
    const path = '/admin/vorhaben/dateninstitut';
    const tabB = await editorTab(path);
    const tabA = await editorTab(path);
    await tabA.fill('#title', 'Dateninstitut (Fassung A)');
    await tabA.fill('#deadline', '2026-06-30');
    assert.equal(await save(tabA, path), 200);

    await tabB.fill('#title', 'Dateninstitut (Fassung B)');
    await tabB.fill('#topics', 'Daten, Forschung');
    assert.equal(await save(tabB, path), 409);
    const decision = tabB.locator('#entscheidung-title');
    assert.match((await decision.locator('legend').textContent()) ?? '', /^Titel: Welche Fassung soll gelten\?$/);
    assert.equal(await tabB.textContent('#decision_title-mine-value'), 'Dateninstitut (Fassung B)');
    assert.equal(await tabB.textContent('#decision_title-theirs-value'), 'Dateninstitut (Fassung A)');
    assert.match((await tabB.textContent('#decision_title-theirs-by')) ?? '', /^geändert von editor-\d+-\d+@example\.org am \d/);
    assert.equal(await tabB.inputValue('#deadline'), '2026-06-30', 'A’s other change is in the form');
    await noViolations(tabB, 'the conflict page with a decision');

    const before = await dumpDatabase(site.db);
    await tabB.click(`form[action="${path}"] button[type="submit"]`);
    assert.equal(
      await tabB.evaluate(() => (document.querySelector('#decision_title-mine') as HTMLInputElement).validity.valueMissing),
      true,
      'the browser asks for the choice',
    );
    assert.equal(await tabB.textContent('h1'), 'Bearbeitungskonflikt');
    assert.deepEqual(await dumpDatabase(site.db), before, 'nothing saved without a decision');

    await tabB.evaluate(() => document.querySelectorAll('input[type="radio"]').forEach((radio) => radio.removeAttribute('required')));
    assert.equal(await save(tabB, path), 409, 'the server refuses too');
    assert.equal(await tabB.textContent('#decision_title-error'), 'Bitte wählen Sie eine der beiden Fassungen.');
    assert.match((await tabB.textContent('.error-summary')) ?? '', /Titel: bitte eine Fassung wählen/);
    await noViolations(tabB, 'the conflict page asking again');
    assert.deepEqual(await dumpDatabase(site.db), before, 'still nothing saved');

    await tabB.check('#decision_title-theirs');
    assert.equal(await save(tabB, path), 200);
    assert.match(tabB.url(), /gespeichert=1/);
    const pledge = (await findPledgeBySlug(site.db, 'dateninstitut'))!;
    assert.deepEqual([pledge.title, pledge.deadline], ['Dateninstitut (Fassung A)', '2026-06-30'], 'the chosen title and A’s deadline');
    assert.equal(await tabB.inputValue('#topics'), 'Daten, Forschung', 'B’s other change is saved');
  });

  test('a development: both changed the text; the editor keeps their own, and the other editor’s new source stays', async () => {
    const pledge = (await findPledgeBySlug(site.db, 'verschluesselung'))!;
    const id = (
      await site.db
        .selectFrom('updates')
        .select('id')
        .where('pledge_id', '=', pledge.id)
        .where('published_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).id;
    const path = `/admin/entwicklungen/${id}`;
    const tabB = await editorTab(path);
    const tabA = await editorTab(path);
    await tabA.fill('#body', 'Text von A');
    await tabA.fill('#source_url_1', 'https://example.org/von-a');
    await tabA.fill('#source_title_1', 'Quelle von A');
    assert.equal(await save(tabA, path, 'button[value="entwurf"]'), 200);

    await tabB.fill('#body', 'Text von B');
    await tabB.fill('#title', 'Titel von B');
    assert.equal(await save(tabB, path, 'button[value="entwurf"]'), 409);
    assert.equal(await tabB.textContent('#decision_body-theirs-value'), 'Text von A');
    assert.equal(await tabB.inputValue('#source_title_1'), 'Quelle von A', 'A’s source is in the form');
    await noViolations(tabB, 'the development’s conflict page');

    await tabB.check('#decision_body-mine');
    assert.equal(await save(tabB, path, 'button[value="entwurf"]'), 200);
    const development = (await findDevelopmentById(site.db, id))!;
    assert.deepEqual(
      [development.title, development.body, development.sources.map((source) => source.title)],
      ['Titel von B', 'Text von B', ['Quelle 2023-11-01', 'Quelle von A']],
    );
  });
});
