// `/themen` and `/ministerien`: every topic or lead ministry with published pledges, each with its status bar.
import type { FC } from 'hono/jsx';
import type { TermIndex } from '../../../services/public/term-pages.ts';
import { subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { Layout } from '../../views/layout.tsx';
import { useLinks } from '../../views/links.ts';
import { usePageContext } from '../../views/page-context.ts';
import { StatusTable } from '../../views/status-table.tsx';
import { subscriptionMessages } from '../subscriptions/messages.ts';
import { siteFeed } from '../site-feed.ts';
import { messages } from './messages.ts';

export const TermIndexPage: FC<{ index: TermIndex }> = ({ index }) => {
  const { locale, t: shared, href, staticSite } = usePageContext();
  const t = messages[locale];
  const own = t[index.kind];
  const link = useLinks(index.agreement.scope);
  const pageOf = (slug: string) => (index.kind === 'topic' ? link.topic(slug) : link.ministry(slug));
  return (
    <Layout
      title={own.indexTitle}
      description={own.indexDescription}
      current="pledges"
      agreement={index.agreement.scope}
      feeds={[siteFeed(shared)]}
    >
      <h1>{own.indexTitle}</h1>
      <p class="lead">{index.agreement.title}</p>
      {index.terms.length === 0 ? (
        <p>{own.empty}</p>
      ) : (
        <StatusTable
          columns={{ name: own.column, count: t.pledgesColumn, status: t.statusColumn }}
          rows={index.terms.map((term) => ({ href: pageOf(term.slug), label: term.name, counts: term.counts, total: term.total }))}
        />
      )}
      {staticSite ? null : (
        <p>
          <a href={href(subscriptionPaths.subscribe())}>{subscriptionMessages[locale].box.more}</a>
        </p>
      )}
    </Layout>
  );
};
