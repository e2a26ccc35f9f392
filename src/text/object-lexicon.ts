// Nouns and modifiers that make the object of a commitment checkable: laws, institutions, programmes, plans.

const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * Head nouns of checkable objects, as lemmas. They are compared by their Snowball stem with the end of a
 * word's stem, so inflected forms and compounds count too ("Lobbyregistergesetz", "Jugendberufsagenturen").
 */
export const OBJECT_NOUNS = {
  legal: words(`
    gesetz recht pflicht anspruch verordnung richtlinie verbot regel regeln regelung klausel vorschrift delikt
    tatbestand haftung frist befristung stichtag genehmigung zulassung erlaubnis vertrag vereinbarung abkommen
    übereinkommen konvention steuer abgabe gebühr umlage satzung mandat strafe straftat sanktion schwelle norm
    rechtsrahmen rechtsgrundlage rechtsakt grenze quote besteuerung beschränkung einschränkung kürzung regulierung
    regulatorik betrag entgelt vorbehalt rechtsschutz gesetzbuch befreiung
  `),
  institution: words(`
    institut stelle behörde amt agentur kommission zentrum zentren zentrale rat beauftragte stiftung gericht senat
    gerichtshof einheit arbeitsgruppe steuerungsgruppe expertengruppe team netzwerk bündnis allianz verbund kasse
    konferenz ausschuss sparte einrichtung ministerium ministerien plattform portal register datenbank grundbuch
    archiv cloud akademie büro bank hauptquartier dienst labor
  `),
  programme: words(`
    programm fonds förderung budget zuschuss zulage geld prämie stipendium pakt kampagne initiative offensive
    garantie grundsicherung rente mittel finanzierung hilfe projekt gutschein voucher konto versicherung leistung
    kosten einnahmen ausgabe auszahlung pauschale paket angebot besoldung zuschlag gutschrift
  `),
  plan: words(`
    strategie aktionsplan plan konzept konzeption report bericht berichterstattung check label kennzeichnung standard
    leitlinie liste kriterium kriterien synopse evaluation evaluierung monitoring rechnung pilot
    zertifizierung siegel nummer index studie schnittstelle ziel verfahren system management dialog
    modellregion modellkommune modellversuch modellvorhaben modellstandort pilotregion
  `),
  /** Action nouns of a checkable act: "die Einführung einer Kindergrundsicherung", "eine Reform des BAföG". */
  act: words(`
    einführung abschaffung errichtung gründung ratifizierung verankerung novellierung neuregelung streichung
    verlängerung ausweitung reform prüfung überprüfung evaluierung stopp beendigung aufhebung umstellung
  `),
};

/** Stems that only count inside a compound: "Aufgreifschwelle" and "Klimaziele", not "Grenzen" or "Ziel". */
export const COMPOUND_ONLY = words('einheit grenze ziel leistung schwelle norm genehmigung verfahren dialog betrag dienst');

/** Words that end like an object noun but name a value, a person or a quality ("Grundrechte", "Hersteller"). */
export const NOT_OBJECTS = words(`
  grundrecht menschenrecht bürgerrecht freiheitsrecht selbstbestimmungsrecht völkerrecht unrecht
  rechtsstaat rechtssicherheit gesetzgebung hersteller antragsteller ehrenamt beamte apparat referat vorrat heirat
  demokrat bürokrat eigeninitiative journalist spezialist koalitionsvertrag lebensmittel herausforderung anforderung
`);

/**
 * Heads of objects that name a quality, a value or a field rather than a thing to check ("den Zusammenhalt
 * stärken", "das Potenzial nutzen"): with one of them as its object a span needs more evidence.
 */
export const ABSTRACT_NOUNS = words(`
  zusammenhalt potenzial vertrauen rahmenbedingung zusammenarbeit kooperation kompetenz qualität transparenz
  teilhabe sicherheit freiheit innovation wettbewerb chance digitalisierung vielfalt engagement entwicklung rolle
  verantwortung demokratie wohlstand nachhaltigkeit fortschritt dynamik tempo kultur aufbruch souveränität
  resilienz interesse wert respekt solidarität gerechtigkeit gleichstellung vereinbarkeit lösung
  perspektive bedarf weg wandel handeln struktur einsatz kampf ansatz politik zukunft stärke fähigkeit integrität
  aufgabe herausforderung kapazität funktion zugang akzeptanz bewusstsein vernetzung beteiligung
  attraktivität effizienz wirksamkeit praxis schutz grundlage wohl
`);

