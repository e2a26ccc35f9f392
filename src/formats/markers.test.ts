import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertMarkers, markedOffset, stripMarkers } from './markers.ts';

const marked = 'Vorweg. [Wir tun A.](#a) Dann [B kommt.](#bee)[C auch.](#c) Ende.';
const { body, markers } = stripMarkers(marked);

test('stripMarkers keeps each marker text and where it now stands', () => {
  assert.equal(body, 'Vorweg. Wir tun A. Dann B kommt.C auch. Ende.');
  assert.deepEqual(
    markers.map(({ id, start, end }) => ({ id, text: body.slice(start, end) })),
    [
      { id: 'a', text: 'Wir tun A.' },
      { id: 'bee', text: 'B kommt.' },
      { id: 'c', text: 'C auch.' },
    ],
  );
  assert.equal(insertMarkers(body, markers).markedBody, marked, 'and insertMarkers puts them back exactly');
});

test('markedOffset: before any marker nothing moves, after one its brackets and id are added', () => {
  assert.equal(markedOffset(markers, 0), 0);
  assert.equal(markedOffset(markers, 7), 7);
  const afterA = body.indexOf(' Dann');
  assert.equal(marked.slice(markedOffset(markers, afterA)), marked.slice(marked.indexOf(' Dann')));
  assert.equal(markedOffset(markers, body.length), marked.length);
  assert.equal(markedOffset([], 12), 12);
});

test('markedOffset: a span that starts or ends at a marked quote takes the whole marker', () => {
  const [a, bee, c] = markers;
  const slice = (start: number, end: number) => marked.slice(markedOffset(markers, start), markedOffset(markers, end));
  assert.equal(slice(a!.start, a!.end), '[Wir tun A.](#a)');
  assert.equal(slice(0, a!.end), 'Vorweg. [Wir tun A.](#a)');
  assert.equal(slice(a!.start, body.length), marked.slice(marked.indexOf('[Wir')));
  assert.equal(slice(bee!.start, c!.end), '[B kommt.](#bee)[C auch.](#c)', 'adjacent markers');
  assert.equal(slice(bee!.start, bee!.end), '[B kommt.](#bee)');
  assert.equal(slice(c!.start, c!.end), '[C auch.](#c)');
});

test('markedOffset: inside a marked quote the offset moves past its "["', () => {
  const [a] = markers;
  assert.equal(marked.slice(markedOffset(markers, a!.start + 4), markedOffset(markers, a!.start + 7)), 'tun');
  assert.equal(marked.slice(markedOffset(markers, 0), markedOffset(markers, a!.start + 3)), 'Vorweg. [Wir');
});

test('markedOffset: every span that does not cut into a quote slices the marked body to the same text with its markers', () => {
  const inside = (offset: number) => markers.some((marker) => marker.start < offset && offset < marker.end);
  for (let start = 0; start <= body.length; start++) {
    for (let end = start; end <= body.length; end++) {
      if (inside(start) || inside(end)) continue;
      const raw = marked.slice(markedOffset(markers, start), markedOffset(markers, end));
      assert.equal(stripMarkers(raw).body, body.slice(start, end), `${start}–${end}`);
    }
  }
});
