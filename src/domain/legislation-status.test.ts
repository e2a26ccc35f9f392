import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAILED_STANDS, INTRODUCED_STANDS, legislativeEvidence, type LegislativeRecord } from './legislation-status.ts';
import { wahlperiodenOverlapping } from './wahlperioden.ts';

const record = (beratungsstand: string | null, more: Partial<LegislativeRecord> = {}): LegislativeRecord => ({
  beratungsstand,
  date: '2023-10-20',
  promulgations: [],
  steps: [{ name: 'Gesetzentwurf', date: '2023-08-25', decisions: [] }],
  ...more,
});

test('a bill introduced or in the committees is in progress, dated by its latest step', () => {
  for (const stand of INTRODUCED_STANDS) {
    const evidence = legislativeEvidence(
      record(stand, {
        steps: [
          { name: 'Gesetzentwurf', date: '2023-08-25', decisions: [] },
          { name: '1. Beratung', date: '2023-09-21', decisions: ['Überweisung'] },
        ],
      }),
    );
    assert.equal(evidence.status, 'in_progress', stand);
    assert.equal(evidence.stage, 'introduced');
    assert.equal(evidence.date, '2023-10-20', 'the record is dated by its latest document');
  }
  assert.equal(legislativeEvidence(record(null)).status, 'in_progress', 'a Gesetzentwurf without a stand');
});

test('a promulgated law with a gazette reference is implemented, dated by its promulgation', () => {
  const evidence = legislativeEvidence(
    record('Verkündet', { date: '2024-07-24', promulgations: [{ reference: 'BGBl. 2024 I Nr. 245', date: '2024-07-23' }] }),
  );
  assert.deepEqual(evidence, {
    stage: 'promulgated',
    status: 'implemented',
    date: '2024-07-23',
    because: 'verkündet am 23.07.2024 (BGBl. 2024 I Nr. 245)',
  });
  const unreferenced = legislativeEvidence(record('Verkündet'));
  assert.equal(unreferenced.status, null, 'no gazette reference, no status');
  assert.equal(unreferenced.stage, 'other');
});

test('rejected, withdrawn and lapsed bills are broken', () => {
  for (const stand of FAILED_STANDS) {
    const evidence = legislativeEvidence(record(stand));
    assert.equal(evidence.status, 'broken', stand);
    assert.equal(evidence.stage, 'failed');
    assert.match(evidence.because, new RegExp(stand));
  }
});

test('a refused Bundesrat consent is broken only without a mediation follow-up', () => {
  const refusal = { name: 'BR-Plenum: 2. Durchgang', date: '2024-03-22', decisions: ['Versagung der Zustimmung'] };
  const refused = legislativeEvidence(
    record('Bundesrat hat Zustimmung versagt', {
      date: '2024-03-22',
      steps: [{ name: 'Gesetzentwurf', date: '2023-08-25', decisions: [] }, refusal],
    }),
  );
  assert.equal(refused.status, 'broken');
  assert.equal(refused.date, '2024-03-22');
  const mediated = legislativeEvidence(
    record('Bundesrat hat Zustimmung versagt', {
      date: '2024-04-10',
      steps: [refusal, { name: 'Anrufung des Vermittlungsausschusses', date: '2024-04-10', decisions: [] }],
    }),
  );
  assert.equal(mediated.status, 'in_progress');
  assert.equal(mediated.stage, 'introduced');
  assert.equal(legislativeEvidence(record('Im Vermittlungsverfahren', { steps: [refusal] })).status, 'in_progress');
  const refusedAgain = legislativeEvidence(
    record('Bundesrat hat Zustimmung versagt', {
      date: '2024-07-05',
      steps: [
        refusal,
        { name: 'Einigungsvorschlag des Vermittlungsausschusses', date: '2024-06-12', decisions: [] },
        { ...refusal, date: '2024-07-05' },
      ],
    }),
  );
  assert.equal(refusedAgain.status, 'broken', 'refused again after the mediation, with no new one');
});

test('other stands propose no status', () => {
  for (const stand of ['Angenommen', 'Für nichtig erklärt', 'Abgeschlossen', 'Zusammengeführt mit... (siehe Vorgangsablauf)']) {
    const evidence = legislativeEvidence(record(stand));
    assert.equal(evidence.status, null, stand);
    assert.equal(evidence.stage, 'other');
  }
});

test('Wahlperioden overlapping a term', () => {
  assert.deepEqual(wahlperiodenOverlapping('2021-12-08', '2025-05-06'), [20, 21]);
  assert.deepEqual(wahlperiodenOverlapping('2021-12-08', '2025-03-24'), [20]);
  assert.deepEqual(wahlperiodenOverlapping('2025-05-06', null), [21]);
  assert.deepEqual(wahlperiodenOverlapping('2017-03-14', '2021-12-08'), [18, 19, 20]);
  assert.deepEqual(wahlperiodenOverlapping(null, null), [21]);
});
