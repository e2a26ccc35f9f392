// Interface strings that every public form shares: field marks, the error summary, the honeypot's
// label, and the notices for a refused form and for the rate limit.
import type { Locale } from '../i18n/locale.ts';
import { usePageContext } from '../views/page-context.ts';

const de = {
  required: 'Pflichtfeld',
  errorSummary: 'Bitte korrigieren',
  honeypot: 'Dieses Feld bitte leer lassen',
  resend:
    'Ihr Formular kam ohne gültiges Sicherheitsmerkmal an (etwa von einer zwischengespeicherten Seite). Bitte prüfen Sie die Angaben und senden Sie es noch einmal.',
  tooMany: (minutes: number) =>
    `Zu viele Anfragen von Ihrem Anschluss. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} noch einmal.`,
};

export type FormMessages = typeof de;

const en: FormMessages = {
  required: 'required',
  errorSummary: 'Please correct',
  honeypot: 'Please leave this field empty',
  resend: 'Your form arrived without a valid security token (for example from a cached page). Please check your entries and send it again.',
  tooMany: (minutes) => `Too many requests from your connection. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
};

export const formMessages: Record<Locale, FormMessages> = { de, en };

export function useFormMessages(): FormMessages {
  return formMessages[usePageContext().locale];
}
