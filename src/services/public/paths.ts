// The public URLs of things, in one place (German, part of the contract in DESIGN.md).

export const paths = {
  overview: () => '/',
  chapter: (slug: string) => `/kapitel/${encodeURIComponent(slug)}`,
  pledge: (slug: string) => `/vorhaben/${encodeURIComponent(slug)}`,
  pledges: () => '/vorhaben',
  topic: (slug: string) => `/thema/${encodeURIComponent(slug)}`,
  topics: () => '/themen',
  ministry: (slug: string) => `/ministerium/${encodeURIComponent(slug)}`,
  ministries: () => '/ministerien',
  data: () => '/daten',
  /** A download of /daten; the same in every language. */
  dataFile: (name: string) => `/daten/${encodeURIComponent(name)}`,
  statistics: () => '/statistik',
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
