// Part of the back office's catalogue (catalogue.ts): the lead ministries' public bodies for freedom-of-information requests.
export const ministryStrings = {
  heading: 'Federführungen: Anfragen nach IFG',
  intro:
    'Jedes Vorhaben mit Federführung verlinkt „Bei der Federführung nachfragen“: eine vorbereitete Anfrage nach dem Informationsfreiheitsgesetz an das Ministerium. ' +
    'Hier steht, welche Behörde des Portals (FOI_URL_TEMPLATE, sonst FragDenStaat) gemeint ist: ihre Kennung aus der Adresse ihrer Seite dort, etwa „bundesministerium-der-finanzen“ aus fragdenstaat.de/behoerde/bundesministerium-der-finanzen/. ' +
    'Ohne Angabe nimmt der Link die Kennung des Ministeriums hier im Tracker.',
  none: 'Noch keine Ministerien: Sie entstehen mit der Federführung der Vorhaben.',
  ministry: 'Ministerium',
  authority: 'Behörde auf dem Portal',
  fieldLabel: (name: string) => `Kennung der Behörde für ${name}`,
  guessed: (slug: string) => `ohne Angabe: ${slug}`,
  save: 'Speichern',
  saved: (name: string) => `Gespeichert: ${name}.`,
};
