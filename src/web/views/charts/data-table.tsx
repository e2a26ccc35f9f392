// A chart's numbers as a table: one row per group (chapter, ministry, month), a column per status.
import type { FC } from 'hono/jsx';
import { STATUSES, type Status } from '../../../domain/status.ts';

export interface TableRow {
  label: string;
  counts: Record<Status, number>;
  total: number;
}

export interface DataTableText {
  caption: string;
  /** Heading of the first column, e.g. "Kapitel". */
  groupHeading: string;
  totalHeading: string;
  statusLabels: Record<Status, string>;
  /** Summary of the <details> the table sits in. */
  show: string;
  locale: string;
}

export function formatPercent(part: number, total: number, locale: string): string {
  const percent = total === 0 ? 0 : (part / total) * 100;
  return `${percent.toLocaleString(locale, { maximumFractionDigits: 1 })} %`;
}

/** Closed by default so the page stays short; the chart's description says the same in brief. */
export const ChartDataTable: FC<{ rows: TableRow[]; text: DataTableText }> = ({ rows, text }) => (
  <details class="chart-data">
    <summary>{text.show}</summary>
    <div class="table-scroll">
      <table>
        <caption>{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.groupHeading}</th>
            {STATUSES.map((status) => (
              <th scope="col" class="number">
                {text.statusLabels[status]}
              </th>
            ))}
            <th scope="col" class="number">
              {text.totalHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">{row.label}</th>
              {STATUSES.map((status) => (
                <td class="number">
                  {row.counts[status]} <span class="meta">({formatPercent(row.counts[status], row.total, text.locale)})</span>
                </td>
              ))}
              <td class="number">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </details>
);
