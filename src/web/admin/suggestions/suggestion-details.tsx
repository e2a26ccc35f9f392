// One suggestion as moderators read it: the pledge, the text, the source, when it came in and
// what was decided. The source is a link only when it is an http(s) address.
import { adminMessages, formatDateTime } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import type { SuggestionView } from '../../../services/admin/suggestions.ts';
import { safeHref } from '../../views/safe-href.ts';

const t = adminMessages.suggestions;

export const SourceLink: FC<{ url: string }> = ({ url }) => {
  const href = safeHref(url);
  if (href) {
    return (
      <a href={href} rel="nofollow noopener noreferrer" class="source-link">
        {url}
      </a>
    );
  }
  return (
    <span class="unsafe-source">
      {t.unsafeSource} <code>{url}</code>
    </span>
  );
};

export const SuggestionDetails: FC<{ suggestion: SuggestionView }> = ({ suggestion }) => (
  <dl class="suggestion-details">
    <dt>{t.pledge}</dt>
    <dd>
      <a href={`/vorhaben/${encodeURIComponent(suggestion.pledge.slug)}`}>{suggestion.pledge.title}</a>
      {suggestion.archived && suggestion.status === 'open' ? <strong class="archived-mark"> · {t.archivedPledge}</strong> : null}
    </dd>
    <dt>{t.text}</dt>
    <dd class="suggestion-text">{suggestion.text}</dd>
    <dt>{t.source}</dt>
    <dd>
      <SourceLink url={suggestion.sourceUrl} />
    </dd>
    <dt>{t.received}</dt>
    <dd>
      <time datetime={suggestion.createdAt}>{formatDateTime(suggestion.createdAt)}</time>
      {suggestion.wantsReply ? ` · ${t.wantsReply}` : null}
    </dd>
    {suggestion.status !== 'open' ? (
      <>
        <dt>{t.decided}</dt>
        <dd>
          <span class={`decision decision-${suggestion.status}`}>{t.statusLabels[suggestion.status]}</span>
          {suggestion.decidedAt ? (
            <>
              {' · '}
              <time datetime={suggestion.decidedAt}>{formatDateTime(suggestion.decidedAt)}</time>
            </>
          ) : null}
          {suggestion.decidedBy ? ` · ${suggestion.decidedBy}` : null}
          {suggestion.developmentId !== null ? (
            <>
              {' · '}
              <a href={`/admin/entwicklungen/${suggestion.developmentId}`}>{t.draft}</a>
            </>
          ) : null}
        </dd>
        {suggestion.reason ? (
          <>
            <dt>{t.reason}</dt>
            <dd class="suggestion-text">{suggestion.reason}</dd>
          </>
        ) : null}
      </>
    ) : null}
  </dl>
);
