// Part of the back office's catalogue (catalogue.ts): evidence discovery, the proposals queue (Funde) and the sources.
import type { ProposalDecision } from '../../../services/admin/evidence-review.ts';

export const PROPOSAL_STATE_LABELS: Record<ProposalDecision, string> = { open: 'offen', confirmed: 'bestätigt', rejected: 'abgelehnt' };

/** What a document is, as the queue names it. */
export const DOCUMENT_KIND_LABELS: Record<string, string> = { 'dip-vorgang': 'Vorgang im DIP', 'feed-item': 'Feed-Eintrag' };

export const proposalStrings = {
  heading: 'Funde prüfen',
  headingOf: (title: string) => `Funde zu „${title}“`,
  intro:
    'Entwicklungen, die die Suche im Dokumentations- und Informationssystem des Bundestags (DIP) und in den Feeds gefunden hat – neueste zuerst. ' +
    'Jeder Fund ist ein Entwurf: Erst mit „Bestätigen“ wird er veröffentlicht, ändert den Status des Vorhabens und geht an die Abonnentinnen und Abonnenten.',
  openHeading: (count: number) => `Offen (${count})`,
  noOpen: 'Keine offenen Funde.',
  decidedHeading: 'Zuletzt entschieden',
  noDecided: 'Noch nichts entschieden.',
  allProposals: 'Alle Funde',
  sources: 'Quellen der Suche',
  number: (n: number, total: number) => `Fund ${n} von ${total}:`,
  which: (n: number) => `: Fund ${n}`,
  pledge: 'Vorhaben',
  currentStatus: 'derzeit',
  proposedStatus: 'Vorgeschlagener Status',
  noStatus: 'keiner',
  reason: 'Begründung',
  score: 'Wert',
  evidence: 'Beleg',
  retrieved: (at: string, from: string) => `abgerufen ${at} von ${from}`,
  sourcesHeading: 'Nachweise',
  title: 'Titel der Entwicklung',
  eventDate: 'Datum des Ereignisses',
  status: 'Statusänderung',
  body: 'Text',
  editBody: 'Text bearbeiten',
  confirm: 'Bestätigen und veröffentlichen',
  reject: 'Ablehnen',
  fullForm: 'Nachweise im Entwicklungsformular bearbeiten',
  draftGone: 'Der Entwurf wurde gelöscht.',
  published: 'Veröffentlicht auf der Seite des Vorhabens:',
  archived: 'Regierung archiviert: nicht mehr zu entscheiden',
  decided: (state: string, who: string | null, when: string) => `${state}${who ? ` von ${who}` : ''}, ${when}`,
  done: {
    bestaetigt: 'Bestätigt: Die Entwicklung ist veröffentlicht.',
    abgelehnt: 'Abgelehnt: Dieser Beleg schlägt für dieses Vorhaben nichts mehr vor.',
  },
  shortcuts: [
    ['j', 'nächster Fund'],
    ['k', 'voriger Fund'],
    ['a', 'bestätigen und veröffentlichen, mit Titel, Datum, Status und Text aus dem Formular'],
    ['r', 'ablehnen'],
    ['t', 'Titel bearbeiten (Eingabetaste bestätigt)'],
    ['Esc', 'Eingabefeld verlassen, zurück zum Fund'],
  ] as [string, string][],
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pageOf: (page: number, count: number) => `Seite ${page} von ${count}`,
  pagerLabel: 'Seiten der Fundliste',
  listLabel: 'Offene Funde, neueste zuerst',
};

export const sourceStrings = {
  heading: 'Quellen der Suche',
  intro:
    'Die Suche nach Entwicklungen liest das DIP des Bundestags (Gesetzgebung der Wahlperioden, die die Amtszeit einer nicht archivierten Regierung berühren) ' +
    'und die Feeds, die hier eingetragen sind: Pressemitteilungen der Ministerien, das Bundesgesetzblatt, Themenfeeds von Zeitungen.',
  interval: (minutes: number) =>
    minutes === 1
      ? 'Der Server sucht jede Minute.'
      : minutes > 0
        ? `Der Server sucht alle ${minutes} Minuten.`
        : 'Der Server sucht nicht von selbst (DISCOVER_INTERVAL=0); „koalitionstracker discover“ sucht einmal.',
  noKey: 'Ohne DIP_API_KEY liest die Suche das DIP nicht, nur die Feeds.',
  source: 'Quelle',
  kind: 'Art',
  kinds: { dip: 'DIP', feed: 'Feed' } as Record<string, string>,
  state: 'Zustand',
  documents: 'Dokumente',
  lastRun: 'Zuletzt gelesen',
  lastSuccess: 'Zuletzt erfolgreich',
  error: 'Fehler beim letzten Lesen',
  action: 'Aktion',
  active: 'eingeschaltet',
  inactive: 'abgeschaltet',
  never: 'noch nie',
  none: '–',
  disable: 'Abschalten',
  enable: 'Einschalten',
  disableLabel: (title: string) => `Feed ${title} abschalten`,
  enableLabel: (title: string) => `Feed ${title} einschalten`,
  addHeading: 'Feed hinzufügen',
  url: 'Adresse des Feeds (RSS oder Atom)',
  urlHint: 'Beginnt mit https:// oder http://',
  title: 'Name',
  titleHint: 'So erscheint der Feed bei den Funden und als Herausgeber der Nachweise, z. B. „Bundesgesetzblatt“.',
  add: 'Hinzufügen',
  noSources: 'Noch keine Quellen: Die DIP-Quellen entstehen beim ersten Suchlauf mit DIP_API_KEY, Feeds hier.',
  done: {
    hinzugefuegt: 'Der Feed ist eingetragen; der nächste Suchlauf liest ihn.',
    abgeschaltet: 'Der Feed ist abgeschaltet.',
    eingeschaltet: 'Der Feed ist eingeschaltet.',
  },
};
