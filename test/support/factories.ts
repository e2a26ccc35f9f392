// Rows for a test, each with the parents it needs: a Vorhaben without a chapter gets one, a chapter
// without an agreement gets one, an agreement without a government gets one. What a test does not
// give gets a plain default, and slugs are new on every call, so a test names only what it is about.
import type { Actor } from '../../src/domain/roles.ts';
import { saveAgreement, saveGovernment, type AgreementFields, type GovernmentFields } from '../../src/store/agreements.ts';
import { insertCandidates } from '../../src/store/candidates.ts';
import { insertChapter } from '../../src/store/chapters.ts';
import { saveDocument } from '../../src/store/evidence-documents.ts';
import { insertProposal } from '../../src/store/evidence-proposals.ts';
import { insertFeed } from '../../src/store/evidence-sources.ts';
import type { Db } from '../../src/store/database.ts';
import { refreshPledgeState } from '../../src/store/pledge-state.ts';
import { insertPledge } from '../../src/store/pledges.ts';
import type { Agreement, CandidateRow, Chapter, Government, NewChapter, NewPledge, Pledge } from '../../src/store/schema.ts';
import { insertSuggestion, type NewSuggestion } from '../../src/store/suggestions.ts';
import { insertDevelopment, type DevelopmentFields } from '../../src/store/developments.ts';
import { findUserByEmail } from '../../src/store/users.ts';
import { findOrCreateTerm, setPledgeTopics } from '../../src/store/vocabularies.ts';
import { createAccount } from './admin-client.ts';

/** When factory rows were made, unless a test says otherwise: the day the site fixture's clock shows. */
export const FACTORY_TIME = '2023-12-08T12:00:00.000Z';

let sequence = 0;

