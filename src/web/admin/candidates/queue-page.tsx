// `/admin/kapitel/:slug/vorschlaege`: a chapter's candidates in text order, with progress at the
// top, keyboard shortcuts (announced once the script runs) and the candidates no longer in the text.
import type { FC } from 'hono/jsx';
import type { ReviewQueue } from '../../../services/admin/candidate-queue.ts';
import { paths } from '../../../services/public/paths.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { AdminArchiveNotice } from '../../views/archive-notice.tsx';
import { ErrorSummary, Notice } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { ReviewShortcuts } from '../../views/review-shortcuts.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { CandidateCard, type FailedForm } from './candidate-card.tsx';
import { DONE_MESSAGES, reviewPaths, type Done } from './paths.ts';
import { NumberedPager } from '../../views/pager.tsx';

const DECISION_LABELS = adminMessages.decisionLabels;
const t = adminMessages.queueOrder;

export const LIST_ID = 'liste';

const q = adminMessages.candidateQueue;

export const QueuePage: FC<{ queue: ReviewQueue; done?: Done; failed?: FailedForm }> = ({ queue, done, failed }) => {
  const { user, assetPath } = usePageContext();
  const { chapter, progress } = queue;
  return (
    <Layout title={q.title(chapter.heading)} area="admin">
      <p class="breadcrumb">
        <a href="/admin">{q.breadcrumbHome}</a> › {q.breadcrumb}
      </p>
      <h1>{q.title(chapter.heading)}</h1>
      {queue.archived ? <AdminArchiveNotice /> : null}
      <ErrorSummary errors={failed?.errors} />
      <Notice message={!failed && done !== undefined && DONE_MESSAGES[done]} />
      <section class="review-progress" aria-labelledby="progress-heading">
        <h2 id="progress-heading">{q.progress}</h2>
        <p>
          <strong>{q.reviewedOf(progress.reviewed, progress.total)}</strong> {adminMessages.dashboard.reviewedTail(progress.total)}{' '}
          <a href={paths.chapter(chapter.slug)}>{q.readChapter}</a>
        </p>
        <progress
          max={Math.max(1, progress.total)}
          value={progress.reviewed}
          aria-label={adminMessages.dashboard.reviewed(progress.reviewed, progress.total)}
        >
          {progress.reviewed} / {progress.total}
        </progress>
      </section>
      {queue.archived ? null : <ReviewShortcuts shortcuts={q.shortcuts} item={q.shortcutItem} />}
      <p class="queue-order">
        {queue.order === 'score' ? (
          <>
            {t.byScore} <a href={`${reviewPaths.queue(chapter.slug)}#${LIST_ID}`}>{t.showTextOrder}</a>
          </>
        ) : (
          <>
            {t.byText} <a href={`${reviewPaths.queue(chapter.slug, 1, { order: 'score' })}#${LIST_ID}`}>{t.showScoreOrder}</a>
          </>
        )}
      </p>
      {queue.items.length === 0 ? (
        <p>{q.nothing}</p>
      ) : (
        <ol class="candidate-list" id={LIST_ID} aria-label={queue.order === 'score' ? t.listByScore : t.listByText} data-in-place="">
          {queue.items.map((item) => (
            <li>
              <CandidateCard
                item={item}
                total={progress.total}
                bodyLength={chapter.bodyLength}
                csrfToken={user?.csrfToken ?? ''}
                failed={failed}
                readOnly={queue.archived}
                order={queue.order}
              />
            </li>
          ))}
        </ol>
      )}
      <QueuePager queue={queue} />
      {queue.gone.length > 0 ? <GoneList queue={queue} /> : null}
      {queue.archived ? null : <script src={assetPath('review.js')} defer />}
    </Layout>
  );
};

const QueuePager: FC<{ queue: ReviewQueue }> = ({ queue }) => (
  <NumberedPager
    page={queue.page}
    pageCount={queue.pageCount}
    href={(page) => `${reviewPaths.queue(queue.chapter.slug, page, { order: queue.order })}#${LIST_ID}`}
    text={q}
  />
);

const GoneList: FC<{ queue: ReviewQueue }> = ({ queue }) => (
  <details class="gone-candidates">
    <summary>{q.gone(queue.gone.length)}</summary>
    <ul>
      {queue.gone.map((row) => (
        <li>
          „{row.text}“ – {DECISION_LABELS[row.decision]}
          {row.pledge ? (
            <>
              {` ${q.goneAs} `}
              <a href={paths.pledge(row.pledge.slug)}>{row.pledge.title}</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  </details>
);
