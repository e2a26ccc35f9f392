// The fields an audit entry changed, as a small before/after table.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import type { FieldChange } from '../../../services/admin/audit-log.ts';

const t = adminMessages.audit;
const FIELD_LABELS = adminMessages.fieldLabels;

/** Recorded values as text: strings as they are, flags as ja/nein, anything else as JSON. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return t.none;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export const ChangeList: FC<{ changes: FieldChange[] }> = ({ changes }) => {
  if (changes.length === 0) return null;
  return (
    <table class="change-list">
      <thead>
        <tr>
          <th scope="col">{t.field}</th>
          <th scope="col">{t.before}</th>
          <th scope="col">{t.after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr>
            <th scope="row">{FIELD_LABELS[change.field] ?? change.field}</th>
            <td class="change-before">{displayValue(change.before)}</td>
            <td class="change-after">{displayValue(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
