import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../domain/slug.ts';
import { extractCandidates, type Candidate } from './extract.ts';

const one = (sentence: string): Candidate => {
  const found = extractCandidates(`\n${sentence}\n`);
  assert.equal(found.length, 1, `expected one candidate in "${sentence}", got ${JSON.stringify(found.map((c) => c.text))}`);
  return found[0]!;
};
/** The rules' own candidates: what the second opinion adds (cue "model") is tested in commitment-model.test.ts. */
const byRules = (body: string): Candidate[] => extractCandidates(body).filter((candidate) => !candidate.cues.includes('model'));
const titles = (body: string): string[] => extractCandidates(body).map((candidate) => candidate.title);

const chapter = `
Deutschland braucht einen umfassenden digitalen Aufbruch. Wir wollen das Potenzial der Digitalisierung nutzen.

### Sicherheit

Wir führen ein Recht auf Verschlüsselung, ein wirksames Schwachstellenmanagement, mit dem Ziel Sicherheitslücken zu schließen, und die Vorgaben „security-by-design/default“ ein. Die Datenschutzgrundverordnung ist eine gute internationale Standardsetzung. Hackbacks lehnen wir als Mittel der Cyberabwehr grundsätzlich ab.

- Wir werden die Einrichtung einer Bundeszentrale für digitale Bildung prüfen.
- Einführung eines Digitalbudgets
`;

test('every candidate is the verbatim slice of the body at its offsets, in text order', () => {
  const found = extractCandidates(chapter);
  assert.ok(found.length >= 5);
  let previousEnd = 0;
  for (const candidate of found) {
    assert.equal(chapter.slice(candidate.start, candidate.end), candidate.text);
    assert.ok(candidate.start >= previousEnd, 'in text order and without overlaps');
    previousEnd = candidate.end;
  }
});

test('every candidate has a score between 0 and 1, a kind, cue ids, and a slug made from its title', () => {
  for (const candidate of extractCandidates(chapter)) {
    assert.ok(candidate.score > 0 && candidate.score <= 1);
    assert.ok(candidate.kind === 'specific' || candidate.kind === 'vague');
    assert.ok(candidate.cues.length > 0 && candidate.cues.every((cue) => /^[a-zäöüß:-]+$/.test(cue)));
    assert.ok(candidate.title.length > 0);
    assert.equal(candidate.slug, slugify(candidate.title));
  }
});

test('aspirations towards abstract goods yield no candidate: nothing in them is checkable', () => {
  for (const sentence of [
    'Wir stärken die Digitalkompetenz, Grundrechte und den gesellschaftlichen Zusammenhalt.',
    'Wir wollen das Potenzial der Digitalisierung nutzen.',
    'Wir wollen Vertrauen in staatliche Institutionen schaffen.',
    'Wir verpflichten uns, dem Wohle aller Bürgerinnen und Bürger zu dienen.',
    'Wir fördern die vielfältige, tolerante und demokratische Zivilgesellschaft.',
    'Wir wollen die Qualität der Gesetzgebung verbessern.',
  ]) {
    assert.deepEqual(byRules(`\n${sentence}\n`), [], sentence);
  }
});

test('every candidate says why its object is checkable', () => {
  assert.deepEqual(one('Wir werden ein Zentrum für Legistik errichten.').cues, [
    'wir-werden',
    'object:institution',
    'object:act',
    'object:noun',
    'specific:verb',
  ]);
  assert.ok(one('Wir werden den Mindestlohn auf 12 Euro anheben.').cues.includes('object:number'));
  assert.ok(one('Wir werden das BAföG reformieren.').cues.includes('object:name'));
  assert.ok(one('Die Zulagen werden gesetzlich geregelt.').cues.includes('object:legal'));
});

test('an abstract object needs the means of the change to be named', () => {
  assert.deepEqual(byRules('\nWir wollen unser Engagement für biologische Sicherheit stärken.\n'), []);
  const named = one('Wir wollen die Rechtssicherheit im Artenschutz durch eine gesetzliche Standardisierung erhöhen.');
  assert.ok(named.cues.includes('object:legal'));
});

