// `/vorhaben/:slug`: a pledge's quote, facts, developments with sources, and status history; the
// subscribe and suggestion forms unless its government is archived.
import type { FC } from 'hono/jsx';
import type { PledgePage as PledgePageData } from '../../services/public/pledge-page.ts';
import { ArchiveNotice } from '../views/archive-notice.tsx';
import { Layout } from '../views/layout.tsx';
import { StatusBadge } from '../views/status-badge.tsx';
import { Timeline } from '../views/timeline.tsx';
import { PledgeForms } from './subscriptions/pledge-forms.tsx';
import { feedsAbout } from './site-feed.ts';
import { useContentLang, usePageContext } from '../views/page-context.ts';
import { useLinks } from '../views/links.ts';
import { TableHead } from '../views/table-head.tsx';
import { Section } from '../views/section.tsx';

export const PledgePage: FC<{ page: PledgePageData; foiUrl?: string }> = ({ page, foiUrl }) => {
  const { t: messages } = usePageContext();
  const t = messages.pledge;
  const link = useLinks(page.scope);
  const contentLang = useContentLang();
  const formatDate = messages.formatDate;
  const STATUS_LABELS = messages.status;
  const { pledge, chapter } = page;
  return (
    <Layout
      title={pledge.title}
      description={t.description(pledge.title, STATUS_LABELS[pledge.status])}
      current="pledges"
      agreement={page.scope}
      feeds={feedsAbout(messages, {
        kind: 'pledge',
        slug: pledge.slug,
        name: pledge.title,
        atomPath: link.pledgeFeed(pledge.slug),
        archived: page.archived,
      })}
      imagePath={link.pledgeImage(pledge.slug)}
    >
      <p class="breadcrumb">
        {t.inChapter}{' '}
        <a href={link.chapter(chapter.slug)} lang={contentLang}>
          {chapter.heading}
        </a>
      </p>
      <h1 lang={contentLang}>{pledge.title}</h1>
      {page.archived ? <ArchiveNotice /> : null}
      <p>
        <StatusBadge status={pledge.status} />
      </p>

      {pledge.quote ? (
        <Section headingId="quote-heading" heading={t.quoteHeading}>
          <blockquote class="quote" lang={contentLang}>
            <p>{pledge.quote}</p>
          </blockquote>
          {page.quotePlace ? (
            <p class="quote-place">
              {t.quotePlace(
                range(page.quotePlace.page, page.quotePlace.lastPage),
                page.quotePlace.lines ? range(page.quotePlace.lines.from, page.quotePlace.lines.to) : null,
              )}
            </p>
          ) : null}
          {pledge.quote_start !== null ? <a href={link.quoteInChapter(chapter.slug, pledge.slug)}>{t.toQuote}</a> : null}
        </Section>
      ) : null}

      <Section headingId="facts-heading" heading={t.factsHeading}>
        <dl class="facts">
          <dt>{t.status}</dt>
          <dd>{STATUS_LABELS[pledge.status]}</dd>
          <dt>{t.rating}</dt>
          <dd>{pledge.rating === null ? t.notSet : t.ratingValue(pledge.rating)}</dd>
          <dt>{t.deadline}</dt>
          <dd>{pledge.deadline ? <time datetime={pledge.deadline}>{formatDate(pledge.deadline)}</time> : t.notSet}</dd>
          <dt>{t.ministry}</dt>
          <dd>{page.ministry ? <a href={link.ministry(page.ministry.slug)}>{page.ministry.name}</a> : t.notSet}</dd>
          <dt>{t.topics}</dt>
          <dd>
            {page.topics.length === 0 ? (
              t.notSet
            ) : (
              <ul class="tags">
                {page.topics.map((topic) => (
                  <li>
                    <a href={link.topic(topic.slug)}>{topic.name}</a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {page.partner ? (
            <>
              <dt>{t.partner}</dt>
              <dd>{page.partner.name}</dd>
            </>
          ) : null}
          <dt>{t.criterion}</dt>
          <dd lang={pledge.success_criterion ? contentLang : undefined}>{pledge.success_criterion ?? t.notSet}</dd>
        </dl>
        {foiUrl ? (
          <p class="foi-link">
            <a href={foiUrl} rel="external noopener">
              {t.foiLink}
            </a>{' '}
            <span class="meta">{t.foiHint(new URL(foiUrl).host)}</span>
          </p>
        ) : null}
      </Section>

      <Section headingId="timeline-heading" heading={t.timelineHeading}>
        {page.timeline.length === 0 ? <p>{t.noDevelopments}</p> : <Timeline developments={page.timeline} />}
      </Section>

      <Section headingId="history-heading" heading={t.historyHeading}>
        {page.history.length === 0 ? (
          <p>{t.noHistory}</p>
        ) : (
          <table>
            <TableHead columns={[t.historyDate, t.historyFrom, t.historyTo]} />
            <tbody>
              {page.history.map((transition) => (
                <tr>
                  <td>
                    <time datetime={transition.date}>{formatDate(transition.date)}</time>
                  </td>
                  <td>{STATUS_LABELS[transition.from]}</td>
                  <td>
                    <StatusBadge status={transition.to} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      {page.archived ? null : <PledgeForms pledgeSlug={pledge.slug} />}
    </Layout>
  );
};

function range(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
