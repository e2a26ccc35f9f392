// Use cases of the sources page (admins): what evidence discovery reads — the DIP per Wahlperiode and
// the feeds — with the state of each; adding a feed, switching one off and on again. Audited.
import { z } from 'zod';
import { ForbiddenError, NotFoundError, fieldKey, problem } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/roles.ts';
import { httpUrl } from '../../formats/okf-schema.ts';
import { recordAudit } from '../../store/audit.ts';
import type { Db } from '../../store/database.ts';
import {
  changeFeed,
  countDocumentsBySource,
  findSourceById,
  findSourceByKey,
  insertFeed,
  listSources,
} from '../../store/evidence-sources.ts';
import { lineField, validate } from '../validation.ts';

export interface SourceRow {
  id: number;
  kind: 'dip' | 'feed';
  title: string;
  url: string | null;
  active: boolean;
  documents: number;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
}

function assertAdmin(actor: Actor): void {
  if (!can(actor, 'sources.manage')) throw new ForbiddenError(problem('forbidden.manageSources'));
}

export async function loadSources(db: Db, actor: Actor): Promise<SourceRow[]> {
  assertAdmin(actor);
  const counts = await countDocumentsBySource(db);
  return (await listSources(db)).map((source) => ({
    id: source.id,
    kind: source.kind,
    title: source.title,
    url: source.url,
    active: source.active === 1,
    documents: counts.get(source.id) ?? 0,
    lastRunAt: source.last_run_at,
    lastSuccessAt: source.last_success_at,
    lastError: source.last_error,
  }));
}

const feedSchema = z.object({
  url: lineField()
    .trim()
    .max(2000, fieldKey('text.max'))
    .refine((value) => httpUrl.safeParse(value).success, fieldKey('url.http')),
  title: lineField().trim().min(2, fieldKey('text.min')).max(200, fieldKey('text.max')),
});

/** Adds a feed (or switches on the one with this address again); returns its id. */
export async function addFeed(db: Db, actor: Actor, input: Record<string, unknown>, now: Date): Promise<number> {
  assertAdmin(actor);
  const form = validate(feedSchema, input);
  const url = new URL(form.url).toString();
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await findSourceByKey(trx, url);
    if (existing?.kind === 'feed') {
      await changeFeed(trx, existing.id, { title: form.title, active: true });
      await recordAudit(
        trx,
        {
          userId: actor.id,
          action: 'source.enable',
          entityType: 'source',
          entityId: existing.id,
          summary: `Feed „${form.title}“ wieder eingeschaltet`,
          before: { title: existing.title, active: existing.active === 1 },
          after: { title: form.title, active: true },
        },
        at,
      );
      return existing.id;
    }
    const id = await insertFeed(trx, { url, title: form.title, createdBy: actor.id }, at);
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: 'source.add',
        entityType: 'source',
        entityId: id,
        summary: `Feed „${form.title}“ hinzugefügt`,
        before: null,
        after: { url, title: form.title },
      },
      at,
    );
    return id;
  });
}

/** Switches a feed off (discovery no longer reads it; its documents and proposals stay) or on again. */
export async function setFeedActive(db: Db, actor: Actor, id: number, active: boolean, now: Date): Promise<void> {
  assertAdmin(actor);
  await db.transaction().execute(async (trx) => {
    const source = await findSourceById(trx, id);
    if (!source || source.kind !== 'feed') throw new NotFoundError(problem('notFound.feed'));
    if ((source.active === 1) === active) return;
    await changeFeed(trx, id, { active });
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: active ? 'source.enable' : 'source.disable',
        entityType: 'source',
        entityId: id,
        summary: `Feed „${source.title}“ ${active ? 'wieder eingeschaltet' : 'abgeschaltet'}`,
        before: { active: !active },
        after: { active },
      },
      now.toISOString(),
    );
  });
}
