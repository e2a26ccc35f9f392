// A status as a labelled badge; the colour repeats what the text says.
import type { FC } from 'hono/jsx';
import type { Status } from '../../domain/status.ts';
import { STATUS_LABELS } from '../i18n/de.ts';

export const StatusBadge: FC<{ status: Status }> = ({ status }) => (
  <span class={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>
);