/**
 * Generic nouns that stand for measures or things not named ("geeignete Maßnahmen", "weitere Schritte",
 * "Hürden abbauen"). Only the bare word counts: a compound names its kind ("Infrastrukturmaßnahmen").
 */
export const PLACEHOLDER_NOUNS = words(`
  maßnahme schritt vorhaben möglichkeit instrument bereich entscheidung hürde hemmnis prozess erfahrung lehre
  alternative sorge tradition thema frage ebene problem mut sinn leben
`);

/**
 * Who acts or is affected rather than what changes: persons, groups, bodies politic, places. Supporting
 * "die Kommunen" or "Familien" names no checkable object of its own.
 */
export const ACTOR_NOUNS = words(`
  mensch bürger kind familie frau mann eltern jugendliche unternehmen betrieb land staat bund kommune region
  gemeinde partner akteur landwirt arbeitgeber arbeitnehmer beschäftigte verbraucher deutschland europa welt
  regierung bundesregierung
`);

/** Beginnings of compounds that are legal whatever follows: "Gesetzentwurf", "Strafverfolgung". */
export const LEGAL_PREFIXES = words('gesetz straf');

/** Parts of compounds that name a programme wherever they stand: "Krankenversicherungsschutz". */
export const PROGRAMME_PARTS = words('versicherung');

/** Beginnings of lower-case modifiers that make a change a legal one: "gesetzlich verankern", "verbindlich regeln". */
export const LEGAL_MODIFIERS = words(`
  gesetzlich rechtlich verbindlich verpflichtend obligatorisch strafbar zulässig rechtssicher vertraglich
  steuerfrei kostenfrei gebührenfrei beitragsfrei ausgenommen
`);

/** Parts of lower-case words that impose a legal duty: "eintragungspflichtig", "veröffentlichungspflichtig". */
export const LEGAL_PARTS = words('rechtlich pflichtig');

/** Predicates that make something legally possible or impossible: "… soll künftig online möglich sein". */
export const LEGAL_PREDICATES = words('möglich verboten untersagt');

/** Beginnings of lower-case modifiers that put money on the table: "finanzielle Unterstützung", "förderfähig". */
export const MONEY_MODIFIERS = words('finanziell förderfähig');

/** Words that quantify the change: "zwölf Euro", "die Hälfte". */
export const QUANTITIES = words(`
  prozent euro milliarde milliarden million millionen hälfte drittel viertel zwei drei vier fünf sechs sieben
  acht neun zehn elf zwölf zwanzig dreißig hundert tausend legislaturperiode
`);

/** Beginnings of words that quantify the change: "flächendeckende", "halbieren", "verdoppelt". */
export const QUANTITY_PREFIXES = words('flächendeckend halbier verdoppel');

/**
 * Verbs whose object is a checkable thing by their very meaning: one introduces, abolishes, ratifies or
 * refuses a named measure, never "the cohesion of society".
 */
export const CONCRETE_ACTS = words(`
  einführen abschaffen streichen ratifizieren errichten einrichten gründen verankern festschreiben vorlegen erproben
  auflegen entfristen verlängern überführen zusammenlegen novellieren legalisieren verbieten erlauben zulassen
  abschließen beschließen unterzeichnen offenlegen veröffentlichen kennzeichnen erstatten klarstellen einstufen
  herabsetzen ausschließen ablehnen anheben halbieren verdoppeln ausweiten einsetzen initiieren ausdehnen erfassen
  besteuern fortführen fortsetzen weiterführen verstetigen öffnen überarbeiten vereinheitlichen standardisieren
  digitalisieren zertifizieren verkleinern bereitstellen finanzieren refinanzieren beenden verabschieden
`);

/**
 * Verbs that move a quantity or fight an ill ("die Emissionen mindern", "Steuerhinterziehung bekämpfen"): their
 * object is a quantity or a phenomenon, checkable only with a number or an instrument named beside it.
 */
export const QUANTITY_VERBS = new Set(
  words(`
  senken mindern reduzieren verringern erhöhen steigern bekämpfen entgegenwirken eindämmen zurückdrängen
`),
);

/** Beginnings of nouns that set a limit: "Mindestlohn", "Höchstdauer". */
export const LIMIT_PREFIXES = words('mindest höchst');
