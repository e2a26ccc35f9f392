import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MATCH_THRESHOLD, prepareMatcher, type EvidenceDocument, type PledgeForMatching } from './match.ts';

const pledge = (
  id: number,
  slug: string,
  title: string,
  quote: string | null = title,
  topics: string[] = [],
  leadMinistry: string | null = null,
): PledgeForMatching => ({
  id,
  slug,
  title,
  quote,
  topics,
  leadMinistry,
});

const PLEDGES = [
  pledge(1, 'weiterentwicklung-ozg', 'Weiterentwicklung des Onlinezugangsgesetzes (OZG)'),
  pledge(2, 'registermodernisierung', 'verfassungsfeste Registermodernisierung'),
  pledge(3, 'datengesetz', 'Datengesetz', 'Mit einem Datengesetz schaffen wir für diese Maßnahmen die notwendigen rechtlichen Grundlagen.'),
  pledge(
    4,
    'buergergeld',
    'Bürgergeld statt Hartz IV',
    'Anstelle der bisherigen Grundsicherung (Hartz IV) werden wir ein Bürgergeld einführen.',
    ['Soziales'],
    'Bundesministerium für Arbeit und Soziales',
  ),
  pledge(5, 'gruenderinnen-stipendium', 'Gründerinnen-Stipendium'),
  pledge(
    6,
    'mindestlohn',
    'Mindestlohn von 12 Euro',
    'Wir werden den gesetzlichen Mindestlohn in einer einmaligen Anpassung auf zwölf Euro pro Stunde erhöhen.',
  ),
];

const document = (title: string, fields: Partial<EvidenceDocument> = {}): EvidenceDocument => ({
  id: 'dip-vorgang:1',
  kind: 'dip-vorgang',
  title,
  abstract: null,
  descriptors: [],
  subjectAreas: [],
  date: '2024-07-23',
  url: 'https://dip.bundestag.de/vorgang/1',
  ...fields,
});

const matcher = prepareMatcher(PLEDGES);
const ids = (title: string, fields?: Partial<EvidenceDocument>): number[] =>
  matcher.match(document(title, fields)).map((match) => match.pledgeId);

test('the OZG-Änderungsgesetz matches the Vorhaben on the Onlinezugangsgesetz, with a reason naming both texts', () => {
  const [match, ...others] = matcher.match(
    document(
      'Entwurf eines Gesetzes zur Änderung des Onlinezugangsgesetzes sowie weiterer Vorschriften zur Digitalisierung der Verwaltung (OZG-Änderungsgesetz - OZGÄndG)',
    ),
  );
  assert.equal(match?.pledgeId, 1);
  assert.ok(match.score >= MATCH_THRESHOLD && match.score <= 1);
  assert.equal(match.reason, 'Titel nennt ‚Onlinezugangsgesetzes‘ (Zitat: ‚Weiterentwicklung des Onlinezugangsgesetzes (OZG)‘)');
  assert.deepEqual(others, []);
});

test('an abbreviation the Vorhaben defines finds the law, also with the ending of its amending law', () => {
  assert.deepEqual(ids('Bekanntmachung zum Inkrafttreten des OZGÄndG'), [1]);
  const [match] = matcher.match(document('Bekanntmachung zum Inkrafttreten des OZGÄndG'));
  assert.match(match!.reason, /^Titel nennt ‚OZGÄndG‘/);
});

test('a compound is found spread over a phrase, and not inside another compound', () => {
  const loose = prepareMatcher(PLEDGES, { threshold: 0 });
  const [register] = loose.match(document('Stand der Modernisierung der Register in Bund und Ländern'));
  assert.equal(register?.pledgeId, 2);
  assert.equal(register.evidence?.[0]?.found, 'Modernisierung der Register');
  assert.deepEqual(ids('Neues Programm unterstützt Gründerinnen mit Stipendium'), [5]);
  assert.deepEqual(
    ids('Entwurf eines Gesetzes zur verbesserten Nutzung von Gesundheitsdaten (Gesundheitsdatennutzungsgesetz - GDNG)'),
    [],
    'no Datengesetz',
  );
});

test('an unrelated law matches nothing', () => {
  assert.deepEqual(
    ids('Entwurf eines Gesetzes zur Änderung des Luftsicherheitsgesetzes', {
      abstract: 'Verschärfung der Strafbarkeit bei Eindringen in Sicherheitsbereiche von Flughäfen',
    }),
    [],
  );
});

test('descriptors, the abstract, topics and the lead ministry add to the evidence of the title', () => {
  const bare = matcher.match(document('Einführung eines Bürgergeldes'))[0]!;
  const full = matcher.match(
    document('Einführung eines Bürgergeldes', {
      abstract: 'Ablösung der Grundsicherung für Arbeitsuchende',
      descriptors: ['Bürgergeld'],
      subjectAreas: ['Soziale Sicherung'],
      publisher: 'Bundesministerium für Arbeit und Soziales – Pressemitteilungen',
    }),
  )[0]!;
  assert.equal(full.pledgeId, 4);
  assert.ok(full.score > bare.score, `${full.score} > ${bare.score}`);
  assert.equal(
    full.reason,
    'Titel nennt ‚Bürgergeldes‘; Kurzfassung nennt ‚Grundsicherung‘ (Zitat: ‚Anstelle der bisherigen Grundsicherung (Hartz IV) werden wir ein Bürgergeld einführen.‘)',
  );
});

test('matches come highest score first, and the threshold is the caller’s to lower', () => {
  const title = 'Mindestlohn, Bürgergeld, Onlinezugangsgesetz und Register';
  const all = prepareMatcher(PLEDGES, { threshold: 0 }).match(document(title));
  assert.deepEqual(
    all.map((match) => match.pledgeId),
    [1, 6, 4, 2],
  );
  assert.deepEqual(
    all.map((match) => match.score),
    [...all.map((match) => match.score)].sort((a, b) => b - a),
  );
  assert.deepEqual(
    matcher.match(document(title)),
    all.filter((match) => match.score >= MATCH_THRESHOLD),
  );
});

test('a long quote is cited around the words the document names', () => {
  const [match] = matcher.match(document('Mindestlohn steigt auf 12 Euro'));
  assert.equal(match?.pledgeId, 6);
  assert.equal(
    match.reason,
    'Titel nennt ‚Mindestlohn‘ und ‚12‘ (Zitat: ‚Wir werden den gesetzlichen Mindestlohn in einer einmaligen Anpassung auf …‘)',
  );
});

test('without Vorhaben nothing matches', () => {
  assert.deepEqual(prepareMatcher([]).match(document('Entwurf eines Gesetzes zur Änderung des Onlinezugangsgesetzes')), []);
});
