// The status of each highlighted quote in a chapter's text: colour and symbol by class, a label for screen
// readers in the page's language, and a legend of the statuses the chapter's quotes have.
// Tier: quick
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testSite } from './support/site.ts';
import { CHAPTER, seedSite, today } from './support/site-fixture.ts';

describe('status of the quotes in a chapter', () => {
  const site = testSite('sqlite', { seed: seedSite, clock: () => today });

  test('a highlighted quote carries its status as a class and says it to screen readers before its text', async () => {
    const chapter = await site.page(CHAPTER);
    const quote = chapter.find('mark#zitat-verschluesselung');
    assert.deepEqual(quote.classes, ['pledge-quote', 'quote-implemented']);
    assert.equal(quote.find('.visually-hidden').text, 'Vorhaben, Status „umgesetzt“:');
  });

  test("the legend names each status the chapter's quotes have, linked to its explanation on the method page", async () => {
    const chapter = await site.page(CHAPTER);
    const marked = new Set(
      chapter.findAll('.chapter-text mark.pledge-quote[id]').map((mark) => mark.classes.find((name) => name.startsWith('quote-'))),
    );
    const legend = chapter.findAll('.quote-legend li');
    assert.deepEqual(new Set(legend.map((item) => item.find('.quote-swatch').classes[1])), marked);
    assert.equal(chapter.find('.quote-legend').linkTo('umgesetzt'), '/methode#status-implemented');
  });

  test('on /en the label and the legend are English', async () => {
    const chapter = await site.page(`/en${CHAPTER}`);
    assert.equal(chapter.find('mark#zitat-verschluesselung .visually-hidden').text, 'Pledge, status “implemented”:');
    assert.equal(chapter.find('.quote-legend h3').text, 'Highlights in the text');
    assert.equal(chapter.find('.quote-legend').linkTo('implemented'), '/en/method#status-implemented');
  });
});
