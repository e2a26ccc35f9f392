import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, csvRecord } from './csv.ts';

test('quotes only what needs quoting, doubling quotes', () => {
  assert.equal(
    csvRecord(['a', 'b c', 'd,e', 'say "hi"', 'two\nlines', null, 3, true]),
    'a,b c,"d,e","say ""hi""","two\nlines",,3,true\r\n',
  );
});

test('text that starts like a formula is neutralised', () => {
  for (const value of ['=1+1', '+49 30', '-x', '@SUM(A1)', '\tTab', '\rCR']) assert.equal(csvCell(value).replace(/^"/, '')[0], "'", value);
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('a=b'), 'a=b');
  assert.equal(csvCell(-1), '-1', 'numbers are data, not formulas');
});
