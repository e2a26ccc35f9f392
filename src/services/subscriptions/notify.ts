// The hooks that changes call inside their own transaction: a published development or a decided
// suggestion becomes a mail event, so the mails follow exactly once even across crashes.
import type { Db } from '../../store/database.ts';
import { recordMailEvent } from '../../store/outbox.ts';
import { findDevelopmentById } from '../../store/developments.ts';

/**
 * Call after any change that may have published a development (`now` is the change's time stamp).
 * Only a publication at this very moment is news: editing a development published long ago sends
 * nothing, and one that is withdrawn and published again is not sent a second time. Imports
 * publish developments without calling this: a re-import is no news.
 */
export async function noteDevelopmentChange(db: Db, developmentId: number, now: string): Promise<void> {
  const development = await findDevelopmentById(db, developmentId);
  if (development?.published_at === now) await recordMailEvent(db, 'published', developmentId, now);
}

/** Call when a suggestion was accepted or rejected; the suggester hears of it if they left an address. */
export async function noteSuggestionDecision(
  db: Db,
  decision: { suggestionId: number; suggesterEmail: string | null },
  now: string,
): Promise<void> {
  if (decision.suggesterEmail) await recordMailEvent(db, 'suggestion_decided', decision.suggestionId, now);
}
