// Closed word classes and verb lists of German agreement language that the cues, titles and enumerations rely on.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const DETERMINERS = set(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
  unser unsere unseren unserem unserer unseres ihr ihre ihren ihrem ihrer ihres sein seine seinen seinem seiner seines
  diese dieser dieses diesen diesem alle allen jede jeder jedes jeden jedem sämtliche
`);

export const PREPOSITIONS = set(`
  für auf von zur zum zu mit im in an am bei beim aus nach über unter gegen ohne durch vor um bis ab seit zwischen
  gemäß innerhalb außerhalb hinsichtlich bezüglich statt wegen trotz neben mittels entlang anhand vom ins ans aufs
  entsprechend laut zugunsten infolge aufgrund anlässlich unterhalb oberhalb jenseits seitens analog
`);

/** Words that open a subordinate clause, whose verb stands at its end. */
export const SUBORDINATORS = set(`
  dass ob wenn weil da damit indem sodass sofern soweit falls während wobei bevor nachdem obwohl als wie wo
  inwiefern inwieweit weshalb warum wann wodurch wofür womit wozu welche welcher welches welchen insofern insoweit
  solange sobald seitdem zumal
`);

export const CONJUNCTIONS = set('und sowie oder bzw');

/** Pronouns and adverbs that are capitalised only when they open a sentence, so never nouns. */
const ADVERBS = set(`
  wir sie es er uns ihnen dies dazu dabei damit dafür daher deshalb darum zudem außerdem auch hierzu hierfür so nur
  gleichzeitig zugleich künftig zukünftig insbesondere darüber dort hier ebenso ferner schließlich zunächst sodann
  gemeinsam weiterhin bereits ebenfalls jetzt nun noch vor allem zusätzlich insgesamt stattdessen dennoch jedoch
  aber doch deswegen demnach somit also erstens zweitens drittens darin daraus davon dadurch hinzu was wer
  wieder immer weiter mehr sehr später früher bisher außer entweder weniger gleichwohl gleiches ähnliches
  entsprechendes dasselbe
`);

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...SUBORDINATORS,
  ...CONJUNCTIONS,
  ...ADVERBS,
]);

/** Separable verb particles that close a main clause: "Wir führen … ein", "treiben … voran". */
export const PARTICLES = set(`
  ab an auf aus bei ein fest fort her hin mit nach vor voran vorbei weiter zu zurück zusammen entgegen heraus
  hinzu bereit frei gegenüber teil los nieder um dar entlang gleich hoch offen herab
`);

/** Finite forms of "werden" and the modals, which carry their own cues. */
export const WERDEN = set('werden wird werde');
export const WOLLEN = set('wollen will möchten möchte');
export const SOLLEN = set('soll sollen');
export const SOLLTE = set('sollte sollten');
export const MUESSEN = set('muss müssen');
export const KOENNEN = set('kann können darf dürfen');
export const PAST = set('wurde wurden war waren hatte hatten wollte wollten musste mussten konnte konnten durfte durften');
export const CONDITIONAL = set('würde würden wäre wären hätte hätten könnte könnten');
export const HABEN = set('haben hat');

/** First-person-plural verbs that describe or evaluate rather than act ("Wir haben …", "Wir wissen …"). */
export const STATIVE_VERBS = set(`
  haben sind sein wissen kennen glauben leben sehen erleben begrüßen begreifen verstehen danken freuen meinen
  finden können dürfen müssen sollen wollen werden möchten teilen stehen brauchen zeigen bleiben heißen
`);

/** Verb stems that mark advocacy or intent rather than a steerable change; they make a candidate vague. */
export const ADVOCACY = new Map<string, string>([
  ['setzen+ein', 'einsetzen'],
  ['treten+ein', 'eintreten'],
  ['unterstützen', 'unterstützen'],
  ['fordern+ein', 'einfordern'],
  ['fordern', 'fordern'],
  ['begleiten', 'begleiten'],
  ['bemühen', 'bemühen'],
  ['werben', 'werben'],
  ['drängen', 'drängen'],
  ['wirken+hin', 'hinwirken'],
  ['streben+an', 'anstreben'],
]);

/** Verbs of examining: a commitment to look into something, never to a result. */
export const EXAMINING = set('prüfen überprüfen evaluieren untersuchen erörtern ausloten beobachten analysieren');

/** Refusals: "lehnen … ab", "schließen … aus". */
export const REJECTION = new Map<string, string>([
  ['lehnen+ab', 'ablehnen'],
  ['schließen+aus', 'ausschließen'],
  ['verhindern', 'verhindern'],
  ['verzichten', 'verzichten'],
]);

/** Statements of allegiance that count as (vague) commitments to keep something. */
export const STANCE = new Map<string, string>([
  ['bekennen', 'bekennen'],
  ['stehen+zu', 'stehen-zu'],
  ['halten+fest', 'festhalten'],
  ['verpflichten', 'verpflichten'],
]);

/** Verbs whose object is a concrete, verifiable change: they make a candidate specific. */
export const SPECIFIC_VERBS = set(`
  einführen abschaffen streichen errichten einrichten gründen ratifizieren verankern festschreiben vorlegen
  beschließen überführen verlängern ausweiten begrenzen verbieten zulassen erhöhen senken anheben absenken halbieren
  verdoppeln abschließen starten auflegen aufsetzen entfristen übertragen erproben umwandeln zusammenlegen festlegen
  ablösen beenden aufheben novellieren ändern reformieren finanzieren übernehmen bereitstellen erstatten
  veröffentlichen offenlegen regulieren kennzeichnen einsetzen ratifizieren umsetzen aufnehmen öffnen schaffen
  nachschärfen digitalisieren priorisieren verpflichten ausstatten legalisieren erweitern ausgestalten überarbeiten
  vorsehen initiieren fortführen fortsetzen anerkennen durchführen zusammenführen klarstellen abgrenzen einstufen
  verrechnen erlauben beifügen herabsetzen verkleinern ausdehnen einbeziehen unterbinden verkürzen vereinheitlichen
  standardisieren zertifizieren verbindlich
