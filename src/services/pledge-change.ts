// The one write path for Vorhaben: every change to a pledge, its topics, its developments or their
// sources runs through changePledge, which checks it, lets the work write, and keeps what is derived
// from those tables — changed_on, the cached status, the search index, mail events, the audit log —
// in step, in one order, inside the change's transaction.
import { ForbiddenError, problem } from '../domain/errors.ts';
import { can, canWriteDevelopmentsOf, type Actor } from '../domain/roles.ts';
import { recordAudit, type AuditRecord } from '../store/audit.ts';
import type { Db } from '../store/database.ts';
import { refreshPledgeState } from '../store/pledge-state.ts';
import {
  deletePledge,
  findPledgeById,
  insertPledge,
  markPledgeChanged,
  recordImportedStatement,
  recordPledgeSlugChange,
  updatePledge,
} from '../store/pledges.ts';
import type { NewPledge, Pledge, PledgeChanges } from '../store/schema.ts';
import {
  changeDevelopment,
  deleteDevelopment,
  detachSuggestionsFrom,
  findDevelopmentState,
  insertDevelopment,
  type DevelopmentChanges,
  type DevelopmentFields,
  type SourceFields,
} from '../store/developments.ts';
import { findOrCreateTerm, setPledgeTopics } from '../store/vocabularies.ts';
import { refuseIfArchived } from './archive.ts';
import { noteDevelopmentChange } from './subscriptions/notify.ts';
import { findTarget, lockTarget, type Found, type Target } from './change-target.ts';
import { deferIndexing, type ImportRun } from './import-run.ts';

export type { Found, Target } from './change-target.ts';
import { indexPledge } from './search-index.ts';

/**
 * A signed-in account's change. `needs`: `content.edit`, or `developments` — the right to write the
 * developments of the pledge (editors all, experts their organisation's). `at` is the change's time
 * stamp (ISO); its day marks the pledge as changed.
 */
export interface AccountWriter {
  actor: Actor;
  needs: 'content.edit' | 'developments';
  at: string;
}

/**
 * A change by an import run: no role, no archive check of its own (the run holds its government's
 * row lock and refuses a file that changes an archived agreement, decision 43), never mail, no audit.
 * `day` (the statement's last_update) marks the pledge as changed; null marks nothing.
 */
export interface ImportWriter {
  run: ImportRun;
  day: string | null;
}

/**
 * A change the tracker makes on its own: evidence discovery proposing a draft development
 * (docs/evidence.md). No role; the archive check as for an account; audited without a user; never mail.
 */
export interface SystemWriter {
  system: 'discovery';
  at: string;
}

export type Writer = AccountWriter | ImportWriter | SystemWriter;

/** Fields of a new pledge; its derived columns (status, rating, last event, changed_on) are the write path's. */
export type NewPledgeFields = Omit<NewPledge, 'status' | 'rating' | 'last_event_date' | 'changed_on' | 'version' | 'first_published_at'>;
/**
 * Changes to a pledge's own fields; not its derived columns, nor the file's bookkeeping. Publishing
 * for the first time is remembered; a new slug leaves the old one leading to the Vorhaben.
 */
export type PledgeFieldChanges = Omit<
  PledgeChanges,
  | 'id'
  | 'status'
  | 'rating'
  | 'last_event_date'
  | 'changed_on'
  | 'version'
  | 'imported_statement'
  | 'statement_source'
  | 'first_published_at'
>;

/**
 * The context a change's work writes through: its transaction for reads (and for tables that are not
 * the Vorhaben's), and the only writers of pledges, pledge topics, developments and sources. Each
 * write records what it touched; audit entries are recorded and written after the derived steps.
 */
