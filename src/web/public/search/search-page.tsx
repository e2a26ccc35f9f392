// `/suche?q=`: the search form, hits by kind, ranked hits with marked words, and pages.
import type { FC } from 'hono/jsx';
import {
  NO_FILTER,
  PAGE_SIZE,
  type SearchKind,
  type SearchPage as SearchPageData,
  type SearchResult,
} from '../../../services/public/search.ts';
import { Facet, StatusFacet } from '../pledge-list/filter-form.tsx';
import { FILTER_PARAMS, KIND_PARAMS, searchSearch } from './query.ts';
import { Layout } from '../../views/layout.tsx';
import { useLinks } from '../../views/links.ts';
import { useContentLang, usePageContext } from '../../views/page-context.ts';
import { messages } from './messages.ts';
import { Marked, SEARCH_PATH } from './search-box.tsx';

const KINDS: SearchKind[] = ['pledge', 'update', 'chapter'];

/** The path of a search with the page's filter, in the reader's language. */
function useSearchHref(page: SearchPageData): (query: string, kind: SearchKind | null, number?: number) => string {
  const { href } = usePageContext();
  return (query, kind, number = 1) => `${href(SEARCH_PATH)}${searchSearch(query, kind, page.filter, number)}`;
}

export const SearchPage: FC<{ page: SearchPageData }> = ({ page }) => {
  const t = messages[usePageContext().locale];
  return (
    <Layout title={page.query ? t.titleFor(page.query) : t.heading} description={t.description}>
      <h1>{t.heading}</h1>
      <SearchForm page={page} />
      {page.outcome === 'empty' ? <p class="lead">{t.hint}</p> : null}
      {page.outcome === 'no-words' ? <p class="notice">{t.noWords}</p> : null}
      {page.outcome === 'searched' ? <Hits page={page} /> : null}
    </Layout>
  );
};

const SearchForm: FC<{ page: SearchPageData }> = ({ page }) => {
  const { locale, href } = usePageContext();
  const t = messages[locale];
  return (
    <form role="search" method="get" action={href(SEARCH_PATH)} class="search-form" aria-label={t.heading}>
      <p>
        <label for="search-query">{t.field}</label>
        <input type="search" id="search-query" name="q" value={page.query} />
      </p>
      <p>
        <label for="search-kind">{t.kindField}</label>
        <select id="search-kind" name="typ">
          <option value="">{t.all}</option>
          {KINDS.map((kind) => (
            <option value={KIND_PARAMS[kind]} selected={page.kind === kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </select>
      </p>
      <p>
        <button type="submit">{t.submit}</button>
      </p>
      <SearchFilters page={page} />
    </form>
  );
};

/** The filters of /vorhaben, over the hits: checkboxes with the hits each value would leave, sent with the query. */
const SearchFilters: FC<{ page: SearchPageData }> = ({ page }) => {
  const { locale, href } = usePageContext();
  const t = messages[locale];
  const { facets, filter } = page;
  if (facets.statuses.length + facets.chapters.length + facets.topics.length === 0) return null;
  const chosen = filter.statuses.length + filter.chapters.length + filter.topics.length > 0;
  return (
    <section class="search-filters" aria-labelledby="search-filters-heading">
      <h2 id="search-filters-heading">{t.filters}</h2>
      <StatusFacet legend={t.status} name={FILTER_PARAMS.statuses} values={facets.statuses} />
      <Facet legend={t.topic} name={FILTER_PARAMS.topics} values={facets.topics} />
      <Facet legend={t.chapter} name={FILTER_PARAMS.chapters} values={facets.chapters} />
      <p class="actions">
        <button type="submit">{t.applyFilters}</button>
        {chosen ? <a href={`${href(SEARCH_PATH)}${searchSearch(page.query, page.kind, NO_FILTER)}`}>{t.resetFilters}</a> : null}
      </p>
    </section>
  );
};

const Hits: FC<{ page: SearchPageData }> = ({ page }) => {
  const t = messages[usePageContext().locale];
  const searchHref = useSearchHref(page);
  return (
    <>
      {page.shortened ? <p class="notice">{t.shortened}</p> : null}
      <KindFilter page={page} />
      <p class="search-count">{page.total === 0 ? t.noResults(page.query) : t.found(page.total, page.query)}</p>
      {page.total > 0 && page.results.length === 0 ? (
        <p>
          {t.pageGone} <a href={searchHref(page.query, page.kind)}>{t.firstPage}</a>
        </p>
      ) : null}
      {page.results.length > 0 ? (
        <ol class="search-results" start={(page.page - 1) * PAGE_SIZE + 1}>
          {page.results.map((result) => (
            <Hit result={result} />
          ))}
        </ol>
      ) : null}
      <Pagination page={page} />
    </>
  );
};

const KindFilter: FC<{ page: SearchPageData }> = ({ page }) => {
  const t = messages[usePageContext().locale];
  const searchHref = useSearchHref(page);
  const all = page.counts.pledge + page.counts.update + page.counts.chapter;
  const entries: [SearchKind | null, string, number][] = [
    [null, t.allKinds, all],
    ...KINDS.map((kind): [SearchKind, string, number] => [kind, t.kinds[kind], page.counts[kind]]),
  ];
  return (
    <nav class="search-kinds" aria-label={t.kindFilter}>
      <ul>
        {entries.map(([kind, label, count]) => (
          <li>
            <a href={searchHref(page.query, kind)} aria-current={page.kind === kind ? 'page' : undefined}>
              {label} <span class="search-kind-count">({t.count(count)})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};

const Hit: FC<{ result: SearchResult }> = ({ result }) => {
  const { locale, t: shared } = usePageContext();
  const t = messages[locale];
  const link = useLinks();
  const contentLang = useContentLang();
  const fragment = result.anchor ? `#${encodeURIComponent(result.anchor)}` : '';
  const target = (result.kind === 'chapter' ? link.chapter(result.slug) : link.pledge(result.slug)) + fragment;
  return (
    <li class="search-result">
      <p class="search-result-kind">
        {t.kindOfResult[result.kind]}
        {result.date ? (
          <>
            {' · '}
            <time datetime={result.date}>{shared.formatDate(result.date)}</time>
          </>
        ) : null}
      </p>
      <h2 lang={contentLang}>
        <a href={target}>
          <Marked parts={result.title} />
        </a>
      </h2>
      {result.snippet.length > 0 ? (
        <p class="search-snippet" lang={contentLang}>
          <Marked parts={result.snippet} />
        </p>
      ) : null}
      <p class="meta">
        {t.inContext[result.kind]}: <span lang={contentLang}>{result.context}</span>
      </p>
    </li>
  );
};

const Pagination: FC<{ page: SearchPageData }> = ({ page }) => {
  const t = messages[usePageContext().locale];
  const searchHref = useSearchHref(page);
  if (page.pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={t.pagination}>
      {page.page > 1 ? (
        <a href={searchHref(page.query, page.kind, Math.min(page.page - 1, page.pageCount))} rel="prev">
          {t.previous}
        </a>
      ) : null}
      <span>{t.pageOf(Math.min(page.page, page.pageCount), page.pageCount)}</span>
      {page.page < page.pageCount ? (
        <a href={searchHref(page.query, page.kind, page.page + 1)} rel="next">
          {t.next}
        </a>
      ) : null}
    </nav>
  );
};
