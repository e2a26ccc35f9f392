// The search box in the page header, and marked words of hits; both used outside the search page too.
import type { FC } from 'hono/jsx';
import type { SnippetPart } from '../../../services/public/search.ts';
import { usePageContext } from '../../views/page-context.ts';
import { messages } from './messages.ts';

/** Part of the URL contract (DESIGN.md); localised by href(). */
export const SEARCH_PATH = '/suche';

export const SearchBox: FC = () => {
  const { locale, href, staticSite } = usePageContext();
  const t = messages[locale].box;
  if (staticSite) return null;
  return (
    <form role="search" method="get" action={href(SEARCH_PATH)} class="site-search" aria-label={t.label}>
      <label for="site-search-query" class="visually-hidden">
        {t.field}
      </label>
      <input type="search" id="site-search-query" name="q" placeholder={t.placeholder} />
      <button type="submit">{t.submit}</button>
    </form>
  );
};

/** Text with the words a query found in <mark>; every piece is escaped like any other text. */
export const Marked: FC<{ parts: readonly SnippetPart[] }> = ({ parts }) => (
  <>{parts.map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}</>
);
