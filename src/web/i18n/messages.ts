// The interface strings of the public site in the reader's language.
import { de } from './de.ts';
import { en } from './en.ts';
import type { Locale } from './locale.ts';

export type Messages = typeof de;

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : de;
}
