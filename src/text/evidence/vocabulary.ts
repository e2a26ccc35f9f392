// The words matching knows before it sees any Vorhaben: filler, words too common to tell laws apart, compound parts.
import { folded } from '../stem.ts';
import { OBJECT_NOUNS } from '../object-lexicon.ts';

const words = (list: string): string[] =>
  list
    .trim()
    .split(/\s+/)
    .map((word) => folded(word));

/** Auxiliaries, modals, pronouns and particles that function-word lists leave out (folded). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  words(`
  werden wird werde wurde wurden worden sein ist sind war waren hat haben hatte hatten wollen will soll sollen sollte
  sollten muss müssen kann können darf dürfen möchten wir uns unsere unser ihr ihre sich es man dass nicht kein keine
  keinen auch sowie und oder bzw etc ua sog insb ggf zb dabei hierzu hierfür daher dazu künftig zukünftig weitere
  weiteren weiterer neue neuen neuer neues mehr gibt geben geht gehen lassen macht machen bringen setzen stellen
  sorgen sehen wieder sowohl damit derzeit bisherigen bisher beim vom zum zur
`),
);

/**
 * Words every bill, motion and promise uses: evidence only together with others. Each is compared by its key, so
 * inflected forms count too; in a compound the other parts carry the meaning ("Onlinezugangsgesetz").
 */
export const GENERIC_WORDS: readonly string[] = words(`
  gesetz gesetze gesetzentwurf entwurf änderung änderungsgesetz verordnung regelung regelungen vorschrift vorschriften bestimmung
  bund bundes bundesregierung regierung bundestag deutschland deutsch deutsche staat staatlich öffentlich öffentliche land länder
  kommune kommunen gemeinde stärkung stärken weiterentwicklung weiterentwickeln verbesserung verbessern umsetzung umsetzen
  einführung einführen förderung fördern ausbau ausbauen modernisierung modernisieren reform reformieren neuregelung anpassung
  anpassen digital digitale digitalisierung maßnahme maßnahmen richtlinie recht rechte rechtlich bereich rahmen schaffung schaffen
  sicherung sichern beschleunigung beschleunigen vereinfachung vereinfachen zukunft antrag anfrage bericht unterrichtung jahr jahre
  euro prozent grundlage ziel ziele system programm europäisch europäische union national nationale mittel
  entwicklung möglichkeit unterstützung einrichtung rahmenbedingungen aufgabe vorhaben erhöhung erhöhen senkung absenkung
  strafgesetzbuch grundgesetz sozialgesetzbuch einkommensteuergesetz abgabenordnung aufenthaltsgesetz
`);

/** Abbreviations as common as those words: codes that many bills amend, and the EU. */
export const GENERIC_ABBREVIATIONS: readonly string[] = ['StGB', 'GG', 'SGB', 'BGB', 'EStG', 'AO', 'AufenthG', 'EU', 'IT'];

/**
 * Compound parts besides the words of the Vorhaben themselves: the head nouns of checkable objects and the parts
 * bills are made of, so "Registermodernisierungsgesetz" splits even when no Vorhaben says "Modernisierung".
 */
export const BASE_PARTS: readonly string[] = [
  ...Object.values(OBJECT_NOUNS)
    .flat()
    .map((word) => folded(word)),
  ...words(`
    bundes landes ministerium änderung gesetz gesetzes verordnung ordnung entwurf recht rechts daten schutz sicherheit
    verwaltung register modernisierung online zugang zugangs verfahren versorgung planung energie klima umwelt arbeit
    arbeits sozial kinder kind familie familien steuer steuern wahl wahlen europa bildung forschung gesundheit gesundheits
    pflege miete mieten strom wasser wasserstoff wind kohle netz netze bahn verkehr straße straßen digital information
    informations technik kommunikation infrastruktur stärkung beschleunigung entlastung umsetzung einführung verbesserung
    weiterentwicklung förderung finanzierung nutzung schul schule schulen hochschule wohnen wohnungs wohnung bau bauen
    energien erneuerbare tier tiere haltung kennzeichnung lebensmittel ernährung renten rente alters grund sicherung
    geld patienten beratung krankenhaus kranken versicherung bürger bürgerinnen frauen gewalt staats angehörigkeit
    aufenthalt aufenthalts einwanderung fachkräfte beschaffung wehr rüstung export kontrolle haushalt schulden bremse
    transparenz information freiheit lobby partei parteien sponsoring klage klagen verband verbands beauftragte
    beauftragten durchsetzung ausbildung weiterbildung person personen verbot verbote spende schwanger abbruch
    versorgungs qualität vergütung reform förder anspruch ansprüche auskunft zentrum zentren markt mobilität
  `),
];

/** Parts shorter than four letters that are words of their own ("Bürgerrat", "Bundesamt", "Wohnbau"). */
export const SHORT_PARTS: readonly string[] = words('amt rat bau see ort tag weg geld');
