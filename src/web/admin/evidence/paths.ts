// The back-office URLs of the proposals queue (Funde) and its actions.

export type ProposalDone = 'bestaetigt' | 'abgelehnt';

export const isProposalDone = (value: string | undefined): value is ProposalDone => value === 'bestaetigt' || value === 'abgelehnt';

/** The anchor of a proposal's card. */
export const proposalAnchor = (id: number) => `fund-${id}`;

export const proposalPaths = {
  /** The overall queue, or one Vorhaben's. */
  queue: (pledgeSlug?: string, options: { page?: number; done?: ProposalDone; next?: number } = {}) => {
    const query = new URLSearchParams();
    if (options.page && options.page > 1) query.set('seite', String(options.page));
    if (options.done) query.set('erledigt', options.done);
    const search = query.size > 0 ? `?${query}` : '';
    const anchor = options.next !== undefined ? `#${proposalAnchor(options.next)}` : options.done ? '#liste' : '';
    return `${pledgeSlug === undefined ? '/admin/funde' : `/admin/vorhaben/${pledgeSlug}/funde`}${search}${anchor}`;
  },
  confirm: (id: number) => `/admin/funde/${id}/bestaetigen`,
  reject: (id: number) => `/admin/funde/${id}/ablehnen`,
};
