import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutText, describeDisallowed, findDisallowed, lineText, multilineText, withoutDisallowed } from './text-characters.ts';

const STRAY = '\u0000\u0001\u0008\u000b\u000c\u001b\u001f\u007f\u0080\u0085\u009f\ufdd0\ufdef\ufffe\uffff\u{1fffe}\u{10ffff}\udfff\ud800';

test('control characters, noncharacters and lone surrogate halves go; tab, line breaks, emoji and other text stay', () => {
  assert.equal(withoutDisallowed(`A${STRAY}b\tc\nd\r\ne 😀 ü € \u00a0\u200b\u2028`), 'Ab\tc\nd\r\ne 😀 ü € \u00a0\u200b\u2028');
  assert.equal(withoutDisallowed('\ud83d'), '', 'the first half of 😀 alone');
  assert.equal(withoutDisallowed('x\ude00'), 'x', 'the second half alone');
});

test('one line: line breaks and tabs become spaces; a long text: line breaks become \\n', () => {
  assert.equal(lineText(`Titel\u0001 mit\tTab\r\nund\nZeilen\rumbruch`), 'Titel mit Tab und Zeilen umbruch');
  assert.equal(multilineText(`Absatz\u0007\r\n\r\nZweiter\rDritter\n\tEingerückt`), 'Absatz\n\nZweiter\nDritter\n\tEingerückt');
});

test('the first disallowed character is found with its offset and named', () => {
  assert.equal(findDisallowed('ganz\tnormal\r\n'), undefined);
  assert.deepEqual(findDisallowed('ab\u0001c\u0002'), { index: 2, codePoint: 1 });
  assert.deepEqual(findDisallowed('😀x\u{1fffe}'), { index: 3, codePoint: 0x1fffe });
  assert.deepEqual(findDisallowed('a\ud800'), { index: 1, codePoint: 0xd800 });
  assert.equal(describeDisallowed(1), 'the control character U+0001');
  assert.equal(describeDisallowed(0x85), 'the control character U+0085');
  assert.equal(describeDisallowed(0xfffe), 'the noncharacter U+FFFE');
  assert.equal(describeDisallowed(0xd800), 'half of a surrogate pair (U+D800) standing alone');
});

test('a cut never splits a surrogate pair', () => {
  assert.equal(cutText('ab😀c', 3), 'ab', 'the emoji would be cut in half');
  assert.equal(cutText('ab😀c', 4), 'ab😀');
  assert.equal(cutText('abc', 5), 'abc');
  assert.equal(cutText('abcdef', 3), 'abc');
});
