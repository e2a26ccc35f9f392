// Interface strings of the topic and ministry pages (/thema/…, /ministerium/…) and their indexes, German and English.

const de = {
  topic: {
    indexTitle: 'Themen',
    indexDescription: 'Alle Themen der veröffentlichten Vorhaben und der Stand ihrer Umsetzung.',
    title: (name: string) => `Thema: ${name}`,
    description: (name: string) => `Die Vorhaben zum Thema „${name}“ und der Stand ihrer Umsetzung.`,
    noPledges: 'Zu diesem Thema ist in diesem Koalitionsvertrag noch kein Vorhaben veröffentlicht.',
    toList: (count: number) => `Alle ${count} Vorhaben zu diesem Thema in der Liste filtern und sortieren`,
    column: 'Thema',
    empty: 'Noch ist keinem veröffentlichten Vorhaben ein Thema zugeordnet.',
  },
  ministry: {
    indexTitle: 'Federführende Ministerien',
    indexDescription: 'Alle federführenden Ministerien der veröffentlichten Vorhaben und der Stand der Umsetzung.',
    title: (name: string) => `Federführung: ${name}`,
    description: (name: string) => `Die Vorhaben in der Federführung von „${name}“ und der Stand ihrer Umsetzung.`,
    noPledges: 'In diesem Koalitionsvertrag ist noch kein Vorhaben in der Federführung dieses Ministeriums veröffentlicht.',
    toList: (count: number) => `Alle ${count} Vorhaben dieses Ministeriums in der Liste filtern und sortieren`,
    column: 'Ministerium',
    empty: 'Noch ist keinem veröffentlichten Vorhaben ein federführendes Ministerium zugeordnet.',
  },
  statusHeading: 'Stand der Umsetzung',
  pledgesHeading: 'Vorhaben',
  firstOf: (shown: number, total: number) => `Hier stehen die ersten ${shown} von ${total} Vorhaben.`,
  pledgesColumn: 'Vorhaben',
  statusColumn: 'Status',
  browseTopics: 'Vorhaben nach Thema',
  browseMinistries: 'Vorhaben nach federführendem Ministerium',
};

type TermMessages = typeof de;

const en: TermMessages = {
  topic: {
    indexTitle: 'Topics',
    indexDescription: 'Every topic of the published pledges and how far they have been implemented.',
    title: (name) => `Topic: ${name}`,
    description: (name) => `The pledges on “${name}” and how far they have been implemented.`,
    noPledges: 'No pledge on this topic has been published for this agreement yet.',
    toList: (count) => `Filter and sort all ${count} pledges on this topic in the list`,
    column: 'Topic',
    empty: 'No published pledge has a topic yet.',
  },
  ministry: {
    indexTitle: 'Lead ministries',
    indexDescription: 'Every lead ministry of the published pledges and how far they have been implemented.',
    title: (name) => `Lead ministry: ${name}`,
    description: (name) => `The pledges led by “${name}” and how far they have been implemented.`,
    noPledges: 'No pledge led by this ministry has been published for this agreement yet.',
    toList: (count) => `Filter and sort all ${count} pledges of this ministry in the list`,
    column: 'Ministry',
    empty: 'No published pledge has a lead ministry yet.',
  },
  statusHeading: 'State of implementation',
  pledgesHeading: 'Pledges',
  firstOf: (shown, total) => `These are the first ${shown} of ${total} pledges.`,
  pledgesColumn: 'Pledges',
  statusColumn: 'Status',
  browseTopics: 'Pledges by topic',
  browseMinistries: 'Pledges by lead ministry',
};

export const messages = { de, en };
