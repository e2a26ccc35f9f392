import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterOutline, renderChapterBody, renderMarkdown } from './markdown-html.ts';

const body =
  '\nEinleitung.\n\n### Digitale Bürgerrechte\n\nWir stärken Rechte. Wir führen ein **Recht** auf Verschlüsselung ein. Ende.\n\n### Daten\n\nEin Dateninstitut soll kommen.\n';

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
  assert.match(
    html,
    /<mark class="pledge-quote" id="zitat-verschluesselung"><a href="\/vorhaben\/verschluesselung">Wir führen ein <\/a><\/mark>/,
  );
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
  const html = renderMarkdown(
    '[gut](https://example.org) [böse](javascript:alert(1)) <iframe src="https://evil.example"></iframe>\n\n# Groß',
  );
  assert.match(html, /<a href="https:\/\/example\.org">gut<\/a>/);
  assert.ok(!html.includes('javascript:'), html);
  assert.ok(!html.includes('<iframe'), html);
  assert.match(html, /<h3>Groß<\/h3>/, 'headings stay below the page structure');
});

test('images never load: an image becomes a link to it named by its alt text, and only an http(s) one keeps its address', () => {
  const html = renderMarkdown(
    '![Grafik](https://cdn.example/grafik.png "Titel") ![](https://cdn.example/ohne-alt.png) ![böse](javascript:alert(1)) ![daten](data:image/png;base64,AAAA) [![im Link](https://cdn.example/x.png)](https://example.org/ziel)',
  );
  assert.ok(!/<img|src=|javascript:|data:/.test(html), html);
  assert.equal(
    html,
    '<p><a href="https://cdn.example/grafik.png">Grafik</a> <a href="https://cdn.example/ohne-alt.png">https://cdn.example/ohne-alt.png</a> <a>böse</a> <a>daten</a> <a href="https://example.org/ziel">im Link</a></p>',
  );
  const body = renderChapterBody('\n### Bilder\n\nText ![Karte](https://cdn.example/karte.png) und mehr.\n', []);
  assert.ok(!body.includes('<img'), body);
  assert.match(body, /<a href="https:\/\/cdn\.example\/karte\.png">Karte<\/a>/);
});

test('only what Markdown itself makes comes through: links to http(s) and paths, no other schemes, attributes or classes', () => {
  const html = renderMarkdown(
    [
      '[pfad](/vorhaben/x) [mail](mailto:a@example.org) [ftp](ftp://example.org) [gross](JAVASCRIPT:alert(1)) [tab](java&#x09;script:alert(1)) [vb](vbscript:x) [titel](https://example.org "Hinweis")',
      '',
      '```js" onmouseover="alert(1)',
      'code',
      '```',
      '',
      '3. drei',
      '',
      '> Zitat `code` *kursiv* **fett**  ',
      'Umbruch',
      '',
      '***',
      '',
      '<span style="color:red" class="x" id="y">roh</span> <a href="https://e.example" srcset="a" style="x">roh</a> <svg><a xlink:href="javascript:alert(1)">s</a></svg>',
    ].join('\n'),
  );
  assert.match(
    html,
    /<a href="\/vorhaben\/x">pfad<\/a> <a>mail<\/a> <a>ftp<\/a> <a>gross<\/a> <a>tab<\/a> <a>vb<\/a> <a href="https:\/\/example\.org" title="Hinweis">titel<\/a>/,
  );
  assert.match(html, /<pre><code class="">code\n<\/code><\/pre>/, 'a language that is not one word leaves no class');
  assert.match(html, /<ol start="3">\n<li>drei<\/li>\n<\/ol>/);
  assert.match(
    html,
    /<blockquote>\n<p>Zitat <code>code<\/code> <em>kursiv<\/em> <strong>fett<\/strong><br>\nUmbruch<\/p>\n<\/blockquote>\n<hr>/,
  );
  assert.ok(!/style=|srcset|onmouseover|<svg|<span|xlink|id="y"|class="x"|javascript|vbscript/i.test(html), html);
  assert.match(renderMarkdown('```typescript\nx\n```'), /<code class="language-typescript">/);
});

test('a quote with a status carries it as a class on every piece, and its label once, before the text', () => {
  const quote = {
    ...highlight('Ende.\n\n### Daten\n\nEin Dateninstitut', 'lang'),
    status: 'broken' as const,
    label: 'Vorhaben, Status „gebrochen“: ',
  };
  const html = renderChapterBody(body, [quote]);
  assert.equal(html.match(/<mark class="pledge-quote quote-broken"/g)?.length, 3);
  assert.match(
    html,
    /<mark class="pledge-quote quote-broken" id="zitat-lang"><a href="\/vorhaben\/lang"><span class="visually-hidden">Vorhaben, Status „gebrochen“: <\/span>Ende\.<\/a><\/mark>/,
  );
  assert.equal(html.match(/visually-hidden/g)?.length, 1);
});
