// `/vorhaben` and `/vertrag/SLUG/vorhaben`: every published pledge of the agreement, with filters, facet counts, sorting and pages.
import type { FC } from 'hono/jsx';
import type { PledgeList } from '../../services/public/pledge-list.ts';
import { Layout } from '../views/layout.tsx';
import { usePageContext } from '../views/page-context.ts';
import { FilterForm } from './pledge-list/filter-form.tsx';
import { messages } from './pledge-list/messages.ts';
import { PARAMS } from './pledge-list/query.ts';
import { Pagination, ResultsTable } from './pledge-list/results.tsx';

export const PledgeListPage: FC<{ list: PledgeList; invalid: string[] }> = ({ list, invalid }) => {
  const { locale } = usePageContext();
  const t = messages[locale];
  const ignored = [...invalid, ...list.unknown.map(({ field, value }) => `${PARAMS[field]}=${value}`)];
  const filtered = hasFilters(list.query);
  return (
    <Layout title={filtered ? t.filteredTitle : t.heading} description={t.description} current="pledges" agreement={list.agreement.scope}>
      <h1>{t.heading}</h1>
      <p class="lead">{list.agreement.title}</p>
      {ignored.length > 0 ? (
        <div class="notice" role="status">
          <p>{t.ignored}</p>
          <ul>
            {ignored.map((value) => (
              <li>
                <code>{value}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="list-layout">
        <FilterForm list={list} />
        <section aria-labelledby="results-heading" class="list-results">
          <h2 id="results-heading" tabindex={-1}>
            {t.resultsHeading}: {t.count(list.total)}
          </h2>
          {list.items.length === 0 ? <p>{t.noResults}</p> : <ResultsTable list={list} />}
          <Pagination list={list} />
        </section>
      </div>
    </Layout>
  );
};

function hasFilters(query: PledgeList['query']): boolean {
  const { statuses, chapters, topics, ministries, partners, ratings, overdue } = query;
  return overdue || [statuses, chapters, topics, ministries, partners, ratings].some((values) => values.length > 0);
}
