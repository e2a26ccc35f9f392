import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './cues.ts';
import { scoreOf, THRESHOLD } from './score.ts';

const ids = (sentence: string): string[] =>
  analyse(sentence)
    .cues.filter((cue) => cue.role !== 'negative')
    .map((cue) => cue.id);
const isCommitment = (sentence: string): boolean => scoreOf(analyse(sentence).cues) >= THRESHOLD;

test('intent and future: "wir werden", "werden wir", "wollen"', () => {
  assert.deepEqual(ids('Wir werden ein Zentrum für Legistik errichten.'), ['wir-werden']);
  assert.deepEqual(ids('Diesen werden wir attraktiver gestalten.'), ['wir-werden']);
  assert.deepEqual(ids('Kinder haben eigene Rechte, die wir im Grundgesetz verankern werden.'), ['wir-werden']);
  assert.deepEqual(ids('Wir wollen Gesetze verständlicher machen.'), ['wollen']);
});

test('present tense of a first-person plural action verb, with separable particles joined to the verb', () => {
  assert.deepEqual(ids('Wir führen ein Recht auf Verschlüsselung ein.'), ['separable:einführen']);
  assert.deepEqual(ids('Die Glasfaserförderung treiben wir voran.'), ['separable:vorantreiben']);
  assert.deepEqual(ids('Mit den Ländern bauen wir die Berufsorientierung aus.'), ['separable:ausbauen']);
  assert.deepEqual(ids('Wir stärken Erasmus+.'), ['present:stärken']);
  assert.deepEqual(ids('Dazu verbessern wir die Rahmenbedingungen.'), ['present:verbessern']);
});

test('a second verb coordinated with the first carries its own cue', () => {
  assert.deepEqual(ids('Wir erarbeiten eine Strategie und etablieren eine Datenbank.'), ['present:erarbeiten', 'present:etablieren']);
});

test('obligation: soll/sollen, muss/müssen, "ist … zu" with an infinitive', () => {
  assert.deepEqual(ids('Die Verwaltung soll agiler werden.'), ['soll']);
  assert.deepEqual(ids('Der Bundestag muss verkleinert werden.'), ['muss', 'passive']);
  assert.deepEqual(ids('Das Bau- und Genehmigungsrecht ist entsprechend anzupassen.'), ['ist-zu']);
  assert.deepEqual(ids('Neue Rechenzentren sind ab 2027 klimaneutral zu betreiben.'), ['ist-zu', 'frist']);
});

test('a passive or future "wird" without "wir" announces a measure', () => {
  assert.deepEqual(ids('Die Pflicht wird auf 35.000 Euro herabgesetzt.'), ['passive']);
  assert.deepEqual(ids('Die Kommission wird sich mit der Parität befassen.'), ['future']);
});

test('a verbless item headed by an action noun is a nominal commitment', () => {
  assert.deepEqual(ids('Einführung einer Kindergrundsicherung'), ['nominal:einfuehrung']);
  assert.deepEqual(ids('Die Schaffung eines Digitalbudgets'), ['nominal:schaffung']);
  assert.deepEqual(ids('Einführung einer Kindergrundsicherung gelingt nur gemeinsam.'), []);
});

test('advocacy and examining are cues of their own, with the vague role', () => {
  const advocacy = analyse('Wir setzen uns für ein EU-weites Verbot der Pelztierhaltung ein.').cues;
  assert.deepEqual(
    advocacy.map((cue) => [cue.id, cue.role]),
    [['advocacy:einsetzen', 'vague']],
  );
  assert.deepEqual(ids('Die Bundesregierung wird sich dafür einsetzen, dass X kommt.').includes('advocacy:einsetzen'), true);
  assert.deepEqual(ids('Wir unterstützen den Vorschlag der Kommission.'), ['advocacy:unterstützen']);
  assert.deepEqual(ids('Wir prüfen Wege zu besserer Teilhabe.'), ['pruefen']);
  assert.deepEqual(ids('Wir werden die Einrichtung einer Bundeszentrale prüfen.'), ['wir-werden', 'pruefen']);
});

