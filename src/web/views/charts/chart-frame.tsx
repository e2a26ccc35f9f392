// The accessible shell of every chart: an SVG image named by its title and described by its desc.
import type { Child, FC } from 'hono/jsx';
import { withoutDisallowed } from '../../../domain/text-characters.ts';
import { PatternDefs } from './patterns.tsx';

export interface ChartLabels {
  /** Unique on the page; prefixes the ids inside the SVG. */
  id: string;
  title: string;
  /** The chart's message in one or two sentences, for screen readers. */
  description: string;
}

/** On narrow screens the chart keeps a readable size and scrolls sideways (a chart is exempt from reflow). */
export const ChartFrame: FC<ChartLabels & { width: number; height: number; children?: Child }> = ({
  id,
  title,
  description,
  width,
  height,
  children,
}) => (
  <div class="chart-scroll">
    <svg class="chart" id={id} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{withoutDisallowed(title)}</title>
      <desc id={`${id}-desc`}>{withoutDisallowed(description)}</desc>
      <PatternDefs prefix={id} />
      {children}
    </svg>
  </div>
);
