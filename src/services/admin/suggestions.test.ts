import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, ForbiddenError, ValidationError } from '../../domain/errors.ts';
import { listAudit } from '../../store/audit.ts';
import { addUser } from '../accounts.ts';
import { withTestStore, DIALECTS } from '../../../test/support/dialects.ts';
import { seedSite, today } from '../../../test/support/site-fixture.ts';
import { acceptSuggestion, rejectSuggestion } from './suggestion-decisions.ts';
import { hostOf, loadSuggestionQueue, proposedTitle, submitSuggestion } from './suggestions.ts';

describe('proposedTitle', () => {
  test('is the first sentence, cut at a word near 120 characters', () => {
    assert.equal(proposedTitle('  Das Gesetz ist da. Mehr dazu später.'), 'Das Gesetz ist da.');
    const long = proposedTitle(`${'Wort '.repeat(40)}Ende.`);
    assert.ok(long.length <= 121 && long.endsWith('…'));
    assert.ok(!long.includes('Wor…'), 'not in the middle of a word');
  });
});

test('hostOf names the host of an address', () => {
  assert.equal(hostOf('https://www.bundestag.de/x?y=1'), 'www.bundestag.de');
});

for (const dialect of DIALECTS) {
  describe(`moderating suggestions (${dialect})`, () => {
    test('the decision carries the suggester’s address for the later notification, and is audited', () =>
      withTestStore(dialect, async (store) => {
        await seedSite(store);
        const editorId = await addUser(
          store.db,
          { email: 'redaktion@example.org', password: 'richtig-langes-passwort', role: 'editor' },
          today,
        );
        const editor = { id: editorId, role: 'editor' as const, organisationId: null };
        const submit = (text: string, email?: string) =>
          submitSuggestion(store.db, 'verschluesselung', { text, source_url: 'https://example.org/beleg', email }, today);

        const first = await submit('Der Entwurf ist im Kabinett.', 'Leserin@Example.org');
        const accepted = await acceptSuggestion(store.db, editor, first, { title: 'Kabinett' }, today);
        assert.equal(accepted.status, 'accepted');
        assert.equal(accepted.suggesterEmail, 'leserin@example.org');
        assert.equal(accepted.pledge.slug, 'verschluesselung');
        assert.ok(accepted.developmentId);
        await assert.rejects(rejectSuggestion(store.db, editor, first, { reason: 'zu spät' }, today), ConflictError);

        const second = await submit('Ein Hinweis ohne Adresse für Rückfragen.');
        await assert.rejects(rejectSuggestion(store.db, editor, second, {}, today), ValidationError);
        const rejected = await rejectSuggestion(store.db, editor, second, { reason: 'kein Beleg' }, today);
        assert.deepEqual(
          [rejected.status, rejected.reason, rejected.suggesterEmail, rejected.developmentId],
          ['rejected', 'kein Beleg', null, null],
        );

        const log = (await listAudit(store.db, { limit: 1000 })).reverse();
        const actions = log.filter((entry) => entry.entity_type === 'suggestion' || entry.entity_type === 'update');
        assert.deepEqual(actions.map((row) => row.action).slice(-5), [
          'suggestion.create',
          'update.create',
          'suggestion.accept',
          'suggestion.create',
          'suggestion.reject',
        ]);
        assert.ok(!JSON.stringify(log).includes('leserin@example.org'), 'no suggester address in the log');

        const queue = await loadSuggestionQueue(store.db, editor, { status: 'rejected', page: 1 });
        assert.deepEqual(
          queue.decided.map((item) => item.id),
          [second],
        );
        assert.equal(queue.openCount, 0);
        await assert.rejects(
          loadSuggestionQueue(store.db, { id: 99, role: 'expert', organisationId: 1 }, { status: undefined, page: 1 }),
          ForbiddenError,
        );
      }));
  });
}
