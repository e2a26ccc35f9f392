// Status distribution as a stacked bar (decorative SVG) with the numbers in text beside it.
import type { FC } from 'hono/jsx';
import { STATUSES, type Status } from '../../domain/status.ts';
import type { Messages } from '../i18n/messages.ts';
import { usePageContext } from './page-context.ts';

type Counts = Record<Status, number>;

function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 1000) / 10;
}

/** The bar alone; pair it with StatusLegend or a text summary, it is hidden from screen readers. */
export const StatusBar: FC<{ counts: Counts; total: number }> = ({ counts, total }) => {
  let x = 0;
  return (
    <svg class="status-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="status-bar-empty" x="0" y="0" width="100" height="10" />
      {STATUSES.filter((status) => counts[status] > 0).map((status) => {
        const width = (counts[status] / total) * 100;
        const rect = <rect class={`fill-${status}`} x={x.toFixed(3)} y="0" width={width.toFixed(3)} height="10" />;
        x += width;
        return rect;
      })}
    </svg>
  );
};

export const StatusLegend: FC<{ counts: Counts; total: number }> = ({ counts, total }) => {
  const { t: messages } = usePageContext();
  const STATUS_LABELS = messages.status;
  return (
    <ul class="status-legend">
      {STATUSES.map((status) => (
        <li>
          <span class={`swatch fill-${status}`} aria-hidden="true"></span>
          <span class="legend-label">{STATUS_LABELS[status]}</span> <strong class="legend-count">{counts[status]}</strong>{' '}
          <span class="legend-percent">({percent(counts[status], total).toLocaleString('de-DE')} %)</span>
        </li>
      ))}
    </ul>
  );
};

/** One line of text saying what the bar shows, for screen readers and text browsers. */
export function describeCounts(counts: Counts, messages: Messages): string {
  const parts = STATUSES.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${messages.status[status]}`);
  return parts.length > 0 ? parts.join(', ') : messages.overview.noPledges;
}
