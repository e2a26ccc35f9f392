// Form building blocks: labelled fields with their error message, an error summary, the CSRF field.
import type { Child, FC } from 'hono/jsx';

export type FieldErrors = Record<string, string>;

interface FieldProps {
  name: string;
  label: string;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
}

function describedBy(name: string, errors: FieldErrors | undefined, hint: string | undefined): string | undefined {
  const ids = [hint ? `${name}-hint` : '', errors?.[name] ? `${name}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

const FieldMessages: FC<{ name: string; errors?: FieldErrors; hint?: string }> = ({ name, errors, hint }) => (
  <>
    {hint ? (
      <p class="hint" id={`${name}-hint`}>
        {hint}
      </p>
    ) : null}
    {errors?.[name] ? (
      <p class="field-error" id={`${name}-error`}>
        {errors[name]}
      </p>
    ) : null}
  </>
);

/** `id` defaults to `name`; repeated fields (several sources) need their own ids, and errors go by id. */
/** `list`: the id of a datalist whose values the browser offers while typing. */
export const TextField: FC<
  FieldProps & {
    id?: string;
    value?: string | number | null;
    type?: string;
    autocomplete?: string;
    inputmode?: 'numeric' | 'url' | 'email';
    list?: string;
  }
> = (props) => {
  const id = props.id ?? props.name;
  return (
    <div class={`field${props.errors?.[id] ? ' has-error' : ''}`}>
      <label for={id}>
        {props.label}
        {props.required ? <span class="required"> (Pflichtfeld)</span> : null}
      </label>
      <FieldMessages name={id} errors={props.errors} hint={props.hint} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value === null || props.value === undefined ? '' : String(props.value)}
        required={props.required}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        list={props.list}
        aria-invalid={props.errors?.[id] ? 'true' : undefined}
        aria-describedby={describedBy(id, props.errors, props.hint)}
      />
    </div>
  );
};

export const TextArea: FC<FieldProps & { value?: string | null; rows?: number }> = (props) => (
  <div class={`field${props.errors?.[props.name] ? ' has-error' : ''}`}>
    <label for={props.name}>
      {props.label}
      {props.required ? <span class="required"> (Pflichtfeld)</span> : null}
    </label>
    <FieldMessages name={props.name} errors={props.errors} hint={props.hint} />
    <textarea
      id={props.name}
      name={props.name}
      rows={props.rows ?? 5}
      required={props.required}
      aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
      aria-describedby={describedBy(props.name, props.errors, props.hint)}
    >
      {props.value ?? ''}
    </textarea>
  </div>
);

export const SelectField: FC<FieldProps & { value?: string | null; options: { value: string; label: string }[] }> = (props) => (
  <div class={`field${props.errors?.[props.name] ? ' has-error' : ''}`}>
    <label for={props.name}>{props.label}</label>
    <FieldMessages name={props.name} errors={props.errors} hint={props.hint} />
    <select
      id={props.name}
      name={props.name}
      aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
      aria-describedby={describedBy(props.name, props.errors, props.hint)}
    >
      {props.options.map((option) => (
        <option value={option.value} selected={option.value === (props.value ?? '')}>
          {option.label}
        </option>
      ))}
    </select>
  </div>
);

export const CheckboxField: FC<{ name: string; label: string; checked: boolean }> = ({ name, label, checked }) => (
  <div class="field field-checkbox">
    <input type="checkbox" id={name} name={name} value="1" checked={checked} />
    <label for={name}>{label}</label>
  </div>
);

/** The outcome of the last action, read out by screen readers; nothing without a message. */
export const Notice: FC<{ message?: string | false }> = ({ message }) =>
  message ? (
    <p class="flash" role="status">
      {message}
    </p>
  ) : null;

export const CsrfField: FC<{ token: string }> = ({ token }) => <input type="hidden" name="_csrf" value={token} />;

/** A delete that asks first: the server refuses it without the ticked `confirm` and says so in `errors.confirm`. */
export const ConfirmedDeleteForm: FC<{
  action: string;
  class: string;
  csrfToken: string;
  hint?: string;
  confirmLabel: string;
  button: string;
  errors?: FieldErrors;
}> = (props) => (
  <form method="post" action={props.action} class={props.class}>
    <CsrfField token={props.csrfToken} />
    {props.hint ? <p class="hint">{props.hint}</p> : null}
    {props.errors?.confirm ? <p class="field-error">{props.errors.confirm}</p> : null}
    <CheckboxField name="confirm" label={props.confirmLabel} checked={false} />
    <button type="submit" class="danger">
      {props.button}
    </button>
  </form>
);

/** A form shown but not usable (an archive): a disabled fieldset disables every control inside it. */
export const ReadOnly: FC<{ when: boolean; children?: Child }> = ({ when, children }) =>
  when ? (
    <fieldset class="read-only" disabled>
      {children}
    </fieldset>
  ) : (
    <>{children}</>
  );

/** Lists every error with a link to its field, and is focused-friendly for screen readers. */
export const ErrorSummary: FC<{ errors?: FieldErrors }> = ({ errors }) => {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">Bitte korrigieren</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
};

/**
 * One button that switches a row's state (archive or reopen, lock or unlock); `danger` when it switches
 * something off. The label names the row for screen readers.
 */
export const SwitchForm: FC<{ action: string; csrfToken: string; text: string; label: string; danger: boolean }> = ({
  action,
  csrfToken,
  text,
  label,
  danger,
}) => (
  <form method="post" action={action} class="inline-form">
    <CsrfField token={csrfToken} />
    <button type="submit" class={danger ? 'danger' : 'secondary'} aria-label={label}>
      {text}
    </button>
  </form>
);
