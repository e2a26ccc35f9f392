// Readers for what many of our pages share — the status legend, the table of Vorhaben, feed links,
// share tags, the subscribe box — on top of html.ts.
import type { Tag } from './html.ts';

/** The status legend as label → count. */
export function statusCounts(page: Tag): Record<string, number> {
  return Object.fromEntries(
    page.findAll('.status-legend li').map((item) => [item.find('.legend-label').text, Number(item.find('.legend-count').text)]),
  );
}

/** The slugs of the Vorhaben a table lists, in order (German or English links). */
export function listedPledges(page: Tag): string[] {
  return page.findAll('tbody tr').flatMap((row) => {
    const href = row.query('td a[href*="/vorhaben/"]')?.attr('href');
    return href ? [href.replace(/^(?:\/en)?\/vorhaben\//, '')] : [];
  });
}

/** The feeds a page announces (`<link rel="alternate">`), in order. */
export function feedLinks(page: Tag): { type: string; title: string; href: string }[] {
  return page
    .findAll('link[rel="alternate"]')
    .map((link) => ({ type: link.attr('type') ?? '', title: link.attr('title') ?? '', href: link.attr('href') ?? '' }));
}

/** The content of a meta tag by its property (Open Graph) or name (Twitter, description). */
export function metaContent(page: Tag, key: string): string | undefined {
  return (page.query(`meta[property="${key}"]`) ?? page.query(`meta[name="${key}"]`))?.attr('content');
}

/** The message a form shows at a field (the element `#FIELD-error`); undefined if there is none. */
export function fieldError(page: Tag, field: string): string | undefined {
  return page.query(`#${field}-error`)?.text;
}

/** A filter checkbox of the list (`name=value`): whether it is checked, its label and the count beside it. */
export function facet(page: Tag, name: string, value: string): { checked: boolean; label: string; count: number } {
  const label = page.findAll('label').find((candidate) => candidate.has(`input[name="${name}"][value="${value}"]`));
  if (!label) throw new Error(`no filter ${name}=${value}`);
  const count = label.find('.facet-count');
  return {
    checked: label.find('input').attr('checked') !== undefined,
    label: label.text.slice(0, label.text.length - count.text.length).trim(),
    count: Number(/\d+/.exec(count.text)![0]),
  };
}
