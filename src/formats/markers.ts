// Inline statement markers "[quoted text](#id)": strip them into offsets, and put them back.
import { countLines } from './frontmatter.ts';

export interface Marker {
  id: string;
  /** UTF-16 offsets into the body without markers. */
  start: number;
  end: number;
  /** 0-based line of the marker within the marked body. */
  line: number;
}

export interface Anchor {
  id: string;
  start: number;
  end: number;
}

const MARKER = /\[([^[\]]+)\]\(#([^()\s]+)\)/g;

/** Removes every marker, keeping its text, and reports where each text now stands. */
export function stripMarkers(markedBody: string): { body: string; markers: Marker[] } {
  const markers: Marker[] = [];
  let body = '';
  let consumed = 0;
  for (const match of markedBody.matchAll(MARKER)) {
    const [whole, text, id] = match as unknown as [string, string, string];
    body += markedBody.slice(consumed, match.index);
    const start = body.length;
    body += text;
    markers.push({ id, start, end: body.length, line: countLines(markedBody.slice(0, match.index)) });
    consumed = match.index + whole.length;
  }
  body += markedBody.slice(consumed);
  return { body, markers };
}

/**
 * Where an offset of the body without markers stands in the marked body. An offset at the start
 * of a marker's text maps to its "[", one at the end of the text to after its ")", so a span that
 * begins or ends with a marked quote takes the whole marker; one inside the text skips the "[".
 */
export function markedOffset(markers: readonly Anchor[], offset: number): number {
  let marked = offset;
  for (const marker of markers) {
    if (marker.end <= offset) marked += `[](#${marker.id})`.length;
    else if (marker.start < offset) marked += 1;
  }
  return marked;
}

/**
 * Wraps each anchored span of `body` in a marker. Spans that a marker cannot represent
 * (overlapping another, empty, or containing brackets) are left out and returned as skipped.
 */
export function insertMarkers(body: string, anchors: readonly Anchor[]): { markedBody: string; skipped: string[] } {
  const sorted = [...anchors].sort((a, b) => a.start - b.start || a.end - b.end);
  const placed: Anchor[] = [];
  const skipped: string[] = [];
  let previousEnd = 0;
  for (const anchor of sorted) {
    const text = body.slice(anchor.start, anchor.end);
    const representable = anchor.start >= previousEnd && anchor.end > anchor.start && anchor.end <= body.length && !/[[\]]/.test(text);
    if (!representable) {
      skipped.push(anchor.id);
      continue;
    }
    placed.push(anchor);
    previousEnd = anchor.end;
  }
  let markedBody = '';
  let consumed = 0;
  for (const anchor of placed) {
    markedBody += `${body.slice(consumed, anchor.start)}[${body.slice(anchor.start, anchor.end)}](#${anchor.id})`;
    consumed = anchor.end;
  }
  markedBody += body.slice(consumed);
  return { markedBody, skipped };
}
