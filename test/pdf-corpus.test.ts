// PDF import on real and realistic input: Baden-Württemberg's 2021 agreement from the corpus (chapters,
// no table of contents, text sentence for sentence as a hand-cleaned reference has it), and a
// federal-style agreement printed by Chromium with a line number in the margin of every line, run
// through the command line as a user would (--dry-run, import, extract --json).
// Tier: full (the corpus PDF, Chromium, bin/koalitionstracker processes)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { openStore } from '../src/store/database.ts';
import { segmentSentences } from '../src/text/segment.ts';
import { launchBrowser, skipWithoutChromium } from './support/browser.ts';
import { runCli } from './support/cli.ts';
import { BW_2021_PDF, skipWithoutBwPdf } from './support/corpus.ts';
import { createTestDatabase } from './support/dialects.ts';
import { printAgreement, type PrintedLine } from './support/printed-pdf.ts';
import { testSite } from './support/site.ts';

describe('Baden-Württemberg 2021, the official PDF', { skip: skipWithoutBwPdf }, () => {
  const site = testSite('sqlite');

  test('imports into its preamble and 14 parts, without table of contents, headers or page numbers', async () => {
    const report = await importAgreementFiles(site.db, [BW_2021_PDF]);
    assert.equal(report.chapters.created, 15);
    const chapters = await site.db.selectFrom('chapters').select(['heading', 'body', 'line_map']).orderBy('id').execute();
    assert.deepEqual(
      chapters.map((chapter) => chapter.heading),
      [
        'Präambel',
        '1. Haushalt und Verwaltung',
        '2. Klima- und Naturschutz',
        '3. Wirtschaft und Arbeit',
        '4. Wissenschaft, Kultur und Medien',
        '5. Frühkindliche Bildung und Schule',
        '6. Gesundheit und Soziales',
        '7. Gesellschaft und Integration',
        '8. Inneres und Verfassung',
        '9. Ländlicher Raum und Landwirtschaft',
        '10. Mobilität und Infrastruktur',
        '11. Bauen und Wohnen',
        '12. Europa und Internationales',
        '13. Föderalismus',
        '14. Zusammenarbeit',
      ],
    );
    const text = chapters.map((chapter) => chapter.body).join('\n');
    assert.doesNotMatch(text, /Inhaltsverzeichnis|(?:\. ){4}/, 'no table of contents');
    assert.doesNotMatch(text, /^\d+$/m, 'no page numbers');
    assert.match(chapters[2]!.body, /^### A\. KLIMASCHUTZ UND ENERGIEPOLITIK$/m, 'sections become ### headings');
    assert.match(
      text,
      /Diese Landesregierung wird weiterhin alles tun, um das Leben und die Gesundheit der Menschen im Land so gut es geht zu schützen\./,
    );
    assert.match(text, /Kinder- und Jugendgipfel/);
    assert.match(chapters[0]!.line_map!, /^p9 /, 'the preamble starts on page 9, the line map says so');
  });

  test('matches a reference cleaned by hand (pages 10, 17, 61 and 122) sentence for sentence', async () => {
    // The reference is kept as hashes of its sentences: the agreement's text stays out of this repository.
    const reference = JSON.parse(readFileSync(new URL('./support/bw-2021-reference.json', import.meta.url), 'utf8')) as {
      sentences: string[];
    };
    const bodies = await site.db.selectFrom('chapters').select('body').execute();
    const found = new Set(bodies.flatMap(({ body }) => segmentSentences(body).map((sentence) => hash(sentence.text))));
    const missing = reference.sentences.filter((sentence) => !found.has(sentence));
    assert.equal(reference.sentences.length, 124);
    assert.deepEqual(missing, [], `${missing.length} of ${reference.sentences.length} reference sentences differ`);
  });
});

function hash(sentence: string): string {
  return createHash('sha256').update(sentence.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

/** 60 lines over two pages: numbering runs on across the page break, words are hyphenated, a heading takes two lines. */
function federalLines(): PrintedLine[] {
  const lines: PrintedLine[] = [{ text: '1. Moderner Staat und digitaler Aufbruch', heading: 1 }];
  for (let step = 1; step <= 25; step++) {
    lines.push(
      { text: `Wir werden die Verwaltung im Bereich ${step} weiter-` },
      { text: 'hin mit einem sozial-ökologischen Digitalbudget digitalisieren.', paragraphEnd: step % 4 === 0 },
    );
  }
  lines.push(
    { text: '2. Klimaschutz in einer sozial-', heading: 1 },
    { text: 'ökologischen Marktwirtschaft', heading: 1 },
    { text: 'Wir werden das Klimaschutzgesetz noch in diesem', paragraphEnd: false },
    { text: 'Jahr weiterentwickeln und ein Klimaschutzprogramm vorlegen.', paragraphEnd: true },
  );
  return lines;
}

describe('a federal-style PDF with printed line numbers, through the command line', { skip: skipWithoutChromium }, () => {
  let browser: Browser;
  let pdf: string;
  before(async () => {
    browser = await launchBrowser();
    pdf = join(mkdtempSync(join(tmpdir(), 'printed-')), 'koalitionsvertrag-bund.pdf');
    writeFileSync(pdf, await printAgreement(browser, federalLines()));
  });
  after(() => browser?.close());

  test('--dry-run previews chapters with pages and lines and writes nothing; import and extract cite printed lines', async () => {
    const database = await createTestDatabase('sqlite');
    const env = { DATABASE_URL: database.url };
    const dry = await runCli(['import', pdf, '--dry-run'], env);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /koalitionsvertrag-bund\.pdf: 2 chapters \(from the headings\)/);
    assert.match(dry.stdout, /^ {2}1\. Moderner Staat und digitaler Aufbruch {2}\(pages 1–2, lines 2–51; \d+ words, 0 subsections\)/m);
    assert.match(dry.stdout, /^ {2}2\. Klimaschutz in einer sozial-ökologischen Marktwirtschaft {2}\(page 2, lines 54–55;/m);
    assert.match(dry.stdout, /^ {6}Wir werden die Verwaltung im Bereich 1 weiterhin mit einem sozial-ökologischen Digitalbudget/m);
    assert.match(dry.stdout, /Dry run, nothing was written/);
    const store = await openStore(database.url);
    assert.deepEqual(await store.db.selectFrom('chapters').select('id').execute(), []);
    assert.deepEqual(await store.db.selectFrom('agreements').select('id').execute(), []);
    await store.close();

    const imported = await runCli(['import', pdf, '--title', 'Mehr Fortschritt wagen'], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Imported 2 chapter files into koalitionsvertrag-bund: 2 new/);

    const extracted = await runCli(['extract', pdf, '--json'], env);
    assert.equal(extracted.code, 0, extracted.stderr);
    const candidates = JSON.parse(extracted.stdout) as {
      text: string;
      chapter: string;
      page: number;
      lines: { from: number; to: number } | null;
    }[];
    const find = (text: string) => candidates.find((candidate) => candidate.text.startsWith(text));
    assert.deepEqual(
      { ...find('Wir werden die Verwaltung im Bereich 1 ') },
      {
        ...find('Wir werden die Verwaltung im Bereich 1 '),
        chapter: '1. Moderner Staat und digitaler Aufbruch',
        page: 1,
        lines: { from: 2, to: 3 },
      },
    );
    const lastOfPage = candidates.filter((candidate) => candidate.page === 1).at(-1)!;
    const firstOfNext = candidates.find((candidate) => candidate.page === 2 && candidate.chapter.startsWith('1.'))!;
    assert.equal(firstOfNext.lines!.from, lastOfPage.lines!.to + 1, 'the numbering runs on across the page break');
    assert.deepEqual(find('Wir werden das Klimaschutzgesetz')?.lines, { from: 54, to: 55 });
    assert.equal(
      candidates.every((candidate) => candidate.lines !== null),
      true,
    );
  });

  test('a bad file: one line on stderr naming it, exit code 1, nothing written', async () => {
    const database = await createTestDatabase('sqlite');
    const folder = mkdtempSync(join(tmpdir(), 'bad-pdf-'));
    const truncated = join(folder, 'abgeschnitten.pdf');
    writeFileSync(truncated, readFileSync(pdf).subarray(0, 2000));
    const result = await runCli(['import', pdf, truncated], { DATABASE_URL: database.url });
    assert.equal(result.code, 1);
    assert.deepEqual(result.stderr.trim().split('\n'), [
      `${truncated}: not a readable PDF (Invalid PDF structure.); is it truncated or damaged?`,
      'Nothing was imported: 1 problem to fix first.',
    ]);
  });
});
