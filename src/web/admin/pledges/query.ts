// The list's URL parameters (German: q, kapitel, status, entwuerfe, unveroeffentlicht, seite) ⇄ the service's filter; values that do not parse fall back to "all".
import { z } from 'zod';
import { isStatus } from '../../../domain/status.ts';
import type { PledgeListFilter } from '../../../services/admin/pledge-list.ts';

const schema = z.object({
  q: z.string().trim().max(200).catch(''),
  kapitel: z.string().trim().max(200).catch(''),
  status: z
    .string()
    .catch('')
    .transform((value) => (isStatus(value) ? value : '')),
  entwuerfe: z
    .string()
    .catch('')
    .transform((value) => value === '1'),
  unveroeffentlicht: z
    .string()
    .catch('')
    .transform((value) => value === '1'),
  seite: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export function parsePledgeListQuery(query: Record<string, string | undefined>): PledgeListFilter {
  const parsed = schema.parse({ q: '', kapitel: '', status: '', entwuerfe: '', unveroeffentlicht: '', seite: 1, ...query });
  return {
    text: parsed.q,
    chapter: parsed.kapitel,
    status: parsed.status,
    withDrafts: parsed.entwuerfe,
    unpublished: parsed.unveroeffentlicht,
    page: parsed.seite,
  };
}

/** The list's address for this filter and page. */
export function pledgeListLink(filter: PledgeListFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.text) params.set('q', filter.text);
  if (filter.chapter) params.set('kapitel', filter.chapter);
  if (filter.status) params.set('status', filter.status);
  if (filter.withDrafts) params.set('entwuerfe', '1');
  if (filter.unpublished) params.set('unveroeffentlicht', '1');
  params.set('seite', String(page));
  return `/admin/vorhaben?${params}`;
}
