// Back-office routes: the moderation queue of public suggestions (editors and admins).
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { Hono, type Context } from 'hono';
import { ValidationError } from '../../../domain/errors.ts';
import { acceptSuggestion, rejectSuggestion } from '../../../services/admin/suggestion-decisions.ts';
import { loadSuggestion, loadSuggestionQueue } from '../../../services/admin/suggestions.ts';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';
import { fieldErrors, formOf } from '../form-input.ts';
import { pageParam } from '../query.ts';
import { actorOf, requirePermission } from '../permissions.ts';
import { ModeratePage, type ModerationInput } from './moderate-page.tsx';
import { QueuePage } from './queue-page.tsx';

const suggestionStrings = adminMessages.suggestions;

const moderators = requirePermission('content.edit');
const ID = ':id{[0-9]{1,9}}';

/** `?status=accepted|rejected`: the decided suggestions of one status; anything else shows both. */
const decidedStatusParam = (value: string | undefined) => (value === 'accepted' || value === 'rejected' ? value : undefined);

const textOf = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export function suggestionRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render, clock } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/hinweise', moderators, async (c) => {
    const queue = await loadSuggestionQueue(db, actorOf(c), { status: decidedStatusParam(c.req.query('status')), page: pageParam(c) });
    return render(
      c,
      <QueuePage queue={queue} notice={c.req.query('erledigt') === 'abgelehnt' ? suggestionStrings.didReject : undefined} />,
    );
  });

  routes.get(`/hinweise/${ID}`, moderators, async (c) => {
    const actor = actorOf(c);
    return render(
      c,
      <ModeratePage moderation={await loadSuggestion(db, actor, Number(c.req.param('id')), clock())} csrfToken={actor.csrfToken} />,
    );
  });

  /** The form again, with what was typed and the messages at the fields. */
  const again = async (c: Context<AppEnv>, id: number, form: Record<string, string | string[]>, error: ValidationError) => {
    const actor = actorOf(c);
    const input: ModerationInput = {
      title: textOf(form.title),
      event_date: textOf(form.event_date),
      source_title: textOf(form.source_title),
      reason: textOf(form.reason),
    };
    const moderation = await loadSuggestion(db, actor, id, clock());
    return render(c, <ModeratePage moderation={moderation} csrfToken={actor.csrfToken} input={input} errors={fieldErrors(error)} />, 422);
  };

  routes.post(`/hinweise/${ID}/annehmen`, moderators, async (c) => {
    const id = Number(c.req.param('id'));
    const form = await formOf(c);
    try {
      // The decision carries the suggester's address for the notification mail of a later issue.
      const decision = await acceptSuggestion(db, actorOf(c), id, form, clock());
      return c.redirect(`/admin/entwicklungen/${decision.developmentId}`, 303);
    } catch (error) {
      if (error instanceof ValidationError) return again(c, id, form, error);
      throw error;
    }
  });

  routes.post(`/hinweise/${ID}/ablehnen`, moderators, async (c) => {
    const id = Number(c.req.param('id'));
    const form = await formOf(c);
    try {
      await rejectSuggestion(db, actorOf(c), id, form, clock());
      return c.redirect(`/admin/hinweise?erledigt=abgelehnt#hinweis-${id}`, 303);
    } catch (error) {
      if (error instanceof ValidationError) return again(c, id, form, error);
      throw error;
    }
  });

  return routes;
}