test('"setzen … ein" without "uns" installs something and is no advocacy', () => {
  assert.deepEqual(ids('Wir setzen eine Kommission zur Fortpflanzungsmedizin ein.'), ['separable:einsetzen']);
});

test('rejection pledges count as commitments', () => {
  assert.deepEqual(ids('Hackbacks lehnen wir als Mittel der Cyberabwehr ab.'), ['rejection:ablehnen']);
  assert.deepEqual(ids('Eine Pflicht zur Identifizierung schließen wir aus.'), ['rejection:ausschließen']);
  assert.ok(isCommitment('Hackbacks lehnen wir als Mittel der Cyberabwehr ab.'));
});

test('allegiance ("stehen zu", "bekennen uns", "halten … fest") is a vague commitment', () => {
  assert.deepEqual(ids('Wir stehen zum Bonn-Berlin-Gesetz.'), ['stance:stehen-zu']);
  assert.deepEqual(ids('Am deutschen Atomausstieg halten wir fest.'), ['stance:festhalten']);
  assert.deepEqual(ids('Wir bekennen uns zur Schutzverantwortung.'), ['stance:bekennen']);
});

test('descriptive and evaluative statements are no commitments', () => {
  assert.ok(!isCommitment('Demokratie lebt vom Vertrauen in alle staatlichen Institutionen.'));
  assert.ok(!isCommitment('Die Klimakrise gefährdet unsere Lebensgrundlagen.'));
  assert.ok(!isCommitment('Wir haben unterschiedliche Traditionen und Perspektiven.'));
  assert.ok(!isCommitment('Die Datenschutzgrundverordnung ist eine gute internationale Standardsetzung.'));
});

test('past tense and "würde" take the force out of a cue in their clause', () => {
  assert.ok(!isCommitment('Wir wollten das Gesetz ändern, wurden aber überstimmt.'));
  assert.ok(!isCommitment('Der Vertrag zeigt, dass wir gemeinsame Lösungen gefunden haben.'));
  assert.ok(!isCommitment('Ein Verbot würde den Wettbewerb verzerren.'));
  assert.ok(isCommitment('Das Gesetz, das 2020 beschlossen wurde, werden wir reformieren.'));
});

test('weak evidence alone ("kann", a date) is not enough, together with a modal it is', () => {
  assert.ok(!isCommitment('Dies kann nur im Konsens gelingen.'));
  assert.ok(isCommitment('Wir wollen das bis 2030 erreichen.'));
});

test('a condition set for a planned measure is a commitment of its own', () => {
  assert.deepEqual(ids('Voraussetzung ist eine Vereinbarung zwischen Arbeitgeber und Beschäftigten.'), ['voraussetzung']);
  assert.deepEqual(ids('Voraussetzung dafür sind Betriebsvereinbarungen.'), ['voraussetzung']);
  assert.deepEqual(ids('Bildung ist Voraussetzung für Teilhabe.'), []);
});

test('"So …"/"Damit …" in the present tense states what earlier measures achieve, not a new one', () => {
  assert.ok(!isCommitment('So erhöhen wir die Durchlässigkeit und reduzieren Schnittstellen.'));
  assert.ok(!isCommitment('Damit schaffen wir einen übersichtlichen Zugang zu Beratungsangeboten.'));
  assert.ok(isCommitment('So wollen wir bis 2030 Leitmarkt für Wasserstofftechnologien werden.'));
});

test('a verbless summary item with a full stop is a nominal commitment, a sentence with a verb is not', () => {
  assert.deepEqual(ids('Keine Erhöhung der Steuerbelastung der Bürgerinnen und Bürger.'), ['nominal:erhoehung']);
  assert.deepEqual(ids('Deutliche Verbesserung und Ausbau BAföG.'), ['nominal:verbesserung']);
  assert.deepEqual(ids('Die Einführung digitaler Arbeitsprozesse führt zu mehr Transparenz.'), []);
});

test('an agenda item closed by the infinitive of its measure is a commitment', () => {
  assert.deepEqual(ids('Marshallplan mit Afrika umsetzen, um mehr Chancen und Arbeitsplätze zu schaffen.'), ['agenda']);
  assert.deepEqual(ids('Friedliches Zusammenleben und Zusammenhalt erfordern, Unterschiede zu achten.'), []);
});

