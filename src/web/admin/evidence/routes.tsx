// Back-office routes: the proposals queue of evidence discovery (Funde), overall and per Vorhaben, and
// its two actions. Each action answers with a redirect to the queue at the next proposal, or the queue
// with the messages at the proposal's fields (422). The services check who may review what.
import { Hono, type Context } from 'hono';
import { ValidationError } from '../../../domain/errors.ts';
import { confirmProposal, loadProposalQueue, rejectProposal, type ProposalOutcome } from '../../../services/admin/evidence-review.ts';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';
import { fieldErrors, formOf } from '../form-input.ts';
import { pageParam } from '../query.ts';
import { actorOf } from '../permissions.ts';
import { isProposalDone, proposalPaths, type ProposalDone } from './paths.ts';
import { proposalFieldId } from './proposal-card.tsx';
import { ProposalQueuePage } from './queue-page.tsx';

const ID = ':id{[0-9]{1,9}}';

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
/** The queue an action came from: a Vorhaben's slug, or the overall queue. */
const scopeOf = (value: string | undefined) => (value && /^[\p{Ll}\p{N}][\p{Ll}\p{N}_-]{0,199}$/u.test(value) ? value : undefined);

export function proposalRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render, clock } = deps;
  const routes = new Hono<AppEnv>();

  const show = async (c: Context<AppEnv>, pledgeSlug: string | undefined) => {
    const queue = await loadProposalQueue(db, actorOf(c), { pledgeSlug, page: pageParam(c) });
    const done = c.req.query('erledigt');
    return render(c, <ProposalQueuePage queue={queue} done={isProposalDone(done) ? done : undefined} />);
  };
  routes.get('/funde', (c) => show(c, undefined));
  routes.get('/vorhaben/:slug/funde', (c) => show(c, c.req.param('slug')));

  const action = (
    path: string,
    done: ProposalDone,
    run: (c: Context<AppEnv>, id: number, form: Record<string, string | string[]>) => Promise<ProposalOutcome>,
  ) =>
    routes.post(`/funde/${ID}/${path}`, async (c) => {
      const id = Number(c.req.param('id'));
      const form = await formOf(c);
      const scope = scopeOf(single(form.zurueck));
      try {
        await run(c, id, form);
        const next = single(form.weiter);
        return c.redirect(proposalPaths.queue(scope, { done, next: next && /^[1-9]\d{0,8}$/.test(next) ? Number(next) : undefined }), 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const queue = await loadProposalQueue(db, actorOf(c), { pledgeSlug: scope, page: 1 });
        const errors = Object.fromEntries(
          Object.entries(fieldErrors(error)).map(([field, message]) => [proposalFieldId(id, field), message]),
        );
        const values = Object.fromEntries(Object.entries(form).map(([key, value]) => [key, single(value) ?? '']));
        return render(c, <ProposalQueuePage queue={queue} failed={{ id, errors, values }} />, 422);
      }
    });

  action('bestaetigen', 'bestaetigt', (c, id, form) => confirmProposal(db, actorOf(c), id, form, clock()));
  action('ablehnen', 'abgelehnt', (c, id) => rejectProposal(db, actorOf(c), id, clock()));

  return routes;
}
