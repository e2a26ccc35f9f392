// Interface strings of the statistics page (/statistik), German and English.

const de = {
  heading: 'Statistik',
  description: 'Stand der Vorhaben in Diagrammen: nach Status, Kapitel und Federführung, und der Verlauf seit Amtsbeginn.',
  asOf: (date: string) => `Stand: ${date}`,
  legend: 'Legende',
  noPledges: 'Noch keine Vorhaben erfasst.',
  showTable: 'Zahlen als Tabelle',
  total: 'Gesamt',
  all: 'Alle Vorhaben',
  pledges: (count: number) => `${count} Vorhaben`,
  overallHeading: 'Status aller Vorhaben',
  overallTitle: 'Vorhaben nach Status',
  overallDescription: (total: number, parts: string) => `${total} Vorhaben: ${parts}.`,
  progressHeading: 'Verlauf seit Amtsbeginn',
  progressTitle: 'Anteil der Status Monat für Monat',
  progressDescription: (from: string, to: string, parts: string) =>
    `Anteile der Status am Monatsende, von ${from} bis ${to}. Zuletzt: ${parts}.`,
  progressNote:
    'Jeder Monat zeigt den Status jedes Vorhabens an seinem letzten Tag (im laufenden Monat: heute), abgeleitet aus den veröffentlichten Entwicklungen.',
  noProgress: 'Die Amtszeit hat noch nicht begonnen.',
  month: 'Monat',
  byChapter: {
    heading: 'Nach Kapitel',
    title: 'Status der Vorhaben je Kapitel',
    column: 'Kapitel',
    unit: (count: number): string => (count === 1 ? 'Kapitel' : 'Kapiteln'),
  },
  byMinistry: {
    heading: 'Nach Federführung',
    title: 'Status der Vorhaben je federführendem Ministerium',
    column: 'Federführung',
    unit: (count: number): string => (count === 1 ? 'Gruppe nach Federführung' : 'Gruppen nach Federführung'),
  },
  noMinistry: 'ohne Angabe',
  groupsDescription: (count: number, unit: (count: number) => string) =>
    `Anteile der Status in ${count} ${unit(count)}; die Zahlen stehen in der Tabelle darunter.`,
  toStatistics: 'Mehr Statistik: Verlauf, Kapitel, Federführung',
};

type StatisticsMessages = typeof de;

const en: StatisticsMessages = {
  heading: 'Statistics',
  description: 'The state of the pledges in charts: by status, chapter and lead ministry, and over time since the term began.',
  asOf: (date) => `As of ${date}`,
  legend: 'Key',
  noPledges: 'No pledges recorded yet.',
  showTable: 'Numbers as a table',
  total: 'Total',
  all: 'All pledges',
  pledges: (count) => `${count} ${count === 1 ? 'pledge' : 'pledges'}`,
  overallHeading: 'Status of all pledges',
  overallTitle: 'Pledges by status',
  overallDescription: (total, parts) => `${total} pledges: ${parts}.`,
  progressHeading: 'Since the term began',
  progressTitle: 'Share of each status month by month',
  progressDescription: (from, to, parts) => `Shares of each status at the end of each month, from ${from} to ${to}. Latest: ${parts}.`,
  progressNote:
    'Each month shows the status of every pledge on its last day (in the current month: today), derived from the published developments.',
  noProgress: 'The term has not begun yet.',
  month: 'Month',
  byChapter: {
    heading: 'By chapter',
    title: 'Status of the pledges in each chapter',
    column: 'Chapter',
    unit: (count) => (count === 1 ? 'chapter' : 'chapters'),
  },
  byMinistry: {
    heading: 'By lead ministry',
    title: 'Status of the pledges by lead ministry',
    column: 'Lead ministry',
    unit: (count) => (count === 1 ? 'group by lead ministry' : 'groups by lead ministry'),
  },
  noMinistry: 'not stated',
  groupsDescription: (count, unit) => `Shares of each status in ${count} ${unit(count)}; the numbers are in the table below.`,
  toStatistics: 'More statistics: over time, by chapter, by lead ministry',
};

export const messages = { de, en };