test('a Land government, the state or the coalition acting in the present commits as the federal government does', () => {
  assert.deepEqual(ids('Die Landesregierung setzt sich auf Bundesebene für eine steuerliche Forschungsförderung ein.'), [
    'advocacy:einsetzen',
  ]);
  assert.deepEqual(ids('Das Land fördert die Ansiedlung von Forschungsinstituten.'), ['bund']);
  assert.deepEqual(ids('Die Koalition legt ein Landesprogramm auf.'), ['bund']);
  assert.deepEqual(ids('Das Land ist ein Innovationsland.'), []);
  assert.deepEqual(ids('Unser Land gibt ihnen einen Vertrauensvorschuss.'), []);
});

test('the government acts also behind an opening word or clause, and a state by its name', () => {
  assert.deepEqual(ids('Deshalb vereinbart der Bund mit den Ländern ein Programm für Schulen.'), ['bund']);
  assert.deepEqual(
    ids('Um einen Flickenteppich zu vermeiden, setzt sich Baden-Württemberg für einheitliche, digitale Bezahlsysteme ein.'),
    ['advocacy:einsetzen'],
  );
  assert.deepEqual(ids('Bayern übernimmt die Kosten der Ausbildung.'), ['bund']);
  assert.ok(!ids('Deutschland braucht einen digitalen Aufbruch.').includes('bund'));
  assert.deepEqual(ids('Deshalb sieht das Land keinen Bedarf.'), []);
  assert.ok(!ids('Trotz vieler Fortschritte und Erfolge braucht der Bund mehr Fachkräfte.').includes('bund'));
});

test('a sentence that adds parts or cases to the measure before it carries the extension cue', () => {
  assert.deepEqual(ids('Dazu gehören eine Ausstattungsoffensive für Schulen und eine Novelle des Berufsbildungsgesetzes.'), ['extension']);
  assert.deepEqual(ids('Bestandteil dieses Paktes sind 2000 neue Richterstellen.'), ['extension']);
  assert.deepEqual(ids('Dies gilt auch für Zufluchtsräume für männliche Opfer.'), ['extension']);
  assert.deepEqual(ids('Dies gilt insbesondere in ländlichen Räumen.'), []);
  assert.deepEqual(ids('Gleiches gilt für die Sanierungsoffensive.'), ['extension']);
  assert.deepEqual(ids('Das Gleiche gilt für den Härtefallfonds.'), ['extension']);
  assert.deepEqual(ids('Vieles gilt für die Förderung.'), []);
  assert.deepEqual(ids('Zum Leben gehören auch Brüche.'), []);
});

test('a verbless item naming a programme, an institution or a law is a nominal commitment; a list of ministries is not', () => {
  assert.deepEqual(ids('Eine Sanierungsoffensive für landeseigene Gebäude.'), ['nominal:sanierungsoffensive']);
  assert.deepEqual(ids('Unter diesen Voraussetzungen: Steigerung des Anteils der Erneuerbaren auf 65 Prozent.'), ['nominal:steigerung']);
  assert.deepEqual(ids('Ministerium für Umwelt, Klima und Energiewirtschaft'), []);
  assert.deepEqual(ids('Die Sicherheitsbehörden und ihre Beschäftigten verdienen Respekt.'), []);
  assert.deepEqual(ids('Bündnis 90 / Die Grünen stellen die Leitung der Ministerien.'), []);
});

test('a date ahead in the present tense commits on its own; a range of years does not', () => {
  assert.ok(isCommitment('Öffentliche Rechenzentren führen bis 2025 ein Umweltmanagementsystem ein.'));
  assert.ok(!isCommitment('Für die Jahre 2018 bis 2021 sind Ausgaben von 1,4 Billionen Euro vorgesehen.'));
  assert.ok(!isCommitment('In der Legislaturperiode 2016 bis 2021 haben wir die erste Stufe umgesetzt.'));
});

