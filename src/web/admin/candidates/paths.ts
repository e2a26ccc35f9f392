// The back-office URLs of the review queue and its actions (German, like every URL we serve).
import { candidateAnchorId, reviewQueuePath } from '../../../services/public/chapter-page.ts';

/** What a redirect after an action tells the queue page to say; a fixed vocabulary, never user text. */
export const DONE_MESSAGES = {
  angenommen: 'Angenommen: Das Vorhaben ist als Entwurf angelegt; veröffentlicht wird es im Bearbeitungsformular.',
  zurueckgenommen: 'Annahme zurückgenommen: Der Entwurf ist gelöscht, der Vorschlag wieder offen.',
  abgelehnt: 'Abgelehnt.',
  geoeffnet: 'Wieder geöffnet: Der Vorschlag ist zurück in der Liste.',
  ausschnitt: 'Der Ausschnitt ist geändert.',
  zusammengefuehrt: 'Die Vorschläge sind zusammengeführt.',
} as const;

export type Done = keyof typeof DONE_MESSAGES;

export function isDone(value: string | undefined): value is Done {
  return value !== undefined && Object.hasOwn(DONE_MESSAGES, value);
}

export const reviewPaths = {
  queue: (chapterSlug: string, page = 1, options: { done?: Done; candidateId?: number } = {}) => {
    const query = new URLSearchParams();
    if (page > 1) query.set('seite', String(page));
    if (options.done) query.set('erledigt', options.done);
    const search = query.size > 0 ? `?${query}` : '';
    return `${reviewQueuePath(chapterSlug)}${search}${options.candidateId === undefined ? '' : `#${candidateAnchorId(options.candidateId)}`}`;
  },
  accept: (id: number) => `/admin/vorschlaege/${id}/annehmen`,
  reject: (id: number) => `/admin/vorschlaege/${id}/ablehnen`,
  reopen: (id: number) => `/admin/vorschlaege/${id}/wieder-oeffnen`,
  undo: (id: number) => `/admin/vorschlaege/${id}/zuruecknehmen`,
  adjust: (id: number) => `/admin/vorschlaege/${id}/ausschnitt`,
  merge: (id: number) => `/admin/vorschlaege/${id}/zusammenfuehren`,
};
