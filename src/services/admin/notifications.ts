// Use cases: an editor's own mail notifications (a mail when a suggestion arrives, per account and
// off unless asked for), and the mails they lead to, queued by the mail worker from the event.
import { ForbiddenError, problem } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/roles.ts';
import { suggestionAlertMail } from '../../mail/editor-templates.ts';
import { recordAudit } from '../../store/audit.ts';
import type { Db } from '../../store/database.ts';
import { enqueueMails } from '../../store/outbox.ts';
import { findSuggestionById } from '../../store/suggestions.ts';
import { findUserById, listSuggestionWatchers, setSuggestionNotification } from '../../store/users.ts';

export const NOTIFICATIONS_PATH = '/admin/benachrichtigungen';

function assertModerator(actor: Actor): void {
  if (!can(actor, 'content.edit')) throw new ForbiddenError(problem('forbidden.moderateSuggestions'));
}

export async function loadNotificationSettings(db: Db, actor: Actor): Promise<{ suggestions: boolean }> {
  assertModerator(actor);
  return { suggestions: (await findUserById(db, actor.id))?.notify_suggestions === 1 };
}

/** Saves the form (a ticked `hinweise` asks for the mails); audited when it changes something. */
export async function saveNotificationSettings(db: Db, actor: Actor, input: Record<string, unknown>, now: Date): Promise<void> {
  assertModerator(actor);
  const wanted = input.hinweise === '1';
  await db.transaction().execute(async (trx) => {
    const before = (await findUserById(trx, actor.id))?.notify_suggestions === 1;
    if (before === wanted) return;
    await setSuggestionNotification(trx, actor.id, wanted);
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: 'user.notifications',
        entityType: 'user',
        entityId: actor.id,
        summary: wanted ? 'Mail bei neuen Hinweisen bestellt' : 'Mail bei neuen Hinweisen abbestellt',
        before: { notify_suggestions: before ? 1 : 0 },
        after: { notify_suggestions: wanted ? 1 : 0 },
      },
      now.toISOString(),
    );
  });
}

/** One mail per account that asked for it, about a suggestion that arrived; once each (the outbox's key). */
export async function queueSuggestionAlerts(db: Db, baseUrl: string, suggestionId: number, stamp: string): Promise<void> {
  const suggestion = await findSuggestionById(db, suggestionId);
  if (!suggestion || suggestion.status !== 'open') return;
  const base = baseUrl.replace(/\/+$/, '');
  const content = suggestionAlertMail({
    pledgeTitle: suggestion.pledge_title,
    text: suggestion.text,
    sourceUrl: suggestion.source_url,
    reviewUrl: `${base}/admin/hinweise/${suggestionId}`,
    settingsUrl: `${base}${NOTIFICATIONS_PATH}`,
  });
  const watchers = await listSuggestionWatchers(db);
  await enqueueMails(
    db,
    watchers.map((watcher) => ({
      dedupKey: `suggestion-received:${suggestionId}:${watcher.id}`,
      recipient: watcher.email,
      ...content,
      unsubscribeHash: null,
    })),
    stamp,
  );
}
