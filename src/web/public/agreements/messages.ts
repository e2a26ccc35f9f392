// Interface strings of the list of governments and agreements (/vertraege) and of the links to other agreements, German and English.

const de = {
  heading: 'Regierungen und Koalitionsverträge',
  description:
    'Alle Regierungen, deren Koalitionsverträge der Koalitionstracker verfolgt, mit ihren Verträgen – archivierte eingeschlossen.',
  intro:
    'Jede Regierung mit ihren Koalitionsverträgen, die jüngste Amtszeit zuerst. Archivierte Regierungen bleiben lesbar, werden aber nicht mehr aktualisiert.',
  government: 'Regierung',
  parties: 'Parteien',
  term: 'Amtszeit',
  agreements: 'Koalitionsverträge',
  state: 'Stand',
  active: 'wird aktualisiert',
  archived: 'Archiv: wird nicht mehr aktualisiert',
  none: '–',
  empty: 'Noch ist kein Koalitionsvertrag importiert.',
  /** The link from an overview. */
  all: 'Alle Regierungen und Koalitionsverträge',
};

type AgreementMessages = typeof de;

const en: AgreementMessages = {
  heading: 'Governments and coalition agreements',
  description: 'Every government whose coalition agreement the tracker follows, with its agreements – archived ones included.',
  intro:
    'Each government with its coalition agreements, the latest term first. Archived governments can still be read but are no longer updated.',
  government: 'Government',
  parties: 'Parties',
  term: 'Term',
  agreements: 'Coalition agreements',
  state: 'State',
  active: 'updated',
  archived: 'Archive: no longer updated',
  none: '–',
  empty: 'No coalition agreement has been imported yet.',
  all: 'All governments and coalition agreements',
};

export const messages = { de, en };
