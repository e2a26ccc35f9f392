// Where the 2021 agreement lives on machines that have it (never copied into this repository);
// `npm run test:quick` reads no corpus (TEST_CORPUS=off).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIRECTORY = fileURLToPath(new URL('../../../shared/corpus/koalitionsvertrag-2021', import.meta.url));

const corpusOff = process.env.TEST_CORPUS === 'off';

export const corpusAvailable = !corpusOff && existsSync(CORPUS_DIRECTORY);

/** Pass as the `skip` option of a test: false when the corpus is there, else the reason. */
export const skipWithoutCorpus: string | false = corpusAvailable
  ? false
  : corpusOff
    ? 'TEST_CORPUS=off: whole-agreement tests skipped'
    : `corpus not found at ${CORPUS_DIRECTORY}: whole-agreement tests skipped`;

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIRECTORY)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(CORPUS_DIRECTORY, name));
}

/** Baden-Württemberg's 2021 agreement, the official PDF. */
export const BW_2021_PDF = fileURLToPath(new URL('../../../shared/corpus/bw-2021/210506_Koalitionsvertrag_2021-2026.pdf', import.meta.url));

export const skipWithoutBwPdf: string | false = corpusOff
  ? 'TEST_CORPUS=off: corpus PDF tests skipped'
  : existsSync(BW_2021_PDF)
    ? false
    : `corpus PDF not found at ${BW_2021_PDF}: skipped`;
