// A status as a labelled badge; the colour repeats what the text says.
import type { FC } from 'hono/jsx';
import type { Status } from '../../domain/status.ts';
import { usePageContext } from './page-context.ts';

export const StatusBadge: FC<{ status: Status }> = ({ status }) => {
  const { t: messages } = usePageContext();
  const STATUS_LABELS = messages.status;
  return (
  <span class={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>
  );
};
