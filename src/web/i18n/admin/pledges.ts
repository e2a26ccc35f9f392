// Part of the back office's catalogue (catalogue.ts): the Vorhaben's edit form.

export const pledgeFormStrings = {
  slug: 'Kurzname (Adresse)',
  slugHint: 'Ändern: Die bisherige Adresse leitet dauerhaft auf die neue weiter.',
  oldSlugs: (slugs: string[]) => `Frühere Kurznamen, die weiterleiten: ${slugs.join(', ')}.`,
  slugFollowsTitle: (slug: string) =>
    `Kurzname: ${slug}. Er folgt dem Titel, bis das Vorhaben zum ersten Mal veröffentlicht ist; danach lässt er sich hier ändern, und alte Adressen leiten weiter.`,
  statusNote: 'Der Status ändert sich nur durch Entwicklungen: Eine Entwicklung mit Statusänderung schreiben, sobald etwas geschehen ist.',
  statusNoteLink: 'Neue Entwicklung',
  pickHint: 'Aus der Liste wählen oder einen neuen Namen eingeben.',
  topicsHint: 'Durch Kommas getrennt; vorhandene Themen werden beim Tippen angeboten, neue sind erlaubt.',
  published: 'Öffentlich sichtbar',
  fromSelection: 'Markierte Stelle:',
  fromSelectionSubmit: 'Als Vorhaben anlegen (Entwurf)',
  fromSelectionHeading: 'Vorhaben aus einer Textstelle',
  fromSelectionBack: 'Zurück zum Kapitel',
  created: 'Als Entwurf angelegt. Titel und Angaben hier prüfen, dann veröffentlichen.',
  deleteHint:
    'Ein unveröffentlichtes Vorhaben lässt sich löschen, solange keine Hinweise und Funde darauf verweisen; seine Entwicklungen werden mit gelöscht. Vorschläge, aus denen es entstand, sind danach wieder offen.',
  automatic: 'automatisch',
  automaticHint:
    'Bewertung aus dem Formular oder Stand aus einer Datei: zählt für Status und Bewertung, erscheint aber nicht in der Zeitleiste.',
  publishedHint: 'Haken entfernen, um die Veröffentlichung zurückzunehmen: Die öffentliche Seite verschwindet, das Protokoll hält es fest.',
};
