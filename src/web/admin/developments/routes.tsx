// Back-office routes: developments — create, edit, publish, withdraw, delete a draft.
import { Hono, type Context } from 'hono';
import type { FC } from 'hono/jsx';
import { EditConflictError, NotFoundError, ValidationError, problem } from '../../../domain/errors.ts';
import {
  createDevelopment,
  deleteDraft,
  loadNewDevelopmentForm,
  loadDevelopmentEditor,
  saveDevelopment,
  setDevelopmentPublished,
  developmentFormValues,
  type Intent,
  type DevelopmentFormValues,
} from '../../../services/admin/developments.ts';
import type { AppEnv } from '../../session.ts';
import { ConflictPage, conflictView, loadedEdit, resubmittedEdit, type FormEdit } from '../../views/conflict-page.tsx';
import type { FieldErrors } from '../../views/forms.tsx';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { AdminDeps } from '../deps.ts';
import { fieldErrors, formOf } from '../form-input.ts';
import { actorOf } from '../permissions.ts';
import { DEVELOPMENT_FIELDS, DevelopmentForm, DevelopmentFormPage } from './form-page.tsx';

/** The form's fields as submitted, for showing them again next to an error; `published` is the saved state, which the buttons follow. */
function submittedValues(form: Record<string, string | string[]>, published: boolean, version?: number): DevelopmentFormValues {
  const text = (name: string) => String([form[name] ?? ''].flat()[0] ?? '');
  const all = (name: string) => [form[name] ?? []].flat().map(String);
  const urls = all('source_url');
  return {
    version,
    event_date: text('event_date'),
    title: text('title'),
    body: text('body'),
    status_change: text('status_change'),
    rating_change: text('rating_change'),
    // Rows left empty are not sources: the form adds its own empty rows, so a failed submit does not pile them up.
    sources: urls
      .map((url, index) => ({
        url,
        title: all('source_title')[index] ?? '',
        publisher: all('source_publisher')[index] ?? '',
        date: all('source_date')[index] ?? '',
      }))
      .filter((source) => Object.values(source).some((value) => value.trim() !== '')),
    published,
  };
}

function intentOf(value: unknown): Intent | 'keep' {
  return value === 'veroeffentlichen' ? 'publish' : value === 'entwurf' ? 'draft' : 'keep';
}

function developmentIdOf(c: Context<AppEnv>): number {
  const id = Number(c.req.param('id'));
  if (!Number.isSafeInteger(id) || id < 1) throw new NotFoundError(problem('notFound.development'));
  return id;
}

/** The edit page of a saved development, with the values shown and, after a refused save, its messages. */
const EditPage: FC<{
  id: number;
  pledge: { slug: string; title: string };
  archived: boolean;
  values: DevelopmentFormValues;
  edit: FormEdit;
  errors?: FieldErrors;
  saved?: boolean;
}> = ({ id, ...props }) => (
  <DevelopmentFormPage
    heading={adminMessages.developmentForm.editHeading}
    action={`/admin/entwicklungen/${id}`}
    developmentId={id}
    {...props}
  />
);

export function developmentRoutes({ db, render, clock }: AdminDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const today = () => clock().toISOString().slice(0, 10);

  routes.get('/vorhaben/:slug/entwicklungen/neu', async (c) => {
    const pledge = await loadNewDevelopmentForm(db, actorOf(c), c.req.param('slug'));
    const values = { event_date: today(), title: '', body: '', status_change: '', rating_change: '', sources: [], published: false };
    return render(
      c,
      <DevelopmentFormPage
        heading={adminMessages.developmentForm.newHeading}
        pledge={pledge}
        action={`/admin/vorhaben/${pledge.slug}/entwicklungen`}
        values={values}
      />,
    );
  });

  routes.post('/vorhaben/:slug/entwicklungen', async (c) => {
    const actor = actorOf(c);
    const form = await formOf(c);
    const intent = intentOf(form.aktion) === 'publish' ? 'publish' : 'draft';
    try {
      const id = await createDevelopment(db, actor, c.req.param('slug'), form, intent, clock());
      return c.redirect(`/admin/entwicklungen/${id}?gespeichert=1`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const pledge = await loadNewDevelopmentForm(db, actor, c.req.param('slug'));
      return render(
        c,
        <DevelopmentFormPage
          heading={adminMessages.developmentForm.newHeading}
          pledge={pledge}
          action={`/admin/vorhaben/${pledge.slug}/entwicklungen`}
          values={submittedValues(form, false)}
          errors={fieldErrors(error)}
        />,
        422,
      );
    }
  });

  routes.get('/entwicklungen/:id', async (c) => {
    const { development, pledge, archived } = await loadDevelopmentEditor(db, actorOf(c), developmentIdOf(c));
    const values = developmentFormValues(development);
    return render(
      c,
      <EditPage
        id={development.id}
        pledge={pledge}
        archived={archived}
        values={values}
        edit={loadedEdit(values)}
        saved={c.req.query('gespeichert') === '1'}
      />,
    );
  });

  routes.post('/entwicklungen/:id', async (c) => {
    const actor = actorOf(c);
    const id = developmentIdOf(c);
    const form = await formOf(c);
    try {
      await saveDevelopment(db, actor, id, form, intentOf(form.aktion), clock());
      return c.redirect(`/admin/entwicklungen/${id}?gespeichert=1`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError) && !(error instanceof EditConflictError)) throw error;
      const { development, pledge, archived } = await loadDevelopmentEditor(db, actor, id);
      if (error instanceof ValidationError) {
        const values = submittedValues(form, development.published_at !== null, Number(form.version) || development.version);
        return render(
          c,
          <EditPage id={id} pledge={pledge} archived={archived} values={values} edit={resubmittedEdit(form)} errors={fieldErrors(error)} />,
          422,
        );
      }
      const conflict = (error as EditConflictError<DevelopmentFormValues>).conflict;
      const view = conflictView(conflict, DEVELOPMENT_FIELDS);
      return render(
        c,
        <ConflictPage entity={error.entity} view={view}>
          <DevelopmentForm
            action={`/admin/entwicklungen/${id}`}
            values={{ ...conflict.values, version: conflict.version }}
            edit={view.edit}
          />
        </ConflictPage>,
        409,
      );
    }
  });

  /** The saved development's page with the messages of a refused action. */
  const refused = async (c: Context<AppEnv>, id: number, error: ValidationError) => {
    const { development, pledge, archived } = await loadDevelopmentEditor(db, actorOf(c), id);
    const values = developmentFormValues(development);
    return render(
      c,
      <EditPage id={id} pledge={pledge} archived={archived} values={values} edit={loadedEdit(values)} errors={fieldErrors(error)} />,
      422,
    );
  };

  routes.post('/entwicklungen/:id/veroeffentlichen', async (c) => {
    const id = developmentIdOf(c);
    try {
      await setDevelopmentPublished(db, actorOf(c), id, true, clock());
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return refused(c, id, error);
    }
    return c.redirect(`/admin/entwicklungen/${id}`, 303);
  });

  routes.post('/entwicklungen/:id/zurueckziehen', async (c) => {
    await setDevelopmentPublished(db, actorOf(c), developmentIdOf(c), false, clock());
    return c.redirect(`/admin/entwicklungen/${c.req.param('id')}`, 303);
  });

  routes.post('/entwicklungen/:id/loeschen', async (c) => {
    const id = developmentIdOf(c);
    try {
      const slug = await deleteDraft(db, actorOf(c), id, await formOf(c), clock());
      return c.redirect(`/admin/vorhaben/${slug}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return refused(c, id, error);
    }
  });

  return routes;
}
