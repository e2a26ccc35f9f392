import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from './clauses.ts';
import { analyse } from './cues.ts';
import { extractCandidates } from './extract.ts';
import { isConcreteNoun } from './object-shape.ts';
import { tokenize } from './tokens.ts';

const ids = (sentence: string): string[] =>
  analyse(sentence)
    .cues.filter((cue) => cue.role !== 'negative')
    .map((cue) => cue.id);

test('"Dazu zählt …" and "Darunter fällt …" extend the measure before them as "Dazu gehören …" does', () => {
  assert.deepEqual(ids('Dazu zählt auch eine bedarfsgerechte Kinderpalliativversorgung.'), ['extension']);
  assert.deepEqual(ids('Hierzu zählen gemeinsame Frühwarnsysteme.'), ['extension']);
  assert.deepEqual(ids('Darunter fällt auch die Ausweisung von 3 Prozent seiner Fläche als Bannwälder.'), ['extension']);
  assert.deepEqual(ids('Die Zahl der Fälle zählt zu den höchsten.'), []);
});

test('a new institution, programme, rule or plan introduced by what it does in the present is a measure', () => {
  assert.deepEqual(ids('Eine zweijährige Nachhaltigkeitskonferenz bindet die Öffentlichkeit ein.'), ['neu']);
  assert.deepEqual(ids('Ein Landesprogramm unterstützt die Kommunen beim Radwegebau.'), ['neu']);
  const [candidate] = extractCandidates('Eine zweijährige Nachhaltigkeitskonferenz bindet die Öffentlichkeit ein.');
  assert.ok(candidate?.cues.includes('object:institution'));
  // Not a thing of its own, not an act, or a modal with its own cue.
  assert.deepEqual(ids('Eine starke Wirtschaft sichert unseren Wohlstand.'), []);
  assert.deepEqual(ids('Eine Strategie ist dafür die Grundlage.'), []);
  assert.ok(!ids('Eine Kommission soll Vorschläge erarbeiten.').includes('neu'));
  assert.deepEqual(ids('Die Konferenz bindet die Öffentlichkeit ein.'), []);
});

test('the government as subject before "ist offen für" or "ist bereit" takes a stance, as "wir sind bereit" does', () => {
  assert.deepEqual(ids('Die Landesregierung ist offen für die Vernetzung der Landeskorruptionsregister.'), ['stance:bereit']);
  assert.deepEqual(ids('Das Land ist bereit, die Kosten zu übernehmen.'), ['stance:bereit']);
  assert.deepEqual(ids('Die Tür ist offen für alle.'), []);
});

test('an entitlement stated in the present ("steht … offen", "steht … zu") is a rule', () => {
  assert.deepEqual(ids('Die geförderte zusätzliche private Altersvorsorge steht allen Erwerbstätigen offen.'), ['regel']);
  assert.deepEqual(ids('Den Geschädigten steht auch in Zukunft eine Rehabilitierung zu.'), ['regel']);
  assert.ok(!ids('Wir stehen zu unserer Verantwortung.').includes('regel'));
  assert.deepEqual(ids('Die Entscheidung steht noch aus.'), []);
});

test('a dash pair encloses an aside: the closing dash does not end the clause', () => {
  const tokens = tokenize('Wir setzen uns – unter Achtung der Regeln – für die Reform ein.', 0);
  assert.equal(splitClauses(tokens).clauses.length, 1);
  const sentence =
    'Die ökologischen Kosten sind bei Baumaßnahmen – beispielsweise zur Wärmeversorgung – in der Wirtschaftlichkeitsberechnung zu berücksichtigen.';
  assert.ok(ids(sentence).includes('ist-zu'));
  assert.equal(splitClauses(tokenize('Wir fördern den Radverkehr – und den Fußverkehr.', 0)).clauses.length, 2);
});

test('a noun only ending in the letters of a direction noun is not one: "Versorgung" is not "sorgen"', () => {
  assert.equal(isConcreteNoun('palliativversorgung'), true);
  assert.equal(isConcreteNoun('unterbringung'), true);
  assert.equal(isConcreteNoun('stärkung'), false);
  assert.equal(isConcreteNoun('qualitätsverbesserung'), false);
  assert.equal(isConcreteNoun('netzausbau'), false);
  assert.equal(isConcreteNoun('durchsetzung'), false);
});

test('"Beendigung", "Aufhebung", "Zusammenlegung" head a verbless item as "Einführung" does', () => {
  assert.deepEqual(ids('Beendigung aller Beteiligungen staatlicher Fonds an AKWs im Ausland.'), ['nominal:beendigung']);
  assert.deepEqual(ids('Zusammenlegung der beiden Landesämter.'), ['nominal:zusammenlegung']);
});

test('a stop, an end, a repeal or a conversion is a checkable act, as an introduction is', () => {
  const [candidate] = extractCandidates(
    'Dazu gehören auch ein Stopp der Weitergabe von Überwachungstechnologien an repressive Regime sowie der Schutz ziviler Infrastruktur vor Cyberangriffen.',
  );
  assert.ok(candidate?.cues.includes('object:act'), JSON.stringify(candidate?.cues));
  assert.deepEqual(extractCandidates('Dazu gehören auch die Werte der Aufklärung.'), []);
});