export interface PledgeChange {
  readonly db: Db;
  /** The change's time stamp (ISO). */
  readonly at: string;
  insertPledge(fields: NewPledgeFields): Promise<number>;
  updatePledge(pledgeId: number, changes: PledgeFieldChanges): Promise<void>;
  /** Deletes a pledge that nothing else refers to any more (see countPledgeDependents); its candidates reopen. */
  deletePledge(pledgeId: number): Promise<void>;
  /** Replaces the pledge's topics by these names, creating topics that are new. */
  setTopics(pledgeId: number, names: readonly string[]): Promise<void>;
  /** Remembers the statement as the file said it: bookkeeping of the import, not a change of the Vorhaben. */
  recordImportedStatement(
    pledge: Pick<Pledge, 'id' | 'imported_statement' | 'statement_source'>,
    statement: { imported_statement: string; statement_source: string },
  ): Promise<void>;
  /**
   * A new development (with its sources); `news: false` keeps an account's publication from being
   * offered to the mail (the rating the pledge form sets, as before).
   */
  insertDevelopment(fields: DevelopmentFields, options?: { news?: boolean }): Promise<number>;
  /** Changes a development; `sources`, when given, replace the old ones. */
  changeDevelopment(developmentId: number, changes: DevelopmentChanges & { sources?: SourceFields[] }): Promise<void>;
  /** Deletes a development and its sources; suggestions that became it forget it. */
  deleteDevelopment(developmentId: number): Promise<void>;
  /** The pledge changed now, also where nothing was written (an import's statement that is news). */
  markChanged(pledgeId: number): void;
  audit(entry: Omit<AuditRecord, 'userId'>): void;
}

/**
 * Runs `work` as one change to Vorhaben, in the transaction `db` is in or a new one: finds the target,
 * checks the account's role and then the government's archive (on PostgreSQL share-locking it), locks
 * the target's row if asked, runs the work, and then, for every pledge it touched: marks changed_on,
 * re-indexes it (an import run indexes per chapter instead), offers the developments an account wrote
 * to the mail, and writes the audit entries. A development write refreshes its pledge's cached status
 * and rating at once, so the work reads derived values as they now are.
 */
export async function changePledge<T extends Target, R>(
  db: Db,
  writer: Writer,
  target: T,
  work: (change: PledgeChange & Found<T>) => Promise<R>,
): Promise<R> {
  if ('run' in writer && !db.isTransaction) throw new Error('An import changes Vorhaben inside its run’s transaction.');
  if (!db.isTransaction) return db.transaction().execute((trx) => changePledge(trx, writer, target, work));
  let found = await findTarget(db, target);
  if ('actor' in writer) {
    assertMay(writer.actor, writer.needs, 'pledge' in found ? found.pledge : undefined);
    await refuseIfArchived(db, 'pledge' in found ? { agreementId: found.pledge.agreement_id } : { chapterId: found.chapterId });
    found = await lockTarget(db, target, found);
  } else if ('system' in writer) {
    await refuseIfArchived(db, 'pledge' in found ? { agreementId: found.pledge.agreement_id } : { chapterId: found.chapterId });
  }
  const recorder = new Recorder(db, writer);
  const result = await work({ ...recorder.context(), ...found } as unknown as PledgeChange & Found<T>);
  await recorder.finish();
  return result;
}

/** The role check of changePledge, also for the forms that lead to a change. */
export function assertMay(actor: Actor, needs: AccountWriter['needs'], pledge: Pick<Pledge, 'partner_id'> | undefined): void {
  if (needs === 'content.edit') {
    if (!can(actor, 'content.edit')) throw new ForbiddenError();
    return;
  }
  if (!pledge) throw new Error('The right to write developments is the right for one pledge.');
  if (!canWriteDevelopmentsOf(actor, { partnerId: pledge.partner_id })) throw new ForbiddenError(problem('forbidden.developmentsOfPledge'));
}

/** What a change's work did, and the steps that follow from it. */
class Recorder {
  /** Pledges written: re-indexed. */
  private readonly touched = new Set<number>();
  /** Pledges whose own fields or published developments changed: changed_on. */
  private readonly changed = new Set<number>();
  /** Developments an account wrote, for the mail: only one published at this moment is news. */
  private readonly news: number[] = [];
  /** Pledges created here: they carry the change's day from the start. */
  private readonly created = new Set<number>();
  /** Pledges deleted here: nothing to mark; re-indexing them clears their search documents. */
  private readonly deleted = new Set<number>();
  private readonly audits: Omit<AuditRecord, 'userId'>[] = [];
  readonly at: string;
  /** The day that marks changed_on: an account's today, an import's last_update (null: none). */
  private readonly day: string | null;

