import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FrontmatterError } from './frontmatter.ts';
import { parseOkfChapter, type OkfChapter } from './okf.ts';
import { serialiseOkfChapter } from './okf-write.ts';
import { splitFrontmatter } from './frontmatter.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const frontmatterData = (text: string): any => splitFrontmatter(text).document.toJS();
const bodyOf = (text: string) => splitFrontmatter(text).body;

const marked = `---
title: "2.2 Digitale Innovationen"
section: "II"
statements:
  - summary: "Recht auf Verschlüsselung"
    status: "partially_implemented"
    id: recht-auf-verschluesselung
    categories:
      - "Digitales"
    last_update: 2022-05-01
    reports:
      - title: "Gesetzentwurf"
        url: "https://example.org/entwurf"
  - summary: "Dateninstitut gründen"
    status: "not_implemented"
    id: dateninstitut
    last_update:
published: true
---

Deutschland braucht einen Aufbruch. [Wir führen ein Recht auf Verschlüsselung ein.](#recht-auf-verschluesselung)

### Daten

[Ein Dateninstitut soll Datenverfügbarkeit vorantreiben.](#dateninstitut) Mehr Text.
`;

function parseError(text: string): FrontmatterError {
  try {
    parseOkfChapter(text);
  } catch (error) {
    assert.ok(error instanceof FrontmatterError, `expected a located error, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the chapter to be rejected');
}

test('frontmatter fields and statements are read', () => {
  const chapter = parseOkfChapter(marked);
  assert.equal(chapter.title, '2.2 Digitale Innovationen');
  assert.equal(chapter.section, 'II');
  assert.equal(chapter.published, true);
  assert.equal(chapter.statements.length, 2);
  const [first] = chapter.statements;
  assert.equal(first!.id, 'recht-auf-verschluesselung');
  assert.equal(first!.status, 'partially_implemented');
  assert.deepEqual(first!.categories, ['Digitales']);
  assert.equal(first!.lastUpdate, '2022-05-01');
  assert.deepEqual(first!.reports, [{ title: 'Gesetzentwurf', url: 'https://example.org/entwurf', publisher: null, date: null }]);
  assert.equal(first!.line, 5);
});

test('OKF status "not_implemented" becomes not_started', () => {
  assert.equal(parseOkfChapter(marked).statements[1]!.status, 'not_started');
});

test('markers are removed from the body and anchor their statement at exact offsets', () => {
  const chapter = parseOkfChapter(marked);
  assert.ok(!chapter.body.includes('](#'));
  for (const statement of chapter.statements) {
    const anchor = statement.anchor!;
    const quote = chapter.body.slice(anchor.start, anchor.end);
    assert.equal(
      quote,
      statement.id === 'dateninstitut'
        ? 'Ein Dateninstitut soll Datenverfügbarkeit vorantreiben.'
        : 'Wir führen ein Recht auf Verschlüsselung ein.',
    );
  }
});

test('a chapter serialises back to the same bytes', () => {
  const chapter = parseOkfChapter(marked);
  assert.equal(serialiseOkfChapter(chapter).text, marked);
});

test('the body keeps its exact bytes, including CRLF line ends and a missing final newline', () => {
  const text = '---\ntitle: "1. Präambel"\nstatements: []\npublished: false\n---\r\nZeile eins.\r\n\r\nZeile  zwei';
  const chapter = parseOkfChapter(text);
  assert.equal(chapter.body, 'Zeile eins.\r\n\r\nZeile  zwei');
  assert.equal(parseOkfChapter(serialiseOkfChapter(chapter).text).body, chapter.body);
});

test('frontmatter keys the format does not know are kept', () => {
  const text = '---\ntitle: "X"\nstatements: []\npublished: true\nlayout: "chapter"\n---\nText\n';
  const chapter = parseOkfChapter(text);
  assert.deepEqual(chapter.source, { title: 'X', statements: null, published: true, layout: 'chapter' });
  assert.equal(serialiseOkfChapter(chapter).text, text);
});

test('tracker fields beyond OKF survive a round trip', () => {
  const chapter = parseOkfChapter(marked);
  const extended: OkfChapter = {
    ...chapter,
    statements: chapter.statements.map((statement) => ({
      ...statement,
      deadline: '2025-12-31',
      leadMinistry: 'BMI',
      rating: 4,
      successCriterion: 'erfüllt, wenn das Gesetz in Kraft ist',
      partner: 'Digitalcourage',
      reports: statement.reports.map((report) => ({ ...report, publisher: 'Bundestag', date: '2022-04-30' })),
    })),
  };
  const reparsed = parseOkfChapter(serialiseOkfChapter(extended).text);
  const withoutLines = (c: OkfChapter) => ({ ...c, statements: c.statements.map(({ line: _line, source: _source, ...rest }) => rest) });
  assert.deepEqual(withoutLines(reparsed), withoutLines(extended));
});

test('ids are kept as people write them: umlauts, capitals, other scripts', () => {
  const text = marked.replace(/recht-auf-verschluesselung/g, 'verschlüsselung').replace(/dateninstitut/g, 'ausbauBSI');
  const chapter = parseOkfChapter(text);
  assert.deepEqual(
    chapter.statements.map((statement) => statement.id),
    ['verschlüsselung', 'ausbauBSI'],
  );
  assert.ok(chapter.statements.every((statement) => statement.anchor !== null));
  assert.equal(serialiseOkfChapter(chapter).text, text);
  assert.equal(parseOkfChapter(marked.replace(/dateninstitut/g, 'Ελλάδα_2')).statements[1]!.id, 'Ελλάδα_2');
});

const foreign = `---
order: 3
title: "2.2 Digitale Innovationen"
section: "II"
statements:
  - id: vertrauenswürdigeAnbieter
    last_update: '2021-11-30'
    status: not_implemented
    summary: Nicht-vertrauenswürdige Unternehmen werden beim Ausbau kritischer Infrastrukturen
      nicht beteiligt
    deadline: 2025-12-31
    weight: 2
    reports:
      - title: Anhörung
        url: https://example.org/anhoerung
        archived: true
  - id: Ersatzteile
    last_update:
    status: in_progress
    summary: |
      Ersatzteile und Softwareupdates
      verpflichtend verfügbar
redirect_url: "https://example.org/alt"
published: true
---

[Nicht-vertrauenswürdige Unternehmen werden nicht beteiligt.](#vertrauenswürdigeAnbieter) [Ersatzteile bleiben verfügbar.](#Ersatzteile)
`;

test('every field of a foreign file survives: unknown ones, multi-line summaries, key order, values as written', () => {
  const chapter = parseOkfChapter(foreign);
  assert.equal(chapter.statements[1]!.summary, 'Ersatzteile und Softwareupdates\nverpflichtend verfügbar');
  const written = serialiseOkfChapter(chapter).text;
  assert.deepEqual(frontmatterData(written), frontmatterData(foreign));
  assert.deepEqual(Object.keys(frontmatterData(written)), ['order', 'title', 'section', 'statements', 'redirect_url', 'published']);
  assert.deepEqual(Object.keys(frontmatterData(written).statements[0]), [
    'id',
    'last_update',
    'status',
    'summary',
    'deadline',
    'weight',
    'reports',
  ]);
  assert.equal(bodyOf(written), bodyOf(foreign));
});

test('a value the tracker changed is written as the tracker has it, and the rest as read', () => {
  const chapter = parseOkfChapter(foreign);
  const [first, second] = chapter.statements;
  first!.lastUpdate = '2026-12-07';
  first!.deadline = null;
  first!.leadMinistry = 'BMDV';
  second!.status = 'implemented';
  const data = frontmatterData(serialiseOkfChapter(chapter).text);
  assert.equal(data.statements[0].last_update, '2026-12-07');
  assert.equal(data.statements[0].deadline, null, 'a cleared field stays, empty');
  assert.equal(data.statements[0].lead_ministry, 'BMDV');
  assert.equal(data.statements[0].weight, 2);
  assert.deepEqual(data.statements[0].reports, [{ title: 'Anhörung', url: 'https://example.org/anhoerung', archived: true }]);
  assert.equal(data.statements[1].status, 'implemented');
  assert.equal(data.statements[1].summary, 'Ersatzteile und Softwareupdates\nverpflichtend verfügbar\n');
  assert.equal(data.statements[1].last_update, null);
});

test('an anchor that a marker cannot hold is reported, not written broken', () => {
  const chapter = parseOkfChapter(marked);
  const [first, second] = chapter.statements;
  second!.anchor = { start: first!.anchor!.start + 3, end: first!.anchor!.end + 5 };
  const result = serialiseOkfChapter(chapter);
  assert.deepEqual(result.unmarked, ['dateninstitut']);
  assert.doesNotThrow(() => parseOkfChapter(result.text));
});

const errorCases: [string, string, number, string | undefined, RegExp][] = [
  ['broken YAML', '---\ntitle: "X"\nstatements: [\n  - a: b\npublished: true\n---\nText', 4, undefined, /broken YAML/],
  ['missing title', '---\nsection: "II"\nstatements: []\n---\nText', 2, 'title', /missing/],
  ['empty title', '---\ntitle: "  "\n---\nText', 2, 'title', /empty/],
  ['unknown status', marked.replace('"partially_implemented"', '"vielleicht"'), 6, 'statements[0].status', /unknown status "vielleicht"/],
  ['duplicate statement id', marked.replace('id: dateninstitut', 'id: recht-auf-verschluesselung'), 16, 'statements[1].id', /duplicate id/],
  ['marker without statement', marked.replace('(#dateninstitut)', '(#gibt-es-nicht)'), 25, 'body', /no statement/],
  ['marker used twice', marked.replace('Mehr Text.', '[Noch einmal](#dateninstitut)'), 25, 'body', /second time/],
  [
    'javascript: report url',
    marked.replace('https://example.org/entwurf', 'javascript:alert(1)'),
    13,
    'statements[0].reports[0].url',
    /http/,
  ],
  ['rating out of range', marked.replace('last_update:\n', 'last_update:\n    rating: 7\n'), 18, 'statements[1].rating', /1 to 5/],
  ['impossible date', marked.replace('2022-05-01', '2022-02-30'), 10, 'statements[0].last_update', /YYYY-MM-DD/],
  ['id with spaces', marked.replace('id: dateninstitut', 'id: "daten institut"'), 16, 'statements[1].id', /letters, digits/],
  ['no frontmatter', 'Nur Text\n', 1, undefined, /must start with/],
  ['unclosed frontmatter', '---\ntitle: "X"\n', 1, undefined, /not closed/],
  ['frontmatter is a list', '---\n- a\n- b\n---\nText', 2, undefined, /mapping/],
  ['statements not a list', '---\ntitle: "X"\nstatements: "keine"\n---\n', 3, 'statements', /array/],
  [
    'control character in the title',
    marked.replace('"2.2 Digitale', '"2.2\u0001 Digitale'),
    2,
    'title',
    /^contains the control character U\+0001, which shows nothing and breaks feeds; remove it$/,
  ],
  [
    'control character as a YAML escape',
    marked.replace('"Dateninstitut gründen"', '"Dateninstitut\\x7F gründen"'),
    14,
    'statements[1].summary',
    /the control character U\+007F/,
  ],
  [
    'C1 control character in a report',
    marked.replace('"Gesetzentwurf"', '"Gesetz\u0085entwurf"'),
    12,
    'statements[0].reports[0].title',
    /the control character U\+0085/,
  ],
  [
    'noncharacter in a category',
    marked.replace('"Digitales"', '"Digitales\uFFFF"'),
    9,
    'statements[0].categories[0]',
    /the noncharacter U\+FFFF/,
  ],
  ['lone surrogate as a YAML escape', marked.replace('"II"', '"\\uD800"'), 3, 'section', /half of a surrogate pair \(U\+D800\)/],
  [
    'control character in a key',
    marked.replace('published: true', 'publi\u0002shed: true'),
    18,
    'frontmatter',
    /a key contains the control character U\+0002/,
  ],
  ['control character in the body', marked.replace('Mehr Text.', 'Mehr\u001b Text.'), 25, 'body', /the control character U\+001B/],
];

for (const [name, text, line, field, message] of errorCases) {
  test(`rejected with line and field: ${name}`, () => {
    const error = parseError(text);
    assert.match(error.message, message);
    assert.equal(error.line, line, `line for ${name}`);
    assert.equal(error.field, field, `field for ${name}`);
  });
}

test('tabs, carriage returns and other Unicode stay in the body byte for byte', () => {
  const body = 'Zeile\tmit Tab.\r\n\r\nEmoji 😀, weiches\u00adTrennzeichen, \u200b und \u2028.\r\nAlt\rMac\r\n';
  assert.equal(parseOkfChapter(`---\r\ntitle: "X\tY"\r\n---\r\n${body}`).body, body);
});