`);

/** Verbs of direction rather than of a checkable act. */
export const VAGUE_VERBS = set(`
  stärken verbessern fördern unterstützen weiterentwickeln vorantreiben voranbringen modernisieren achten
  berücksichtigen einbinden nutzen sichern gestalten erleichtern beschleunigen intensivieren vereinfachen erhalten
  schützen bekämpfen begleiten verfolgen setzen sorgen bemühen vertiefen verstärken ausrichten bündeln entwickeln
  ermöglichen ausbauen machen anstreben bringen wahren gewährleisten sicherstellen befördern verwirklichen
`);

/**
 * Action nouns that head a verbless item naming a measure ("Einführung einer Kindergrundsicherung"), with the verb
 * a title uses for them: "Einführung einer …" → "einführen".
 */
export const ACTION_NOUN_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    einführung: 'einführen',
    schaffung: 'schaffen',
    aufbau: 'aufbauen',
    ausbau: 'ausbauen',
    abbau: 'abbauen',
    abschaffung: 'abschaffen',
    stärkung: 'stärken',
    reform: 'reformieren',
    erhöhung: 'erhöhen',
    anhebung: 'anheben',
    senkung: 'senken',
    verbesserung: 'verbessern',
    weiterentwicklung: 'weiterentwickeln',
    einrichtung: 'einrichten',
    errichtung: 'errichten',
    gründung: 'gründen',
    förderung: 'fördern',
    umsetzung: 'umsetzen',
    ausweitung: 'ausweiten',
    erweiterung: 'erweitern',
    verlängerung: 'verlängern',
    vereinfachung: 'vereinfachen',
    beschleunigung: 'beschleunigen',
    überarbeitung: 'überarbeiten',
    novellierung: 'novellieren',
    neuregelung: 'neu regeln',
    streichung: 'streichen',
    begrenzung: 'begrenzen',
    verbot: 'verbieten',
    ratifizierung: 'ratifizieren',
    verankerung: 'verankern',
    festschreibung: 'festschreiben',
    bündelung: 'bündeln',
    modernisierung: 'modernisieren',
    entwicklung: 'entwickeln',
    sicherung: 'sichern',
    steigerung: 'steigern',
    fortführung: 'fortführen',
    fortsetzung: 'fortsetzen',
    weiterführung: 'weiterführen',
    verstetigung: 'verstetigen',
    absicherung: 'absichern',
    anpassung: 'anpassen',
    vereinheitlichung: 'vereinheitlichen',
    überprüfung: 'überprüfen',
    prüfung: 'prüfen',
    prüfauftrag: 'prüfen',
    evaluierung: 'evaluieren',
    bereitstellung: 'bereitstellen',
    übernahme: 'übernehmen',
    entfristung: 'entfristen',
    halbierung: 'halbieren',
    verdoppelung: 'verdoppeln',
    öffnung: 'öffnen',
    entlastung: 'entlasten',
    aufstockung: 'aufstocken',
    fortschreibung: 'fortschreiben',
    beendigung: 'beenden',
    aufhebung: 'aufheben',
    rücknahme: 'zurücknehmen',
    zusammenführung: 'zusammenführen',
    zusammenlegung: 'zusammenlegen',
    umwandlung: 'umwandeln',
    vollendung: 'vollenden',
    verhinderung: 'verhindern',
    einsetzung: 'einsetzen',
    unterstützung: 'unterstützen',
    bekämpfung: 'bekämpfen',
    vermeidung: 'vermeiden',
    reduzierung: 'reduzieren',
    verringerung: 'verringern',
    intensivierung: 'intensivieren',
    harmonisierung: 'harmonisieren',
    entbürokratisierung: 'entbürokratisieren',
    ausstattung: 'ausstatten',
  }),
);
export const ACTION_NOUNS: ReadonlySet<string> = new Set(ACTION_NOUN_VERBS.keys());

/** "Beauftragte/n", "einer/s", "ein/e", "Lehrer/innen": a word without the gender ending written after a slash. */
export const withoutGenderEnding = (lower: string): string => lower.replace(/\/(?:e|n|r|s|in|innen)$/, '');

/** Abbreviations too common to name anything particular. */
export const COMMON_ACRONYMS = set('EU UN VN NATO USA EU- GG');

export const MONTHS = set('januar februar märz april mai juni juli august september oktober november dezember');
