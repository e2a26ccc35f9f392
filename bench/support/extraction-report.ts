// Prints the extraction figures of docs/extraction.md per agreement. While tuning, leave out --holdout.
// Run: node --import tsx bench/support/extraction-report.ts [--holdout] [--misses AGREEMENT] [--titles]
import { AGREEMENTS, coverageOf, evaluate, labelsOf, loadPdfAgreements, rankingOf, type Label } from '../../test/support/extraction-set.ts';
import { titleEdits } from '../../test/support/title-edits.ts';

await loadPdfAgreements();

const args = process.argv.slice(2);
const holdout = args.includes('--holdout');
const misses = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
const round = (value: number): number => Math.round(value * 1000) / 1000;
const brief = (row: Label): string =>
  `  ${row.kind ?? row.rule} ${row.voice ?? ''} ${row.document}:${row.start} ${row.text.replace(/\s+/g, ' ').slice(0, 160)}`;

const titleRows: Label[] = [];
for (const agreement of AGREEMENTS) {
  const rows = labelsOf(agreement);
  const development = rows.filter((row) => row.split === 'development');
  titleRows.push(...development);
  const figures = (part: Label[]) => {
    const { sentences, commitments, recall, precision, kindAgreement } = evaluate(part);
    return { sentences, commitments, recall: round(recall), precision: round(precision), kind: round(kindAgreement) };
  };
  const byVoice = (voice: string) => figures(development.filter((row) => row.voice === voice));
  const line: Record<string, unknown> = { agreement, development: figures(development) };
  if (agreement !== 'bund-2021') Object.assign(line, { federalVoice: byVoice('federal'), otherVoice: byVoice('other') });
  if (holdout) line.holdout = figures(rows.filter((row) => row.split === 'holdout'));
  const coverage = coverageOf(agreement);
  line.coverage = {
    sentences: coverage.sentences,
    candidates: coverage.candidates,
    flagged: Math.round(coverage.flagged * 10000) / 10000,
    text: Math.round(coverage.text * 10000) / 10000,
  };
  const ranking = rankingOf(agreement, holdout ? rows : development);
  line.ranking = {
    median: ranking.median,
    labelled: ranking.labelled,
    topHalfPrecision: round(ranking.topHalfPrecision),
    precision: round(ranking.overallPrecision),
    topHalfRecall: round(ranking.topHalfRecall),
  };
  console.log(JSON.stringify(line));
  if (misses === agreement) {
    const scores = evaluate(development);
    console.log('missed:\n' + scores.missed.map(brief).join('\n'));
    console.log('false alarms:\n' + scores.falseAlarms.map(brief).join('\n'));
  }
}
const titles = titleEdits(holdout ? AGREEMENTS.flatMap(labelsOf) : titleRows);
console.log(
  JSON.stringify({
    titles: {
      compared: titles.compared,
      edited: titles.edited,
      rate: round(titles.edited / titles.compared),
      small: titles.small,
      sameVerb: round(titles.sameVerb / titles.compared),
    },
  }),
);
if (args.includes('--titles')) for (const pair of titles.pairs) console.log(`  ${pair.expected}  ←  ${pair.suggested}`);
