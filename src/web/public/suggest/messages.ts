// Interface strings of "Neue Entwicklung melden" (suggestions from the public).
import type { Locale } from '../../i18n/locale.ts';

const de = {
  heading: 'Neue Entwicklung melden',
  intro:
    'Wissen Sie von etwas Neuem zu diesem Vorhaben? Nennen Sie es uns mit einer Quelle; die Redaktion prüft jeden Hinweis, bevor etwas erscheint.',
  text: 'Was ist passiert?',
  textHint: 'Mindestens 10 Zeichen.',
  sourceUrl: 'Quelle (Link)',
  sourceUrlHint: 'Eine Adresse, die mit http:// oder https:// beginnt.',
  email: 'Ihre E-Mail-Adresse (freiwillig)',
  emailHint: 'Nur wenn Sie erfahren möchten, wie die Redaktion entschieden hat. Wir nutzen sie für nichts anderes.',
  submit: 'Hinweis senden',
  pageTitle: (pledge: string) => `Neue Entwicklung melden: ${pledge}`,
  back: 'Zurück zum Vorhaben',
  thanksTitle: 'Danke für Ihren Hinweis',
  thanksText: 'Die Redaktion prüft ihn. Wenn Sie eine E-Mail-Adresse angegeben haben, erfahren Sie, wie sie entschieden hat.',
  errors: {
    textShort: 'Bitte beschreiben Sie die Entwicklung in mindestens 10 Zeichen.',
    textLong: 'Bitte fassen Sie sich kürzer (höchstens 5000 Zeichen).',
    urlRequired: 'Bitte eine Quelle angeben.',
    urlLong: 'Die Adresse ist zu lang (höchstens 2000 Zeichen).',
    urlNotHttp: 'Bitte eine Adresse, die mit http:// oder https:// beginnt.',
    invalidEmail: 'Das ist keine gültige E-Mail-Adresse.',
  } as Record<string, string>,
};

export type SuggestMessages = typeof de;

const en: SuggestMessages = {
  heading: 'Report a new development',
  intro: 'Do you know of something new on this pledge? Tell us with a source; the editors check every suggestion before anything appears.',
  text: 'What happened?',
  textHint: 'At least 10 characters.',
  sourceUrl: 'Source (link)',
  sourceUrlHint: 'An address starting with http:// or https://.',
  email: 'Your e-mail address (optional)',
  emailHint: 'Only if you want to hear what the editors decided. We use it for nothing else.',
  submit: 'Send suggestion',
  pageTitle: (pledge) => `Report a new development: ${pledge}`,
  back: 'Back to the pledge',
  thanksTitle: 'Thank you for your suggestion',
  thanksText: 'The editors will check it. If you left an e-mail address, you will hear what they decided.',
  errors: {
    textShort: 'Please describe the development in at least 10 characters.',
    textLong: 'Please keep it shorter (at most 5000 characters).',
    urlRequired: 'Please give a source.',
    urlLong: 'The address is too long (at most 2000 characters).',
    urlNotHttp: 'Please give an address starting with http:// or https://.',
    invalidEmail: 'That is not a valid e-mail address.',
  },
};

export const suggestMessages: Record<Locale, SuggestMessages> = { de, en };
