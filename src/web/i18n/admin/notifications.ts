// Part of the back office's catalogue (catalogue.ts): an account's own mail notifications.

export const notificationStrings = {
  heading: 'Benachrichtigungen',
  intro: 'Mails an Ihre Adresse, wenn in der Redaktion etwas auf Sie wartet. Jede Art lässt sich einzeln bestellen und abbestellen.',
  suggestions: 'Eine Mail, wenn ein Hinweis eingeht',
  suggestionsHint: 'Mit dem Text, dem Nachweis und dem Link zur Prüfung. Die Adresse der meldenden Person steht nicht darin.',
  submit: 'Speichern',
  saved: 'Gespeichert.',
  link: 'Benachrichtigungen per E-Mail',
};
