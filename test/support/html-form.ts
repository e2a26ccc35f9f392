// Reading forms out of server-rendered HTML, as a browser would submit them.
import { parseHtml, type Tag } from './html.ts';

/** The name/value pairs a browser would send from the form, in document order (submit buttons left out). */
export function formEntries(form: Tag): [string, string][] {
  const entries: [string, string][] = [];
  for (const field of form.findAll('input[name], textarea[name], select[name]')) {
    const name = field.attr('name')!;
    if (field.name === 'input') {
      const type = field.attr('type') ?? 'text';
      if (type === 'submit' || type === 'button' || type === 'image' || type === 'reset') continue;
      if ((type === 'checkbox' || type === 'radio') && field.attr('checked') === undefined) continue;
      entries.push([name, field.attr('value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '')]);
    } else if (field.name === 'textarea') {
      // A browser drops the newline right after <textarea>.
      entries.push([name, field.rawText.replace(/^\r?\n/, '')]);
    } else {
      const options = field.findAll('option');
      const chosen = options.find((option) => option.attr('selected') !== undefined) ?? options[0];
      if (chosen) entries.push([name, chosen.attr('value') ?? chosen.text]);
    }
  }
  return entries;
}

/** The values a browser would send from the form of an HTML page (a later field of the same name wins); with `action`, from the form posting there, else from all of the page's fields. */
export function formValues(page: string, action?: string): Record<string, string> {
  const root = parseHtml(page);
  const form = action === undefined ? root : root.query(`form[action="${action}"]`);
  return form ? Object.fromEntries(formEntries(form)) : {};
}
