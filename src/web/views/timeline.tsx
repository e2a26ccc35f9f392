// The developments of a pledge, newest first, each with its sources.
import type { FC } from 'hono/jsx';
import type { PledgePage } from '../../services/public/pledge-page.ts';
import { safeHref } from './safe-href.ts';
import { StatusBadge } from './status-badge.tsx';
import { usePageContext } from './page-context.ts';

export const Timeline: FC<{ updates: PledgePage['timeline'] }> = ({ updates }) => {
  const { t: messages } = usePageContext();
  const t = messages.pledge;
  const formatDate = messages.formatDate;
  return (
  <ol class="timeline">
    {updates.map((update) => (
      <li id={`entwicklung-${update.id}`}>
        <p class="meta">
          <time datetime={update.event_date}>{formatDate(update.event_date)}</time>
          {update.status_change ? (
            <>
              {' · '}
              {t.statusChange}: <StatusBadge status={update.status_change} />
            </>
          ) : null}
          {update.rating_change !== null ? ` · ${t.ratingChange}: ${t.ratingValue(update.rating_change)}` : null}
        </p>
        <h3>{update.title}</h3>
        {update.bodyHtml ? <div dangerouslySetInnerHTML={{ __html: update.bodyHtml }} /> : null}
        {update.sources.length > 0 ? (
          <div class="sources">
            <p>{t.sources}:</p>
            <ul>
              {update.sources.map((source) => (
                <li>
                  {safeHref(source.url) ? (
                    <a href={safeHref(source.url)} rel="nofollow noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                  {source.publisher ? `, ${source.publisher}` : ''}
                  {source.published_on ? (
                    <>
                      {', '}
                      <time datetime={source.published_on}>{formatDate(source.published_on)}</time>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </li>
    ))}
  </ol>
  );
};
