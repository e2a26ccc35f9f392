// Interface strings of e-mail subscriptions: /abo, the subscribe boxes and the pages behind the mailed links.
import type { Locale } from '../../i18n/locale.ts';
import { usePageContext } from '../../views/page-context.ts';

const de = {
  errors: {
    emailRequired: 'Bitte eine E-Mail-Adresse angeben.',
    invalidEmail: 'Das ist keine gültige E-Mail-Adresse.',
    invalidFrequency: 'Bitte „sofort“ oder „täglich“ wählen.',
    unknownScope: 'Das gibt es nicht (mehr) zum Abonnieren.',
  } as Record<string, string>,
  box: {
    heading: 'Per E-Mail folgen',
    intro: (what: string) =>
      `Wir schreiben Ihnen, wenn es zu ${what} eine neue Entwicklung gibt. Sie bestätigen das Abo per Link und können es mit einem Klick beenden.`,
    pledge: 'diesem Vorhaben',
    chapter: 'den Vorhaben dieses Kapitels',
    topic: 'den Vorhaben dieses Themas',
    ministry: 'den Vorhaben in der Federführung dieses Ministeriums',
    submit: 'Abonnieren',
    more: 'Andere Abos: Themen, Ministerien, alles',
  },
  page: {
    title: 'Neuigkeiten per E-Mail',
    intro:
      'Wählen Sie, worüber wir Ihnen schreiben. Sie erhalten zuerst eine Mail mit einem Bestätigungslink; erst nach der Bestätigung schicken wir Neuigkeiten. Jede Mail enthält einen Link zum Abbestellen. Wir speichern nur Ihre Adresse, Ihre Wahl und die Sprache dieser Seite.',
    email: 'E-Mail-Adresse',
    scope: 'Worüber?',
    all: 'Alle Vorhaben',
    pledge: 'Dieses Vorhaben',
    chapters: 'Kapitel',
    topics: 'Themen',
    ministries: 'Federführende Ministerien',
    frequency: 'Wie oft?',
    immediate: 'Sofort bei jeder neuen Entwicklung',
    daily: 'Einmal täglich als Zusammenfassung',
    submit: 'Abo anfordern',
  },
  requested: {
    title: 'Bitte bestätigen Sie Ihr Abo',
    text: 'Wir haben eine Mail mit einem Bestätigungslink an die angegebene Adresse geschickt. Erst wenn Sie den Link öffnen und bestätigen, erhalten Sie Neuigkeiten. Kommt nichts an, sehen Sie bitte im Spam-Ordner nach.',
  },
  confirm: {
    title: 'Abo bestätigen',
    text: 'Sie bestätigen das Abo für:',
    submit: 'Abo bestätigen',
    done: 'Ihr Abo ist bestätigt',
    doneText: 'Ab jetzt schreiben wir Ihnen zu:',
  },
  unsubscribe: {
    title: 'Abo beenden',
    text: 'Sie beenden das Abo für:',
    submit: 'Abo beenden',
    done: 'Ihr Abo ist beendet',
    doneText: 'Sie erhalten keine Mails mehr zu:',
    again: 'Neu abonnieren',
  },
  invalidLink: {
    title: 'Dieser Link gilt nicht (mehr)',
    text: 'Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig. Abos lassen sich jederzeit neu anfordern.',
  },
  scope: {
    all: 'alle Vorhaben',
    pledge: (name: string) => `Vorhaben „${name}“`,
    chapter: (name: string) => `Kapitel „${name}“`,
    topic: (name: string) => `Thema „${name}“`,
    ministry: (name: string) => `Vorhaben des Ministeriums „${name}“`,
  },
};

export type SubscriptionMessages = typeof de;

const en: SubscriptionMessages = {
  errors: {
    emailRequired: 'Please give an e-mail address.',
    invalidEmail: 'That is not a valid e-mail address.',
    invalidFrequency: 'Please choose “at once” or “daily”.',
    unknownScope: 'There is no such thing (any more) to follow.',
  },
  box: {
    heading: 'Follow by e-mail',
    intro: (what) =>
      `We write to you when there is a new development on ${what}. You confirm by a link and can unsubscribe with one click.`,
    pledge: 'this pledge',
    chapter: 'the pledges of this chapter',
    topic: 'the pledges on this topic',
    ministry: 'the pledges this ministry leads',
    submit: 'Subscribe',
    more: 'Other subscriptions: topics, ministries, everything',
  },
  page: {
    title: 'News by e-mail',
    intro:
      'Choose what we write to you about. You first get a mail with a confirmation link; only after you confirm do we send news. Every mail has an unsubscribe link. We store only your address, your choice and the language of this page.',
    email: 'E-mail address',
    scope: 'About what?',
    all: 'All pledges',
    pledge: 'This pledge',
    chapters: 'Chapters',
    topics: 'Topics',
    ministries: 'Lead ministries',
    frequency: 'How often?',
    immediate: 'At once, with every new development',
    daily: 'Once a day as a digest',
    submit: 'Request subscription',
  },
  requested: {
    title: 'Please confirm your subscription',
    text: 'We have sent a mail with a confirmation link to the address you gave. Only when you open the link and confirm will you receive news. If nothing arrives, please look in your spam folder.',
  },
  confirm: {
    title: 'Confirm subscription',
    text: 'You are confirming the subscription to:',
    submit: 'Confirm subscription',
    done: 'Your subscription is confirmed',
    doneText: 'From now on we write to you about:',
  },
  unsubscribe: {
    title: 'Unsubscribe',
    text: 'You are ending the subscription to:',
    submit: 'Unsubscribe',
    done: 'You have unsubscribed',
    doneText: 'You will receive no more mail about:',
    again: 'Subscribe again',
  },
  invalidLink: {
    title: 'This link is not valid (any more)',
    text: 'The link has expired, was used already or is incomplete. You can request a subscription again at any time.',
  },
  scope: {
    all: 'all pledges',
    pledge: (name) => `pledge “${name}”`,
    chapter: (name) => `chapter “${name}”`,
    topic: (name) => `topic “${name}”`,
    ministry: (name) => `pledges of the ministry “${name}”`,
  },
};

export const subscriptionMessages: Record<Locale, SubscriptionMessages> = { de, en };

export function useSubscriptionMessages(): SubscriptionMessages {
  return subscriptionMessages[usePageContext().locale];
}