test('descriptive sentences yield no candidate, and neither does an empty body', () => {
  const texts = extractCandidates(chapter).map((candidate) => candidate.text);
  assert.ok(!texts.some((text) => text.startsWith('Deutschland braucht')));
  assert.ok(!texts.some((text) => text.includes('Standardsetzung')));
  assert.deepEqual(extractCandidates(''), []);
});

test('a sentence enumerating several Vorhaben yields one candidate per conjunct, each with its own span', () => {
  const sentence =
    'Wir führen ein Recht auf Verschlüsselung, ein wirksames Schwachstellenmanagement, mit dem Ziel ' +
    'Sicherheitslücken zu schließen, und die Vorgaben „security-by-design/default“ ein.';
  const found = extractCandidates(`\n${sentence}\n`);
  assert.deepEqual(
    found.map((candidate) => candidate.text),
    [
      'Wir führen ein Recht auf Verschlüsselung',
      'ein wirksames Schwachstellenmanagement, mit dem Ziel Sicherheitslücken zu schließen',
      'die Vorgaben „security-by-design/default“ ein.',
    ],
  );
  assert.deepEqual(
    found.map((candidate) => candidate.title),
    [
      'Recht auf Verschlüsselung einführen',
      'Wirksames Schwachstellenmanagement einführen',
      'Vorgaben „security-by-design/default“ einführen',
    ],
  );
  for (const candidate of found) {
    assert.ok(candidate.cues.includes('separable:einführen') && candidate.cues.includes('enumeration'));
  }
});

test('coordinated predicates under one modal become one candidate each', () => {
  const body =
    '\nWir werden das Lobbyregistergesetz nachschärfen, Kontakte zu Ministerien ab Referentenebene einbeziehen ' +
    'und den Kreis der eintragungspflichtigen Interessenvertretungen differenziert erweitern.\n';
  assert.deepEqual(titles(body), [
    'Lobbyregistergesetz nachschärfen',
    'Kontakte zu Ministerien ab Referentenebene einbeziehen',
    'Kreis der eintragungspflichtigen Interessenvertretungen erweitern',
  ]);
  assert.ok(extractCandidates(body).every((candidate) => candidate.cues.includes('wir-werden')));
});

test('a second finite verb with its own object starts a candidate of its own', () => {
  const found = extractCandidates('\nWir erarbeiten eine Tiergesundheitsstrategie und etablieren eine umfassende Datenbank.\n');
  assert.deepEqual(
    found.map((candidate) => candidate.title),
    ['Tiergesundheitsstrategie erarbeiten', 'Datenbank etablieren'],
  );
  assert.deepEqual(found[1]!.cues.slice(0, 1), ['present:etablieren']);
});

test('coordination inside one Vorhaben stays one candidate', () => {
  one('Das Petitionsverfahren werden wir insgesamt stärken und digitalisieren.');
  one('Wir fördern die Forschung zu Alternativen, ihre Umsetzung in die Praxis und ein Kompetenznetzwerk.');
  one('Wir führen eine Tierhaltungskennzeichnung ein, die auch Transport und Schlachtung umfasst.');
  one('Wir wollen den Planerhalt stärken, indem wir die Planerhaltungsnormen und Zielabweichungsverfahren ausweiten.');
  one('Um Verwaltungsverfahren zu beschleunigen, werden wir eine frühe und intensive Öffentlichkeitsbeteiligung einführen.');
  one('Analog zu bestehenden Regeln für Landwirtinnen und Landwirte, wollen wir Regeln für Trinkwasserschutzgebiete finden.');
});

