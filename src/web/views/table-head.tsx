// The head of a data table: column headings, each scoped to its column.
import type { FC } from 'hono/jsx';

/** A table's column headings; a number column is right-aligned, like its cells. */
export const TableHead: FC<{ columns: (string | { text: string; number: true })[] }> = ({ columns }) => (
  <thead>
    <tr>
      {columns.map((column) =>
        typeof column === 'string' ? (
          <th scope="col">{column}</th>
        ) : (
          <th scope="col" class="number">
            {column.text}
          </th>
        ),
      )}
    </tr>
  </thead>
);