export async function buildGovernment(db: Db, fields: Partial<GovernmentFields> = {}): Promise<Government> {
  const number = ++sequence;
  const id = await saveGovernment(db, {
    slug: `regierung-${number}`,
    name: `Regierung ${number}`,
    parties: ['SPD', 'Grüne', 'FDP'],
    termStart: '2021-12-08',
    termEnd: '2025-12-07',
    active: true,
    ...fields,
  });
  return db.selectFrom('governments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function buildAgreement(db: Db, fields: Partial<AgreementFields> & { government?: Government } = {}): Promise<Agreement> {
  const { government = await buildGovernment(db), ...rest } = fields;
  const number = ++sequence;
  const id = await saveAgreement(db, government.id, {
    slug: `vertrag-${number}`,
    title: `Koalitionsvertrag ${number}`,
    sourceUrl: null,
    licence: null,
    ...rest,
  });
  return db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

type ChapterSpec = Partial<NewChapter> & { agreement?: Agreement; government?: Government };

export async function buildChapter(db: Db, fields: ChapterSpec = {}): Promise<Chapter> {
  const { agreement: given, government, ...rest } = fields;
  const agreement = given ?? (await buildAgreement(db, government ? { government } : {}));
  const number = ++sequence;
  const title = rest.title ?? `Kapitel ${number}`;
  const id = await insertChapter(db, {
    agreement_id: agreement.id,
    slug: `${number}-kapitel-${number}`,
    file_name: `${number}-kapitel-${number}.md`,
    number: `${number}`,
    heading: `${number}. ${title}`,
    title,
    section: null,
    position: number,
    body: '\nWir werden ein Gesetz beschließen. Wir prüfen weitere Schritte.\n',
    published: 1,
    extra: '{}',
    updated_at: FACTORY_TIME,
    ...rest,
  });
  return db.selectFrom('chapters').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

type PledgeSpec = Partial<NewPledge> & {
  chapter?: Chapter;
  agreement?: Agreement;
  government?: Government;
  /** Text of the chapter body the Vorhaben quotes; its offsets are found in the body. */
  quote?: string;
  topics?: string[];
  ministry?: string;
  partner?: string;
};

export async function buildPledge(db: Db, fields: PledgeSpec = {}): Promise<Pledge> {
  const { chapter: given, agreement, government, quote, topics = [], ministry, partner, ...rest } = fields;
  const chapter = given ?? (await buildChapter(db, { ...(agreement && { agreement }), ...(government && { government }) }));
  const number = ++sequence;
  const start = quote === undefined ? -1 : chapter.body.indexOf(quote);
  if (quote !== undefined && start === -1)
    throw new Error(`buildPledge: the chapter ${chapter.slug} does not say ${JSON.stringify(quote)}`);
  const id = await insertPledge(db, {
    agreement_id: chapter.agreement_id,
    chapter_id: chapter.id,
    slug: `vorhaben-${number}`,
    title: `Vorhaben ${number}`,
    ...(quote !== undefined && { quote, quote_start: start, quote_end: start + quote.length }),
    lead_ministry_id: ministry ? await findOrCreateTerm(db, 'ministries', ministry) : null,
    partner_id: partner ? await findOrCreateTerm(db, 'organisations', partner) : null,
    published: 1,
    created_at: FACTORY_TIME,
    updated_at: FACTORY_TIME,
    first_published_at: (rest.published ?? 1) === 1 ? FACTORY_TIME : null,
    ...rest,
  });
  if (topics.length > 0) await setPledgeTopics(db, id, await Promise.all(topics.map((name) => findOrCreateTerm(db, 'topics', name))));
  return db.selectFrom('pledges').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

type DevelopmentSpec = Partial<Omit<DevelopmentFields, 'pledgeId'>> & { pledge?: Pledge };

/** A development (published unless `publishedAt` is null) with one source; the Vorhaben's status follows it. */
export async function buildDevelopment(db: Db, fields: DevelopmentSpec = {}): Promise<number> {
  const { pledge = await buildPledge(db), ...rest } = fields;
  const number = ++sequence;
  const id = await insertDevelopment(
    db,
    {
      pledgeId: pledge.id,
      eventDate: '2023-06-01',
      publishedAt: FACTORY_TIME,
      title: `Entwicklung ${number}`,
      body: `Text der Entwicklung ${number}.`,
      statusChange: null,
      ratingChange: null,
      origin: 'editor',
      sources: [{ url: `https://example.org/quelle-${number}`, title: `Quelle ${number}`, publisher: null, publishedOn: null }],
      ...rest,
    },
    FACTORY_TIME,
  );
  await refreshPledgeState(db, pledge.id);
  return id;
}

/** An open suggestion (Hinweis) from the public. */
export async function buildSuggestion(
  db: Db,
  fields: Partial<Omit<NewSuggestion, 'pledgeId'>> & { pledge?: Pledge } = {},
): Promise<number> {
  const { pledge = await buildPledge(db), ...rest } = fields;
  return insertSuggestion(
    db,
    { pledgeId: pledge.id, text: 'Es gibt einen Gesetzentwurf.', sourceUrl: 'https://example.org/hinweis', email: null, ...rest },
    FACTORY_TIME,
  );
}

/** An open candidate of the extractor over `text` of the chapter's body (its first sentence unless given). */
export async function buildCandidate(
  db: Db,
  fields: { chapter?: Chapter; text?: string; title?: string; slug?: string } = {},
): Promise<CandidateRow> {
  const chapter = fields.chapter ?? (await buildChapter(db));
  const text = fields.text ?? /\S[^.!?]*[.!?]/.exec(chapter.body)![0];
  const start = chapter.body.indexOf(text);
  if (start === -1) throw new Error(`buildCandidate: the chapter ${chapter.slug} does not say ${JSON.stringify(text)}`);
  const number = ++sequence;
  await insertCandidates(db, [
    {
      chapter_id: chapter.id,
      start_offset: start,
      end_offset: start + text.length,
      text,
      score: 0.8,
      kind: 'vague',
      cues: '[]',
      title: fields.title ?? `Vorschlag ${number}`,
      slug: fields.slug ?? `vorschlag-${number}`,
      created_at: FACTORY_TIME,
    },
  ]);
  return db.selectFrom('candidates').selectAll().where('chapter_id', '=', chapter.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
}

/** A new account of the role, as the actor services take. */
export async function buildActor(db: Db, role: Actor['role'], organisation?: string): Promise<Actor> {
  const user = (await findUserByEmail(db, await createAccount(db, role, organisation)))!;
  return { id: user.id, role, organisationId: user.organisation_id };
}

/** An open proposal of evidence discovery: a feed item about the Vorhaben, its draft development and the proposals row. */
export async function buildProposal(db: Db, fields: { pledge?: Pledge } = {}): Promise<number> {
  const pledge = fields.pledge ?? (await buildPledge(db));
  const number = ++sequence;
  const url = `https://example.org/presse-${number}`;
  const sourceId = await insertFeed(
    db,
    { url: `https://example.org/feed-${number}.xml`, title: `Pressemitteilungen ${number}`, createdBy: null },
    FACTORY_TIME,
  );
  const document = await saveDocument(
    db,
    {
      sourceId,
      kind: 'feed-item',
      externalId: url,
      title: `Meldung ${number} zu ${pledge.title}`,
      date: '2023-06-01',
      url,
      raw: JSON.stringify({ title: `Meldung ${number}`, link: url }),
      fetchedFrom: `https://example.org/feed-${number}.xml`,
      contentHash: `hash-${number}`,
    },
    FACTORY_TIME,
  );
  const developmentId = await buildDevelopment(db, {
    pledge,
    publishedAt: null,
    origin: 'discovery',
    title: `Meldung ${number}`,
    sources: [{ url, title: `Meldung ${number}`, publisher: null, publishedOn: '2023-06-01' }],
  });
  return insertProposal(
    db,
    {
      documentId: document.id,
      pledgeId: pledge.id,
      stage: 'feed',
      developmentId,
      proposedStatus: null,
      score: 0.5,
      reason: `Titel nennt „${pledge.title}“`,
    },
    FACTORY_TIME,
  );
}
