// One bar per group (chapter, ministry), split into the shares of each status; name and size above each bar.
import type { FC } from 'hono/jsx';
import { STATUSES } from '../../../domain/status.ts';
import { ChartFrame, type ChartLabels } from './chart-frame.tsx';
import type { TableRow } from './data-table.tsx';
import { StatusRect } from './patterns.tsx';

const WIDTH = 640;
const ROW = 50;
const BAR_TOP = 22;
const BAR_HEIGHT = 20;
/** Longer names are cut in the picture; the table below the chart has them in full. */
const MAX_LABEL = 72;

export const StackedBarsChart: FC<ChartLabels & { rows: TableRow[]; totalText: (total: number) => string }> = (props) => (
  <ChartFrame id={props.id} title={props.title} description={props.description} width={WIDTH} height={props.rows.length * ROW + 4}>
    {props.rows.map((row, index) => {
      const y = index * ROW + 2;
      let x = 0;
      return (
        <g>
          <text class="chart-label" x="0" y={y + 15}>
            {row.label.length > MAX_LABEL ? `${row.label.slice(0, MAX_LABEL - 1)}…` : row.label}
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
