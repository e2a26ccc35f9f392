// `/` and `/vertrag/SLUG`: the agreement's state — status counts, term progress, chapters, latest
// developments — and the other agreements.
import type { FC } from 'hono/jsx';
import type { Overview } from '../../services/public/overview.ts';
import { ArchiveNotice } from '../views/archive-notice.tsx';
import { Layout } from '../views/layout.tsx';
import { StatusBadge } from '../views/status-badge.tsx';
import { StatusBar, StatusLegend } from '../views/status-bar.tsx';
import { StatusTable } from '../views/status-table.tsx';
import { siteFeed } from './site-feed.ts';
import { useContentLang, usePageContext } from '../views/page-context.ts';
import { useLinks } from '../views/links.ts';
import { messages as agreementMessages } from './agreements/messages.ts';
import { messages as statisticsMessages } from './statistics/messages.ts';
import { messages as termMessages } from './terms/messages.ts';
import { Section } from '../views/section.tsx';

export const OverviewPage: FC<{ overview: Overview }> = ({ overview }) => {
  const { t: messages, locale } = usePageContext();
  const t = messages.overview;
  const { agreement, term } = overview;
  const link = useLinks(agreement.scope);
  const contentLang = useContentLang();
  const withPledges = overview.chapters.filter((chapter) => chapter.total > 0);
  const without = overview.chapters.filter((chapter) => chapter.total === 0);
  const formatDate = messages.formatDate;
  const { parties } = overview;
  return (
    <Layout
      title={agreement.title}
      description={`${t.heading}: ${agreement.title}`}
      current="overview"
      agreement={agreement.scope}
      feeds={[siteFeed(messages)]}
    >
      <h1 lang={contentLang}>{agreement.title}</h1>
      <p class="lead" lang={contentLang}>
        {agreement.government.name}
        {parties.length > 0 ? ` (${parties.join(', ')})` : ''}
      </p>
      {agreement.government.active === 1 ? null : <ArchiveNotice />}
      {term ? <TermProgressView term={term} /> : null}

      <Section headingId="status-heading" heading={t.statusHeading}>
        {overview.total === 0 ? (
          <p>{t.noPledges}</p>
        ) : (
          <>
            <p>{t.pledgeCount(overview.total)}</p>
            <StatusBar counts={overview.counts} total={overview.total} />
            <StatusLegend counts={overview.counts} total={overview.total} />
            <p>
              <a href={link.statistics()}>{statisticsMessages[locale].toStatistics}</a>
            </p>
            <ul>
              <li>
                <a href={link.topics()}>{termMessages[locale].browseTopics}</a>
              </li>
              <li>
                <a href={link.ministries()}>{termMessages[locale].browseMinistries}</a>
              </li>
            </ul>
          </>
        )}
      </Section>

      <Section headingId="chapters-heading" heading={t.chaptersHeading}>
        {withPledges.length > 0 ? (
          <StatusTable
            columns={{ name: t.chapterColumn, count: t.pledgesColumn, status: messages.chapter.statusColumn }}
            rows={withPledges.map((chapter) => ({
              href: link.chapter(chapter.slug),
              label: chapterLabel(chapter),
              counts: chapter.counts,
              total: chapter.total,
            }))}
          />
        ) : null}
        {without.length > 0 ? (
          // Collapsed while other chapters have Vorhaben; open when none has (a freshly imported agreement).
          <details class="chapters-without" open={withPledges.length === 0}>
            <summary>{t.chaptersWithout(without.length)}</summary>
            <ul lang={contentLang}>
              {without.map((chapter) => (
                <li>
                  <a href={link.chapter(chapter.slug)}>{chapterLabel(chapter)}</a>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </Section>

      <Section headingId="latest-heading" heading={t.latestHeading}>
        {overview.recentDevelopments.length === 0 ? (
          <p>{t.noDevelopments}</p>
        ) : (
          <ul class="recent">
            {overview.recentDevelopments.map((development) => (
              <li>
                <time datetime={development.eventDate}>{formatDate(development.eventDate)}</time>:{' '}
                <span lang={contentLang}>
                  <a href={link.pledge(development.pledgeSlug)}>{development.pledgeTitle}</a> – {development.title}
                </span>
                {development.statusChange ? (
                  <>
                    {' '}
                    <StatusBadge status={development.statusChange} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {overview.otherAgreements.length > 0 ? <OtherAgreements others={overview.otherAgreements} /> : null}
    </Layout>
  );
};

/** Each other agreement by its own address, with its government; an archived one says it is no longer updated. */
const OtherAgreements: FC<{ others: Overview['otherAgreements'] }> = ({ others }) => {
  const { t: messages, locale } = usePageContext();
  const t = agreementMessages[locale];
  const link = useLinks();
  return (
    <Section headingId="others-heading" heading={messages.overview.otherAgreements}>
      <ul>
        {others.map((other) => (
          <li>
            <a href={link.agreement(other.slug)}>{other.title}</a> ({other.government.name}
            {other.government.active === 1 ? null : (
              <>
                , <strong>{t.archived}</strong>
              </>
            )}
            )
          </li>
        ))}
      </ul>
      <p>
        <a href={link.agreements()}>{t.all}</a>
      </p>
    </Section>
  );
};

const TermProgressView: FC<{ term: NonNullable<Overview['term']> }> = ({ term }) => {
  const { t: messages } = usePageContext();
  const t = messages.overview;
  const formatDate = messages.formatDate;
  const text = term.day === 0 ? t.termNotStarted : term.day >= term.days ? t.termOver : t.term(term.percent, term.day, term.days);
  return (
    <p class="term">
      {t.termRange}: <time datetime={term.start}>{formatDate(term.start)}</time> – <time datetime={term.end}>{formatDate(term.end)}</time>.{' '}
      <span id="term-text">{text}</span>
      <br />
      <progress class="term-progress" max={term.days} value={term.day} aria-labelledby="term-text">
        {term.percent} %
      </progress>
    </p>
  );
};

const chapterLabel = (chapter: { number: string | null; title: string }) => `${chapter.number ? `${chapter.number} ` : ''}${chapter.title}`;
