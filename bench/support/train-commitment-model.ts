// Trains the extractor's second opinion on every labelled sentence that is not held back, and writes
// src/text/commitment-model.json. Run: node --import tsx bench/support/train-commitment-model.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AGREEMENTS, labelsOf, loadPdfAgreements } from '../../test/support/extraction-set.ts';
import { trainCommitmentModel } from './commitment-training.ts';

const OUTPUT = fileURLToPath(new URL('../../src/text/commitment-model.json', import.meta.url));

await loadPdfAgreements();
const model = trainCommitmentModel(AGREEMENTS.flatMap(labelsOf).filter((row) => row.split === 'development'));
writeFileSync(OUTPUT, JSON.stringify(model, null, 2) + '\n');
console.log(JSON.stringify({ ...model.trainedOn, features: Object.keys(model.weights).length }));