  constructor(
    private readonly db: Db,
    private readonly writer: Writer,
  ) {
    this.at = 'run' in writer ? writer.run.at : writer.at;
    this.day = 'run' in writer ? writer.day : writer.at.slice(0, 10);
  }

  context(): PledgeChange {
    const { db, at } = this;
    return {
      db,
      at,
      insertPledge: async (fields) => {
        const id = await insertPledge(db, { ...fields, changed_on: this.day, first_published_at: fields.published === 1 ? at : null });
        this.created.add(id);
        this.wrote(id, true);
        return id;
      },
      updatePledge: async (pledgeId, changes) => {
        const before = (await findPledgeById(db, pledgeId))!;
        const firstPublication = changes.published === 1 && before.first_published_at === null ? { first_published_at: at } : {};
        await updatePledge(db, pledgeId, { ...changes, ...firstPublication });
        if (changes.slug !== undefined && changes.slug !== before.slug)
          await recordPledgeSlugChange(db, pledgeId, before.slug, changes.slug, at);
        this.wrote(pledgeId, true);
      },
      deletePledge: async (pledgeId) => {
        await deletePledge(db, pledgeId);
        this.deleted.add(pledgeId);
        this.wrote(pledgeId, false);
      },
      setTopics: async (pledgeId, names) => {
        const ids: number[] = [];
        for (const name of names) ids.push(await findOrCreateTerm(db, 'topics', name));
        await setPledgeTopics(db, pledgeId, ids);
        this.wrote(pledgeId, true);
      },
      recordImportedStatement: (pledge, statement) => recordImportedStatement(db, pledge, statement),
      insertDevelopment: async (fields, options = {}) => {
        const id = await insertDevelopment(db, fields, at);
        await this.developmentWritten(fields.pledgeId, fields.publishedAt !== null, options.news === false ? undefined : id);
        return id;
      },
      changeDevelopment: async (developmentId, changes) => {
        const before = await this.developmentBefore(developmentId);
        await changeDevelopment(db, developmentId, changes, at);
        const publishedNow = changes.publishedAt !== undefined ? changes.publishedAt !== null : before.published;
        await this.developmentWritten(before.pledgeId, before.published || publishedNow, developmentId);
      },
      deleteDevelopment: async (developmentId) => {
        const before = await this.developmentBefore(developmentId);
        await detachSuggestionsFrom(db, developmentId);
        await deleteDevelopment(db, developmentId);
        await this.developmentWritten(before.pledgeId, before.published, undefined);
      },
      markChanged: (pledgeId) => this.wrote(pledgeId, true),
      audit: (entry) => void this.audits.push(entry),
    };
  }

  private wrote(pledgeId: number, changed: boolean): void {
    this.touched.add(pledgeId);
    if (changed) this.changed.add(pledgeId);
  }

  private developmentBefore(developmentId: number): Promise<{ pledgeId: number; published: boolean }> {
    return findDevelopmentState(this.db, developmentId);
  }

  /** Drafts are no change of the Vorhaben; the cached state follows every development write at once. */
  private async developmentWritten(pledgeId: number, published: boolean, newsId: number | undefined): Promise<void> {
    await refreshPledgeState(this.db, pledgeId);
    this.wrote(pledgeId, published);
    if (newsId !== undefined && 'actor' in this.writer) this.news.push(newsId);
  }

  async finish(): Promise<void> {
    const { db, writer, at, day } = this;
    if (day !== null)
      for (const pledgeId of this.changed)
        if (!this.created.has(pledgeId) && !this.deleted.has(pledgeId)) await markPledgeChanged(db, pledgeId, day);
    if ('run' in writer) {
      deferIndexing(writer.run, this.touched);
    } else for (const pledgeId of this.touched) await indexPledge(db, pledgeId);
    for (const developmentId of this.news) await noteDevelopmentChange(db, developmentId, at);
    if (!('run' in writer) && this.touched.size > 0 && this.audits.length === 0)
      throw new Error('A change of a Vorhaben by an account or the system must be recorded in the audit log.');
    const userId = 'actor' in writer ? writer.actor.id : null;
    for (const entry of this.audits) await recordAudit(db, { userId, ...entry }, at);
  }
}
