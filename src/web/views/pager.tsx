// The links between the pages of a long list: to the one before, where we are, to the one after.
import type { FC } from 'hono/jsx';

export interface PageLink {
  href: string;
  text: string;
}

/** Nothing when there is neither a page before nor one after. */
export const Pager: FC<{ label: string; previous?: PageLink; position?: string; next?: PageLink }> = ({
  label,
  previous,
  position,
  next,
}) =>
  !previous && !next ? null : (
    <nav class="pager" aria-label={label}>
      {previous ? (
        <a href={previous.href} rel="prev">
          {previous.text}
        </a>
      ) : null}
      {position ? <span>{position}</span> : null}
      {next ? (
        <a href={next.href} rel="next">
          {next.text}
        </a>
      ) : null}
    </nav>
  );
