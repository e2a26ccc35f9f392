// The fields an audit entry changed, as a small before/after table.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import type { FieldChange } from '../../../services/admin/audit-log.ts';
import { isStatus } from '../../../domain/status.ts';
import { STATUS_LABELS } from '../../i18n/de.ts';
import { TableHead } from '../../views/table-head.tsx';

const t = adminMessages.audit;
const FIELD_LABELS = adminMessages.fieldLabels;

const DECISION_LABELS: Record<string, string> = adminMessages.decisionLabels;
/** Fields whose values are codes of a vocabulary, shown by their German names. */
const STATUS_FIELDS = new Set(['status', 'status_change']);
/** Fields recorded as 0/1 flags. */
const FLAG_FIELDS = new Set(['published', 'disabled', 'active', 'notify_suggestions']);

/**
 * Recorded values as text: a status or decision by its German name, flags as ja/nein, ratings as
 * „3 von 5“, lists joined, strings as they are, anything else as JSON.
 */
export function displayValue(value: unknown, field?: string): string {
  if (value === null || value === undefined || value === '') return t.none;
  if (field !== undefined && STATUS_FIELDS.has(field) && typeof value === 'string' && isStatus(value)) return STATUS_LABELS[value];
  if (field === 'decision' && typeof value === 'string' && DECISION_LABELS[value]) return DECISION_LABELS[value];
  if (field !== undefined && FLAG_FIELDS.has(field) && (value === 0 || value === 1)) return value === 1 ? t.yes : t.no;
  if ((field === 'rating' || field === 'rating_change') && (typeof value === 'number' || /^[1-5]$/.test(String(value))))
    return `${value} von 5`;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return value.length === 0 ? t.none : value.join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export const ChangeList: FC<{ changes: FieldChange[] }> = ({ changes }) => {
  if (changes.length === 0) return null;
  return (
    <table class="change-list">
      <TableHead columns={[t.field, t.before, t.after]} />
      <tbody>
        {changes.map((change) => (
          <tr>
            <th scope="row">{FIELD_LABELS[change.field] ?? change.field}</th>
            <td class="change-before">{displayValue(change.before, change.field)}</td>
            <td class="change-after">{displayValue(change.after, change.field)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
