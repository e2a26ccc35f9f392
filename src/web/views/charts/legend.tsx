// The key to the status fills of a chart: swatch and name of each status, in text.
import type { FC } from 'hono/jsx';
import { STATUSES, type Status } from '../../../domain/status.ts';
import { PatternDefs, StatusRect } from './patterns.tsx';

export const ChartLegend: FC<{ id: string; labels: Record<Status, string> }> = ({ id, labels }) => (
  <ul class="chart-legend">
    {STATUSES.map((status, index) => (
      <li>
        <svg class="chart-swatch" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
          {index === 0 ? <PatternDefs prefix={id} /> : null}
          <StatusRect prefix={id} status={status} x={0} y={0} width={18} height={18} />
        </svg>
        {labels[status]}
      </li>
    ))}
  </ul>
);
