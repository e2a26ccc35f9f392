// Interface strings of the method page (/methode, /en/method), German and English.
import type { Status } from '../../../domain/status.ts';

type StatusTexts = Record<Status, { means: string; evidence: string }>;

const deStatus: StatusTexts = {
  not_started: {
    means: 'Zu dem Vorhaben ist noch nichts geschehen, das wir belegen können. Jedes Vorhaben beginnt so.',
    evidence: 'Kein Nachweis nötig.',
  },
  in_progress: {
    means:
      'Die Regierung hat mit der Umsetzung sichtbar begonnen, etwa mit einem Referentenentwurf, einem Kabinettsbeschluss oder einer Ausschreibung.',
    evidence: 'Ein datierter Nachweis des ersten Schritts, zum Beispiel das veröffentlichte Dokument oder eine Drucksache.',
  },
  partially_implemented: {
    means: 'Ein Teil dessen, was der Vertrag verspricht, ist in Kraft oder in Betrieb; ein anderer Teil fehlt.',
    evidence: 'Ein Nachweis des umgesetzten Teils (Gesetzblatt, Verordnung, Einrichtung) und eine Begründung, was noch fehlt.',
  },
  implemented: {
    means: 'Das Vorhaben ist so umgesetzt, wie das Erfolgskriterium („erfüllt, wenn …“) es beschreibt.',
    evidence: 'Ein Nachweis, dass die Änderung gilt: Verkündung im Gesetzblatt, Inkrafttreten, Eröffnung der Einrichtung.',
  },
  deferred: {
    means: 'Die Regierung hat das Vorhaben ausdrücklich verschoben oder vorerst ruhen lassen.',
    evidence: 'Eine Aussage der Regierung oder ein Beschluss, der die Verschiebung belegt.',
  },
  broken: {
    means:
      'Die Regierung hat das Gegenteil beschlossen oder das Vorhaben aufgegeben, oder es kann in dieser Amtszeit nicht mehr umgesetzt werden.',
    evidence: 'Ein Nachweis der gegenteiligen Entscheidung oder der Aufgabe des Vorhabens.',
  },
  unverifiable: {
    means: 'Der Vertragstext ist so allgemein, dass sich nicht feststellen lässt, ob er eingehalten wird.',
    evidence: 'Eine Begründung der Redaktion, warum kein Kriterium prüfbar ist.',
  },
};

const de = {
  title: 'Methode',
  description:
    'Wie der Koalitionstracker arbeitet: was ein Vorhaben ist, was die Status bedeuten, welche Nachweise sie brauchen, wer bearbeitet und unter welcher Lizenz die Daten stehen.',
  pledgeHeading: 'Was ist ein Vorhaben?',
  pledgeText:
    'Ein Vorhaben ist eine steuerbare und überprüfbare politische Änderung, die der Koalitionsvertrag ankündigt: ein Gesetz, eine Verordnung, eine Einrichtung, ein Programm. Allgemeine Absichten („wir stärken …“) ohne prüfbares Ergebnis sind kein Vorhaben. Jedes Vorhaben zitiert die Stelle im Vertrag wörtlich, nennt ein Erfolgskriterium („erfüllt, wenn …“) und, wo bekannt, das federführende Ministerium und eine Frist.',
  statusHeading: 'Was die Status bedeuten',
  statusText:
    'Der Status eines Vorhabens ergibt sich aus seinen veröffentlichten Entwicklungen: jede Änderung ist datiert und belegt, so lässt sich der Stand an jedem Tag nachvollziehen.',
  statusColumn: 'Status',
  meansColumn: 'Bedeutung',
  evidenceColumn: 'Nötiger Nachweis',
  statuses: deStatus,
  ratingHeading: 'Was die Bewertung bedeutet',
  ratingText:
    'Die Bewertung (1 bis 5) ist getrennt vom Status. Sie gibt die Einschätzung der Redaktion wieder, wie weit das Erreichte dem Versprechen im Vertrag gerecht wird: 1 heißt „weit dahinter“, 5 „voll und ganz“. Auch jede Änderung der Bewertung ist eine datierte Entwicklung.',
  editorsHeading: 'Wer bearbeitet?',
  editorsText:
    'Die Redaktion teilt den Vertrag in Vorhaben, mit Vorschlägen eines automatischen Extraktors, die eine Person prüft. Sie trägt Entwicklungen mit Quellen ein. Partnerorganisationen mit Fachwissen pflegen die Vorhaben ihres Gebiets. Jede Änderung wird protokolliert.',
  suggestHeading: 'Wie kann ich etwas beitragen?',
  suggestText:
    'Auf jeder Seite eines Vorhabens gibt es das Formular „Neue Entwicklung melden“. Ein Hinweis braucht eine Quelle (einen Link); die Redaktion prüft ihn, bevor etwas veröffentlicht wird.',
  followText:
    'Wer auf dem Laufenden bleiben will, kann jedes Vorhaben, Kapitel, Thema oder Ministerium per E-Mail oder als Feed abonnieren:',
  followLink: 'Abo einrichten',
  licenceHeading: 'Lizenz der Daten',
  licenceText: 'Vorhaben, Bewertungen und Entwicklungen stehen unter der Lizenz',
  downloadsLink: 'Alle Daten herunterladen',
  footerLink: 'Methode',
};

