// Fills that tell the statuses apart without colour: each status has its colour and, but one, a pattern on top.
import type { FC } from 'hono/jsx';
import { STATUSES, type Status } from '../../../domain/status.ts';

/** Pattern tiles (6×6 user units) drawn in white over the status colour; `implemented` stays solid. */
const PATTERN_PATHS: Record<Status, string | null> = {
  not_started: 'M1.5 1.5h1v1h-1zM4.5 4.5h1v1h-1z',
  in_progress: 'M-1 7L7 -1M-1 1L1 -1M5 7L7 5',
  partially_implemented: 'M3 0V6',
  implemented: null,
  deferred: 'M0 3H6',
  broken: 'M0 0L6 6M6 0L0 6',
  unverifiable: 'M-1 -1L7 7M-1 5L1 7M5 -1L7 1',
};

export function patternId(prefix: string, status: Status): string {
  return `${prefix}-pattern-${status}`;
}

/** The pattern definitions of one SVG; ids carry the chart's prefix, so several charts share a page. */
export const PatternDefs: FC<{ prefix: string }> = ({ prefix }) => (
  <defs>
    {STATUSES.map((status) => {
      const path = PATTERN_PATHS[status];
      return path ? (
        <pattern id={patternId(prefix, status)} width="6" height="6" patternUnits="userSpaceOnUse">
          <path class="chart-pattern" d={path} />
        </pattern>
      ) : null;
    })}
  </defs>
);

/** A rectangle in the status colour with the status pattern over it. */
export const StatusRect: FC<{ prefix: string; status: Status; x: number; y: number; width: number; height: number }> = ({
  prefix,
  status,
  ...box
}) => {
  const geometry = { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) };
  return (
    <g class="chart-segment">
      <rect class={`fill-${status}`} {...geometry} />
      {PATTERN_PATHS[status] ? <rect fill={`url(#${patternId(prefix, status)})`} {...geometry} /> : null}
    </g>
  );
};

export function round(value: number): string {
  return value.toFixed(2).replace(/\.?0+$/, '');
}
