// `/admin/hinweise`: the open suggestions, oldest first, and the decided ones by status, paged.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import { Notice } from '../../views/forms.tsx';
import type { SuggestionQueue } from '../../../services/admin/suggestions.ts';
import { Layout } from '../../views/layout.tsx';
import { SuggestionDetails } from './suggestion-details.tsx';
import { Pager } from '../../views/pager.tsx';

const t = adminMessages.suggestions;

function pagePath(status: string | undefined, page: number): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (page > 1) query.set('seite', String(page));
  const text = query.toString();
  return `/admin/hinweise${text ? `?${text}` : ''}#entschieden`;
}

export const QueuePage: FC<{ queue: SuggestionQueue; notice?: string }> = ({ queue, notice }) => (
  <Layout title={t.heading} area="admin" current="suggestions">
    <h1>{t.heading}</h1>
    <Notice message={notice} />
    <p class="lead">{t.intro}</p>

    <h2 id="offen">{t.openHeading(queue.openCount)}</h2>
    {queue.open.length === 0 ? <p>{t.noOpen}</p> : null}
    {queue.openCount > queue.open.length ? <p class="hint">{t.openTruncated(queue.open.length)}</p> : null}
    <ol class="suggestion-list">
      {queue.open.map((suggestion) => (
        <li id={`hinweis-${suggestion.id}`}>
          <SuggestionDetails suggestion={suggestion} />
          <p>
            <a class="button" href={`/admin/hinweise/${suggestion.id}`}>
              {t.review}
              <span class="visually-hidden">: {suggestion.pledge.title}</span>
            </a>
          </p>
        </li>
      ))}
    </ol>

    <h2 id="entschieden">{t.decidedHeading}</h2>
    <form method="get" action="/admin/hinweise" class="filter-form">
      <label for="status">{t.filterLabel}</label>
      <select id="status" name="status">
        <option value="" selected={!queue.status}>
          {t.filterAll}
        </option>
        {(['accepted', 'rejected'] as const).map((status) => (
          <option value={status} selected={queue.status === status}>
            {t.statusLabels[status]}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary">
        {t.filterSubmit}
      </button>
    </form>
    {queue.decided.length === 0 ? <p>{t.noDecided}</p> : null}
    <ol class="suggestion-list">
      {queue.decided.map((suggestion) => (
        <li id={`hinweis-${suggestion.id}`}>
          <SuggestionDetails suggestion={suggestion} />
        </li>
      ))}
    </ol>
    <Pager
      label={t.decidedHeading}
      previous={queue.page > 1 ? { href: pagePath(queue.status, queue.page - 1), text: t.newer } : undefined}
      next={queue.hasMore ? { href: pagePath(queue.status, queue.page + 1), text: t.older } : undefined}
    />
  </Layout>
);
