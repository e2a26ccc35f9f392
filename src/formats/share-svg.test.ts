import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareSvg, wrapText } from './share-svg.ts';

test('long titles wrap into lines and end with an ellipsis when cut', () => {
  assert.deepEqual(wrapText('Recht auf Verschlüsselung', 30, 3), ['Recht auf Verschlüsselung']);
  const lines = wrapText(
    'Ein sehr langer Titel eines Vorhabens, der nicht in eine Zeile passt und darum umbrochen werden muss, bis es nicht mehr geht',
    30,
    3,
  );
  assert.equal(lines.length, 3);
  assert.ok(
    lines.every((line) => line.length <= 34),
    lines.join('|'),
  );
  assert.match(lines.at(-1)!, /…$/);
});

test('the card escapes its text', () => {
  const svg = shareSvg({
    kicker: 'Vorhaben',
    title: '<script>alert(1)</script> & mehr',
    footer: 'Kapitel',
    siteName: 'Koalitionstracker',
    badge: { label: 'umgesetzt', colour: '#2e7d32' },
  });
  assert.ok(!svg.includes('<script>'));
  assert.match(svg, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(svg, /&amp;/);
  assert.match(svg, /^<svg [^>]*width="1200" height="630"/);
});

test('control characters a database may still hold leave the card, and a cut keeps emoji whole', () => {
  const svg = shareSvg({
    kicker: 'Vorhaben\u0002',
    title: `${'x'.repeat(28)}😀${'z'.repeat(20)} Recht auf\u0001 Verschlüsselung\uFFFE`,
    footer: `Kapitel\u0085 ${'y'.repeat(71)}😀`,
    siteName: 'Koalitions\u007ftracker',
    badge: { label: 'umge\u001bsetzt', colour: '#2e7d32' },
  });
  assert.doesNotMatch(svg, /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u);
  assert.match(svg, />Recht auf Verschlüsselung …<\/text>/);
  assert.match(svg, />Koalitionstracker<\/text>/);
  assert.match(svg, />umgesetzt<\/text>/);
  assert.match(svg, new RegExp(`>${'x'.repeat(28)}…</text>`), 'the emoji that would be cut in half goes with the cut');
  assert.match(svg, new RegExp(`>Kapitel ${'y'.repeat(71)}</text>`));
});
