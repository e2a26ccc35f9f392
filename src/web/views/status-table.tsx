// A table of groups (chapters, topics, ministries): each linked by name, with its number of pledges and status bar.
import type { Child, FC } from 'hono/jsx';
import type { Status } from '../../domain/status.ts';
import { useContentLang, usePageContext } from './page-context.ts';
import { describeCounts, StatusBar } from './status-bar.tsx';
import { TableHead } from './table-head.tsx';

export interface StatusTableRow {
  href: string;
  label: Child;
  counts: Record<Status, number>;
  total: number;
}

export const StatusTable: FC<{ columns: { name: string; count: string; status: string }; rows: StatusTableRow[] }> = ({
  columns,
  rows,
}) => {
  const { t: messages } = usePageContext();
  const contentLang = useContentLang();
  return (
    <div class="table-scroll">
      <table>
        <TableHead columns={[columns.name, { text: columns.count, number: true }, columns.status]} />
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={row.href} lang={contentLang}>
                  {row.label}
                </a>
              </th>
              <td class="number">{row.total}</td>
              <td>
                {row.total > 0 ? <StatusBar counts={row.counts} total={row.total} /> : null}
                <span class={row.total > 0 ? 'visually-hidden' : 'meta'}>{describeCounts(row.counts, messages)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
