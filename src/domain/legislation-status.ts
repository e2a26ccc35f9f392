// What the state of a legislative procedure (a DIP Vorgang: its `beratungsstand`, its steps and its
// promulgation) says about a Vorhaben's status. The table is docs/evidence.md's; a proposal carries
// the status, and an editor decides.
import type { Status } from './status.ts';

/** A Vorgang as far as the rule needs it. */
export interface LegislativeRecord {
  /** Free text in the DIP, e.g. "Verkündet", "Den Ausschüssen zugewiesen". */
  beratungsstand: string | null;
  /** The Vorgang's date: that of its latest document. */
  date: string;
  /** Gazette references (e.g. "BGBl. 2024 I Nr. 245") with the day of promulgation. */
  promulgations: readonly { reference: string; date: string }[];
  /** The Vorgangspositionen: step name ("Gesetzentwurf", "BR-Plenum: 2. Durchgang" …), day, and the decisions taken there. */
  steps: readonly { name: string; date: string; decisions: readonly string[] }[];
}

/**
 * The stage a procedure has reached, as far as a Vorhaben's status goes: `introduced` (a bill before
 * parliament, in the committees, passed but not yet promulgated), `promulgated`, `failed`, or `other`
 * (no status follows from it). A document proposes once per stage and Vorhaben.
 */
export type LegislativeStage = 'introduced' | 'promulgated' | 'failed' | 'other';

export interface LegislativeEvidence {
  stage: LegislativeStage;
  /** The status the evidence supports; null when it supports none. */
  status: Status | null;
  /** The day of the event that decides the stage. */
  date: string;
  /** Why, in German, for the proposal's reason and text: "verkündet am 23.07.2024 (BGBl. 2024 I Nr. 245)". */
  because: string;
}

/** Stands that mean: a bill is before parliament — introduced, in the committees, passed but not promulgated. */
export const INTRODUCED_STANDS: readonly string[] = [
  'Noch nicht beraten',
  'Dem Bundesrat zugeleitet - Noch nicht beraten',
  'Den Ausschüssen zugewiesen',
  'Überwiesen',
  'Beschlussempfehlung liegt vor',
  'Einbringung beschlossen',
  'Verabschiedet',
  'Bundesrat hat zugestimmt',
  'Durchgang im Bundesrat abgeschlossen',
  'Im Vermittlungsverfahren',
];

/** Stands that end a bill without a law. */
export const FAILED_STANDS: readonly string[] = ['Abgelehnt', 'Zurückgezogen', 'Erledigt durch Ablauf der Wahlperiode'];

export const PROMULGATED_STAND = 'Verkündet';
export const CONSENT_REFUSED_STAND = 'Bundesrat hat Zustimmung versagt';

/** A step or decision of the Bundesrat refusing its consent. */
const REFUSAL = /Versagung der Zustimmung|Zustimmung versagt/i;
/** A step that belongs to the mediation committee: the refusal has a follow-up. */
const MEDIATION = /Vermittlungsausschuss|Vermittlungsverfahren/i;

const germanDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
const normalised = (stand: string | null) => (stand ?? '').replace(/\s+/g, ' ').trim();

export function legislativeEvidence(record: LegislativeRecord): LegislativeEvidence {
  const stand = normalised(record.beratungsstand);
  const steps = [...record.steps].sort((a, b) => a.date.localeCompare(b.date));
  const lastStep = steps.at(-1);
  const latest = lastStep && lastStep.date > record.date ? lastStep.date : record.date;

  if (stand === PROMULGATED_STAND) {
    const promulgation = [...record.promulgations].sort((a, b) => a.date.localeCompare(b.date))[0];
    if (promulgation)
      return {
        stage: 'promulgated',
        status: 'implemented',
        date: promulgation.date,
        because: `verkündet am ${germanDate(promulgation.date)} (${promulgation.reference})`,
      };
    return { stage: 'other', status: null, date: latest, because: 'als verkündet geführt, aber ohne Fundstelle im Verkündungsblatt' };
  }
  if (FAILED_STANDS.includes(stand)) return { stage: 'failed', status: 'broken', date: latest, because: `Beratungsstand „${stand}“` };

  const refusalIndex = steps.findLastIndex((step) => REFUSAL.test(step.name) || step.decisions.some((decision) => REFUSAL.test(decision)));
  const refused = refusalIndex >= 0 || stand === CONSENT_REFUSED_STAND;
  const mediated =
    stand === 'Im Vermittlungsverfahren' || steps.slice(Math.max(0, refusalIndex + 1)).some((step) => MEDIATION.test(step.name));
  if (refused && !mediated) {
    const day = refusalIndex >= 0 ? steps[refusalIndex]!.date : latest;
    return {
      stage: 'failed',
      status: 'broken',
      date: day,
      because: `der Bundesrat hat die Zustimmung versagt (${germanDate(day)}), ein Vermittlungsverfahren folgte nicht`,
    };
  }
  if (INTRODUCED_STANDS.includes(stand) || (refused && mediated)) {
    const step = lastStep ? `, zuletzt „${lastStep.name}“ am ${germanDate(lastStep.date)}` : '';
    return {
      stage: 'introduced',
      status: 'in_progress',
      date: latest,
      because: `Beratungsstand „${stand || 'Im Vermittlungsverfahren'}“${step}`,
    };
  }
  if (stand === '' && steps.some((step) => /Gesetzentwurf/i.test(step.name))) {
    return {
      stage: 'introduced',
      status: 'in_progress',
      date: latest,
      because: `Gesetzentwurf eingebracht am ${germanDate(steps.find((step) => /Gesetzentwurf/i.test(step.name))!.date)}`,
    };
  }
  return { stage: 'other', status: null, date: latest, because: stand ? `Beratungsstand „${stand}“` : 'ohne Beratungsstand' };
}
