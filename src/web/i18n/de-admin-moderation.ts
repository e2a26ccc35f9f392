// German strings of the back office's accounts, suggestion queue and audit log.
import { DISPLAY_TIME_ZONE } from '../../services/admin/audit-log.ts';

export const passwordStrings = {
  heading: 'Passwort ändern',
  intro: 'Nach der Änderung werden alle anderen Anmeldungen dieses Kontos beendet.',
  current: 'Bisheriges Passwort',
  next: 'Neues Passwort',
  nextHint: 'Mindestens 12 Zeichen.',
  repeat: 'Neues Passwort wiederholen',
  submit: 'Passwort ändern',
  changed: 'Das Passwort ist geändert. Alle anderen Anmeldungen dieses Kontos sind beendet.',
};

export const accountStrings = {
  heading: 'Konten',
  email: 'E-Mail-Adresse',
  role: 'Rolle',
  organisation: 'Organisation',
  state: 'Zustand',
  action: 'Aktion',
  active: 'aktiv',
  disabled: 'gesperrt',
  disable: 'Sperren',
  enable: 'Entsperren',
  disableLabel: (email: string) => `Konto ${email} sperren`,
  enableLabel: (email: string) => `Konto ${email} entsperren`,
  self: 'eigenes Konto',
  none: '–',
  didDisable: 'Das Konto ist gesperrt; seine Anmeldungen sind beendet.',
  didEnable: 'Das Konto ist entsperrt und kann sich wieder anmelden.',
  newAccounts: 'Neue Konten legt die Administration mit „koalitionstracker user add“ an.',
};

export const suggestionStrings = {
  heading: 'Hinweise',
  intro: 'Von außen gemeldete Entwicklungen. Angenommene werden zu Entwürfen, die vor der Veröffentlichung geprüft werden.',
  openHeading: (count: number) => `Offen (${count})`,
  openTruncated: (shown: number) => `Die ältesten ${shown} werden gezeigt.`,
  noOpen: 'Keine offenen Hinweise.',
  decidedHeading: 'Entschieden',
  noDecided: 'Keine entschiedenen Hinweise.',
  filterLabel: 'Zeigen',
  filterAll: 'alle entschiedenen',
  filterSubmit: 'Anzeigen',
  statusLabels: { open: 'offen', accepted: 'angenommen', rejected: 'abgelehnt' },
  pledge: 'Vorhaben',
  text: 'Hinweis',
  source: 'Nachweis',
  unsafeSource: 'Adresse ohne http(s), nicht verlinkt:',
  received: 'Eingegangen',
  decided: 'Entschieden',
  reason: 'Grund',
  wantsReply: 'Rückmeldung per E-Mail erbeten',
  review: 'Prüfen',
  draft: 'Zum Entwurf',
  older: 'Ältere Hinweise',
  newer: 'Neuere Hinweise',
  detailHeading: 'Hinweis prüfen',
  backToQueue: 'Zurück zu den Hinweisen',
  decidedAlready: (status: string) => `Dieser Hinweis ist ${status}.`,
  acceptHeading: 'Annehmen: als Entwurf einer Entwicklung übernehmen',
  acceptIntro: 'Der Text des Hinweises wird der Text der Entwicklung, seine Adresse ihr Nachweis. Der Entwurf lässt sich danach bearbeiten und veröffentlichen.',
  title: 'Titel der Entwicklung',
  eventDate: 'Datum des Ereignisses',
  eventDateHint: 'Leer lassen für heute.',
  sourceTitle: 'Titel des Nachweises',
  sourceTitleHint: (host: string) => `Leer lassen für „${host}“.`,
  accept: 'Als Entwurf annehmen',
  rejectHeading: 'Ablehnen',
  rejectReason: 'Grund der Ablehnung',
  rejectHint: 'Der Grund wird gespeichert und später der meldenden Person mitgeteilt.',
  reject: 'Ablehnen',
  didReject: 'Der Hinweis ist abgelehnt.',
};

export const auditStrings = {
  heading: 'Protokoll',
  intro: 'Wer hat wann was geändert – neueste Einträge zuerst.',
  filterHeading: 'Filter',
  user: 'Konto',
  entityType: 'Art',
  action: 'Aktion',
  from: 'Von (Datum)',
  to: 'Bis (Datum)',
  any: 'alle',
  apply: 'Filtern',
  reset: 'Filter zurücksetzen',
  when: 'Wann',
  who: 'Wer',
  what: 'Was',
  changes: 'Änderungen',
  field: 'Feld',
  before: 'vorher',
  after: 'nachher',
  system: 'System',
  none: '–',
  yes: 'ja',
  no: 'nein',
  noEntries: 'Keine Einträge für diese Auswahl.',
  older: 'Ältere Einträge',
  newest: 'Zu den neuesten Einträgen',
  entity: (type: string, id: number | null) => `${ENTITY_LABELS[type] ?? type}${id === null ? '' : ` ${id}`}`,
};

export const ENTITY_LABELS: Record<string, string> = {
  user: 'Konto',
  pledge: 'Vorhaben',
  update: 'Entwicklung',
  suggestion: 'Hinweis',
  candidate: 'Vorschlag',
  chapter: 'Kapitel',
  agreement: 'Koalitionsvertrag',
};

export const ACTION_LABELS: Record<string, string> = {
  'user.create': 'Konto angelegt',
  'user.password': 'Passwort geändert',
  'user.disable': 'Konto gesperrt',
  'user.enable': 'Konto entsperrt',
  'pledge.create': 'Vorhaben angelegt',
  'pledge.update': 'Vorhaben bearbeitet',
  'update.create': 'Entwicklung angelegt',
  'update.update': 'Entwicklung bearbeitet',
  'update.publish': 'Entwicklung veröffentlicht',
  'update.withdraw': 'Entwicklung zurückgezogen',
  'update.delete': 'Entwurf gelöscht',
  'suggestion.create': 'Hinweis eingegangen',
  'suggestion.accept': 'Hinweis angenommen',
  'suggestion.reject': 'Hinweis abgelehnt',
};

const dateTime = new Intl.DateTimeFormat('de-DE', { timeZone: DISPLAY_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });

/** A stored UTC timestamp as German readers expect it: Berlin time. */
export function formatDateTime(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : dateTime.format(date);
}

/** Names of recorded fields in the audit log; unknown ones are shown as recorded. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  body: 'Text',
  text: 'Text',
  event_date: 'Datum',
  status: 'Status',
  status_change: 'Statusänderung',
  rating_change: 'Bewertung',
  reason: 'Grund',
  published: 'veröffentlicht',
  published_at: 'veröffentlicht am',
  sources: 'Nachweise',
  source_url: 'Nachweis',
  pledge: 'Vorhaben',
  update_id: 'Entwicklung',
  disabled: 'gesperrt',
  email: 'E-Mail-Adresse',
  role: 'Rolle',
  organisationId: 'Organisation (Nr.)',
};
