// Interface strings of the search page (/suche) and the search box in the page header, German and English.
import { COUNT_LIMIT, type SearchKind } from '../../../services/public/search.ts';

// Counting stops past COUNT_LIMIT, so a larger count is shown as "more than" it.
const numberDe = (count: number) => count.toLocaleString('de-DE');
const numberEn = (count: number) => count.toLocaleString('en-GB');

const de = {
  box: { label: 'Website durchsuchen', field: 'Suchbegriff', placeholder: 'Suchbegriff …', submit: 'Suchen' },
  heading: 'Suche',
  titleFor: (query: string) => `Suche: ${query}`,
  description: 'Volltextsuche in Vorhaben, Entwicklungen und im Text des Koalitionsvertrags.',
  field: 'Suchbegriff',
  kindField: 'Suchen in',
  submit: 'Suchen',
  all: 'Allem',
  allKinds: 'Alle',
  kinds: { pledge: 'Vorhaben', update: 'Entwicklungen', chapter: 'Kapiteltext' } satisfies Record<SearchKind, string>,
  kindOfResult: { pledge: 'Vorhaben', update: 'Entwicklung', chapter: 'Kapiteltext' } satisfies Record<SearchKind, string>,
  kindFilter: 'Treffer nach Art',
  filters: 'Treffer eingrenzen',
  status: 'Status',
  topic: 'Thema',
  chapter: 'Kapitel',
  applyFilters: 'Filter anwenden',
  resetFilters: 'Filter zurücksetzen',
  hint: 'Suchen Sie nach Wörtern aus Vorhaben, Entwicklungen oder dem Vertragstext, z. B. „Verschlüsselung“. Alle Wörter müssen vorkommen; Wortformen werden mitgefunden.',
  noWords: 'Die Suchanfrage enthält keine Wörter. Bitte geben Sie Buchstaben oder Ziffern ein.',
  shortened: 'Ihre Suchanfrage war sehr lang; gesucht wurde nur nach ihren ersten Wörtern.',
  count: (count: number) => (count > COUNT_LIMIT ? `über ${numberDe(COUNT_LIMIT)}` : numberDe(count)),
  found: (count: number, query: string) =>
    `${count > COUNT_LIMIT ? `Über ${numberDe(COUNT_LIMIT)}` : numberDe(count)} Treffer für „${query}“`,
  noResults: (query: string) => `Keine Treffer für „${query}“. Versuchen Sie weniger oder andere Wörter.`,
  pageGone: 'Auf dieser Seite gibt es keine Treffer mehr.',
  firstPage: 'Zur ersten Seite',
  resultsHeading: 'Ergebnisse',
  inContext: { pledge: 'Kapitel', update: 'Vorhaben', chapter: 'Kapitel' } satisfies Record<SearchKind, string>,
  pagination: 'Seiten der Suchergebnisse',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageOf: (page: number, count: number) => `Seite ${page} von ${count}`,
};

type SearchMessages = typeof de;

const en: SearchMessages = {
  box: { label: 'Search this site', field: 'Search term', placeholder: 'Search term …', submit: 'Search' },
  heading: 'Search',
  titleFor: (query) => `Search: ${query}`,
  description: 'Full-text search in pledges, developments and the text of the coalition agreement.',
  field: 'Search term',
  kindField: 'Search in',
  submit: 'Search',
  all: 'Everything',
  allKinds: 'All',
  kinds: { pledge: 'Pledges', update: 'Developments', chapter: 'Agreement text' },
  kindOfResult: { pledge: 'Pledge', update: 'Development', chapter: 'Agreement text' },
  kindFilter: 'Hits by type',
  filters: 'Narrow the hits',
  status: 'Status',
  topic: 'Topic',
  chapter: 'Chapter',
  applyFilters: 'Apply filters',
  resetFilters: 'Reset filters',
  hint: 'Search for words from pledges, developments or the agreement text, e.g. “Verschlüsselung”. All words must occur; other forms of a word are found too. The content is in German.',
  noWords: 'The query contains no words. Please enter letters or digits.',
  shortened: 'Your query was very long; only its first words were searched for.',
  count: (count) => (count > COUNT_LIMIT ? `more than ${numberEn(COUNT_LIMIT)}` : numberEn(count)),
  found: (count, query) =>
    `${count > COUNT_LIMIT ? `More than ${numberEn(COUNT_LIMIT)} hits` : count === 1 ? '1 hit' : `${numberEn(count)} hits`} for “${query}”`,
  noResults: (query) => `No hits for “${query}”. Try fewer or other words.`,
  pageGone: 'There are no more hits on this page.',
  firstPage: 'Go to the first page',
  resultsHeading: 'Results',
  inContext: { pledge: 'Chapter', update: 'Pledge', chapter: 'Chapter' },
  pagination: 'Pages of search results',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page, count) => `Page ${page} of ${count}`,
};

export const messages = { de, en };