test('the title is a verb phrase: the object, wherever it stands, and the infinitive of the measure', () => {
  assert.equal(one('Wir führen ein Recht auf Verschlüsselung ein.').title, 'Recht auf Verschlüsselung einführen');
  assert.equal(
    one('Das Petitionsverfahren werden wir insgesamt stärken und digitalisieren.').title,
    'Petitionsverfahren stärken und digitalisieren',
  );
  assert.equal(one('Zur Stärkung berufsbildender Schulen legen wir mit den Ländern einen Pakt auf.').title, 'Pakt auflegen');
  assert.equal(
    one('Die Pflicht zur sofortigen Veröffentlichung wird auf 35.000 Euro herabgesetzt.').title,
    'Pflicht zur sofortigen Veröffentlichung auf 35.000 Euro herabsetzen',
  );
  assert.equal(one('Wir setzen uns für ein Verbot der Pelztierhaltung ein.').title, 'Für Verbot der Pelztierhaltung einsetzen');
  assert.equal(one('Wir werden den gesetzlichen Mindestlohn auf zwölf Euro erhöhen.').title, 'Mindestlohn erhöhen');
  assert.equal(one('Wir schaffen kein neues Regelsystem.').title, 'Kein neues Regelsystem schaffen');
  assert.equal(one('Einführung eines Digitalbudgets').title, 'Digitalbudgets einführen');
  assert.equal(
    one('Keine Erhöhung der Steuerbelastung der Bürgerinnen und Bürger.').title,
    'Steuerbelastung der Bürgerinnen und Bürger nicht erhöhen',
  );
  assert.equal(
    one('Tarifabschlüsse (TVöD) wollen wir grundsätzlich gleich auf die Bundesbeamtenbesoldung übertragen.').title,
    'Tarifabschlüsse auf die Bundesbeamtenbesoldung übertragen',
  );
  assert.equal(one('Wir werden die neuen mietrechtlichen Regelungen auf den Weg bringen.').title, 'Regelungen auf den Weg bringen');
  assert.equal(one('Marshallplan mit Afrika umsetzen, um mehr Chancen zu schaffen.').title, 'Marshallplan mit Afrika umsetzen');
});

test('a passive participle becomes its infinitive, also for verbs that begin with "ge"', () => {
  assert.equal(one('Das Förderprogramm wird ausgebaut.').title, 'Förderprogramm ausbauen');
  assert.equal(one('Das Landesmediengesetz wird neu gestaltet.').title, 'Landesmediengesetz gestalten');
  assert.equal(one('Der Windpark wird genehmigt.').title, 'Windpark genehmigen');
  assert.equal(one('Die Stiftung wird ausgestaltet.').title, 'Stiftung ausgestalten');
});

test('a checkable act on a checkable object is specific; a direction, advocacy or examining is vague', () => {
  assert.equal(one('Wir werden den Mindestlohn auf 12 Euro anheben.').kind, 'specific');
  assert.equal(one('Wir führen eine Kindergrundsicherung ein.').kind, 'specific');
  assert.equal(one('Wir werden das Lobbyregistergesetz nachschärfen.').kind, 'specific');
  assert.equal(one('Wir wollen das Bundesbergrecht modernisieren.').kind, 'specific');
  assert.equal(one('Ein Dateninstitut soll Datenverfügbarkeit und -standardisierung vorantreiben.').kind, 'specific');
  assert.equal(one('Die Eiweißpflanzenstrategie entwickeln wir weiter.').kind, 'vague');
  assert.equal(one('Wir setzen uns für ein Verbot der Pelztierhaltung ein.').kind, 'vague');
  assert.equal(one('Wir werden die Einrichtung einer Bundeszentrale prüfen.').kind, 'vague');
});

test('a refusal is a commitment with its cue', () => {
  const refusal = one('Hackbacks lehnen wir als Mittel der Cyberabwehr grundsätzlich ab.');
  assert.deepEqual(refusal.cues.slice(0, 1), ['rejection:ablehnen']);
  assert.equal(refusal.title, 'Hackbacks ablehnen');
});

test('two weak pieces of evidence make no candidate; a weak cue with a named object does', () => {
  assert.deepEqual(byRules('Dies gilt ebenso für den Verzicht auf jede Form von Gewalt gegen Israel.'), []);
  assert.equal(one('Dazu gehört ein Verbot des Erwerbs von Immobilien mit Bargeld.').title, 'Verbot des Erwerbs von Immobilien');
});

test('an amount makes an abstract object checkable, a year alone does not', () => {
  assert.equal(one('Wir wollen eine Elektrolysekapazität von rund 10 Gigawatt erreichen.').title, 'Elektrolysekapazität erreichen');
  assert.deepEqual(byRules('Wir wollen bis 2030 die Zusammenarbeit stärken.'), []);
});

