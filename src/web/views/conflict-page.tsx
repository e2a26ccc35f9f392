// A form loaded from an older version, merged with the saved one: what changed and by whom, and
// the form again — the saved version with this editor's changes on top, and a choice where both
// changed the same field. Nothing is saved until the editor saves that form.
import { formatDateTime } from '../i18n/admin/catalogue.ts';
import type { Child, FC } from 'hono/jsx';
import type { EditConflict, LastChange } from '../../domain/errors.ts';
import { ErrorSummary } from './forms.tsx';
import { Layout } from './layout.tsx';
import { usePageContext } from './page-context.ts';

/** How a form's merge units read: their labels, and a unit's value as text. */
export interface FieldTexts<T> {
  labels: Record<string, string>;
  show(unit: string, values: T): string;
}

export interface DecisionView {
  unit: string;
  label: string;
  mine: string;
  theirs: string;
  change?: LastChange;
}

/** The merge part of an edit form: the values it rests on (JSON) and the decisions it asks for. */
export interface FormEdit {
  base: string;
  decisions?: DecisionView[];
  /** The form came back without a decision it had asked for. */
  undecided?: boolean;
}

/** A form freshly loaded from `values`. */
export function loadedEdit(values: object): FormEdit {
  return { base: JSON.stringify(values) };
}

/** A form submitted again after an error: it still rests on what it was loaded with. */
export function resubmittedEdit(form: Record<string, string | string[]>): FormEdit {
  return { base: typeof form.base === 'string' ? form.base : '' };
}

export interface ConflictView {
  edit: FormEdit;
  theirs: { label: string; value: string; change?: LastChange }[];
  mine: string[];
}

export function conflictView<T>(conflict: EditConflict<T>, texts: FieldTexts<T>): ConflictView {
  const label = (unit: string) => texts.labels[unit] ?? unit;
  return {
    edit: {
      base: JSON.stringify(conflict.base),
      decisions: conflict.conflicts.map((unit) => ({
        unit,
        label: label(unit),
        mine: texts.show(unit, conflict.values),
        theirs: texts.show(unit, conflict.current),
        change: conflict.changes[unit],
      })),
      undecided: conflict.undecided,
    },
    theirs: conflict.theirs.map((unit) => ({
      label: label(unit),
      value: texts.show(unit, conflict.current),
      change: conflict.changes[unit],
    })),
    mine: conflict.mine.map(label),
  };
}

const ChangedBy: FC<{ change?: LastChange }> = ({ change }) => {
  const { user } = usePageContext();
  if (!change) return <>geändert (ohne Eintrag im Protokoll)</>;
  const who =
    change.userId === null
      ? 'vom System'
      : change.userId === user?.id
        ? 'von Ihnen in einem anderen Fenster'
        : `von ${change.email ?? 'einem gelöschten Konto'}`;
  return (
    <>
      geändert {who} am <time datetime={change.at}>{formatDateTime(change.at)}</time>
    </>
  );
};

const shown = (value: string) => (value === '' ? '–' : value);

const DecisionField: FC<{ decision: DecisionView; undecided: boolean }> = ({ decision, undecided }) => {
  const name = `decision_${decision.unit}`;
  const error = undecided ? `${name}-error` : '';
  return (
    <fieldset class="merge-decision" id={`entscheidung-${decision.unit}`}>
      <legend>{decision.label}: Welche Fassung soll gelten?</legend>
      {undecided ? (
        <p class="field-error" id={error}>
          Bitte wählen Sie eine der beiden Fassungen.
        </p>
      ) : null}
      <div class="merge-sides">
        <div class="merge-side">
          <div class="field-radio">
            <input
              type="radio"
              id={`${name}-mine`}
              name={name}
              value="mine"
              required
              aria-describedby={`${name}-mine-value ${error}`.trim()}
              aria-invalid={undecided ? 'true' : undefined}
            />
            <label for={`${name}-mine`}>Ihre Fassung</label>
          </div>
          <p class="merge-value" id={`${name}-mine-value`}>
            {shown(decision.mine)}
          </p>
        </div>
        <div class="merge-side">
          <div class="field-radio">
            <input
              type="radio"
              id={`${name}-theirs`}
              name={name}
              value="theirs"
              required
              aria-describedby={`${name}-theirs-by ${name}-theirs-value ${error}`.trim()}
              aria-invalid={undecided ? 'true' : undefined}
            />
            <label for={`${name}-theirs`}>Gespeicherte Fassung</label>
          </div>
          <p class="hint" id={`${name}-theirs-by`}>
            <ChangedBy change={decision.change} />
          </p>
          <p class="merge-value" id={`${name}-theirs-value`}>
            {shown(decision.theirs)}
          </p>
        </div>
      </div>
    </fieldset>
  );
};

/** Inside an edit form: the hidden base, and a required choice for each field both editors changed. */
export const EditFields: FC<{ edit: FormEdit }> = ({ edit }) => {
  const decisions = edit.decisions ?? [];
  return (
    <>
      <input type="hidden" name="base" value={edit.base} />
      {decisions.length > 0 ? (
        <div class="merge-decisions">
          <input type="hidden" name="asked" value={decisions.map((decision) => decision.unit).join(',')} />
          <h2>Bitte entscheiden</h2>
          <p class="hint">
            Diese Felder haben Sie und jemand anderes geändert. Wählen Sie je Feld, welche Fassung gelten soll. Ihre Fassung steht schon im
            Formular unten und lässt sich dort noch ändern.
          </p>
          {decisions.map((decision) => (
            <DecisionField decision={decision} undecided={edit.undecided ?? false} />
          ))}
        </div>
      ) : null}
    </>
  );
};

export const ConflictPage: FC<{ entity: string; view: ConflictView; children?: Child }> = ({ entity, view, children }) => {
  const decisions = view.edit.decisions ?? [];
  const errors = view.edit.undecided
    ? Object.fromEntries(decisions.map((decision) => [`decision_${decision.unit}-mine`, `${decision.label}: bitte eine Fassung wählen`]))
    : undefined;
  return (
    <Layout title="Bearbeitungskonflikt" area="admin">
      <h1>Bearbeitungskonflikt</h1>
      <div class="notice" role="alert">
        <p>
          {entity} wurde geändert, während Sie es bearbeitet haben. Noch ist <strong>nichts</strong> gespeichert, und nichts wurde
          überschrieben.
        </p>
        <p>
          Das Formular unten zeigt die gespeicherte Fassung mit Ihren Änderungen darin.
          {decisions.length > 0
            ? ' Wo Sie und jemand anderes dasselbe Feld geändert haben, wählen Sie bitte, welche Fassung gelten soll.'
            : ''}{' '}
          Prüfen Sie es und speichern Sie dann.
        </p>
      </div>
      <ErrorSummary errors={errors} />
      <h2>Was sich geändert hat</h2>
      {decisions.length > 0 ? (
        <>
          <h3>Von Ihnen und von anderen geändert: bitte unten entscheiden</h3>
          <ul>
            {decisions.map((decision) => (
              <li>
                <a href={`#entscheidung-${decision.unit}`}>{decision.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.theirs.length > 0 ? (
        <>
          <h3>Inzwischen von anderen geändert: übernommen</h3>
          <ul class="merge-changes">
            {view.theirs.map((change) => (
              <li>
                {change.label}: „{shown(change.value)}“, <ChangedBy change={change.change} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.mine.length > 0 ? (
        <>
          <h3>Ihre Änderungen: eingetragen</h3>
          <ul>
            {view.mine.map((label) => (
              <li>{label}</li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </Layout>
  );
};
