// Benchmark: evidence matching as one discovery run does it — all Vorhaben prepared once, then 1,000 documents.
// The Vorhaben are the extractor's candidates of the whole 2021 agreement (as if editors had accepted every one);
// the documents are made from the 2018 agreement's sentences, so their words are real and unseen.
// Run: node --import tsx bench/evidence.ts — prints one JSON line; without ../shared/corpus it says it skipped.
// EVIDENCE_PLEDGES=1000 takes only the first 1,000 candidates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../src/formats/frontmatter.ts';
import { prepareMatcher, type EvidenceDocument, type PledgeForMatching } from '../src/text/evidence/match.ts';
import { extractCandidates } from '../src/text/extract.ts';
import { segmentSentences } from '../src/text/segment.ts';

const DOCUMENTS = 1000;
const MEASURED_RUNS = 5;
const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const agreement = join(corpus, 'koalitionsvertrag-2021');
const other = join(corpus, 'bund-2018', 'koalitionsvertrag-2018.md');

if (!existsSync(agreement) || !existsSync(other)) {
  console.log(JSON.stringify({ name: 'evidence-matching', skipped: `no corpus at ${corpus}` }));
} else {
  const pledges: PledgeForMatching[] = readdirSync(agreement)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => extractCandidates(splitFrontmatter(readFileSync(join(agreement, name), 'utf8')).body))
    .slice(0, Number(process.env.EVIDENCE_PLEDGES ?? Infinity))
    .map((candidate, index) => ({
      id: index + 1,
      slug: candidate.slug,
      title: candidate.title,
      quote: candidate.text,
      topics: [],
      leadMinistry: null,
    }));
  const documents = documentsFrom(readFileSync(other, 'utf8'));

  const prepareStart = performance.now();
  const matcher = prepareMatcher(pledges);
  const prepareMs = performance.now() - prepareStart;
  const run = (): number => documents.reduce((count, document) => count + matcher.match(document).length, 0);
  const firstStart = performance.now();
  const matches = run();
  const firstMs = performance.now() - firstStart;
  const timings: number[] = [];
  for (let round = 0; round < MEASURED_RUNS; round++) {
    const started = performance.now();
    run();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      name: 'evidence-matching',
      pledges: pledges.length,
      documents: documents.length,
      matches,
      prepare_ms: Math.round(prepareMs),
      first_run_ms: Math.round(firstMs),
      median_ms: Math.round(timings[Math.floor(timings.length / 2)]!),
      per_document_ms: Math.round((timings[Math.floor(timings.length / 2)]! / documents.length) * 100) / 100,
    }),
  );
}

/** Documents shaped like DIP Vorgänge: a sentence as title, the next two as abstract, long capitalised words as descriptors. */
function documentsFrom(text: string): EvidenceDocument[] {
  const sentences = segmentSentences(text)
    .map((sentence) => sentence.text)
    .filter((sentence) => sentence.length > 40);
  const documents: EvidenceDocument[] = [];
  for (let index = 0; documents.length < DOCUMENTS && index + 3 < sentences.length; index += 3) {
    const abstract = sentences.slice(index + 1, index + 3).join(' ');
    const descriptors = [...new Set(abstract.match(/\p{Lu}\p{Ll}{6,}/gu) ?? [])].slice(0, 6);
    documents.push({
      id: `bench:${index}`,
      kind: 'dip-vorgang',
      title: sentences[index]!.slice(0, 200),
      abstract,
      descriptors,
      subjectAreas: ['Staat und Verwaltung'],
      date: '2023-01-01',
      url: `https://dip.bundestag.de/vorgang/${index}`,
    });
  }
  return documents;
}
