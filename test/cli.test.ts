// The command line as a user meets it: real processes, real files, exit codes and messages.
// Tier: full (bin/koalitionstracker processes)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, existsSync, ftruncateSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/domain/slug.ts';
import { splitFrontmatter } from '../src/formats/frontmatter.ts';
import { parseOkfChapter } from '../src/formats/okf.ts';
import { extractCandidates } from '../src/text/extract.ts';
import { join } from 'node:path';
import { ensureSearchIndex } from '../src/services/search-index.ts';
import { openStore } from '../src/store/database.ts';
import { chapterText, temporaryFolder, writeChapterFolder } from './support/chapter-file.ts';
import { BIN, runCli } from './support/cli.ts';
import { AdminClient, PASSWORD } from './support/admin-client.ts';
import { createTestDatabase, openTestStore } from './support/dialects.ts';
import { dumpDatabase, type Dump } from './support/dump.ts';
import { appInProcess } from './support/server.ts';

async function dumpOf(url: string): Promise<Dump> {
  const store = await openStore(url);
  try {
    return await dumpDatabase(store.db);
  } finally {
    await store.close();
  }
}

const good = chapterText({
  statements: [{ summary: 'Recht auf Verschlüsselung', id: 'verschluesselung', status: 'implemented', lastUpdate: '2024-01-01' }],
});

