import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADD_FROM, ADD_WITH_CUE_FROM, featureValues, judge, opinionOn, WITHDRAW_BELOW } from './commitment-model.ts';
import { analyse } from './cues.ts';
import { extractCandidates } from './extract.ts';
import { objectEvidence } from './objects.ts';
import { scoreOf, THRESHOLD } from './score.ts';

const opinion = (sentence: string) => {
  const analysis = analyse(sentence);
  return opinionOn(analysis, objectEvidence(analysis.tokens, 0, analysis.tokens.length, analysis.actions));
};

test('the second opinion finds a commitment likelier than a description, and names its reasons by the sentence’s words', () => {
  const commitment = opinion('Wir werden ein Lobbyregistergesetz einführen.');
  const description = opinion('Die Lebensverhältnisse in unseren Regionen sind nicht gleich.');
  assert.ok(commitment.probability > 0.8, `commitment ${commitment.probability}`);
  assert.ok(description.probability < 0.2, `description ${description.probability}`);
  assert.ok(commitment.strongest.length > 0 && commitment.strongest.length <= 3);
  for (const cue of commitment.strongest)
    assert.match(cue, /^model:(?:word:(?:wir|werden|ein|lobbyregistergesetz|einführen)|cue:[a-z-]+|object:[a-z]+)$/);
});

test('a sentence no rule proposes becomes a candidate when the second opinion is confident, with its reasons as cues', () => {
  const body = '\nDie Digitalisierung wird zu einem allgemeinen und behördenübergreifenden Kernbestandteil der Ausbildung.\n';
  const [candidate, ...rest] = extractCandidates(body);
  assert.equal(rest.length, 0);
  assert.equal(body.slice(candidate!.start, candidate!.end), candidate!.text);
  assert.ok(candidate!.cues.includes('model'));
  assert.ok(candidate!.cues.some((cue) => cue.startsWith('model:word:')));
  assert.equal(candidate!.score, opinion(body.trim()).probability, 'its score is the probability');
  assert.ok(scoreOf(analyse(body.trim()).cues) >= THRESHOLD, '"wird zu" is a commitment cue, so the lower bar applies');
  assert.ok(candidate!.score >= ADD_WITH_CUE_FROM);
  assert.ok(candidate!.cues.includes('werden'), 'the rule cue stands beside the reasons of the model');
});

test('the rules’ candidates stand unless the second opinion finds them very unlikely; it adds only when confident', () => {
  assert.equal(judge(true, WITHDRAW_BELOW), 'rules');
  assert.equal(judge(true, WITHDRAW_BELOW - 0.001), 'none');
  assert.equal(judge(false, ADD_FROM), 'learned');
  assert.equal(judge(false, ADD_FROM - 0.001), 'none');
  assert.equal(judge(false, ADD_WITH_CUE_FROM, true), 'learned', 'a commitment cue without a checkable object needs less');
  assert.equal(judge(false, ADD_WITH_CUE_FROM - 0.001, true), 'none');
  assert.ok(ADD_WITH_CUE_FROM < ADD_FROM);
});

test('the extractor follows the verdict: preamble prose the rules would propose is kept or withdrawn by its probability', () => {
  const sentence = 'Wir wollen staatliches Handeln schneller und effektiver machen und besser auf künftige Krisen vorbereiten.';
  assert.ok(scoreOf(analyse(sentence).cues) >= THRESHOLD, 'the rules see a commitment');
  const kept = extractCandidates(sentence).length > 0;
  assert.equal(kept, opinion(sentence).probability >= WITHDRAW_BELOW);
  assert.equal(extractCandidates(sentence, { secondOpinion: false }).length, 1, 'without the second opinion the rules stand');
  const learnedOnly = '\nDie Digitalisierung wird zu einem allgemeinen und behördenübergreifenden Kernbestandteil der Ausbildung.\n';
  assert.deepEqual(extractCandidates(learnedOnly, { secondOpinion: false }), [], 'and nothing is added');
});

test('a word counts less in a long sentence; cues and object kinds always count fully', () => {
  const short = ['w:wir', 'w:werd', 'c:wir-werden', 'o:legal'];
  assert.deepEqual(featureValues(short), [1, 1, 1, 1]);
  const words = Array.from({ length: 32 }, (_, i) => `w:wort${i}`);
  const values = featureValues([...words, 'c:wollen', 'o:plan']);
  assert.equal(values[0], 0.5, 'eight words count fully, 32 count sqrt(8/32) each');
  assert.deepEqual(values.slice(-2), [1, 1]);
});
