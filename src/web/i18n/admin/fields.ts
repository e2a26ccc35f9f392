// Part of the back office's catalogue (catalogue.ts): what the services say of a form's fields, and the
// candidates' decisions as the queue names them.
import type { AdminFieldParams } from '../../../domain/errors.ts';

export const DECISION_LABELS: Record<'open' | 'accepted' | 'rejected', string> = { open: 'offen', accepted: 'angenommen', rejected: 'abgelehnt' };

export const fieldTexts: { [K in keyof AdminFieldParams]: (params: AdminFieldParams[K]) => string } = {
  'candidate.gone': () => 'Dieser Vorschlag steht nicht mehr im Kapiteltext.',
  'ministry.foiAuthority': () => 'Bitte die Kennung der Behörde aus ihrer Adresse bei FragDenStaat angeben: Kleinbuchstaben, Ziffern und Bindestriche, z. B. „bundesministerium-der-finanzen“.',
  'candidate.decidedMeanwhile': ({ decision }) => `Dieser Vorschlag ist inzwischen ${DECISION_LABELS[decision]}. Bitte die Liste neu laden.`,
  'candidate.taken': () => 'Jemand anderes hat diesen Vorschlag gerade entschieden. Bitte die Liste neu laden.',
  'candidate.slugTaken': ({ slug }) => `„${slug}“ trägt schon ein anderes Vorhaben.`,
  'candidate.endBeyondText': ({ length }) => `Das Ende liegt hinter dem Kapiteltext (höchstens ${length}).`,
  'candidate.startAfterEnd': () => 'Der Anfang muss vor dem Ende liegen.',
  'candidate.onlySpace': () => 'Der Ausschnitt enthält nur Leerraum.',
  'candidate.chooseOther': () => 'Bitte einen anderen Vorschlag dieses Kapitels wählen.',
  'candidate.mergeDecided': ({ number, decision }) => `Vorschlag ${number} ist schon ${DECISION_LABELS[decision]}; er lässt sich nicht einschließen.`,
  'candidate.titleRequired': () => 'Bitte einen Titel angeben.',
  'candidate.titleLong': () => 'Der Titel ist zu lang (höchstens 300 Zeichen).',
  'candidate.slugRequired': () => 'Bitte einen Kurznamen angeben.',
  'candidate.slugForm': () => 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. recht-auf-verschluesselung.',
  'candidate.numberRequired': () => 'Bitte eine Zahl angeben.',
  'candidate.startNumber': () => 'Bitte eine ganze Zahl ab 0 angeben (Anfang).',
  'candidate.endNumber': () => 'Bitte eine ganze Zahl ab 0 angeben (Ende).',
  'candidate.choose': () => 'Bitte einen Vorschlag wählen.',
};
