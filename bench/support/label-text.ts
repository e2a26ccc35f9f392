// The label fixtures keep offsets and a hash of each sentence, never the corpus's text (read it from ../shared).
// Run: node --import tsx bench/support/label-text.ts strip FILE…  — replaces each row's "text" by its "textHash",
//        after checking that the corpus still reads so at the row's offsets (new labels arrive with their text);
//      node --import tsx bench/support/label-text.ts show FILE     — prints the rows with their text, for labellers.
import { readFileSync, writeFileSync } from 'node:fs';
import { bodyOf, loadPdfAgreements, textHash } from '../../test/support/extraction-set.ts';

interface Row {
  document?: string;
  chapter?: string;
  agreement?: string;
  start: number;
  end: number;
  text?: string;
  textHash?: string;
}

const [verb, ...files] = process.argv.slice(2);
if ((verb !== 'strip' && verb !== 'show') || files.length === 0) throw new Error('usage: label-text.ts strip|show FILE…');
await loadPdfAgreements();
for (const file of files) {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);
  if (verb === 'show') {
    for (const row of rows) console.log(JSON.stringify({ ...withoutHash(row), text: textOf(row) }));
    continue;
  }
  const stripped = rows.map((row, index) => {
    const text = textOf(row);
    if (row.text !== undefined && row.text !== text) throw new Error(`${file}:${index + 1}: the text is not the corpus's at its offsets`);
    const { text: _dropped, ...rest } = row;
    return { ...rest, textHash: textHash(text) };
  });
  writeFileSync(file, stripped.map((row) => JSON.stringify(row)).join('\n') + '\n');
}

function textOf(row: Row): string {
  const document = row.document ?? (row.chapter && row.agreement ? `${row.agreement}/${row.chapter}` : (row.chapter ?? row.agreement!));
  return bodyOf(document).slice(row.start, row.end);
}

function withoutHash(row: Row): Row {
  const { textHash: _hash, ...rest } = row;
  return rest;
}
