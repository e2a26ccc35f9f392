// One page of matching pledges as a table, and the links to the other pages.
import type { FC } from 'hono/jsx';
import type { PledgeList } from '../../../services/public/pledge-list.ts';
import { useLinks } from '../../views/links.ts';
import { useContentLang, usePageContext } from '../../views/page-context.ts';
import { StatusBadge } from '../../views/status-badge.tsx';
import { messages } from './messages.ts';
import { listSearch } from './query.ts';
import { TableHead } from '../../views/table-head.tsx';

export const ResultsTable: FC<{ list: PledgeList }> = ({ list }) => {
  const { locale, t: shared } = usePageContext();
  const t = messages[locale];
  const link = useLinks(list.agreement.scope);
  const contentLang = useContentLang();
  const date = (value: string | null) => (value ? <time datetime={value}>{shared.formatDate(value)}</time> : t.none);
  return (
    <div class="table-scroll">
      <table class="pledge-table" aria-labelledby="results-heading">
        <TableHead columns={[t.title, t.status, t.chapter, t.deadline, t.lastUpdate]} />
        <tbody>
          {list.items.map((item) => (
            <tr>
              <td lang={contentLang}>
                <a href={link.pledge(item.slug)}>{item.title}</a>
                {item.ministry ? (
                  <a class="meta pledge-ministry" href={link.ministry(item.ministry.slug)}>
                    {item.ministry.name}
                  </a>
                ) : null}
              </td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td lang={contentLang}>
                <a href={link.chapter(item.chapter.slug)}>{[item.chapter.number, item.chapter.title].filter(Boolean).join(' ')}</a>
              </td>
              <td>
                {date(item.deadline)}
                {item.overdue ? <strong class="overdue"> {t.overdue}</strong> : null}
              </td>
              <td>{date(item.lastEventDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

export const Pagination: FC<{ list: PledgeList }> = ({ list }) => {
  const { locale } = usePageContext();
  const t = messages[locale];
  const link = useLinks(list.agreement.scope);
  if (list.pageCount <= 1) return null;
  const pageLink = (page: number) => link.pledges() + listSearch({ ...list.query, page });
  return (
    <nav class="pagination" aria-label={t.pagination}>
      {list.page > 1 ? (
        <a href={pageLink(list.page - 1)} rel="prev">
          {t.previous}
        </a>
      ) : null}
      <span>{t.pageOf(list.page, list.pageCount)}</span>
      {list.page < list.pageCount ? (
        <a href={pageLink(list.page + 1)} rel="next">
          {t.next}
        </a>
      ) : null}
    </nav>
  );
};