test('a name keeps an abstract object checkable: cooperation in a named forum', () => {
  const found = one('Wir wollen die Zusammenarbeit bei der Verteidigungspolitik (PESCO) stärken.');
  assert.ok(found.cues.includes('object:name'));
  assert.deepEqual(byRules('\nWir wollen die Zusammenarbeit in Europa stärken.\n'), []);
});

test('the parts of a truncated compound are one object, not an enumeration', () => {
  const found = one('Wir werden umfassende Nachhaltigkeits-, Klima-, Diversitäts- und Digitalstrategien verabschieden.');
  assert.equal(found.title, 'Nachhaltigkeits-, Klima-, Diversitäts- und Digitalstrategien verabschieden');
  assert.ok(found.cues.includes('object:act'), '"verabschieden" adopts a checkable thing');
});

test('"Rechtsschutz" is a legal object, not the abstract "Schutz"', () => {
  assert.ok(one('Wir bauen den kollektiven Rechtsschutz aus.').cues.includes('object:legal'));
  assert.deepEqual(byRules('\nWir bauen den Schutz aus.\n'), []);
});

test('a name before an abstract head does not make it checkable; a text without words yields nothing', () => {
  assert.deepEqual(byRules('\nIm Rahmen von PESCO werden wir die Qualität der Zusammenarbeit verbessern.\n'), []);
  for (const body of ['…', '\n:\n', '\n\n…\n\n']) assert.deepEqual(extractCandidates(body), [], JSON.stringify(body));
  assert.equal(extractCandidates('\n\n…\n\nWir werden ein Lobbyregister einführen.\n').length, 1);
});

test('the items of a list led by "wollen wir:" are candidates of their own, whatever they open with', () => {
  const body = `
Um das Ehrenamt zu stärken, wollen wir:

-   die Ehrenamtsstiftung ausbauen und modernisieren, so dass sie mehr Vereine erreicht.

-   eine Kampagne initiieren, die Arbeitgeber für das Ehrenamt gewinnt.
`;
  const found = byRules(body);
  assert.deepEqual(
    found.map((candidate) => candidate.text.slice(0, 20)),
    ['die Ehrenamtsstiftun', 'eine Kampagne initii'],
  );
  assert.ok(found.every((candidate) => candidate.cues.includes('agenda')));
});

test('a prepositional phrase in front of the verb is not the object of the title', () => {
  assert.deepEqual(titles('\nAuf europäischer Ebene setzen wir uns für einheitliche Standards ein.\n'), [
    'Für einheitliche Standards einsetzen',
  ]);
});

test('"machen" is titled with its predicate, before the verb or closing the clause', () => {
  assert.deepEqual(titles('\nWir wollen sachgrundlose Befristungen wieder zur Ausnahme machen.\n'), [
    'Sachgrundlose Befristungen wieder zur Ausnahme machen',
  ]);
  assert.deepEqual(titles('\nWir wollen den Stabilitäts- und Wachstumspakt einfacher und transparenter machen.\n'), [
    'Stabilitäts- und Wachstumspakt einfacher und transparenter machen',
  ]);
  assert.deepEqual(titles('\nWir machen das Förderprogramm mit der Städtebauförderung kompatibel.\n'), [
    'Förderprogramm mit der Städtebauförderung kompatibel machen',
  ]);
});

test('a title takes its verb and its negation from the object’s own clause, never from a verb inside the object', () => {
  assert.deepEqual(
    titles(
      '\nDazu führen wir eine prinzipielle Digitalisierungspflicht ein: Verwaltungsleistungen werden digital angeboten, wenn Digitalisierung nicht möglich ist.\n',
    ),
    ['Prinzipielle Digitalisierungspflicht einführen'],
  );
  assert.deepEqual(titles('\nWir werden prüfen, ob eine Digitalsteuer eingeführt werden kann.\n'), ['Digitalsteuer prüfen']);
  const [other] = titles('\nWir werden die Förderung ausbauen und sie einfacher machen.\n');
  assert.ok(!other!.includes('einfacher machen'), `the predicate of another clause: ${other}`);
});
