// Status shares month by month: one column per month, stacked from "implemented" at the bottom upwards.
import type { FC } from 'hono/jsx';
import type { Status } from '../../../domain/status.ts';
import { ChartFrame, type ChartLabels } from './chart-frame.tsx';
import { StatusRect } from './patterns.tsx';

const WIDTH = 640;
const HEIGHT = 300;
const PLOT = { left: 48, right: WIDTH - 4, top: 10, bottom: HEIGHT - 34 };
const GRID = [0, 25, 50, 75, 100];
/** Kept promises at the bottom, so their growth reads as a rising edge. */
const STACK_ORDER: Status[] = ['implemented', 'partially_implemented', 'in_progress', 'not_started', 'deferred', 'unverifiable', 'broken'];

export interface ProgressColumn {
  /** YYYY-MM */
  month: string;
  counts: Record<Status, number>;
  total: number;
}

export const ProgressChart: FC<ChartLabels & { columns: ProgressColumn[]; axisLabel: (month: string) => string; locale: string }> = (
  props,
) => {
  const { columns } = props;
  const plotHeight = PLOT.bottom - PLOT.top;
  const columnWidth = (PLOT.right - PLOT.left) / Math.max(1, columns.length);
  const gap = columnWidth > 4 ? 1 : 0;
  return (
    <ChartFrame id={props.id} title={props.title} description={props.description} width={WIDTH} height={HEIGHT}>
      {GRID.map((percent) => {
        const y = PLOT.bottom - (percent / 100) * plotHeight;
        return (
          <g>
            <line class="chart-grid" x1={PLOT.left} x2={PLOT.right} y1={y} y2={y} />
            <text class="chart-axis" x={PLOT.left - 6} y={y + 4} text-anchor="end">
              {`${percent.toLocaleString(props.locale)} %`}
            </text>
          </g>
        );
      })}
      {columns.map((column, index) => {
        let top = PLOT.bottom;
        const x = PLOT.left + index * columnWidth;
        return (
          <g>
            {STACK_ORDER.filter((status) => column.counts[status] > 0).map((status) => {
              const height = (column.counts[status] / column.total) * plotHeight;
              top -= height;
              return <StatusRect prefix={props.id} status={status} x={x} y={top} width={columnWidth - gap} height={height} />;
            })}
          </g>
        );
      })}
      {axisTicks(columns).map((index) => (
        <text class="chart-axis" x={PLOT.left + (index + 0.5) * columnWidth} y={HEIGHT - 12} text-anchor="middle">
          {props.axisLabel(columns[index]!.month)}
        </text>
      ))}
    </ChartFrame>
  );
};

/** Which columns get a label: every January (every few years on long spans), and the first month unless a label is near. */
function axisTicks(columns: readonly ProgressColumn[]): number[] {
  const years = columns.length / 12;
  const step = years > 12 ? 4 : years > 6 ? 2 : 1;
  const januaries = columns.flatMap((column, index) =>
    column.month.endsWith('-01') && Number(column.month.slice(0, 4)) % step === 0 ? [index] : [],
  );
  const first = januaries[0];
  return first === undefined || first >= 4 ? [0, ...januaries.filter((index) => index !== 0)] : januaries;
}
