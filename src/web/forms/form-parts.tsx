// Building blocks of the public forms, in the reader's language: labelled fields with their
// message, the error summary and the honeypot.
import type { FC } from 'hono/jsx';
import { HONEYPOT_FIELD } from '../../services/forms/honeypot.ts';
import type { FieldErrors } from '../views/forms.tsx';
import { useFormMessages } from './messages.ts';

interface FieldProps {
  /** Ids must be unique on the page: the boxes on a pledge page prefix theirs. */
  id: string;
  name: string;
  label: string;
  errors?: FieldErrors;
  required?: boolean;
  hint?: string;
}

function describedBy(props: FieldProps): string | undefined {
  const ids = [props.hint ? `${props.id}-hint` : '', props.errors?.[props.name] ? `${props.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

const Label: FC<FieldProps> = (props) => {
  const t = useFormMessages();
  return (
    <>
      <label for={props.id}>
        {props.label}
        {props.required ? <span class="required"> ({t.required})</span> : null}
      </label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.errors?.[props.name] ? (
        <p class="field-error" id={`${props.id}-error`}>
          {props.errors[props.name]}
        </p>
      ) : null}
    </>
  );
};

export const InputField: FC<FieldProps & { type: 'email' | 'url' | 'text'; value?: string; autocomplete?: string }> = (props) => (
  <div class={`field${props.errors?.[props.name] ? ' has-error' : ''}`}>
    <Label {...props} />
    <input
      id={props.id}
      name={props.name}
      type={props.type}
      value={props.value ?? ''}
      required={props.required}
      autocomplete={props.autocomplete}
      aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
      aria-describedby={describedBy(props)}
    />
  </div>
);

export const TextAreaField: FC<FieldProps & { value?: string; rows?: number }> = (props) => (
  <div class={`field${props.errors?.[props.name] ? ' has-error' : ''}`}>
    <Label {...props} />
    <textarea
      id={props.id}
      name={props.name}
      rows={props.rows ?? 5}
      required={props.required}
      aria-invalid={props.errors?.[props.name] ? 'true' : undefined}
      aria-describedby={describedBy(props)}
    >
      {props.value ?? ''}
    </textarea>
  </div>
);

/** Hidden from people (and from assistive technology); a bot that fills it in is ignored. */
export const Honeypot: FC<{ id: string }> = ({ id }) => {
  const t = useFormMessages();
  return (
    <div class="form-trap" aria-hidden="true">
      <label for={id}>{t.honeypot}</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" value="" tabindex={-1} autocomplete="off" />
    </div>
  );
};

/** Lists every error with a link to its field. `ids` maps a field name to its element id. */
export const PublicErrorSummary: FC<{ errors?: FieldErrors; ids?: Record<string, string>; notice?: string }> = ({
  errors,
  ids = {},
  notice,
}) => {
  const t = useFormMessages();
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0 && !notice) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t.errorSummary}</h2>
      {notice ? <p>{notice}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, message]) => (
            <li>
              <a href={`#${ids[field] ?? field}`}>{message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};
