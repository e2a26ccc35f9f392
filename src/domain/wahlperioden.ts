// The Bundestag's electoral terms (Wahlperioden) and which of them a government's term overlaps:
// the DIP files every Vorgang under one of them.

/** Each term from its constituent sitting to the next one's; the newest is open. */
const WAHLPERIODEN: readonly { number: number; start: string; end: string | null }[] = [
  { number: 17, start: '2009-10-27', end: '2013-10-22' },
  { number: 18, start: '2013-10-22', end: '2017-10-24' },
  { number: 19, start: '2017-10-24', end: '2021-10-26' },
  { number: 20, start: '2021-10-26', end: '2025-03-25' },
  { number: 21, start: '2025-03-25', end: null },
];

/**
 * The Wahlperioden that share at least a day with a term (dates YYYY-MM-DD; an open end runs on). A term
 * without a start is taken as the newest Wahlperiode only.
 */
export function wahlperiodenOverlapping(termStart: string | null, termEnd: string | null): number[] {
  if (termStart === null) return [WAHLPERIODEN.at(-1)!.number];
  return WAHLPERIODEN.filter(
    (period) => (period.end === null || termStart < period.end) && (termEnd === null || period.start <= termEnd),
  ).map((period) => period.number);
}