test('a rule stated in the plain present commits; what was just said, or a sentence with "wir", does not by that verb', () => {
  assert.deepEqual(ids('Künftig orientiert sich die Minijob-Grenze an einer Wochenarbeitszeit von 10 Stunden.'), ['kuenftig', 'regel']);
  assert.deepEqual(ids('Die Abwicklung der Grundrente erfolgt durch die Rentenversicherung.'), ['regel']);
  assert.deepEqual(ids('Die Eigenanteile für die Schülerbeförderung entfallen.'), ['regel']);
  assert.deepEqual(ids('Dies erfolgt im Vorgriff auf eine spätere Festlegung.'), []);
  assert.deepEqual(ids('Die Preise richten den Markt aus.'), []);
});

test('"Zu diesem gehört …" extends the measure before it as "Dazu gehören …" does', () => {
  assert.deepEqual(ids('Zu diesem gehört auch ein Auskunftsanspruch der Arbeitnehmer.'), ['extension']);
});

test('nominalised acts such as "Fortführung" or "Prüfauftrag" head a verbless item', () => {
  assert.deepEqual(ids('Fortführung der Entlastungen der Kommunen bei Städtebau und Integration.'), ['nominal:fortfuehrung']);
  assert.deepEqual(ids('Prüfauftrag für Freibeträge für Familien beim Ersterwerb von Wohneigentum.'), ['nominal:pruefauftrag']);
});

test('"möchten" is an intention as "wollen" is, and the coalition partners act as the coalition does', () => {
  assert.deepEqual(ids('Unabhängige Beratungsangebote möchten wir auch weiterhin fördern.'), ['wollen']);
  assert.deepEqual(ids('Die Koalitionspartner unterstützen einen zügigen Abbau der kerntechnischen Anlagen.'), ['advocacy:unterstützen']);
});

test('a separable verb is not the stative verb it is built on: "sehen … vor" is "vorsehen"', () => {
  assert.deepEqual(ids('Wiederkehrende Finanzhilfen sehen wir nicht vor.'), ['separable:vorsehen']);
  assert.deepEqual(ids('Wir sehen große Chancen in der Digitalisierung.'), []);
});

test('a modal with a perfect infinitive sets a target, it does not look back', () => {
  assert.ok(isCommitment('Am Ende der Legislaturperiode sollen die Poolstunden den gleichen Stand erreicht haben.'));
  assert.ok(!isCommitment('In der letzten Legislaturperiode haben wir die Poolstunden erhöht.'));
});

test('an impersonal "es" states a rule; "dies" and "das" point back', () => {
  assert.deepEqual(ids('Es erfolgt keine Auszahlung von Barbeträgen.'), ['regel']);
  assert.deepEqual(ids('Dies erfolgt im Vorgriff auf eine spätere Festlegung.'), []);
});

test('a verbless item may open with several adjectives, name a plan, or follow a longer lead before a colon', () => {
  assert.deepEqual(ids('Neues gesamtdeutsches Fördersystem für strukturschwache Regionen.'), ['nominal:foerdersystem']);
  assert.deepEqual(ids('Wir bekennen uns zur Medien- und Pressefreiheit: Stärkung von Berufsgeheimnis und Auskunftsrechten.'), [
    'stance:bekennen',
    'nominal:staerkung',
  ]);
});

test('"gelten als" states a rule, and "Das Land Baden-Württemberg" acts as "Das Land" does', () => {
  assert.deepEqual(ids('Vollständige Anträge gelten nach sechs Wochen ohne Bescheid als genehmigt.'), ['regel']);
  assert.deepEqual(ids('Das gilt als Erfolg.'), []);
  assert.deepEqual(ids('Das Land Baden-Württemberg beteiligt sich an dem Projekt mit einem Zuschuss.'), ['bund']);
  assert.deepEqual(ids('Das Land Baden-Württemberg ist ein starkes Land.'), []);
});

test('number words and "Aufstockung" do not keep a summary item from being verbless', () => {
  assert.deepEqual(ids('Digitalpakt Schule mit 5 Milliarden in fünf Jahren für starke Digital-Infrastruktur an allen Schulen.'), [
    'nominal:digitalpakt',
  ]);
  assert.deepEqual(ids('Aufstockung Schulstarterpaket für Schulmaterial von Kindern.'), ['nominal:aufstockung']);
});

