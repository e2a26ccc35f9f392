// `/thema/:slug` and `/ministerium/:slug`: a topic's or lead ministry's published pledges, their
// status counts, its feeds and the e-mail subscriptions form.
import type { FC } from 'hono/jsx';
import type { TermPage as TermPageData } from '../../../services/public/term-pages.ts';
import { Layout } from '../../views/layout.tsx';
import { useLinks } from '../../views/links.ts';
import { usePageContext } from '../../views/page-context.ts';
import { StatusBar, StatusLegend } from '../../views/status-bar.tsx';
import { SubscribeBox } from '../subscriptions/subscribe-box.tsx';
import { listSearch } from '../pledge-list/query.ts';
import { ResultsTable } from '../pledge-list/results.tsx';
import { feedsAbout } from '../site-feed.ts';
import { messages } from './messages.ts';
import { Section } from '../../views/section.tsx';

export const TermPage: FC<{ page: TermPageData }> = ({ page }) => {
  const { locale, t: shared } = usePageContext();
  const t = messages[locale];
  const own = t[page.kind];
  const { term, list, counts, kind } = page;
  const link = useLinks(list.agreement.scope);
  const feedPath = kind === 'topic' ? link.topicFeed(term.slug) : link.ministryFeed(term.slug);
  return (
    <Layout
      title={own.title(term.name)}
      description={own.description(term.name)}
      current="pledges"
      agreement={list.agreement.scope}
      feeds={feedsAbout(shared, { kind, slug: term.slug, name: term.name, atomPath: feedPath })}
    >
      <p class="breadcrumb">
        <a href={link.overview()}>{shared.nav.overview}</a> ›{' '}
        <a href={kind === 'topic' ? link.topics() : link.ministries()}>{own.indexTitle}</a>
      </p>
      <h1>{term.name}</h1>
      <p class="lead">{list.agreement.title}</p>

      <Section headingId="status-heading" heading={t.statusHeading}>
        {list.total === 0 ? (
          <p>{own.noPledges}</p>
        ) : (
          <>
            <p>{shared.overview.pledgeCount(list.total)}</p>
            <StatusBar counts={counts} total={list.total} />
            <StatusLegend counts={counts} total={list.total} />
          </>
        )}
      </Section>

      {list.total === 0 ? null : (
        <Section headingId="results-heading" heading={t.pledgesHeading}>
          <ResultsTable list={list} />
          <p>
            {list.items.length < list.total ? `${t.firstOf(list.items.length, list.total)} ` : null}
            <a href={link.pledges() + listSearch({ ...list.query, page: 1 })}>{own.toList(list.total)}</a>
          </p>
        </Section>
      )}

      <SubscribeBox scope={`${kind}:${term.slug}`} what={kind} />
    </Layout>
  );
};
