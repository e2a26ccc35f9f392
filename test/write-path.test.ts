// Every writer of Vorhaben goes through one write path (services/pledge-change.ts): after each of
// them, run as the back office and the import run them, the pledge's cached status, its search
// documents, the mail events and the audit log are what its change says. Writers × checks, on both dialects.
// Tier: quick
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ratingAt, statusAt } from '../src/domain/status-history.ts';
import type { Actor } from '../src/domain/roles.ts';
import { addUser } from '../src/services/accounts.ts';
import { acceptCandidate } from '../src/services/admin/candidate-review.ts';
import { loadPledgeEditor, savePledge } from '../src/services/admin/pledges.ts';
import { confirmProposal, rejectProposal } from '../src/services/admin/evidence-review.ts';
import { acceptSuggestion } from '../src/services/admin/suggestion-decisions.ts';
import { submitSuggestion } from '../src/services/admin/suggestions.ts';
import { createDevelopment, deleteDraft, saveDevelopment, setDevelopmentPublished } from '../src/services/admin/developments.ts';
import { evidenceOf } from '../src/services/discovery/evidence.ts';
import { propose } from '../src/services/discovery/propose.ts';
import { importAgreementFiles } from '../src/services/import-agreement.ts';
import { pledgeDocuments } from '../src/services/search-index.ts';
import { listCandidatesOfChapter } from '../src/store/candidates.ts';
import type { Db } from '../src/store/database.ts';
import { saveDocument } from '../src/store/evidence-documents.ts';
import { ensureDipSource } from '../src/store/evidence-sources.ts';
import { findPledgeBySlug } from '../src/store/pledges.ts';
import type { MailEventKind } from '../src/store/schema-mail.ts';
import { loadPledgeSources } from '../src/store/search-sources.ts';
import { findDevelopmentById, listDevelopmentsOfPledge } from '../src/store/developments.ts';
import { agreementYml, bodyMarking, chapterText, writeChapterFolder, type StatementSpec } from './support/chapter-file.ts';
import { DIALECTS, openTestStore, type TestStore } from './support/dialects.ts';
import { dateninstitutRecords, openDataRecords, type DipRecords } from './support/dip-fixtures.ts';

const importDay = new Date('2024-02-01T08:00:00Z');
const today = new Date('2024-03-01T10:00:00Z');
const TODAY = '2024-03-01';
const FILE = '2-2-digitale-innovationen.md';

const verschluesselung: StatementSpec = {
  summary: 'Recht auf Verschlüsselung',
  id: 'verschluesselung',
  status: 'partially_implemented',
  lastUpdate: '2023-06-01',
  categories: ['IT-Sicherheit'],
  reports: [{ title: 'Eckpunkte', url: 'https://example.org/eckpunkte' }],
};
const dateninstitut: StatementSpec = { summary: 'Dateninstitut', id: 'dateninstitut', lastUpdate: '2023-01-01' };
const glasfaser: StatementSpec = {
  summary: 'Glasfaser bis ins Haus',
  id: 'glasfaser',
  status: 'implemented',
  lastUpdate: '2024-02-20',
  reports: [{ title: 'Bericht', url: 'https://example.org/glasfaser' }],
};
const verschluesselungDone: StatementSpec = { ...verschluesselung, status: 'implemented', lastUpdate: '2024-02-25' };

async function importFile(db: Db, statements: StatementSpec[], body?: string): Promise<void> {
  const folder = writeChapterFolder({
    [FILE]: chapterText({ statements, ...(body !== undefined ? { body } : {}) }),
    'agreement.yml': agreementYml('kv-test', { active: true }),
  });
  await importAgreementFiles(db, [folder], { now: today });
}

interface Site {
  db: Db;
  editor: Actor;
}

/** What a writer's change must have left: the events and audit actions it added, and the pledge's changed_on. */
interface Expected {
  events: [MailEventKind, number][];
  audit: string[];
  /** The account the audit entries name; null for the import. */
  by: number | null;
  changedOn: string | null | 'unchanged';
}

