// A status as a labelled badge; the colour repeats what the text says. The badge links to what the status
// means on the method page, except where it stands on that page or inside another link.
import type { FC } from 'hono/jsx';
import type { Status } from '../../domain/status.ts';
import { useMethodLink } from './links.ts';
import { usePageContext } from './page-context.ts';

export const StatusBadge: FC<{ status: Status; linked?: boolean }> = ({ status, linked = true }) => {
  const { t: messages } = usePageContext();
  const methodLink = useMethodLink();
  const label = messages.status[status];
  const className = `status-badge status-${status}`;
  return linked ? (
    <a class={className} href={methodLink(status)}>
      {label}
    </a>
  ) : (
    <span class={className}>{label}</span>
  );
};