type MethodMessages = typeof de;

const enStatus: StatusTexts = {
  not_started: {
    means: 'Nothing has happened on this pledge yet that we can document. Every pledge starts here.',
    evidence: 'No evidence needed.',
  },
  in_progress: {
    means: 'The government has visibly started, for example with a draft bill, a cabinet decision or a call for tenders.',
    evidence: 'A dated source for the first step, such as the published document or a parliamentary paper.',
  },
  partially_implemented: {
    means: 'Part of what the agreement promises is in force or in operation; another part is missing.',
    evidence: 'A source for the part implemented (law gazette, ordinance, institution) and a note on what is missing.',
  },
  implemented: {
    means: 'The pledge is implemented as its success criterion (“met when …”) describes.',
    evidence: 'A source showing the change applies: promulgation, entry into force, opening of the institution.',
  },
  deferred: {
    means: 'The government has explicitly postponed the pledge or put it on hold.',
    evidence: 'A government statement or decision documenting the postponement.',
  },
  broken: {
    means: 'The government decided the opposite or gave the pledge up, or it can no longer be implemented in this term.',
    evidence: 'A source for the opposite decision or for giving the pledge up.',
  },
  unverifiable: {
    means: 'The agreement’s text is so general that whether it is kept cannot be established.',
    evidence: 'The editors’ reasons why no criterion can be checked.',
  },
};

const en: MethodMessages = {
  title: 'Method',
  description:
    'How the tracker works: what a pledge is, what each status means and what evidence it needs, who edits, and the licence of the data.',
  pledgeHeading: 'What is a pledge?',
  pledgeText:
    'A pledge (Vorhaben) is a steerable, verifiable political change the coalition agreement announces: a law, an ordinance, an institution, a programme. General intentions (“we will strengthen …”) without a checkable result are not pledges. Every pledge quotes the agreement verbatim, states a success criterion (“met when …”) and, where known, the lead ministry and a deadline.',
  statusHeading: 'What the statuses mean',
  statusText:
    'A pledge’s status follows from its published developments: each change is dated and sourced, so the state on any day can be traced.',
  statusColumn: 'Status',
  meansColumn: 'Meaning',
  evidenceColumn: 'Evidence needed',
  statuses: enStatus,
  ratingHeading: 'What the rating means',
  ratingText:
    'The rating (1 to 5) is separate from the status. It gives the editors’ judgement of how far what has been achieved lives up to the promise: 1 means “far short”, 5 “fully”. Every change of the rating is a dated development too.',
  editorsHeading: 'Who edits?',
  editorsText:
    'The editors split the agreement into pledges, helped by an automatic extractor whose proposals a person reviews, and record developments with sources. Partner organisations with expertise keep the pledges of their field up to date. Every change is logged.',
  suggestHeading: 'How can I contribute?',
  suggestText:
    'Every pledge page has a form “Report a new development”. A report needs a source (a link); the editors check it before anything is published.',
  followText: 'To stay informed, follow any pledge, chapter, topic or ministry by e-mail or as a feed:',
  followLink: 'Subscribe',
  licenceHeading: 'Licence of the data',
  licenceText: 'Pledges, ratings and developments are licensed under',
  downloadsLink: 'Download all data',
  footerLink: 'Method',
};

export const messages = { de, en };