interface Writer {
  name: string;
  /** The pledge the change is about. */
  pledge: string;
  /** Runs the writer (its preparations before `measure`); returns what it must have left. */
  run(site: Site, measure: () => Promise<void>): Promise<Expected>;
}

const published = (id: number): [MailEventKind, number] => ['published', id];
const developmentForm = (overrides: Record<string, string> = {}) => ({
  event_date: '2024-02-28',
  title: 'Referentenentwurf',
  body: 'Der Entwurf liegt vor.',
  status_change: '',
  rating_change: '',
  source_url: 'https://example.org/entwurf',
  source_title: 'Entwurf',
  ...overrides,
});

/** A DIP Vorgang found by discovery, proposed for the pledge: the system's draft; returns the proposal's id. */
async function proposalOn(db: Db, slug: string, records: DipRecords, measure?: () => Promise<void>): Promise<number> {
  const source = await ensureDipSource(db, 20);
  const raw = JSON.stringify({ vorgang: records.vorgaenge[0], positionen: records.positionen, drucksachen: records.drucksachen });
  const vorgang = records.vorgaenge[0]!;
  const { id } = await saveDocument(
    db,
    {
      sourceId: source.id,
      kind: 'dip-vorgang',
      externalId: String(vorgang.id),
      title: String(vorgang.titel),
      date: String(vorgang.datum),
      url: `https://dip.bundestag.de/vorgang/x/${String(vorgang.id)}`,
      raw,
      fetchedFrom: 'http://dip.example/vorgang',
      contentHash: String(raw.length),
    },
    today.toISOString(),
  );
  const document = await db.selectFrom('evidence_documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const pledge = (await findPledgeBySlug(db, slug))!;
  await measure?.();
  assert.ok(
    await propose(db, id, evidenceOf(document, 'DIP')!, { pledgeId: pledge.id, score: 1, reason: 'Titel nennt es' }, today.toISOString()),
  );
  return (await db.selectFrom('evidence_proposals').select('id').where('document_id', '=', id).executeTakeFirstOrThrow()).id;
}

async function draftOn(site: Site, slug: string, title: string): Promise<number> {
  return createDevelopment(site.db, site.editor, slug, developmentForm({ title }), 'draft', today);
}

// Imports first: their files must be newer than what the tracker knows, and editors' changes are of today.
const WRITERS: Writer[] = [
  {
    name: 'import: a new statement',
    pledge: 'glasfaser',
    run: async ({ db }, measure) => {
      await measure();
      await importFile(db, [verschluesselung, dateninstitut, glasfaser]);
      assert.equal((await findPledgeBySlug(db, 'glasfaser'))?.status, 'implemented');
      return { events: [], audit: [], by: null, changedOn: '2024-02-20' };
    },
  },
  {
    name: 'import: a newer statement changes the status',
    pledge: 'verschluesselung',
    run: async ({ db }, measure) => {
      await measure();
      await importFile(db, [verschluesselungDone, dateninstitut, glasfaser]);
      assert.equal((await findPledgeBySlug(db, 'verschluesselung'))?.status, 'implemented');
      return { events: [], audit: [], by: null, changedOn: '2024-02-25' };
    },
  },
  {
    name: 'import: a changed chapter text moves a quote the file does not mark',
    pledge: 'dateninstitut',
    run: async ({ db }, measure) => {
      const before = (await findPledgeBySlug(db, 'dateninstitut'))!;
      await measure();
      await importFile(
        db,
        [verschluesselungDone, dateninstitut, glasfaser],
        `\nEin neuer erster Absatz.\n${bodyMarking(['verschluesselung'])}`,
      );
      assert.equal((await findPledgeBySlug(db, 'dateninstitut'))!.quote_start, before.quote_start! + '\nEin neuer erster Absatz.\n'.length);
      return { events: [], audit: [], by: null, changedOn: 'unchanged' };
    },
  },
  {
    name: 'pledge form: title, topics and rating',
    pledge: 'verschluesselung',
    run: async ({ db, editor }, measure) => {
      const { values } = await loadPledgeEditor(db, editor, 'verschluesselung');
      const { published: isPublished, ...fields } = values;
      const form = {
        ...fields,
        version: String(values.version),
        base: JSON.stringify(values),
        title: 'Recht auf Verschlüsselung für alle',
        topics: 'IT-Sicherheit, Grundrechte',
        rating: '4',
      };
      await measure();
      await savePledge(db, editor, 'verschluesselung', { ...form, ...(isPublished ? { published: '1' } : {}) }, today);
      assert.equal((await findPledgeBySlug(db, 'verschluesselung'))?.rating, 4);
      // The rating's development is published, but it is no news for the mail (as before the write path).
      return { events: [], audit: ['pledge.update'], by: editor.id, changedOn: TODAY };
    },
  },
  {
    name: 'new development, as a draft',
    pledge: 'dateninstitut',
    run: async (site, measure) => {
      await measure();
      await draftOn(site, 'dateninstitut', 'Ein Entwurf');
      return { events: [], audit: ['update.create'], by: site.editor.id, changedOn: 'unchanged' };
    },
  },
  {
    name: 'new development, published with a status',
    pledge: 'dateninstitut',
    run: async ({ db, editor }, measure) => {
      await measure();
      const id = await createDevelopment(
        db,
        editor,
        'dateninstitut',
        developmentForm({ title: 'Gegründet', status_change: 'in_progress', rating_change: '3' }),
        'publish',
        today,
      );
      return { events: [published(id)], audit: ['update.create'], by: editor.id, changedOn: TODAY };
    },
  },
  {
    name: 'development form: a draft edited and published',
    pledge: 'verschluesselung',
    run: async (site, measure) => {
      const id = await draftOn(site, 'verschluesselung', 'Noch ein Entwurf');
      const draft = (await findDevelopmentById(site.db, id))!;
      await measure();
      await saveDevelopment(
        site.db,
        site.editor,
        id,
        { ...developmentForm({ title: 'Kabinettsbeschluss', status_change: 'partially_implemented' }), version: String(draft.version) },
        'publish',
        today,
      );
      return { events: [published(id)], audit: ['update.update'], by: site.editor.id, changedOn: TODAY };
    },
  },
  {
    name: 'publishing a draft',
    pledge: 'glasfaser',
    run: async (site, measure) => {
      const id = await draftOn(site, 'glasfaser', 'Ausbau abgeschlossen');
      await measure();
      await setDevelopmentPublished(site.db, site.editor, id, true, today);
      return { events: [published(id)], audit: ['update.publish'], by: site.editor.id, changedOn: TODAY };
    },
  },
  {
    name: 'withdrawing a published development',
    pledge: 'glasfaser',
    run: async ({ db, editor }, measure) => {
      const id = await createDevelopment(
        db,
        editor,
        'glasfaser',
        developmentForm({ title: 'Voreilig', status_change: 'broken' }),
        'publish',
        new Date('2024-02-29T09:00:00Z'),
      );
      await measure();
      await setDevelopmentPublished(db, editor, id, false, today);
      return { events: [], audit: ['update.withdraw'], by: editor.id, changedOn: TODAY };
    },
  },
  {
    name: 'deleting a draft',
    pledge: 'glasfaser',
    run: async (site, measure) => {
      const id = await draftOn(site, 'glasfaser', 'Verworfen');
      await measure();
      await deleteDraft(site.db, site.editor, id, { confirm: '1' }, today);
      return { events: [], audit: ['update.delete'], by: site.editor.id, changedOn: 'unchanged' };
    },
  },
  {
    name: 'accepting a candidate',
    pledge: 'aus-einem-vorschlag',
    run: async ({ db, editor }, measure) => {
      const { chapter_id: chapterId } = (await findPledgeBySlug(db, 'verschluesselung'))!;
      const candidate = (await listCandidatesOfChapter(db, chapterId)).find((row) => row.decision === 'open' && row.present === 1);
      assert.ok(candidate, 'the extractor proposed a candidate');
      await measure();
      await acceptCandidate(db, editor, candidate.id, { title: 'Aus einem Vorschlag', slug: 'aus-einem-vorschlag' }, today);
      return { events: [], audit: ['pledge.create', 'candidate.accept'], by: editor.id, changedOn: TODAY };
    },
  },
  {
    name: 'accepting a suggestion',
    pledge: 'dateninstitut',
    run: async ({ db, editor }, measure) => {
      const id = await submitSuggestion(
        db,
        'dateninstitut',
        { text: 'Das Institut hat einen Vorstand.', source_url: 'https://example.org/vorstand', email: 'leser@example.org' },
        today,
      );
      await measure();
      await acceptSuggestion(db, editor, id, { title: 'Vorstand berufen', event_date: '2024-02-27' }, today);
      return { events: [['suggestion_decided', id]], audit: ['update.create', 'suggestion.accept'], by: editor.id, changedOn: 'unchanged' };
    },
  },
  {
    name: 'evidence discovery proposes a draft (the system)',
    pledge: 'dateninstitut',
    run: async ({ db }, measure) => {
      await proposalOn(db, 'dateninstitut', dateninstitutRecords(), measure);
      return { events: [], audit: ['evidence.propose'], by: null, changedOn: 'unchanged' };
    },
  },
  {
    name: 'confirming a proposal',
    pledge: 'dateninstitut',
    run: async ({ db, editor }, measure) => {
      const id = await db
        .selectFrom('evidence_proposals')
        .select(['id', 'update_id'])
        .where('decision', '=', 'open')
        .executeTakeFirstOrThrow();
      await measure();
      await confirmProposal(
        db,
        editor,
        id.id,
        { title: 'Gesetzentwurf im Bundestag', event_date: '2024-02-28', status_change: 'in_progress', body: 'Erste Lesung.' },
        today,
      );
      return { events: [published(id.update_id!)], audit: ['evidence.confirm'], by: editor.id, changedOn: TODAY };
    },
  },
  {
    name: 'rejecting a proposal',
    pledge: 'glasfaser',
    run: async ({ db, editor }, measure) => {
      const id = await proposalOn(db, 'glasfaser', openDataRecords());
      await measure();
      await rejectProposal(db, editor, id, today);
      return { events: [], audit: ['evidence.reject'], by: editor.id, changedOn: 'unchanged' };
    },
  },
];

interface Outcome {
  pledgeId: number;
  expected: Expected;
  changedOnBefore: string | null;
  events: [MailEventKind, number][];
  audit: { action: string; by: number | null }[];
}

const CHECKS: { name: string; check(db: Db, outcome: Outcome): Promise<void> }[] = [
  {
    name: 'cached status, rating and last event date are what its published developments say (automatic entries count for status and rating only)',
    check: async (db, { pledgeId }) => {
      const pledge = await db
        .selectFrom('pledges')
        .select(['status', 'rating', 'last_event_date'])
        .where('id', '=', pledgeId)
        .executeTakeFirstOrThrow();
      const developments = await listDevelopmentsOfPledge(db, pledgeId);
      const events = developments.map((development) => ({
        id: development.id,
        eventDate: development.event_date,
        publishedAt: development.published_at,
        statusChange: development.status_change,
        ratingChange: development.rating_change,
      }));
      const lastEvent =
        developments
          .filter((development) => development.published_at !== null && development.automatic === 0)
          .map((development) => development.event_date)
          .sort()
          .at(-1) ?? null;
      assert.deepEqual(pledge, { status: statusAt(events), rating: ratingAt(events), last_event_date: lastEvent });
    },
  },
  {
    name: 'search documents are those of the pledge and its published developments',
    check: async (db, { pledgeId }) => {
      const [source] = await loadPledgeSources(db, [pledgeId]);
      const stored = await db
        .selectFrom('search_documents')
        .select([
          'kind',
          'pledge_id',
          'chapter_id',
          'target_slug',
          'anchor',
          'title',
          'context',
          'body',
          'date',
          'title_terms',
          'body_terms',
        ])
        .where('pledge_id', '=', pledgeId)
        .execute();
      const order = (a: { anchor?: string | null }, b: { anchor?: string | null }) => (a.anchor ?? '').localeCompare(b.anchor ?? '');
      assert.deepEqual(stored.sort(order), pledgeDocuments(source!).sort(order));
    },
  },
  {
    name: 'mail events are exactly the expected ones',
    check: async (_db, { events, expected }) => assert.deepEqual(events, expected.events),
  },
  {
    name: 'the audit log holds the expected entries, by whom',
    check: async (_db, { audit, expected }) =>
      assert.deepEqual(
        audit,
        expected.audit.map((action) => ({ action, by: expected.by })),
      ),
  },
  {
    name: 'changed_on is the change’s day (an editor’s today, a file’s last_update) or unchanged',
    check: async (db, { pledgeId, expected, changedOnBefore }) => {
      const { changed_on } = await db.selectFrom('pledges').select('changed_on').where('id', '=', pledgeId).executeTakeFirstOrThrow();
      assert.equal(changed_on, expected.changedOn === 'unchanged' ? changedOnBefore : expected.changedOn);
    },
  },
];

for (const dialect of DIALECTS) {
  describe(`one write path (${dialect})`, () => {
    let database: TestStore;
    const site = {} as Site;

    before(async () => {
      database = await openTestStore(dialect);
      site.db = database.store.db;
      await importAgreementFiles(
        site.db,
        [
          writeChapterFolder({
            [FILE]: chapterText({ statements: [verschluesselung, dateninstitut] }),
            'agreement.yml': agreementYml('kv-test', { active: true }),
          }),
        ],
        { now: importDay },
      );
      site.editor = {
        id: await addUser(site.db, { email: 'redaktion@example.org', password: 'richtig-langes-passwort', role: 'editor' }, today),
        role: 'editor',
        organisationId: null,
      };
    });
    after(() => database.close());

    for (const writer of WRITERS) {
      describe(writer.name, () => {
        let outcome: Outcome;

        before(async () => {
          const { db } = site;
          let lastEvent = 0;
          let lastAudit = 0;
          let changedOnBefore: string | null = null;
          const measure = async () => {
            lastEvent =
              (
                await db
                  .selectFrom('mail_events')
                  .select((eb) => eb.fn.max('id').as('id'))
                  .executeTakeFirst()
              )?.id ?? 0;
            lastAudit =
              (
                await db
                  .selectFrom('audit_log')
                  .select((eb) => eb.fn.max('id').as('id'))
                  .executeTakeFirst()
              )?.id ?? 0;
            changedOnBefore = (await findPledgeBySlug(db, writer.pledge))?.changed_on ?? null;
          };
          const expected = await writer.run(site, measure);
          const pledge = await findPledgeBySlug(db, writer.pledge);
          assert.ok(pledge, `${writer.pledge} exists`);
          const events = await db
            .selectFrom('mail_events')
            .select(['kind', 'subject_id'])
            .where('id', '>', lastEvent)
            .orderBy('id')
            .execute();
          const audit = await db.selectFrom('audit_log').select(['action', 'user_id']).where('id', '>', lastAudit).orderBy('id').execute();
          outcome = {
            pledgeId: pledge.id,
            expected,
            changedOnBefore,
            events: events.map((row) => [row.kind, row.subject_id]),
            audit: audit.map((row) => ({ action: row.action, by: row.user_id })),
          };
        });

        for (const { name, check } of CHECKS) test(name, () => check(site.db, outcome));
      });
    }
  });
}
