// The back-office URLs of the review queue and its actions (German, like every URL we serve).
import { candidateAnchorId, reviewQueuePath } from '../../../services/public/chapter-page.ts';
import type { QueueOrder } from '../../../services/admin/candidate-queue.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';

/** What a redirect after an action tells the queue page to say; a fixed vocabulary, never user text. */
export const DONE_MESSAGES = adminMessages.candidateQueue.done;

export type Done = keyof typeof DONE_MESSAGES;

export function isDone(value: string | undefined): value is Done {
  return value !== undefined && Object.hasOwn(DONE_MESSAGES, value);
}

/** `ordnung=punkte`: the queue by the extractor's score; the default is the text's order. */
export const ORDER_PARAM = 'ordnung';
export const SCORE_ORDER = 'punkte';

export function orderOf(value: string | undefined): QueueOrder {
  return value === SCORE_ORDER ? 'score' : 'text';
}

/** An action's path, telling the route in which order the queue is shown. */
const inOrder = (path: string, order: QueueOrder = 'text') => (order === 'score' ? `${path}?${ORDER_PARAM}=${SCORE_ORDER}` : path);

export const reviewPaths = {
  queue: (chapterSlug: string, page = 1, options: { done?: Done; candidateId?: number; order?: QueueOrder } = {}) => {
    const query = new URLSearchParams();
    if (options.order === 'score') query.set(ORDER_PARAM, SCORE_ORDER);
    if (page > 1) query.set('seite', String(page));
    if (options.done) query.set('erledigt', options.done);
    const search = query.size > 0 ? `?${query}` : '';
    return `${reviewQueuePath(chapterSlug)}${search}${options.candidateId === undefined ? '' : `#${candidateAnchorId(options.candidateId)}`}`;
  },
  accept: (id: number, order?: QueueOrder) => inOrder(`/admin/vorschlaege/${id}/annehmen`, order),
  reject: (id: number, order?: QueueOrder) => inOrder(`/admin/vorschlaege/${id}/ablehnen`, order),
  reopen: (id: number, order?: QueueOrder) => inOrder(`/admin/vorschlaege/${id}/wieder-oeffnen`, order),
  undo: (id: number, order?: QueueOrder) => inOrder(`/admin/vorschlaege/${id}/zuruecknehmen`, order),
  adjust: (id: number, order?: QueueOrder) => inOrder(`/admin/vorschlaege/${id}/ausschnitt`, order),
  merge: (id: number, order?: QueueOrder) => inOrder(`/admin/vorschlaege/${id}/zusammenfuehren`, order),
  split: (id: number, order?: QueueOrder) => inOrder(`/admin/vorschlaege/${id}/teilen`, order),
};
