// Part of the back office's catalogue (catalogue.ts): its frame (name, navigation, sign-in), the roles, and the archive notice.

export const ROLE_LABELS = { admin: 'Administration', editor: 'Redaktion', expert: 'Expertin/Experte' } as const;

export const shellStrings = {
  siteName: 'Koalitionstracker – Redaktion',
  nav: {
    dashboard: 'Übersicht',
    pledges: 'Vorhaben',
    suggestions: 'Hinweise',
    proposals: 'Funde',
    sources: 'Quellen',
    audit: 'Protokoll',
    users: 'Konten',
    governments: 'Regierungen',
    ministries: 'Federführungen',
    password: 'Passwort',
    signOut: 'Abmelden',
  },
  login: {
    heading: 'Anmelden',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
  },
  forbidden: 'Dafür fehlt diesem Konto die Berechtigung.',
  archived:
    'Archiv: Diese Regierung wird nicht mehr aktualisiert. Vorhaben, Entwicklungen und Vorschläge ihres Koalitionsvertrags lassen sich ' +
    'nur noch lesen – wieder bearbeiten erst nach einem Import mit „active: true“ in der agreement.yml.',
};
