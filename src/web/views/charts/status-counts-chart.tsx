// Horizontal bars: how many pledges are in each status, with name and number written beside each bar.
import type { FC } from 'hono/jsx';
import { STATUSES, type Status } from '../../../domain/status.ts';
import { ChartFrame, type ChartLabels } from './chart-frame.tsx';
import { formatPercent } from './data-table.tsx';
import { StatusRect } from './patterns.tsx';

const WIDTH = 640;
const ROW = 32;
const BAR_HEIGHT = 22;
const LABEL_END = 176;
const BAR_START = 186;
const BAR_MAX = 340;

export const StatusCountsChart: FC<
  ChartLabels & { counts: Record<Status, number>; total: number; statusLabels: Record<Status, string>; locale: string }
> = (props) => {
  const { counts, total, statusLabels, locale } = props;
  const largest = Math.max(1, ...STATUSES.map((status) => counts[status]));
  return (
    <ChartFrame id={props.id} title={props.title} description={props.description} width={WIDTH} height={STATUSES.length * ROW + 8}>
      {STATUSES.map((status, index) => {
        const y = index * ROW + 4;
        const width = (counts[status] / largest) * BAR_MAX;
        return (
          <g>
            <text class="chart-label" x={LABEL_END} y={y + 16} text-anchor="end">
              {statusLabels[status]}
            </text>
            <StatusRect prefix={props.id} status={status} x={BAR_START} y={y} width={width} height={BAR_HEIGHT} />
            <text class="chart-value" x={BAR_START + width + 8} y={y + 16}>
              {`${counts[status]} (${formatPercent(counts[status], total, locale)})`}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
};
