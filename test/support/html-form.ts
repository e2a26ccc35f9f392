// Reading forms out of server-rendered HTML, as a browser would submit them.

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The values a browser would send from the form of an HTML page; with `action`, from the form posting there, else from all of the page's fields. */
export function formValues(page: string, action?: string): Record<string, string> {
  const html = action === undefined ? page : (new RegExp(`<form\\b[^>]*action="${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[\\s\\S]*?</form>`).exec(page)?.[0] ?? '');
  const values: Record<string, string> = {};
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    if (!name) continue;
    const type = attribute(tag, 'type') ?? 'text';
    if (type === 'checkbox' || type === 'radio') {
      if (/\schecked(="[^"]*")?[\s>/]/.test(tag)) values[name] = decode(attribute(tag, 'value') ?? 'on');
    } else if (type !== 'submit') values[name] = decode(attribute(tag, 'value') ?? '');
  }
  for (const [, open, content] of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(open!, 'name');
    if (name) values[name] = decode(content!.trim());
  }
  for (const [, open, options] of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(open!, 'name');
    const selected = /<option value="([^"]*)" selected/.exec(options!)?.[1] ?? /<option value="([^"]*)"/.exec(options!)?.[1];
    if (name && selected !== undefined) values[name] = decode(selected);
  }
  return values;
}
