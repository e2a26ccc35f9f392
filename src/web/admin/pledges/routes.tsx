// Back-office routes: pledges — list with filters, edit form, conflict page, deleting a draft, a draft from a passage of a chapter.
import { Hono } from 'hono';
import { EditConflictError, ValidationError } from '../../../domain/errors.ts';
import { loadPledgeAdminList } from '../../../services/admin/pledge-list.ts';
import { currentSlugOf, deleteDraftPledge, loadPledgeEditor, savePledge, type PledgeFormValues } from '../../../services/admin/pledges.ts';
import type { AppEnv } from '../../session.ts';
import { ConflictPage, conflictView, resubmittedEdit } from '../../views/conflict-page.tsx';
import type { AdminDeps } from '../deps.ts';
import { fieldErrors, formOf } from '../form-input.ts';
import { actorOf, requirePermission } from '../permissions.ts';
import { PledgeEditPage } from './edit-page.tsx';
import { choicesOf, PLEDGE_FIELDS, PledgeForm } from './pledge-form.tsx';
import { PledgeListPage } from './list-page.tsx';
import { createPledgeFromText } from '../../../services/admin/pledge-from-text.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { ErrorSummary } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { parsePledgeListQuery } from './query.ts';

/** The form's fields as submitted, for showing them again next to an error. */
function submittedValues(form: Record<string, string | string[]>, version: number): PledgeFormValues {
  const text = (name: string) => String([form[name] ?? ''].flat()[0] ?? '');
  return {
    version,
    title: text('title'),
    quote_start: text('quote_start'),
    quote_end: text('quote_end'),
    success_criterion: text('success_criterion'),
    deadline: text('deadline'),
    lead_ministry: text('lead_ministry'),
    partner: text('partner'),
    topics: text('topics'),
    rating: text('rating'),
    published: text('published') === '1',
  };
}

export function pledgeRoutes({ db, render, clock }: AdminDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/vorhaben', async (c) =>
    render(c, <PledgeListPage list={await loadPledgeAdminList(db, actorOf(c), parsePledgeListQuery(c.req.query()))} />),
  );

  routes.get('/vorhaben/:slug', async (c) => {
    const renamed = await currentSlugOf(db, c.req.param('slug'));
    if (renamed) return c.redirect(`/admin/vorhaben/${renamed}`, 301);
    const editor = await loadPledgeEditor(db, actorOf(c), c.req.param('slug'));
    return render(
      c,
      <PledgeEditPage editor={editor} saved={c.req.query('gespeichert') === '1'} created={c.req.query('angelegt') === '1'} />,
    );
  });

  routes.post('/kapitel/:slug/vorhaben', requirePermission('content.edit'), async (c) => {
    const chapterSlug = c.req.param('slug');
    try {
      const slug = await createPledgeFromText(db, actorOf(c), chapterSlug, await formOf(c), clock());
      return c.redirect(`/admin/vorhaben/${slug}?angelegt=1`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const t = adminMessages.pledgeForm;
      return render(
        c,
        <Layout title={t.fromSelectionHeading} area="admin" current="pledges">
          <h1>{t.fromSelectionHeading}</h1>
          <ErrorSummary errors={fieldErrors(error)} />
          <p>
            <a href={`/kapitel/${encodeURIComponent(chapterSlug)}`}>{t.fromSelectionBack}</a>
          </p>
        </Layout>,
        422,
      );
    }
  });

  routes.post('/vorhaben/:slug/loeschen', requirePermission('content.edit'), async (c) => {
    const actor = actorOf(c);
    const slug = c.req.param('slug');
    try {
      await deleteDraftPledge(db, actor, slug, await formOf(c), clock());
      return c.redirect('/admin/vorhaben?geloescht=1', 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return render(c, <PledgeEditPage editor={await loadPledgeEditor(db, actor, slug)} errors={fieldErrors(error)} />, 422);
    }
  });

  routes.post('/vorhaben/:slug', async (c) => {
    const actor = actorOf(c);
    const slug = c.req.param('slug');
    const form = await formOf(c);
    try {
      const saved = await savePledge(db, actor, slug, form, clock());
      return c.redirect(`/admin/vorhaben/${saved}?gespeichert=1`, 303);
    } catch (error) {
      if (error instanceof ValidationError) {
        const editor = await loadPledgeEditor(db, actor, slug);
        return render(
          c,
          <PledgeEditPage
            editor={editor}
            values={submittedValues(form, Number(form.version) || editor.values.version)}
            slugValue={form.slug === undefined ? undefined : String([form.slug].flat()[0])}
            edit={resubmittedEdit(form)}
            errors={fieldErrors(error)}
          />,
          422,
        );
      }
      if (error instanceof EditConflictError) {
        const editor = await loadPledgeEditor(db, actor, slug);
        const conflict = (error as EditConflictError<PledgeFormValues>).conflict;
        const view = conflictView(conflict, PLEDGE_FIELDS);
        return render(
          c,
          <ConflictPage entity={error.entity} view={view}>
            <PledgeForm
              slug={editor.pledge.slug}
              values={{ ...conflict.values, version: conflict.version }}
              edit={view.edit}
              choices={choicesOf(editor)}
            />
          </ConflictPage>,
          409,
        );
      }
      throw error;
    }
  });

  return routes;
}
