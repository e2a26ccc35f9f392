import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterOutline, renderChapterBody, renderMarkdown } from './markdown-html.ts';

const body = '\nEinleitung.\n\n### Digitale Bürgerrechte\n\nWir stärken Rechte. Wir führen ein **Recht** auf Verschlüsselung ein. Ende.\n\n### Daten\n\nEin Dateninstitut soll kommen.\n';

function highlight(quote: string, id: string) {
  const start = body.indexOf(quote);
  return { start, end: start + quote.length, href: `/vorhaben/${id}`, id: `zitat-${id}` };
}

test('### headings become second-level headings with anchors', () => {
  const html = renderChapterBody(body, []);
  assert.match(html, /<h2 id="digitale-buergerrechte">Digitale Bürgerrechte<\/h2>/);
  assert.match(html, /<h2 id="daten">Daten<\/h2>/);
  assert.deepEqual(chapterOutline(body), [
    { id: 'digitale-buergerrechte', text: 'Digitale Bürgerrechte' },
    { id: 'daten', text: 'Daten' },
  ]);
});

test('a quote is marked and linked, also across inline formatting', () => {
  const html = renderChapterBody(body, [highlight('Wir führen ein **Recht** auf Verschlüsselung ein.', 'verschluesselung')]);
  assert.match(html, /<mark class="pledge-quote" id="zitat-verschluesselung"><a href="\/vorhaben\/verschluesselung">Wir führen ein <\/a><\/mark>/);
  assert.match(html, /<strong><mark class="pledge-quote"><a href="\/vorhaben\/verschluesselung">Recht<\/a><\/mark><\/strong>/);
  assert.match(html, /<a href="\/vorhaben\/verschluesselung"> auf Verschlüsselung ein\.<\/a><\/mark> Ende\./);
  assert.equal(html.match(/id="zitat-verschluesselung"/g)?.length, 1, 'the anchor id appears once');
});

test('a quote spanning two paragraphs is marked in both', () => {
  const html = renderChapterBody(body, [highlight('Ende.\n\n### Daten\n\nEin Dateninstitut', 'lang')]);
  assert.match(html, /<a href="\/vorhaben\/lang">Ende\.<\/a>/);
  assert.match(html, /<h2 id="daten"><mark class="pledge-quote"><a href="\/vorhaben\/lang">Daten<\/a><\/mark><\/h2>/);
  assert.match(html, /<a href="\/vorhaben\/lang">Ein Dateninstitut<\/a><\/mark> soll kommen\./);
});

test('raw HTML and script in a body never come through', () => {
  const html = renderChapterBody('\nText <script>alert(1)</script> und <img src=x onerror=alert(1)>.\n', []);
  assert.ok(!/<script|<img|onerror/.test(html), html);
});

test('update texts keep only http(s) links and drop HTML', () => {
  const html = renderMarkdown('[gut](https://example.org) [böse](javascript:alert(1)) <iframe src="https://evil.example"></iframe>\n\n# Groß');
  assert.match(html, /<a href="https:\/\/example\.org">gut<\/a>/);
  assert.ok(!html.includes('javascript:'), html);
  assert.ok(!html.includes('<iframe'), html);
  assert.match(html, /<h3>Groß<\/h3>/, 'headings stay below the page structure');
});
