// Part of the back office's catalogue (catalogue.ts): the start page's counts, in singular and plural.

/** „1 offener Hinweis“, „2 offene Hinweise“, „0 offene Hinweise“: the number with the form that fits it. */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const queueOrderStrings = {
  byText: 'In der Reihenfolge des Textes.',
  byScore: 'Nach Punktzahl des Extraktors, die sichersten zuerst.',
  showScoreOrder: 'Nach Punktzahl ordnen',
  showTextOrder: 'In Textreihenfolge zeigen',
  listByText: 'Vorschläge in der Reihenfolge des Textes',
  listByScore: 'Vorschläge nach Punktzahl, die höchste zuerst',
};

export const dashboardStrings = {
  openSuggestions: (n: number) => counted(n, 'offener Hinweis', 'offene Hinweise'),
  openProposals: (n: number) => counted(n, 'offener Fund aus Parlament und Feeds', 'offene Funde aus Parlament und Feeds'),
  openProposalsOwn: (n: number) => counted(n, 'offener Fund zu diesen Vorhaben', 'offene Funde zu diesen Vorhaben'),
  draftDevelopments: (n: number) => counted(n, 'Entwurf einer Entwicklung', 'Entwürfe von Entwicklungen'),
  unpublishedPledges: (n: number) => counted(n, 'unveröffentlichtes Vorhaben', 'unveröffentlichte Vorhaben'),
  unpublishedFilter: 'nur unveröffentlichte',
  reviewed: (reviewed: number, total: number) => `${reviewed} von ${counted(total, 'Vorschlag', 'Vorschlägen')} geprüft`,
  title: 'Übersicht',
  heading: 'Redaktion',
  noAgreement: 'Noch ist kein Koalitionsvertrag importiert.',
  reviewHeading: 'Vorschläge des Extraktors prüfen',
  chapter: 'Kapitel',
  reviewedColumn: 'Geprüft',
  progress: 'Fortschritt',
  ownPledges: 'Vorhaben Ihrer Organisation',
  addDevelopment: (title: string) => `${title}: Entwicklung eintragen`,
  /** What follows „2 von 6“ in the review queue's progress. */
  reviewedTail: (total: number) => (total === 1 ? 'Vorschlag geprüft.' : 'Vorschlägen geprüft.'),
};
