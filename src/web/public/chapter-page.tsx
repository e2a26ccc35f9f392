// `/kapitel/:slug`: the chapter text with highlighted quotes, and the table of its pledges; editors
// also see the extractor's open candidates in the text. An archived chapter says so and has no subscribe form.
import type { FC } from 'hono/jsx';
import type { ChapterPage as ChapterPageData, ChapterReview } from '../../services/public/chapter-page.ts';
import { ArchiveNotice } from '../views/archive-notice.tsx';
import { Layout } from '../views/layout.tsx';
import { StatusBadge } from '../views/status-badge.tsx';
import { SubscribeBox } from './subscriptions/subscribe-box.tsx';
import { feedsAbout } from './site-feed.ts';
import { SelectionForm } from '../views/selection-form.tsx';
import { usePageContext } from '../views/page-context.ts';
import { useLinks, useMethodLink } from '../views/links.ts';
import { STATUSES, type Status } from '../../domain/status.ts';
import { TableHead } from '../views/table-head.tsx';
import { Section } from '../views/section.tsx';

export const ChapterPage: FC<{ page: ChapterPageData }> = ({ page }) => {
  const { t: messages, locale } = usePageContext();
  const t = messages.chapter;
  const link = useLinks(page.scope);
  const { chapter } = page;
  const { review } = page;
  return (
    <Layout
      title={chapter.heading}
      description={t.description(chapter.heading)}
      agreement={page.scope}
      feeds={feedsAbout(messages, {
        kind: 'chapter',
        slug: chapter.slug,
        name: chapter.heading,
        atomPath: link.chapterFeed(chapter.slug),
        archived: page.archived,
      })}
    >
      <p class="breadcrumb">
        <a href={link.overview()}>{messages.nav.overview}</a> › {messages.overview.chapterColumn} {chapter.number ?? ''}
      </p>
      <h1>{chapter.heading}</h1>
      {page.archived ? <ArchiveNotice /> : null}
      {chapter.published === 1 ? null : <p class="notice">{t.notReviewed}</p>}

      <Section headingId="pledges-heading" heading={t.pledgesHeading}>
        {page.pledges.length === 0 ? <p>{t.noPledges}</p> : <PledgeTable pledges={page.pledges} />}
      </Section>

      {page.archived ? null : <SubscribeBox scope={`chapter:${chapter.slug}`} what="chapter" />}

      {page.outline.length > 1 ? (
        <nav class="outline" aria-labelledby="outline-heading">
          <h2 id="outline-heading">{t.outline}</h2>
          <ol>
            {page.outline.map((entry) => (
              <li>
                <a href={`#${entry.id}`}>{entry.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      <section aria-labelledby="text-heading" class="chapter-text">
        <h2 id="text-heading">{t.textHeading}</h2>
        {review ? <ReviewNotice review={review} /> : null}
        <QuoteLegend statuses={[...new Set(page.pledges.filter((pledge) => pledge.quote_start !== null).map((pledge) => pledge.status))]} />
        <div
          class="chapter-body"
          lang={locale === 'de' ? undefined : 'de'}
          dangerouslySetInnerHTML={{ __html: review ? review.bodyHtml : page.bodyHtml }}
        />
        {review && !page.archived ? <SelectionForm chapterSlug={page.chapter.slug} /> : null}
      </section>
    </Layout>
  );
};

/** What the colours and icons of the quotes in this chapter's text mean, in the order of the vocabulary. */
const QuoteLegend: FC<{ statuses: Status[] }> = ({ statuses }) => {
  const { t: messages } = usePageContext();
  const methodLink = useMethodLink();
  if (statuses.length === 0) return null;
  return (
    <div class="quote-legend">
      <h3 id="quote-legend-heading">{messages.chapter.legendHeading}</h3>
      <p>{messages.chapter.legendIntro}</p>
      <ul aria-labelledby="quote-legend-heading">
        {STATUSES.filter((status) => statuses.includes(status)).map((status) => (
          <li>
            <span class={`quote-swatch quote-${status}`} aria-hidden="true" /> <a href={methodLink(status)}>{messages.status[status]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
};

/** Editors only, so in German like the back office. */
const ReviewNotice: FC<{ review: ChapterReview }> = ({ review }) => {
  return (
    <p class="notice review-notice">
      Nur für die Redaktion sichtbar:{' '}
      {review.openCandidates === 0
        ? 'In diesem Kapitel sind keine Vorschläge des Extraktors mehr offen.'
        : `${review.openCandidates} ${review.openCandidates === 1 ? 'offener Vorschlag' : 'offene Vorschläge'} des Extraktors, im Text gestrichelt umrandet.`}{' '}
      <a href={review.queuePath}>Vorschläge prüfen</a>
    </p>
  );
};

const PledgeTable: FC<{ pledges: ChapterPageData['pledges'] }> = ({ pledges }) => {
  const { t: messages } = usePageContext();
  const t = messages.chapter;
  const link = useLinks();
  const formatDate = messages.formatDate;
  return (
    <div class="table-scroll">
      <table>
        <TableHead columns={[t.titleColumn, t.statusColumn, t.lastUpdateColumn]} />
        <tbody>
          {pledges.map((pledge) => (
            <tr>
              <td>
                <a href={link.pledge(pledge.slug)}>{pledge.title}</a>
              </td>
              <td>
                <StatusBadge status={pledge.status} />
              </td>
              <td>
                {pledge.latestDevelopment ? (
                  <>
                    <time datetime={pledge.latestDevelopment.eventDate}>{formatDate(pledge.latestDevelopment.eventDate)}</time>:{' '}
                    {pledge.latestDevelopment.title}
                  </>
                ) : (
                  t.none
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
