// What each status is called, in the languages the tracker speaks: one list for the site, the mails and
// the feeds, so a status never has two names.
import type { Status } from './status.ts';

export const STATUS_NAMES: Record<'de' | 'en', Record<Status, string>> = {
  de: {
    not_started: 'nicht begonnen',
    in_progress: 'begonnen',
    partially_implemented: 'teilweise umgesetzt',
    implemented: 'umgesetzt',
    deferred: 'zurückgestellt',
    broken: 'gebrochen',
    unverifiable: 'nicht prüfbar',
  },
  en: {
    not_started: 'not started',
    in_progress: 'in progress',
    partially_implemented: 'partly implemented',
    implemented: 'implemented',
    deferred: 'deferred',
    broken: 'broken',
    unverifiable: 'not verifiable',
  },
};
