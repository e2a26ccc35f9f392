// When a Vorhaben is overdue (decision 29): one rule for pages, API, downloads and filters. The
// store says the same in SQL (store/rules.ts), and a test holds the two together.
import { SETTLED_STATUSES, type Status } from './status.ts';

/** Its deadline lies before `today` (YYYY-MM-DD) and it is not settled: neither implemented nor broken. */
export function isOverdue(pledge: { deadline: string | null; status: Status }, today: string): boolean {
  return pledge.deadline !== null && pledge.deadline < today && !SETTLED_STATUSES.includes(pledge.status);
}
