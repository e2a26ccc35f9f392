// Abbreviations of laws and institutions: "OZG" for the Onlinezugangsgesetz, "OZGÄndG" for the law changing it.
import { folded } from '../stem.ts';

/**
 * Federal laws as DIP and the Bundesgesetzblatt abbreviate them; a text that defines an abbreviation itself
 * ("Onlinezugangsgesetz (OZG)", "(… - GDNG)") needs no entry here.
 */
export const LAW_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['AbgG', 'Abgeordnetengesetz'],
  ['AEG', 'Eisenbahngesetz'],
  ['AFBG', 'Aufstiegsfortbildungsförderungsgesetz'],
  ['AGG', 'Gleichbehandlungsgesetz'],
  ['ArbZG', 'Arbeitszeitgesetz'],
  ['AsylG', 'Asylgesetz'],
  ['AufenthG', 'Aufenthaltsgesetz'],
  ['AWG', 'Außenwirtschaftsgesetz'],
  ['BAföG', 'Bundesausbildungsförderungsgesetz'],
  ['BauGB', 'Baugesetzbuch'],
  ['BDSG', 'Bundesdatenschutzgesetz'],
  ['BEHG', 'Brennstoffemissionshandelsgesetz'],
  ['BFSG', 'Barrierefreiheitsstärkungsgesetz'],
  ['BGG', 'Behindertengleichstellungsgesetz'],
  ['BHO', 'Bundeshaushaltsordnung'],
  ['BImSchG', 'Bundes-Immissionsschutzgesetz'],
  ['BKGG', 'Bundeskindergeldgesetz'],
  ['BNatSchG', 'Bundesnaturschutzgesetz'],
  ['BPolG', 'Bundespolizeigesetz'],
  ['BSIG', 'BSI-Gesetz'],
  ['BSWAG', 'Bundesschienenwegeausbaugesetz'],
  ['BtMG', 'Betäubungsmittelgesetz'],
  ['BWahlG', 'Bundeswahlgesetz'],
  ['CanG', 'Cannabisgesetz'],
  ['DDG', 'Digitale-Dienste-Gesetz'],
  ['DSGVO', 'Datenschutz-Grundverordnung'],
  ['DüngG', 'Düngegesetz'],
  ['EEG', 'Erneuerbare-Energien-Gesetz'],
  ['EGovG', 'E-Government-Gesetz'],
  ['EnEfG', 'Energieeffizienzgesetz'],
  ['EnWG', 'Energiewirtschaftsgesetz'],
  ['EStG', 'Einkommensteuergesetz'],
  ['EuWG', 'Europawahlgesetz'],
  ['FFG', 'Filmförderungsgesetz'],
  ['GDNG', 'Gesundheitsdatennutzungsgesetz'],
  ['GEG', 'Gebäudeenergiegesetz'],
  ['GG', 'Grundgesetz'],
  ['HinSchG', 'Hinweisgeberschutzgesetz'],
  ['IFG', 'Informationsfreiheitsgesetz'],
  ['IfSG', 'Infektionsschutzgesetz'],
  ['KHG', 'Krankenhausfinanzierungsgesetz'],
  ['KrWG', 'Kreislaufwirtschaftsgesetz'],
  ['KSG', 'Klimaschutzgesetz'],
  ['KVBG', 'Kohleverstromungsbeendigungsgesetz'],
  ['LkSG', 'Lieferkettensorgfaltspflichtengesetz'],
  ['LobbyRG', 'Lobbyregistergesetz'],
  ['MiLoG', 'Mindestlohngesetz'],
  ['MuSchG', 'Mutterschutzgesetz'],
  ['NetzDG', 'Netzwerkdurchsetzungsgesetz'],
  ['OZG', 'Onlinezugangsgesetz'],
  ['PartG', 'Parteiengesetz'],
  ['PBefG', 'Personenbeförderungsgesetz'],
  ['PStG', 'Personenstandsgesetz'],
  ['RegMoG', 'Registermodernisierungsgesetz'],
  ['ROG', 'Raumordnungsgesetz'],
  ['SBGG', 'Selbstbestimmungsgesetz'],
  ['StAG', 'Staatsangehörigkeitsgesetz'],
  ['StGB', 'Strafgesetzbuch'],
  ['StVG', 'Straßenverkehrsgesetz'],
  ['StVO', 'Straßenverkehrsordnung'],
  ['TFG', 'Transfusionsgesetz'],
  ['TierSchG', 'Tierschutzgesetz'],
  ['TKG', 'Telekommunikationsgesetz'],
  ['TMG', 'Telemediengesetz'],
  ['TSG', 'Transsexuellengesetz'],
  ['UIG', 'Umweltinformationsgesetz'],
  ['UStG', 'Umsatzsteuergesetz'],
  ['VwGO', 'Verwaltungsgerichtsordnung'],
  ['VwVfG', 'Verwaltungsverfahrensgesetz'],
  ['WHG', 'Wasserhaushaltsgesetz'],
  ['WindBG', 'Windenergieflächenbedarfsgesetz'],
  ['WoGG', 'Wohngeldgesetz'],
  ['WPG', 'Wärmeplanungsgesetz'],
];

/**
 * Endings DIP and the gazette put on the abbreviation of a law to name the law that changes or renews it:
 * "OZGÄndG" (Änderungsgesetz), "StARModG" (Modernisierungsgesetz), "…UmsG" (Umsetzungsgesetz).
 */
const LAW_SUFFIXES = ['ÄndG', 'ÄndV', 'ModG', 'UmsG', 'AnpG', 'StärkG'];

const UPPER = /\p{Lu}/gu;
const LOWER_RUN = /\p{Ll}{4,}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]+$/u;

/** "OZG", "BAföG", "ePA", "OZGÄndG": at least two capitals and no run of four lower-case letters. */
export function isAcronym(written: string): boolean {
  if (!LETTER_OR_DIGIT.test(written) || written.length > 14) return false;
  return (written.match(UPPER)?.length ?? 0) >= 2 && !LOWER_RUN.test(written);
}

/** The key an acronym is matched by: "#ozg". */
export const acronymKey = (written: string): string => `#${folded(written.toLowerCase())}`;

/** An acronym's keys in order, with a law suffix split off: "OZGÄndG" → ["#ozg", "#ändg"]. */
export function acronymParts(written: string): string[] {
  for (const suffix of LAW_SUFFIXES) {
    const stem = written.slice(0, -suffix.length);
    if (written.endsWith(suffix) && stem.length >= 2 && isAcronym(stem)) return [acronymKey(stem), acronymKey(suffix)];
  }
  return [acronymKey(written)];
}

/** The keys of law-suffix parts: they add nothing a document could be matched on. */
export const SUFFIX_KEYS: ReadonlySet<string> = new Set(LAW_SUFFIXES.map(acronymKey));

/**
 * Whether `abbreviation` can abbreviate `name`: its first capital is the name's first letter and its other
 * capitals follow in order ("BSI" of "Bundesamt für Sicherheit in der Informationstechnik"; not "ÖPNV" of
 * "Personenbeförderungsgesetz").
 */
export function abbreviates(abbreviation: string, name: string): boolean {
  const capitals = folded((abbreviation.match(UPPER) ?? []).join('').toLowerCase());
  const letters = folded(name.toLowerCase()).replace(/[^\p{L}]/gu, '');
  if (capitals.length < 2 || letters.length < capitals.length * 2 || letters[0] !== capitals[0]) return false;
  let at = 1;
  for (const letter of capitals.slice(1)) {
    at = letters.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