test("a passive is found behind an abbreviation's dot and behind a comma inside the predicate", () => {
  assert.deepEqual(ids('Dabei werden Flächen vorrangig an nachhaltig bzw. ökologisch wirtschaftende Betriebe verpachtet.'), ['passive']);
  assert.deepEqual(ids('Planungsprozesse werden mit Gebäudedatenmodellierung effizienter, kostengünstiger und transparenter gestaltet.'), [
    'passive',
  ]);
  assert.deepEqual(ids('Die Förderung wird zu einem Programm, das Länder nutzen.'), ['werden']);
});

test('more rules and demands: "regelt", "unser langfristiges Ziel", "Eine Maßnahme/Ein Schwerpunkt ist …", a measure declared necessary', () => {
  assert.deepEqual(ids('Das Nähere regelt ein noch zu erlassendes Bundesgesetz.'), ['regel']);
  assert.ok(ids('Die Netto-Null beim Flächenverbrauch bleibt deshalb unser langfristiges Ziel.').includes('ziel'));
  assert.deepEqual(ids('Eine Maßnahme ist die Erfassung des aktuellen Bestandes.'), ['extension']);
  assert.deepEqual(ids('Ein Schwerpunkt ist für uns daher der bedarfsgerechte Ausbau der Sprachförderung.'), ['extension']);
  assert.deepEqual(ids('Die Fortschreibung der Wasserrahmenrichtlinie (WRRL) ist unerlässlich.'), ['need']);
  assert.deepEqual(ids('Die Einführung digitaler Arbeitsprozesse ist eine Chance.'), []);
});

test('a verbless item may open with an amount or name a frame a legal modifier makes a measure', () => {
  assert.deepEqual(ids('4 Milliarden Euro zusätzlich für einen sozialen Arbeitsmarkt.'), ['nominal:milliarden']);
  assert.deepEqual(ids('Rechtlicher Rahmen für mobiles Arbeiten.'), ['nominal:rahmen']);
  assert.deepEqual(ids('Klarer Rahmen für mobiles Arbeiten.'), []);
});

test('a verbless item may refuse ("Kein …") or set a number ("… von 20 Prozent.")', () => {
  assert.deepEqual(ids('Kein Rückgriff auf Einkommen bis 100 501 Euro im Jahr.'), ['nominal:rueckgriff']);
  assert.deepEqual(ids('Haltelinie beim Beitragssatz von 20 Prozent.'), ['nominal:haltelinie']);
  assert.deepEqual(ids('Gute Arbeit für alle Menschen im Land.'), []);
});

test('the government acts behind a leading prepositional phrase, and a necessary measure may follow its copula', () => {
  assert.deepEqual(ids('Zur Gestaltung solcher Migrationsabkommen setzt die Bundesregierung einen Sonderbevollmächtigten ein.'), ['bund']);
  assert.deepEqual(ids('Mit der neuen Regelung steht die Bundesregierung vor einer Aufgabe.'), []);
  assert.deepEqual(ids('Spätestens drei Jahre nach der Entscheidung ist eine Überprüfung des Schutzes erforderlich.'), ['need']);
});

test('"braucht es", "bedarf es" and a third-person need name what a measure requires; rules with an amount or a legal predicate', () => {
  assert.deepEqual(ids('Um Geldwäsche zu bekämpfen, braucht es eine abgestimmte Strategie.'), ['need']);
  assert.deepEqual(ids('Neue Mobilitätsangebote brauchen eine rechtssichere Grundlage für ihre Zulassung.'), ['need']);
  assert.deepEqual(ids('Bei jeder Gründung gilt jeweils eine Karenzzeit von zwei Jahren.'), ['regel']);
  assert.deepEqual(ids('Vor jeder AFP-Förderung ist das Beratungsmodul Betriebscheck verpflichtend.'), ['regel']);
  assert.ok(!ids('Das gilt besonders für kleine Betriebe.').includes('regel'));
  assert.deepEqual(ids('Deshalb sieht das Land keinen Bedarf.'), []);
});

test('a text without words has no cues and does not throw', () => {
  assert.deepEqual(analyse('').cues, []);
  assert.deepEqual(analyse(' – ').cues, []);
});
