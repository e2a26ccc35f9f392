// The texts of our mails in German and English, chosen by the language stored with the recipient.
import { STATUS_NAMES } from '../domain/status-names.ts';

export type MailLanguage = 'de' | 'en';

type Frequency = 'immediate' | 'daily';

const de = {
  siteName: 'Koalitionstracker',
  greeting: 'Guten Tag,',
  signature: '-- \nKoalitionstracker',
  frequency: { immediate: 'sofort bei jeder neuen Entwicklung', daily: 'einmal täglich als Zusammenfassung' } satisfies Record<
    Frequency,
    string
  >,
  status: STATUS_NAMES.de,
  confirm: {
    // "für" asks for the accusative: "für das Vorhaben", where the mail's sentences say "zu dem Vorhaben".
    subject: (scope: string) => `Bitte bestätigen: Abo für ${scope}`,
    intro: (scope: string, frequency: string) =>
      `jemand – hoffentlich Sie – möchte unter dieser Adresse Neuigkeiten zu ${scope} erhalten, ${frequency}.`,
    action: 'Bitte bestätigen Sie das Abo über diesen Link (7 Tage gültig):',
    ignore: 'Wenn Sie das nicht waren, ignorieren Sie diese Mail einfach; ohne Bestätigung schicken wir nichts.',
  },
  notification: {
    subject: (pledge: string, title: string) => `${pledge}: ${title}`,
    intro: (scope: string) => `es gibt eine neue Entwicklung zu ${scope}:`,
    happened: (date: string) => `Datum des Ereignisses: ${date}`,
    newStatus: (status: string) => `Neuer Status: ${status}`,
    sources: 'Nachweise:',
    more: 'Die Entwicklung auf der Seite des Vorhabens:',
  },
  digest: {
    subject: (count: number) => `${count} neue ${count === 1 ? 'Entwicklung' : 'Entwicklungen'} im Koalitionstracker`,
    intro: 'seit der letzten Zusammenfassung wurden zu Ihren Abos veröffentlicht:',
    newStatus: (status: string) => `neuer Status: ${status}`,
  },
  unsubscribe: 'Abo beenden (ein Klick):',
  suggestion: {
    subject: (pledge: string) => `Ihr Hinweis zu „${pledge}“`,
    accepted: (pledge: string) =>
      `danke für Ihren Hinweis zum Vorhaben „${pledge}“. Die Redaktion hat ihn übernommen; er erscheint nach redaktioneller Prüfung als Entwicklung auf der Seite des Vorhabens.`,
    rejected: (pledge: string) => `danke für Ihren Hinweis zum Vorhaben „${pledge}“. Die Redaktion hat ihn nicht übernommen.`,
    reason: 'Begründung:',
    pledge: 'Zum Vorhaben:',
    once: 'Sie erhalten diese einmalige Nachricht, weil Sie bei Ihrem Hinweis Ihre Adresse angegeben haben. Beim Hinweis ist sie jetzt gelöscht; wir nutzen sie für nichts anderes.',
  },
  scope: {
    all: 'allen Vorhaben',
    pledge: (name: string) => `dem Vorhaben „${name}“`,
    chapter: (name: string) => `dem Kapitel „${name}“`,
    topic: (name: string) => `dem Thema „${name}“`,
    ministry: (name: string) => `den Vorhaben des Ministeriums „${name}“`,
  },
  /** The scope after "für". */
  scopeAccusative: {
    all: 'alle Vorhaben',
    pledge: (name: string) => `das Vorhaben „${name}“`,
    chapter: (name: string) => `das Kapitel „${name}“`,
    topic: (name: string) => `das Thema „${name}“`,
    ministry: (name: string) => `die Vorhaben des Ministeriums „${name}“`,
  },
  formatDate: (isoDate: string) => isoDate.slice(0, 10).split('-').reverse().join('.'),
};

export type MailMessages = typeof de;

const en: MailMessages = {
  siteName: 'Coalition Tracker',
  greeting: 'Hello,',
  signature: '-- \nCoalition Tracker',
  frequency: { immediate: 'as soon as there is a new development', daily: 'once a day as a digest' },
  status: STATUS_NAMES.en,
  confirm: {
    subject: (scope) => `Please confirm: following ${scope}`,
    intro: (scope, frequency) => `someone – hopefully you – asked to receive news about ${scope} at this address, ${frequency}.`,
    action: 'Please confirm with this link (valid for 7 days):',
    ignore: 'If that was not you, just ignore this mail; without confirmation we send nothing.',
  },
  notification: {
    subject: (pledge, title) => `${pledge}: ${title}`,
    intro: (scope) => `there is a new development on ${scope}:`,
    happened: (date) => `Date of the event: ${date}`,
    newStatus: (status) => `New status: ${status}`,
    sources: 'Sources:',
    more: 'The development on the pledge’s page:',
  },
  digest: {
    subject: (count) => `${count} new ${count === 1 ? 'development' : 'developments'} in the Coalition Tracker`,
    intro: 'published on what you follow since the last digest:',
    newStatus: (status) => `new status: ${status}`,
  },
  unsubscribe: 'Unsubscribe (one click):',
  suggestion: {
    subject: (pledge) => `Your suggestion on “${pledge}”`,
    accepted: (pledge) =>
      `thank you for your suggestion on the pledge “${pledge}”. The editors have taken it up; it will appear as a development on the pledge's page once they have reviewed it.`,
    rejected: (pledge) => `thank you for your suggestion on the pledge “${pledge}”. The editors have not taken it up.`,
    reason: 'Reason:',
    pledge: 'The pledge:',
    once: 'You receive this one-off message because you left your address with your suggestion. It is now deleted from the suggestion; we use it for nothing else.',
  },
  scope: {
    all: 'all pledges',
    pledge: (name) => `the pledge “${name}”`,
    chapter: (name) => `the chapter “${name}”`,
    topic: (name) => `the topic “${name}”`,
    ministry: (name) => `the pledges of the ministry “${name}”`,
  },
  scopeAccusative: {
    all: 'all pledges',
    pledge: (name) => `the pledge “${name}”`,
    chapter: (name) => `the chapter “${name}”`,
    topic: (name) => `the topic “${name}”`,
    ministry: (name) => `the pledges of the ministry “${name}”`,
  },
  formatDate: (isoDate) => isoDate.slice(0, 10),
};

export function mailMessages(language: MailLanguage): MailMessages {
  return language === 'en' ? en : de;
}
