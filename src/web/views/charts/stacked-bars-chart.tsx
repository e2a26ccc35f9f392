// One bar per group (chapter, ministry), split into the shares of each status; name and size above each bar.
import type { FC } from 'hono/jsx';
import { STATUSES } from '../../../domain/status.ts';
import { cutText, withoutDisallowed } from '../../../domain/text-characters.ts';
import { ChartFrame, type ChartLabels } from './chart-frame.tsx';
import type { TableRow } from './data-table.tsx';
import { StatusRect } from './patterns.tsx';

const WIDTH = 640;
const ROW = 50;
const BAR_TOP = 22;
const BAR_HEIGHT = 20;
/** Longer names are cut in the picture; the table below the chart has them in full. */
const MAX_LABEL = 72;

/** A chapter's or ministry's name as the picture shows it: cut, and without control characters a database may still hold. */
function barLabel(name: string): string {
  const label = withoutDisallowed(name);
  return label.length > MAX_LABEL ? `${cutText(label, MAX_LABEL - 1)}…` : label;
}

export const StackedBarsChart: FC<ChartLabels & { rows: TableRow[]; totalText: (total: number) => string }> = (props) => (
  <ChartFrame id={props.id} title={props.title} description={props.description} width={WIDTH} height={props.rows.length * ROW + 4}>
    {props.rows.map((row, index) => {
      const y = index * ROW + 2;
      let x = 0;
      return (
        <g>
          <text class="chart-label" x="0" y={y + 15}>
            {barLabel(row.label)}
          </text>
          <text class="chart-value" x={WIDTH} y={y + 15} text-anchor="end">
            {props.totalText(row.total)}
          </text>
          {STATUSES.filter((status) => row.counts[status] > 0).map((status) => {
            const width = (row.counts[status] / row.total) * WIDTH;
            const segment = <StatusRect prefix={props.id} status={status} x={x} y={y + BAR_TOP} width={width} height={BAR_HEIGHT} />;
            x += width;
            return segment;
          })}
        </g>
      );
    })}
  </ChartFrame>
);
