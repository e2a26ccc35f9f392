// `/admin/funde` and `/admin/vorhaben/:slug/funde`: the open proposals of evidence discovery, newest
// first, with keyboard shortcuts like the candidate review (review.js), and the latest decisions.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import { PROPOSALS_PAGE_SIZE, type ProposalQueue } from '../../../services/admin/evidence-review.ts';
import { ErrorSummary, Notice } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { ReviewShortcuts } from '../../views/review-shortcuts.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { ProposalCard, type FailedProposal } from './proposal-card.tsx';
import { proposalPaths, type ProposalDone } from './paths.ts';
import { NumberedPager } from '../../views/pager.tsx';

const t = adminMessages.proposals;

export const LIST_ID = 'liste';

export const ProposalQueuePage: FC<{ queue: ProposalQueue; done?: ProposalDone; failed?: FailedProposal }> = ({ queue, done, failed }) => {
  const { user, assetPath } = usePageContext();
  const heading = queue.pledge ? t.headingOf(queue.pledge.title) : t.heading;
  const back = queue.pledge?.slug ?? '';
  const first = (queue.page - 1) * PROPOSALS_PAGE_SIZE;
  const anyOpen = queue.open.some((item) => item.state === 'open' && item.draft !== null && !item.archived);
  return (
    <Layout title={heading} area="admin" current="proposals">
      <p class="breadcrumb">
        <a href="/admin">{adminMessages.dashboard.title}</a> ›{' '}
        {queue.pledge ? (
          <>
            <a href={`/admin/vorhaben/${queue.pledge.slug}`}>{queue.pledge.title}</a> › <a href={proposalPaths.queue()}>{t.allProposals}</a>
          </>
        ) : (
          t.heading
        )}
      </p>
      <h1>{heading}</h1>
      <p class="lead">{t.intro}</p>
      <ErrorSummary errors={failed?.errors} />
      <Notice message={!failed && done !== undefined && t.done[done]} />
      {anyOpen ? <ReviewShortcuts shortcuts={t.shortcuts} item="den Fund" /> : null}
      <h2 id="offen-heading">{t.openHeading(queue.openCount)}</h2>
      {queue.open.length === 0 ? (
        <p>{t.noOpen}</p>
      ) : (
        <ol class="candidate-list" id={LIST_ID} aria-label={t.listLabel}>
          {queue.open.map((item, index) => (
            <li>
              <ProposalCard
                item={item}
                number={first + index + 1}
                total={queue.openCount}
                csrfToken={user?.csrfToken ?? ''}
                back={back}
                next={queue.open[index + 1]?.id ?? queue.open[index - 1]?.id}
                failed={failed}
                showPledge={!queue.pledge}
              />
            </li>
          ))}
        </ol>
      )}
      <QueuePager queue={queue} />
      <h2>{t.decidedHeading}</h2>
      {queue.decided.length === 0 ? (
        <p>{t.noDecided}</p>
      ) : (
        <ul class="candidate-list finding-decided">
          {queue.decided.map((item, index) => (
            <li>
              <ProposalCard
                item={item}
                number={index + 1}
                total={queue.decided.length}
                csrfToken=""
                back={back}
                next={undefined}
                failed={undefined}
                showPledge={!queue.pledge}
              />
            </li>
          ))}
        </ul>
      )}
      {anyOpen ? <script src={assetPath('review.js')} defer /> : null}
    </Layout>
  );
};

const QueuePager: FC<{ queue: ProposalQueue }> = ({ queue }) => (
  <NumberedPager
    page={queue.page}
    pageCount={queue.pageCount}
    href={(page) => `${proposalPaths.queue(queue.pledge?.slug, { page })}#${LIST_ID}`}
    text={t}
  />
);
