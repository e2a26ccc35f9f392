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

/** The words of a pager over numbered pages. */
export interface NumberedPagerText {
  pagerLabel: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, count: number) => string;
}

/** A pager over `pageCount` numbered pages that says where we are; `href` gives a page's address. */
export const NumberedPager: FC<{ page: number; pageCount: number; href: (page: number) => string; text: NumberedPagerText }> = ({
  page,
  pageCount,
  href,
  text,
}) => (
  <Pager
    label={text.pagerLabel}
    previous={page > 1 ? { href: href(page - 1), text: text.previousPage } : undefined}
    position={text.pageOf(page, pageCount)}
    next={page < pageCount ? { href: href(page + 1), text: text.nextPage } : undefined}
  />
);
