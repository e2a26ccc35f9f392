// English interface strings for the public site; the agreement text itself stays as written.
import { STATUS_NAMES } from '../../domain/status-names.ts';
import type { Messages } from './messages.ts';

const STATUS_LABELS = STATUS_NAMES.en;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-27" → "27 Nov 2026". */
function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

export const en: Messages = {
  errors: {
    notFound: () => 'Not found',
    'notFound.pledge': ({ slug }) => `Pledge “${slug}” not found`,
    'notFound.chapter': ({ slug }) => `Chapter “${slug}” not found`,
    'notFound.topic': ({ slug }) => `Topic “${slug}” not found`,
    'notFound.ministry': ({ slug }) => `Ministry “${slug}” not found`,
    'notFound.agreement': ({ slug }) => `Coalition agreement “${slug}” not found`,
    forbidden: () => 'Not permitted',
    archived: () => 'This government is archived and no longer updated: its chapters, pledges and developments can only be read.',
  },
  siteName: 'Coalition Tracker',
  status: STATUS_LABELS,
  languageSwitch: { label: 'Language', other: 'Deutsch', otherLang: 'de' },
  skipToContent: 'Skip to content',
  nav: { label: 'Main navigation', overview: 'Overview', pledges: 'Pledges', statistics: 'Statistics', data: 'Data' },
  footer: {
    about: 'Coalition Tracker – follows whether a government keeps the pledges of its coalition agreement.',
    agreementText: 'Agreement text',
  },
  overview: {
    heading: 'Progress',
    pledgeCount: (count: number) => `${count} ${count === 1 ? 'pledge' : 'pledges'}`,
    statusHeading: 'Pledges by status',
    chaptersHeading: 'Chapters',
    chaptersWithout: (count: number) => `${count === 1 ? 'One chapter' : `${count} chapters`} without pledges`,
    chapterColumn: 'Chapter',
    pledgesColumn: 'Pledges',
    latestHeading: 'Latest developments',
    noDevelopments: 'No developments published yet.',
    noPledges: 'No pledges recorded yet.',
    term: (percent: number, day: number, days: number) => `${percent} % of the term has passed (day ${day} of ${days})`,
    termNotStarted: 'The term has not begun yet.',
    termOver: 'The term is over.',
    termRange: 'Term',
    otherAgreements: 'Other coalition agreements',
    archived: 'Archive: this tracker is no longer updated.',
  },
  chapter: {
    pledgesHeading: 'Pledges in this chapter',
    titleColumn: 'Pledge',
    statusColumn: 'Status',
    lastUpdateColumn: 'Latest development',
    noPledges: 'No pledges recorded in this chapter yet.',
    notReviewed: 'The editors have not gone through this chapter yet.',
    textHeading: 'Text of the chapter',
    outline: 'Sections',
    description: (heading: string) => `${heading}: text and pledges`,
    none: '–',
    quoteLabel: (status: string) => `Pledge, status “${status}”: `,
    legendHeading: 'Highlights in the text',
    legendIntro: 'Highlighted passages are pledges. Colour and symbol show their status:',
  },
  pledge: {
    inChapter: 'From chapter',
    quoteHeading: 'In the coalition agreement',
    toQuote: 'To its place in the chapter',
    quotePlace: (pages: string, lines: string | null) =>
      `${pages.includes('–') ? 'pp.' : 'p.'} ${pages}${lines ? `, ${lines.includes('–') ? 'll.' : 'l.'} ${lines}` : ''}`,
    factsHeading: 'At a glance',
    status: 'Status',
    rating: 'Rating',
    ratingValue: (rating: number) => `${rating} of 5`,
    deadline: 'Deadline',
    ministry: 'Lead ministry',
    foiLink: 'Ask the lead ministry',
    foiHint: (host: string) => `(a freedom-of-information request in German, prepared on ${host})`,
    topics: 'Topics',
    partner: 'Partner organisation',
    criterion: 'Kept when',
    notSet: 'not given',
    timelineHeading: 'Developments',
    noDevelopments: 'No developments yet.',
    sources: 'Sources',
    importedState: (file: string) => `State taken over from ${file}`,
    statusChange: 'Status',
    ratingChange: 'Rating',
    historyHeading: 'Status history',
    noHistory: 'The status has not changed yet: not started.',
    historyDate: 'Date',
    historyFrom: 'from',
    historyTo: 'to',
    description: (title: string, status: string) => `Pledge: ${title} – ${status}`,
  },
  notFound: {
    heading: 'Page not found',
    text: 'This page does not exist (any more). The overview may help.',
    back: 'To the overview',
  },
  error: {
    heading: 'Something went wrong',
    text: 'The page could not be shown. Please try again later.',
  },
  tooLarge: {
    heading: 'Too much data',
    text: (limit: string) =>
      `The form was too large and was not accepted: at most ${limit} and not too many fields. Please shorten the text and send it again.`,
  },
  feeds: {
    all: 'All developments',
    of: (name: string) => `Developments: ${name}`,
    visible: (title: string) => `Feed “${title}”:`,
    follow: 'Follow by e-mail',
  },
  empty: 'No coalition agreement has been imported yet. “koalitionstracker import FOLDER” reads chapter files.',
  formatDate,
};
