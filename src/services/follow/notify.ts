// The hooks that changes call inside their own transaction: a published development or a decided
// suggestion becomes a mail event, so the mails follow exactly once even across crashes.
import type { Db } from '../../store/database.ts';
import { recordMailEvent } from '../../store/outbox.ts';
import { findUpdateById } from '../../store/updates.ts';

/**
 * Call after any change that may have published a development. A development notifies once, on
 * its first publication; withdrawing and publishing it again does not send it a second time.
 * Imports publish developments without calling this: a re-import is no news.
 */
export async function noteDevelopmentChange(db: Db, updateId: number, now: string): Promise<void> {
  const update = await findUpdateById(db, updateId);
  if (update?.published_at) await recordMailEvent(db, 'published', updateId, now);
}

/** Call when a suggestion was accepted or rejected; the suggester hears of it if they left an address. */
export async function noteSuggestionDecision(db: Db, decision: { suggestionId: number; suggesterEmail: string | null }, now: string): Promise<void> {
  if (decision.suggesterEmail) await recordMailEvent(db, 'suggestion_decided', decision.suggestionId, now);
}
