// Chapter files as bytes: UTF-8 only, a size limit, no binary content, a byte order mark dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FrontmatterError } from './frontmatter.ts';
import { parseOkfChapter } from './okf.ts';
import { decodeChapterBytes, MAX_CHAPTER_BYTES } from './text-file.ts';

test('a file that is not UTF-8 is rejected at the line of the first bad byte', () => {
  const bytes = Buffer.concat([Buffer.from('---\ntitle: "X"\n---\nZeile\n'), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65])]);
  assert.throws(
    () => decodeChapterBytes(bytes),
    (error: FrontmatterError) => error.line === 5 && /UTF-8 \(byte 0xFC\)/.test(error.message),
  );
});

test('a file over the size limit is rejected without decoding', () => {
  const bytes = new Uint8Array(MAX_CHAPTER_BYTES + 1);
  assert.throws(() => decodeChapterBytes(bytes), /too large \(5\.0 MB/);
});

test('a binary file with NUL characters is rejected', () => {
  assert.throws(() => decodeChapterBytes(Buffer.from('---\ntitle: x\n---\n\0\0')), /NUL/);
});

test('a byte order mark is dropped', () => {
  const text = decodeChapterBytes(Buffer.from('\ufeff---\ntitle: "X"\n---\nText'));
  assert.equal(parseOkfChapter(text).title, 'X');
});