test('"den Ausbau der Netze" names the networks; "die Stärkung der Demokratie" stays a direction of a value', () => {
  const [candidate] = extractCandidates('Baden-Württemberg begleitet und unterstützt hierzu den bedarfsgerechten Ausbau der Netze.');
  assert.ok(candidate?.cues.includes('object:noun'), JSON.stringify(candidate?.cues));
  assert.deepEqual(extractCandidates('Wir unterstützen die Stärkung der Demokratie.'), []);
});

test('"wir sind uns einig, … zu" commits as "wir sind bereit, … zu" does', () => {
  assert.deepEqual(ids('Wir sind uns einig, an den bestehenden Nachtflugbeschränkungen festzuhalten.'), ['stance:bereit']);
});

test('"Dazu kommen …" and "Hinzu kommt …" extend the measure before them', () => {
  assert.deepEqual(ids('Hinzu kommt ein Sofortprogramm für Pflegekräfte.'), ['extension']);
  assert.deepEqual(ids('Dazu kommen weitere Forschungsschwerpunkte wie künstliche Intelligenz.'), ['extension']);
});

test('a verbless item may coordinate adjectives ("schnelle und verlässliche"), and an allowance is a legal object', () => {
  const item = 'Nationales Gesundheitsportal für schnelle und verlässliche Information zu medizinischen Fragen.';
  assert.deepEqual(ids(item), ['nominal:gesundheitsportal']);
  const [candidate] = extractCandidates('Bei Auszubildenden erhöhen wir den Freibetrag.');
  assert.ok(candidate?.cues.includes('object:legal'), JSON.stringify(candidate?.cues));
  assert.deepEqual(extractCandidates('Wir erhöhen den Betrag.'), []);
});

test('list items that continue a lead may start in lower case; adverbs in -t are no participles', () => {
  assert.deepEqual(ids('zusätzliche Anreize zur Qualifizierung von Weiterbildern durch die Kompetenzzentren setzen.'), ['agenda']);
  assert.ok(ids('den Übergang von Forschung zu Demonstration und Markteinführung unterstützen,').includes('agenda'));
  assert.deepEqual(ids('die Kosten steigen.'), []);
  const [candidate] = extractCandidates(
    'Der neue Teilzeitanspruch gilt nur für Unternehmen, die insgesamt mehr als 45 Mitarbeiter beschäftigen.',
  );
  assert.ok(candidate?.cues.includes('regel'), JSON.stringify(candidate?.cues));
  assert.ok(!candidate?.title.includes('insgesam'), candidate?.title);
});

test('a legal subject makes "gilt für" a rule, "bindend" is a legal predicate, a "-dienst" is an institution', () => {
  assert.deepEqual(ids('Die Regelung gilt für alle Betriebe mit Tarifbindung.'), ['regel']);
  assert.deepEqual(ids('Die Feststellungen des Urteils sind für die Beklagten bindend.'), ['regel']);
  const [candidate] = extractCandidates('Wir stehen für eine Stärkung des Öffentlichen Gesundheitsdienstes ein.');
  assert.ok(candidate?.cues.includes('object:institution'), JSON.stringify(candidate?.cues));
});

test('"gilt ab …" sets when a rule applies, and a fee ("Entgelt") is a legal object', () => {
  assert.deepEqual(ids('Der verhandelte Erstattungspreis gilt ab dem siebten Monat nach Markteintritt.'), ['regel']);
  const [candidate] = extractCandidates('Wir wollen das Wasserentnahmeentgelt weiterentwickeln.');
  assert.ok(candidate?.cues.includes('object:legal'), JSON.stringify(candidate?.cues));
});

test('duties imposed on others, "sicherzustellen", "verbleibt" and a broken word are read as measures', () => {
  assert.deepEqual(ids('Wir verpflichten Kryptoassetdienstleister zur konsequenten Identifikation der Berechtigten.'), [
    'present:verpflichten',
  ]);
  assert.deepEqual(ids('Wir verpflichten uns, dem Wohle aller zu dienen.'), ['stance:verpflichten']);
  assert.deepEqual(ids('Eine Finanzierung der Behandlung ist sicherzustellen.'), ['ist-zu']);
  assert.deepEqual(ids('Die Betreuung der Fachverfahren verbleibt im Geodatenzentrum.'), ['regel']);
  assert.deepEqual(ids('Einführung eines Förderprogramms auf wettbewerbsfä- higem Niveau.'), ['nominal:einfuehrung']);
});

test('"Bund und Länder" act as the government does; a measure refused as a goal is a refusal', () => {
  assert.deepEqual(ids('Bund und Länder richten eine gemeinsame Koordinierungsstelle ein.'), ['bund']);
  assert.deepEqual(ids('Der Bund und die Länder schaffen eine Plattform.'), ['bund']);
  assert.deepEqual(ids('Eine Vollvergemeinschaftung der Einlagensicherungssysteme ist nicht das Ziel.'), ['rejection:ziel']);
  assert.deepEqual(ids('Das ist nicht unser Ziel.'), []);
  const [candidate] = extractCandidates('Dafür wollen wir das Instrument des Fördercontrollings nutzen.');
  assert.ok(candidate?.cues.includes('object:noun'), JSON.stringify(candidate?.cues));
});
