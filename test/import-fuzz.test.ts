// Feeds over a thousand mutated chapter files to the importer: it must never crash, and a
// rejected file must leave the database exactly as it was.
// Tier: full (load: 1,200 mutated files)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importAgreementFiles, ImportRejected } from '../src/services/import-agreement.ts';
import { chapterText, temporaryFolder } from './support/chapter-file.ts';
import { withTestStore } from './support/dialects.ts';
import { dumpDatabase } from './support/dump.ts';
import { mulberry32 as random } from '../bench/support/random.ts';

const MUTANTS = 1200;
const FILE = '2-2-digitale-innovationen.md';

const SNIPPETS = [
  ':',
  '- ',
  '[',
  ']',
  '(#',
  '](#verschluesselung)',
  '[x](#unbekannt)',
  '"',
  "'",
  '\t',
  '---\n',
  '\n---\n',
  '\0',
  '\uFFFD',
  '&anchor ',
  '*anchor',
  '!!binary ',
  '{',
  '}',
  '# ',
  '\r\n',
  'status: "broken"',
  'status: "irgendwas"',
  'id: "x y"',
  '  - summary: "neu"\n',
  'rating: 9',
  'url: "javascript:alert(1)"',
  '🙂',
  'e\u0301',
  '\u202e',
  'ß'.repeat(500),
  'title:',
  'published: vielleicht',
  'statements: {}',
  'last_update: 2023-02-30',
  '<script>alert(1)</script>',
  '\u0001',
  '\u001b',
  '\u007f',
  '\u0085',
  '\uFFFE',
  '\uFFFF',
  '\\x07',
  '\\u0002',
  '\\uD800',
  '\\uFFFF',
  '\r',
  '\f',
  'deadline: 2021-02-31',
];

/** Characters no stored text may hold (C0/C1 controls but tab and line breaks, noncharacters, lone surrogates). */
const DISALLOWED = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u;

type Mutation = (bytes: Buffer, next: () => number) => Buffer;

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)]!;
const position = (bytes: Buffer, next: () => number) => Math.floor(next() * (bytes.length + 1));
const lines = (bytes: Buffer) => bytes.toString('latin1').split('\n');
const fromLines = (parts: string[]) => Buffer.from(parts.join('\n'), 'latin1');

const MUTATIONS: Mutation[] = [
  (bytes, next) => {
    const copy = Buffer.from(bytes);
    const at = Math.floor(next() * copy.length);
    copy[at] = Math.floor(next() * 256);
    return copy;
  },
  (bytes, next) => {
    const parts = lines(bytes);
    parts.splice(Math.floor(next() * parts.length), 1);
    return fromLines(parts);
  },
  (bytes, next) => {
    const parts = lines(bytes);
    const at = Math.floor(next() * parts.length);
    parts.splice(at, 0, parts[at]!);
    return fromLines(parts);
  },
  (bytes, next) => {
    const at = position(bytes, next);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(SNIPPETS, next)), bytes.subarray(at)]);
  },
  (bytes, next) => bytes.subarray(0, position(bytes, next)),
  (bytes, next) => {
    const parts = lines(bytes);
    const a = Math.floor(next() * parts.length);
    const b = Math.floor(next() * parts.length);
    [parts[a], parts[b]] = [parts[b]!, parts[a]!];
    return fromLines(parts);
  },
  (bytes, next) => {
    const at = position(bytes, next);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([pick([0xff, 0xfe, 0x80, 0xc3, 0xe2], next)]), bytes.subarray(at)]);
  },
  (bytes, next) => {
    const at = position(bytes, next);
    const length = Math.floor(next() * 40);
    return Buffer.concat(
      [
        bytes.subarray(0, at + length),
        bytes
          .subarray(at, at + length)
          .toString()
          .repeat(50),
        bytes.subarray(at),
      ].map((part) => Buffer.from(part)),
    );
  },
  (bytes) => Buffer.from(bytes.toString('utf8').replace(/\n---\n/, '\n--\n')),
  (bytes, next) => {
    const text = bytes.toString('utf8');
    const at = Math.floor(next() * text.length);
    return Buffer.from(text.slice(0, at) + text.slice(at + Math.floor(next() * 200)));
  },
];

const base = Buffer.from(
  chapterText({
    statements: [
      {
        summary: 'Recht auf Verschlüsselung',
        id: 'verschluesselung',
        status: 'partially_implemented',
        lastUpdate: '2023-04-01',
        categories: ['Digitales'],
        reports: [{ title: 'Entwurf', url: 'https://example.org/entwurf' }],
      },
      { summary: 'Dateninstitut gründen', id: 'dateninstitut' },
      { summary: 'Ohne Kennung' },
    ],
  }),
);

test(`the importer survives ${MUTANTS} mutated chapter files without partial writes`, { timeout: 240_000 }, () =>
  withTestStore('sqlite', async ({ db }) => {
    const folder = temporaryFolder();
    const path = join(folder, FILE);
    writeFileSync(path, base);
    await importAgreementFiles(db, [folder]);
    const next = random(20211207);
    let rejectedCount = 0;
    let before = await dumpDatabase(db);
    for (let i = 0; i < MUTANTS; i++) {
      let mutant: Buffer = base;
      const rounds = 1 + Math.floor(next() * 3);
      for (let round = 0; round < rounds; round++) mutant = pick(MUTATIONS, next)(mutant, next);
      writeFileSync(path, mutant);
      let imported = false;
      try {
        await importAgreementFiles(db, [folder]);
        imported = true;
      } catch (error) {
        if (!(error instanceof ImportRejected)) {
          assert.fail(
            `mutant ${i} crashed the importer: ${(error as Error).stack}\n--- file ---\n${mutant.toString('utf8').slice(0, 2000)}`,
          );
        }
        assert.equal(error.errors.length, 1, `mutant ${i}: one error for one file`);
        assert.match(error.errors[0]!.message, /2-2-digitale-innovationen\.md(:\d+)?: /, `mutant ${i}: the message names the file`);
        assert.deepEqual(await dumpDatabase(db), before, `mutant ${i} was rejected but changed the database`);
        rejectedCount++;
      }
      if (imported) {
        before = await dumpDatabase(db);
        const stray = JSON.stringify(before, (_key, value: unknown) =>
          typeof value === 'string' && DISALLOWED.test(value) ? `DISALLOWED ${JSON.stringify(value)}` : value,
        );
        assert.doesNotMatch(stray, /DISALLOWED/, `mutant ${i} was imported with a control character`);
      }
    }
    assert.ok(rejectedCount > MUTANTS / 4, `most mutants should be broken enough to be rejected (${rejectedCount})`);
    assert.ok(rejectedCount < MUTANTS, 'some mutants are still valid chapters');
    const chapters = await db.selectFrom('chapters').select(['id', 'body']).execute();
    for (const pledge of await db.selectFrom('pledges').selectAll().where('quote_start', 'is not', null).execute()) {
      const chapter = chapters.find((candidate) => candidate.id === pledge.chapter_id)!;
      assert.equal(
        chapter.body.slice(pledge.quote_start!, pledge.quote_end!),
        pledge.quote,
        `anchor of ${pledge.slug} still matches its quote`,
      );
    }
  }),
);
