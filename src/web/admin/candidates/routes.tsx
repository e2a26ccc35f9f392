// Back-office routes: review of the extractor's candidates per chapter. Each action answers with
// a redirect to the queue at the candidate to look at next, or the queue with its errors (422).
import { Hono, type Context } from 'hono';
import { NotFoundError, ValidationError, problem } from '../../../domain/errors.ts';
import { continueByScore, loadReviewQueue, loadReviewQueueOfCandidate } from '../../../services/admin/candidate-queue.ts';
import {
  acceptCandidate,
  rejectCandidate,
  reopenCandidate,
  undoAcceptance,
  type ReviewOutcome,
} from '../../../services/admin/candidate-review.ts';
import { adjustCandidate, mergeCandidates, splitCandidate } from '../../../services/admin/candidate-reshape.ts';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';
import { fieldErrors, formOf } from '../form-input.ts';
import { pageParam } from '../query.ts';
import { actorOf, requirePermission } from '../permissions.ts';
import { fieldId } from './candidate-card.tsx';
import { isDone, ORDER_PARAM, orderOf, reviewPaths, type Done } from './paths.ts';
import { QueuePage } from './queue-page.tsx';

/** Ids in paths are positive integers that fit a database integer; anything else is not found. */
function idOf(c: Context<AppEnv>): number {
  const raw = c.req.param('id') ?? '';
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw new NotFoundError(problem('notFound.candidate'));
  return Number(raw);
}

/** Form fields as single strings (a repeated field keeps its first value) for showing them again. */
function singleValues(form: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(form).map(([key, value]) => [key, Array.isArray(value) ? (value[0] ?? '') : value]));
}

export function candidateReviewRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render, clock } = deps;
  const routes = new Hono<AppEnv>();
  const editorsOnly = requirePermission('content.edit');

  routes.get('/kapitel/:slug/vorschlaege', editorsOnly, async (c) => {
    const queue = await loadReviewQueue(db, actorOf(c), c.req.param('slug'), pageParam(c), orderOf(c.req.query(ORDER_PARAM)));
    const done = c.req.query('erledigt');
    return render(c, <QueuePage queue={queue} done={isDone(done) ? done : undefined} />);
  });

  type Action = (id: number, form: Record<string, string | string[]>, c: Context<AppEnv>) => Promise<ReviewOutcome>;

  /** Runs one action; a ValidationError shows the queue again with the messages at the candidate's fields. */
  /** Accepting and rejecting go on with the next open candidate; the other actions stay with theirs. */
  const action = (path: string, done: Done, run: Action) =>
    routes.post(`/vorschlaege/:id/${path}`, editorsOnly, async (c) => {
      const id = idOf(c);
      const form = await formOf(c);
      const order = orderOf(c.req.query(ORDER_PARAM));
      try {
        const outcome = await run(id, form, c);
        const place =
          order === 'score'
            ? await continueByScore(
                db,
                outcome.chapterSlug,
                id,
                outcome.candidateId,
                done === 'angenommen' || done === 'abgelehnt' ? 'next' : 'same',
              )
            : outcome;
        return c.redirect(reviewPaths.queue(outcome.chapterSlug, place.page, { done, candidateId: place.candidateId, order }), 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const queue = await loadReviewQueueOfCandidate(db, actorOf(c), id, order);
        const errors = Object.fromEntries(Object.entries(fieldErrors(error)).map(([field, message]) => [fieldId(id, field), message]));
        return render(c, <QueuePage queue={queue} failed={{ candidateId: id, errors, values: singleValues(form) }} />, 422);
      }
    });

  action('annehmen', 'angenommen', (id, form, c) => acceptCandidate(db, actorOf(c), id, form, clock()));
  action('ablehnen', 'abgelehnt', (id, _form, c) => rejectCandidate(db, actorOf(c), id, clock()));
  action('wieder-oeffnen', 'geoeffnet', (id, _form, c) => reopenCandidate(db, actorOf(c), id, clock()));
  action('zuruecknehmen', 'zurueckgenommen', (id, _form, c) => undoAcceptance(db, actorOf(c), id, clock()));
  action('ausschnitt', 'ausschnitt', (id, form, c) => adjustCandidate(db, actorOf(c), id, form, clock()));
  action('zusammenfuehren', 'zusammengefuehrt', (id, form, c) => mergeCandidates(db, actorOf(c), id, form, clock()));
  action('teilen', 'geteilt', (id, _form, c) => splitCandidate(db, actorOf(c), id, clock()));

  return routes;
}
