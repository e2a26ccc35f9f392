// The developments of a pledge, newest first, each with its sources.
import type { FC } from 'hono/jsx';
import type { PledgePage } from '../../services/public/pledge-page.ts';
import { safeHref } from './safe-href.ts';
import { StatusBadge } from './status-badge.tsx';
import { useContentLang, usePageContext } from './page-context.ts';

/** The title the import writes (services/import/apply-statement.ts), which the page says in its own language. */
const IMPORTED_TITLE = /^Stand aus (.+) übernommen$/;

export const Timeline: FC<{ developments: PledgePage['timeline'] }> = ({ developments }) => {
  const { t: messages } = usePageContext();
  const t = messages.pledge;
  const formatDate = messages.formatDate;
  const contentLang = useContentLang();
  return (
    <ol class="timeline">
      {developments.map((development) => (
        <li id={`entwicklung-${development.id}`}>
          <p class="meta">
            <time datetime={development.event_date}>{formatDate(development.event_date)}</time>
            {development.status_change ? (
              <>
                {' · '}
                {t.statusChange}: <StatusBadge status={development.status_change} />
              </>
            ) : null}
            {development.rating_change !== null ? ` · ${t.ratingChange}: ${t.ratingValue(development.rating_change)}` : null}
          </p>
          {development.origin === 'import' && IMPORTED_TITLE.test(development.title) ? (
            <h3>{t.importedState(IMPORTED_TITLE.exec(development.title)![1]!)}</h3>
          ) : (
            <h3 lang={contentLang}>{development.title}</h3>
          )}
          {development.bodyHtml ? <div lang={contentLang} dangerouslySetInnerHTML={{ __html: development.bodyHtml }} /> : null}
          {development.sources.length > 0 ? (
            <div class="sources">
              <p>{t.sources}:</p>
              <ul>
                {development.sources.map((source) => (
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
