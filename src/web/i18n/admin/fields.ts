// Part of the back office's catalogue (catalogue.ts): what the services say of a form's fields, and the
// candidates' decisions as the queue names them.
import type { AdminFieldParams } from '../../../domain/errors.ts';

export const DECISION_LABELS: Record<'open' | 'accepted' | 'rejected', string> = {
  open: 'offen',
  accepted: 'angenommen',
  rejected: 'abgelehnt',
};

/** 20000 as „20 000“ (a no-break space), as German typesetting groups long numbers. */
const grouped = (value: number) => (value >= 10_000 ? value.toLocaleString('de-DE').replace(/\./g, '\u00a0') : String(value));

export const fieldTexts: { [K in keyof AdminFieldParams]: (params: AdminFieldParams[K]) => string } = {
  'candidate.gone': () => 'Dieser Vorschlag steht nicht mehr im Kapiteltext.',
  'ministry.foiAuthority': () =>
    'Bitte die Kennung der Behörde aus ihrer Adresse bei FragDenStaat angeben: Kleinbuchstaben, Ziffern und Bindestriche, z. B. „bundesministerium-der-finanzen“.',
  'candidate.decidedMeanwhile': ({ decision }) =>
    `Dieser Vorschlag ist inzwischen ${DECISION_LABELS[decision]}. Bitte die Liste neu laden.`,
  'candidate.taken': () => 'Jemand anderes hat diesen Vorschlag gerade entschieden. Bitte die Liste neu laden.',
  'candidate.slugTaken': ({ slug }) => `„${slug}“ trägt schon ein anderes Vorhaben.`,
  'candidate.endBeyondText': ({ length }) => `Das Ende liegt hinter dem Kapiteltext (höchstens ${length}).`,
  'candidate.startAfterEnd': () => 'Der Anfang muss vor dem Ende liegen.',
  'candidate.onlySpace': () => 'Der Ausschnitt enthält nur Leerraum.',
  'candidate.chooseOther': () => 'Bitte einen anderen Vorschlag dieses Kapitels wählen.',
  'candidate.mergeDecided': ({ number, decision }) =>
    `Vorschlag ${number} ist schon ${DECISION_LABELS[decision]}; er lässt sich nicht einschließen.`,
  'candidate.titleRequired': () => 'Bitte einen Titel angeben.',
  'candidate.titleLong': () => 'Der Titel ist zu lang (höchstens 300 Zeichen).',
  'candidate.slugRequired': () => 'Bitte einen Kurznamen angeben.',
  'candidate.slugForm': () => 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. recht-auf-verschluesselung.',
  'candidate.numberRequired': () => 'Bitte eine Zahl angeben.',
  'candidate.startNumber': () => 'Bitte eine ganze Zahl ab 0 angeben (Anfang).',
  'candidate.endNumber': () => 'Bitte eine ganze Zahl ab 0 angeben (Ende).',
  'candidate.choose': () => 'Bitte einen Vorschlag wählen.',
  'candidate.noSplit': () =>
    'Für diesen Ausschnitt bietet der Extraktor keine Teilung (mehr) an; der Kapiteltext oder der Ausschnitt hat sich geändert.',
  'text.min': ({ min }) => `mindestens ${grouped(min)} Zeichen`,
  'text.max': ({ max }) => `höchstens ${grouped(max)} Zeichen`,
  'date.form': () => 'ein Datum (JJJJ-MM-TT)',
  'url.http': () => 'eine Adresse, die mit http:// oder https:// beginnt',
  'email.form': () => 'keine gültige E-Mail-Adresse',
  'status.choose': () => 'ein Status aus der Liste',
  'rating.range': () => 'eine Bewertung von 1 bis 5',
  'slug.form': () => 'nur Kleinbuchstaben, Ziffern und einzelne Bindestriche',
  'login.failed': () => 'E-Mail-Adresse oder Passwort stimmt nicht.',
  'account.role': () => 'admin, editor oder expert',
  'account.expertOrganisation': () => 'Experten gehören zu einer Organisation',
  'account.ownLock': () => 'Das eigene Konto lässt sich nicht sperren.',
  'password.currentRequired': () => 'bitte das bisherige Passwort angeben',
  'password.currentWrong': () => 'Das bisherige Passwort stimmt nicht.',
  'password.repeatDiffers': () => 'stimmt nicht mit dem neuen Passwort überein',
  'number.nonNegative': () => 'eine ganze Zahl ≥ 0',
  'source.titleRequired': () => 'ein Titel für den Nachweis',
  'source.requiredToPublish': () =>
    'mindestens ein Nachweis (Adresse und Titel) zum Veröffentlichen; ein Entwurf lässt sich auch ohne speichern',
  'suggestion.reasonRequired': () => 'Bitte einen Grund für die Ablehnung angeben.',
  'suggestion.sourceNotHttp': () => 'Die Adresse dieses Hinweises ist kein http(s)-Link und taugt nicht als Nachweis.',
  'audit.user': () => 'ein Konto aus der Liste',
  'audit.entityType': () => 'eine Art aus der Liste',
  'audit.action': () => 'eine Aktion aus der Liste',
  'audit.pledge': () => 'der Kurzname eines Vorhabens',
  'audit.before': () => 'eine Eintragsnummer',
  'development.deleteConfirm': () => 'Bitte bestätigen, dass der Entwurf gelöscht werden soll.',
  'pledge.quoteRange': ({ length }) => `Anfang und Ende der Textstelle: 0 ≤ Anfang < Ende ≤ ${length}`,
  'candidate.undoPublished': () =>
    'Das Vorhaben aus diesem Vorschlag ist schon veröffentlicht oder hat Entwicklungen; die Annahme lässt sich nicht mehr zurücknehmen.',
  'pledge.deletePublished': () => 'Ein veröffentlichtes Vorhaben lässt sich nicht löschen. Bitte zuerst die Veröffentlichung zurücknehmen.',
  'pledge.deleteDependents': ({ developments, suggestions, proposals }) =>
    `Das Vorhaben lässt sich nicht löschen, solange etwas darauf verweist: ${[
      count(developments, 'Entwicklung', 'Entwicklungen'),
      count(suggestions, 'Hinweis', 'Hinweise'),
      count(proposals, 'Fundstellen-Vorschlag', 'Fundstellen-Vorschläge'),
    ]
      .filter(Boolean)
      .join(', ')}.`,
  'pledge.deleteConfirm': () => 'Bitte bestätigen, dass das Vorhaben gelöscht werden soll.',
  'pledge.selectionNotFound': () =>
    'Die markierte Stelle steht so nicht im Kapiteltext, etwa weil sie über eine Formatierung oder einen Link reicht. Bitte eine Stelle ohne Formatierung markieren oder das Vorhaben anlegen und die Zeichenpositionen im Formular eintragen.',
  'pledge.slugTaken': ({ slug }) =>
    `„${slug}“ trägt schon ein anderes Vorhaben oder trug es früher; alte Kurznamen bleiben Weiterleitungen.`,
};

/** „1 Entwicklung“, „2 Entwicklungen“; nothing for none. */
function count(n: number, one: string, many: string): string {
  return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
}
