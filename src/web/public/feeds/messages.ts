// What the feeds say around the developments. Feeds are files, the same under / and /en (i18n/locale.ts),
// so they speak German, like the agreement they follow; their status names are the public catalogue's.
import { STATUS_LABELS } from '../../i18n/de.ts';

export const feedWords = {
  siteName: 'Koalitionstracker',
  language: 'de',
  scope: {
    all: () => 'Alle Entwicklungen',
    pledge: (name: string) => `Vorhaben: ${name}`,
    chapter: (name: string) => `Kapitel ${name}`,
    topic: (name: string) => `Thema: ${name}`,
    ministry: (name: string) => `Federführung: ${name}`,
  },
  description: (title: string) => `Veröffentlichte Entwicklungen: ${title}`,
  date: (isoDate: string) => `Datum: ${isoDate}`,
  newStatus: (status: keyof typeof STATUS_LABELS) => `Neuer Status: ${STATUS_LABELS[status]}`,
  rating: (rating: number) => `Bewertung: ${rating} von 5`,
  sources: 'Nachweise:',
};
