// The public URLs of things, in one place (German, part of the contract in DESIGN.md).

/**
 * How links name an agreement: its slug, for its pages under /vertrag/SLUG, or undefined for the short
 * paths (/vorhaben, /statistik …), which show the agreement the site shows by default.
 */
export type AgreementScope = string | undefined;

/** The pages that show one agreement (which `?vertrag=SLUG` also chooses, the older form). */
export function agreementPaths(scope: AgreementScope) {
  const base = scope === undefined ? '' : `/vertrag/${encodeURIComponent(scope)}`;
  return {
    overview: () => base || '/',
    pledges: () => `${base}/vorhaben`,
    statistics: () => `${base}/statistik`,
    topic: (slug: string) => `${base}/thema/${encodeURIComponent(slug)}`,
    topics: () => `${base}/themen`,
    ministry: (slug: string) => `${base}/ministerium/${encodeURIComponent(slug)}`,
    ministries: () => `${base}/ministerien`,
  };
}

export const paths = {
  ...agreementPaths(undefined),
  /** Every government and its agreements. */
  agreements: () => '/vertraege',
  /** An agreement's overview by its own address, whether or not the site shows it by default. */
  agreement: (slug: string) => agreementPaths(slug).overview(),
  chapter: (slug: string) => `/kapitel/${encodeURIComponent(slug)}`,
  pledge: (slug: string) => `/vorhaben/${encodeURIComponent(slug)}`,
  /** A development where its Vorhaben's timeline shows it. */
  development: (pledgeSlug: string, developmentId: number | string) =>
    `/vorhaben/${encodeURIComponent(pledgeSlug)}#entwicklung-${developmentId}`,
  data: () => '/daten',
  /** How the tracker works; in English its own word, `/en/method` (DESIGN.md). */
  method: () => '/methode',
  methodInEnglish: () => '/method',
  /** A download of /daten; the same in every language. */
  dataFile: (name: string) => `/daten/${encodeURIComponent(name)}`,
  pledgeFeed: (slug: string) => `/vorhaben/${encodeURIComponent(slug)}/feed.xml`,
  chapterFeed: (slug: string) => `/kapitel/${encodeURIComponent(slug)}/feed.xml`,
  topicFeed: (slug: string) => `/thema/${encodeURIComponent(slug)}/feed.xml`,
  ministryFeed: (slug: string) => `/ministerium/${encodeURIComponent(slug)}/feed.xml`,
  siteFeed: () => '/feed.xml',
  pledgeImage: (slug: string) => `/vorhaben/${encodeURIComponent(slug)}/bild.png`,
  quoteInChapter: (chapterSlug: string, pledgeSlug: string) => `/kapitel/${encodeURIComponent(chapterSlug)}#${quoteAnchorId(pledgeSlug)}`,
};

/** The id of a pledge's highlighted quote in its chapter page. */
export function quoteAnchorId(pledgeSlug: string): string {
  return `zitat-${pledgeSlug}`;
}