describe('bin/koalitionstracker', () => {
  test('import reads a folder, reports what it did, and export writes it back', async () => {
    const database = await createTestDatabase('sqlite');
    const folder = writeChapterFolder({ '2-2-digital.md': good, '1-praeambel.md': chapterText({ title: '1. Präambel' }) });
    const imported = await runCli(['import', folder], { DATABASE_URL: database.url });
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Imported 2 chapter files into kapitel: 2 new, 0 changed, 0 unchanged; Vorhaben: 1 new/);
    assert.equal(imported.stderr, '', 'no progress bar when stderr is not a terminal');
    const store = await openStore(database.url);
    assert.equal(await ensureSearchIndex(store.db), false, 'the import leaves a current search index: serve need not rebuild it');
    await store.close();

    const target = temporaryFolder('export');
    const exported = await runCli(['export', '--format', 'okf', target], { DATABASE_URL: database.url });
    assert.equal(exported.code, 0, exported.stderr);
    assert.deepEqual(readdirSync(target).sort(), ['1-praeambel.md', '2-2-digital.md', 'agreement.yml']);

    for (const format of ['csv', 'json']) {
      const data = temporaryFolder(format);
      const result = await runCli(['export', '--format', format, data], { DATABASE_URL: database.url });
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(readdirSync(data).sort(), [`entwicklungen.${format}`, `vorhaben.${format}`]);
      const pledges = readFileSync(join(data, `vorhaben.${format}`), 'utf8');
      assert.match(pledges, format === 'csv' ? /^\uFEFF.*slug/ : /^\[\n\{.*"slug":/, `vorhaben.${format} holds the pledges`);
    }
    await database.drop();
  });

  test('export --agreement writes only that agreement, in every format, and names an unknown one', async () => {
    const database = await createTestDatabase('sqlite');
    const env = { DATABASE_URL: database.url };
    const agreements = { 'kv-bund': 'verschluesselung', 'kv-land': 'landesdaten' };
    for (const [slug, id] of Object.entries(agreements)) {
      // With a report, the file's status is a development (without one, an automatic entry that is none).
      const statement = {
        summary: `Vorhaben ${id}`,
        id,
        status: 'in_progress',
        lastUpdate: '2024-01-01',
        reports: [{ title: 'Bericht', url: `https://example.org/${id}` }],
      };
      const chapter = chapterText({ statements: [statement], body: `\n[Wir werden ${id} umsetzen.](#${id})\n` });
      const imported = await runCli(['import', writeChapterFolder({ '2-2-digital.md': chapter }), '--agreement', slug], env);
      assert.equal(imported.code, 0, imported.stderr);
    }
    for (const format of ['json', 'csv']) {
      const all = temporaryFolder(format);
      assert.equal((await runCli(['export', '--format', format, all], env)).code, 0);
      assert.match(
        readFileSync(join(all, `vorhaben.${format}`), 'utf8'),
        /landesdaten[\s\S]*verschluesselung|verschluesselung[\s\S]*landesdaten/,
        'without --agreement, both',
      );

      const target = temporaryFolder(format);
      const result = await runCli(['export', '--format', format, target, '--agreement', 'kv-land'], env);
      assert.equal(result.code, 0, result.stderr);
      for (const name of ['vorhaben', 'entwicklungen']) {
        const text = readFileSync(join(target, `${name}.${format}`), 'utf8');
        assert.ok(text.includes('landesdaten') && text.includes('kv-land'), `${name}.${format} holds kv-land`);
        assert.ok(!text.includes('verschluesselung') && !text.includes('kv-bund'), `${name}.${format} leaves kv-bund out`);
      }
    }
    for (const format of ['okf', 'json', 'csv']) {
      const target = join(temporaryFolder(), 'ziel');
      const unknown = await runCli(['export', '--format', format, target, '--agreement', 'gibtsnicht'], env);
      assert.equal(unknown.code, 1, format);
      assert.equal(unknown.stderr, 'no agreement "gibtsnicht"\n', format);
      assert.ok(!existsSync(target), `${format}: nothing written`);
    }
    await database.drop();
  });

  test(
    'a progress bar shows on a terminal when many files are imported',
    { skip: existsSync('/usr/bin/script') ? false : 'needs script(1) for a terminal' },
    async () => {
      const database = await createTestDatabase('sqlite');
      const files = Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [`${i + 1}-kapitel.md`, chapterText({ title: `${i + 1}. Kapitel ${i + 1}` })]),
      );
      const folder = writeChapterFolder(files);
      const result = await runCli(
        ['-qec', `${BIN} import ${folder}`, '/dev/null'],
        { DATABASE_URL: database.url },
        undefined,
        '/usr/bin/script',
      );
      assert.equal(result.code, 0, result.stdout);
      assert.match(result.stdout, /Import \[=+\] 12\/12 12-kapitel\.md/);
      await database.drop();
    },
  );

  const faults: [string, Record<string, string | Uint8Array>, RegExp][] = [
    ['broken YAML', { 'a.md': '---\ntitle: "A\nstatements: []\n---\nText' }, /a\.md:\d+: broken YAML/],
    ['missing title', { 'a.md': '---\nsection: "II"\n---\nText' }, /a\.md:2: title: missing/],
    ['unknown status', { 'a.md': good.replace('"implemented"', '"fertig"') }, /a\.md:6: statements\[0\]\.status: unknown status "fertig"/],
    [
      'duplicate statement id',
      {
        'a.md': chapterText({
          statements: [
            { summary: 'A', id: 'x' },
            { summary: 'B', id: 'x' },
          ],
        }),
      },
      /a\.md:\d+: statements\[1\]\.id: duplicate id "x"/,
    ],
    [
      'marker without statement',
      { 'a.md': chapterText({ body: '\n[Wir tun es.](#gibtsnicht)\n' }) },
      /a\.md:8: body: marker "#gibtsnicht" has no statement/,
    ],
    [
      'non-UTF-8 file',
      { 'a.md': Buffer.concat([Buffer.from('---\ntitle: "A"\n---\n'), Buffer.from([0x47, 0x72, 0xfc, 0x6e])]) },
      /a\.md:4: not valid UTF-8/,
    ],
  ];

  for (const [name, files, message] of faults) {
    test(`import refuses a ${name} with one line naming file and line, and writes nothing`, async () => {
      const database = await createTestDatabase('sqlite');
      const setup = await runCli(['import', writeChapterFolder({ 'ok.md': good })], { DATABASE_URL: database.url });
      assert.equal(setup.code, 0, setup.stderr);
      const before = await dumpOf(database.url);
      const folder = writeChapterFolder({ 'ok.md': good.replace('Recht auf Verschlüsselung', 'Geändert'), ...files });
      const result = await runCli(['import', folder], { DATABASE_URL: database.url });
      assert.equal(result.code, 1);
      const lines = result.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2, result.stderr);
      assert.match(lines[0]!, message);
      assert.ok(lines[0]!.startsWith(join(folder, 'a.md')), lines[0]);
      assert.equal(lines[1], 'Nothing was imported: 1 problem to fix first.');
      assert.deepEqual(await dumpOf(database.url), before);
      await database.drop();
    });
  }

  test('import refuses a 50 MB file without reading it', async () => {
    const database = await createTestDatabase('sqlite');
    const folder = temporaryFolder();
    const handle = openSync(join(folder, 'riesig.md'), 'w');
    ftruncateSync(handle, 50 * 1024 * 1024);
    closeSync(handle);
    const result = await runCli(['import', folder], { DATABASE_URL: database.url });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /riesig\.md:1: file too large \(50\.0 MB; a chapter file may have at most 5\.0 MB\)/);
    assert.deepEqual((await dumpOf(database.url)).chapters, []);
    await database.drop();
  });

  test('import names a control character in a chapter file or agreement.yml by file, line and field, and writes nothing', async () => {
    const database = await createTestDatabase('sqlite');
    const cases: [Record<string, string>, string][] = [
      [
        { '2-2-digital.md': good.replace('Recht auf Verschlüsselung', 'Recht auf\u0001 Verschlüsselung') },
        '2-2-digital.md:5: statements[0].summary: contains the control character U+0001, which shows nothing and breaks feeds; remove it',
      ],
      [
        { '2-2-digital.md': good.replace('title: "2.2', 'title: "\\uFFFE2.2') },
        '2-2-digital.md:2: title: contains the noncharacter U+FFFE, which shows nothing and breaks feeds; remove it',
      ],
      [
        { '2-2-digital.md': good.replace('### Daten', '### Da\u0008ten') },
        '2-2-digital.md:18: body: contains the control character U+0008, which shows nothing and breaks feeds; remove it',
      ],
      [
        { '2-2-digital.md': good, 'agreement.yml': 'slug: kv\ngovernment:\n  parties: [SPD, "Gr\\u009Bne"]\n' },
        'agreement.yml:3: government.parties.1: contains the control character U+009B, which shows nothing and breaks feeds; remove it',
      ],
    ];
    for (const [files, message] of cases) {
      const folder = writeChapterFolder(files);
      const result = await runCli(['import', folder], { DATABASE_URL: database.url });
      assert.equal(result.code, 1, result.stdout);
      assert.equal(result.stderr, `${join(folder, message)}\nNothing was imported: 1 problem to fix first.\n`);
    }
    assert.deepEqual((await dumpOf(database.url)).chapters, []);
    await database.drop();
  });

  test('a path that does not exist is named', async () => {
    const database = await createTestDatabase('sqlite');
    const result = await runCli(['import', '/nirgendwo/kapitel'], { DATABASE_URL: database.url });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^\/nirgendwo\/kapitel: no such file or folder$/m);
    await database.drop();
  });

  test('wrong calls get the usage and exit code 2', async () => {
    const database = await createTestDatabase('sqlite');
    const env = { DATABASE_URL: database.url };
    const noPath = await runCli(['import'], env);
    assert.equal(noPath.code, 2);
    assert.match(noPath.stderr, /import needs at least one file or folder\nUsage: koalitionstracker import PATH/);
    const unknown = await runCli(['zaubern'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "zaubern"/);
    const badOption = await runCli(['import', '--farbe', 'rot', 'x'], env);
    assert.equal(badOption.code, 2);
    const badFormat = await runCli(['export', '--format', 'xml', temporaryFolder()], env);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /supported are okf, json, csv/);
    await database.drop();
  });

  test('no command is an error on stderr with the usage; help prints the usage on stdout', async () => {
    const none = await runCli([], {});
    assert.equal(none.code, 2);
    assert.equal(none.stdout, '');
    const [first, ...rest] = none.stderr.trimEnd().split('\n');
    assert.equal(first, 'no command given');
    assert.equal(rest[0], 'Usage:');
    assert.ok(
      rest.some((line) => line.includes('koalitionstracker import PATH')),
      none.stderr,
    );
    for (const help of ['help', '--help']) {
      const result = await runCli([help], {});
      assert.equal(result.code, 0, help);
      assert.equal(result.stderr, '', help);
      assert.match(result.stdout, /^Usage:\n {2}koalitionstracker import PATH/, help);
    }
  });

  test('extract --json prints candidates whose offsets slice the body to exactly their text', async () => {
    const file = fileURLToPath(new URL('../data/demo/2-2-digitale-innovationen-und-digitale-infrastruktur.md', import.meta.url));
    const result = await runCli(['extract', file, '--json'], {});
    assert.equal(result.code, 0, result.stderr);
    const candidates = JSON.parse(result.stdout) as {
      text: string;
      start: number;
      end: number;
      score: number;
      kind: string;
      cues: string[];
      title: string;
      slug: string;
    }[];
    assert.ok(candidates.length > 20, `${candidates.length} candidates`);
    const body = splitFrontmatter(readFileSync(file, 'utf8')).body;
    let previous = -1;
    for (const candidate of candidates) {
      assert.equal(body.slice(candidate.start, candidate.end), candidate.text);
      assert.ok(candidate.start >= previous, 'in text order');
      previous = candidate.start;
      assert.ok(candidate.score >= 0 && candidate.score <= 1);
      assert.ok(['specific', 'vague'].includes(candidate.kind));
      assert.ok(candidate.cues.length > 0 && candidate.title.length > 0);
      assert.equal(candidate.slug, slugify(candidate.title));
    }
    assert.ok(candidates.some((candidate) => candidate.text.includes('Recht auf Verschlüsselung')));
  });

  test('extract --json offsets slice the text after the frontmatter, markers and all', async () => {
    const body = [
      '',
      '### Sicherheit',
      '',
      '[Wir führen ein Recht auf Verschlüsselung ein.](#verschluesselung) Wir werden ein IT-Sicherheitsgesetz beschließen.',
      '',
      'Wir werden [ein Dateninstitut gründen](#dateninstitut), das die Datenverfügbarkeit verbessert.',
      '',
      '[Wir werden das Onlinezugangsgesetz novellieren. Wir werden ein Registergesetz beschließen.](#register)',
      '',
    ].join('\n');
    const text = chapterText({ statements: ['verschluesselung', 'dateninstitut', 'register'].map((id) => ({ summary: id, id })), body });
    const file = join(writeChapterFolder({ 'marked.md': text }), 'marked.md');
    const result = await runCli(['extract', file, '--json'], {});
    assert.equal(result.code, 0, result.stderr);
    const candidates = JSON.parse(result.stdout) as {
      text: string;
      start: number;
      end: number;
      title: string;
      slug: string;
      score: number;
      kind: string;
      cues: string[];
    }[];
    const rawBody = splitFrontmatter(text).body;
    for (const candidate of candidates) assert.equal(rawBody.slice(candidate.start, candidate.end), candidate.text);
    assert.deepEqual(
      candidates.map((candidate) => candidate.text),
      [
        '[Wir führen ein Recht auf Verschlüsselung ein.](#verschluesselung)',
        'Wir werden ein IT-Sicherheitsgesetz beschließen.',
        'Wir werden [ein Dateninstitut gründen](#dateninstitut), das die Datenverfügbarkeit verbessert.',
        '[Wir werden das Onlinezugangsgesetz novellieren.',
        'Wir werden ein Registergesetz beschließen.](#register)',
      ],
    );
    const unmarked = extractCandidates(parseOkfChapter(text).body).map(({ title, slug, score, kind, cues }) => ({
      title,
      slug,
      score,
      kind,
      cues,
    }));
    assert.deepEqual(
      candidates.map(({ title, slug, score, kind, cues }) => ({ title, slug, score, kind, cues })),
      unmarked,
      'the rest as on the text without markers',
    );
  });

  test('extract names a faulty file like import does', async () => {
    const folder = writeChapterFolder({ 'a.md': '---\nsection: "II"\n---\nText' });
    const result = await runCli(['extract', join(folder, 'a.md'), '--json'], {});
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim(), `${join(folder, 'a.md')}:2: title: missing: every chapter needs a title`);
    assert.equal(result.stdout, '');
  });

  test('a bad DATABASE_URL is one clear line', async () => {
    const result = await runCli(['migrate'], { DATABASE_URL: 'mysql://localhost/x' });
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim(), 'configuration: DATABASE_URL: expected sqlite:PATH or postgres://…');
  });

  test('migrate creates the database file and says when it is up to date', async () => {
    const database = await createTestDatabase('sqlite');
    const path = database.url.slice('sqlite:'.length);
    const first = await runCli(['migrate'], { DATABASE_URL: database.url });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /ran 0001-initial/);
    assert.ok(existsSync(path));
    const second = await runCli(['migrate'], { DATABASE_URL: database.url });
    assert.match(second.stdout, /schema is up to date/);
    await database.drop();
  });

  test('user add reads the password from stdin and refuses a short one', async () => {
    const { store, url, close } = await openTestStore('sqlite');
    const ok = await runCli(['user', 'add', '--email', 'Neu@Example.org', '--role', 'editor'], { DATABASE_URL: url }, `${PASSWORD}\n`);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /Konto neu@example\.org \(editor\) angelegt/);
    assert.equal((await new AdminClient(appInProcess(store.db)).signIn('neu@example.org')).status, 303);
    const short = await runCli(['user', 'add', '--email', 'kurz@example.org', '--role', 'editor'], { DATABASE_URL: url }, 'kurz\n');
    assert.equal(short.code, 1);
    assert.match(short.stderr, /password \(stdin\): mindestens 12 Zeichen/);
    const role = await runCli(['user', 'add', '--email', 'x@example.org', '--role', 'chef'], { DATABASE_URL: url }, `${PASSWORD}\n`);
    assert.match(role.stderr, /--role: admin, editor oder expert/);
    await close();
  });
});
