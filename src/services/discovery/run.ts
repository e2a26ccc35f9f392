// One pass of evidence discovery over all sources: the DIP's Wahlperioden that overlap a followed
// government's term (when there is a key) and the active feeds, each on its own, so a failing source
// stops none of the others; then every new or changed document is matched against the Vorhaben of
// the governments whose term holds its day, and each match becomes a proposal.
import { wahlperiodenOverlapping } from '../../domain/wahlperioden.ts';
import type { Db } from '../../store/database.ts';
import { listDocumentsToMatch, markMatched } from '../../store/evidence-documents.ts';
import { listFollowedGovernments, listPledgesForMatching, type FollowedGovernment } from '../../store/evidence-matching.ts';
import { ensureDipSource, listActiveFeeds, listSources, recordSourceRun } from '../../store/evidence-sources.ts';
import type { EvidenceSource } from '../../store/schema-evidence.ts';
import { prepareMatcher, type EvidenceMatcher } from '../../text/evidence/match.ts';
import { isWithinTerm } from '../../text/evidence/term.ts';
import { DipClient, DipKeyError } from './dip-client.ts';
import { syncDipSource } from './dip-sync.ts';
import { evidenceOf } from './evidence.ts';
import { syncFeed } from './feed-sync.ts';
import type { HttpLimits } from './http.ts';
import { propose, type MadeProposal } from './propose.ts';

/** What discovery needs of the configuration. */
export interface DiscoverySettings {
  dipApiUrl: string;
  /** Without it the DIP is not read; the feeds are. */
  dipApiKey: string | undefined;
  userAgent: string;
  /** For tests: the DIP client's first retry wait, and the feeds' limits. */
  dipRetryBaseMs?: number;
  feedLimits?: HttpLimits;
}

export interface DiscoverOptions {
  now: Date;
  /** YYYY-MM-DD: read what changed since that day, not since the last run. */
  since?: string;
  /** Match every stored document again, not only new and changed ones. */
  rematch?: boolean;
  /** Called as the run goes: a step of `total` done, and what it was. */
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface SourceReport {
  title: string;
  kind: 'dip' | 'feed';
  /** Why the source failed; null when it went through. */
  error: string | null;
  documents: number;
  changed: number;
  notModified: boolean;
}

export interface DiscoveryReport {
  /** DIP_API_KEY is not set: the DIP was not read. */
  dipKeyMissing: boolean;
  sources: SourceReport[];
  /** Documents matched in this run. */
  matched: number;
  proposals: MadeProposal[];
}

export async function runDiscovery(db: Db, settings: DiscoverySettings, options: DiscoverOptions): Promise<DiscoveryReport> {
  const governments = await listFollowedGovernments(db);
  const dip: { source: EvidenceSource; wahlperiode: number }[] = [];
  if (settings.dipApiKey) {
    const periods = [
      ...new Set(governments.flatMap((government) => wahlperiodenOverlapping(government.term_start, government.term_end))),
    ].sort((a, b) => a - b);
    for (const wahlperiode of periods) dip.push({ source: await ensureDipSource(db, wahlperiode), wahlperiode });
  }
  const feeds = await listActiveFeeds(db);
  const total = dip.length + feeds.length + 1;
  let done = 0;
  const progress = (label: string) => options.onProgress?.(done, total, label);
  const sources: SourceReport[] = [];

  const client = settings.dipApiKey
    ? new DipClient({
        baseUrl: settings.dipApiUrl,
        apiKey: settings.dipApiKey,
        userAgent: settings.userAgent,
        retryBaseMs: settings.dipRetryBaseMs,
      })
    : undefined;
  let keyError: DipKeyError | undefined;
  for (const { source, wahlperiode } of dip) {
    progress(source.title);
    const at = options.now.toISOString();
    try {
      if (keyError) throw keyError;
      const outcome = await syncDipSource(db, client!, source, wahlperiode, {
        now: options.now,
        since: options.since,
        onPage: (what) => progress(`${source.title}: ${what}`),
      });
      await recordSourceRun(db, source.id, { at, error: null, syncedUntil: outcome.syncedUntil });
      sources.push({
        title: source.title,
        kind: 'dip',
        error: null,
        documents: outcome.documents,
        changed: outcome.changed,
        notModified: false,
      });
    } catch (error) {
      if (error instanceof DipKeyError) keyError = error;
      const message = (error as Error).message;
      await recordSourceRun(db, source.id, { at, error: message });
      sources.push({ title: source.title, kind: 'dip', error: message, documents: 0, changed: 0, notModified: false });
    }
    done++;
  }
  for (const source of feeds) {
    progress(source.title);
    const at = options.now.toISOString();
    try {
      const outcome = await syncFeed(db, source, {
        now: options.now,
        userAgent: settings.userAgent,
        since: options.since,
        limits: settings.feedLimits,
      });
      await recordSourceRun(db, source.id, { at, error: null, etag: outcome.etag, lastModified: outcome.lastModified });
      sources.push({
        title: source.title,
        kind: 'feed',
        error: null,
        documents: outcome.documents,
        changed: outcome.changed,
        notModified: outcome.notModified,
      });
    } catch (error) {
      const message = (error as Error).message;
      await recordSourceRun(db, source.id, { at, error: message });
      sources.push({ title: source.title, kind: 'feed', error: message, documents: 0, changed: 0, notModified: false });
    }
    done++;
  }

  progress('Abgleich mit den Vorhaben');
  const { matched, proposals } = await matchDocuments(db, governments, options);
  done++;
  progress('fertig');
  return { dipKeyMissing: !settings.dipApiKey, sources, matched, proposals };
}

/** Matches the documents new or changed since their last match (all with `rematch`) and proposes what matches. */
async function matchDocuments(
  db: Db,
  governments: FollowedGovernment[],
  options: DiscoverOptions,
): Promise<{ matched: number; proposals: MadeProposal[] }> {
  const documents = await listDocumentsToMatch(db, { all: options.rematch });
  const sourceTitles = new Map((await listSources(db)).map((source) => [source.id, source.title]));
  const matchers = new Map<number, EvidenceMatcher>();
  const matcherOf = async (government: FollowedGovernment) => {
    let matcher = matchers.get(government.id);
    if (!matcher) {
      const pledges = await listPledgesForMatching(db, government.id);
      matcher = prepareMatcher(
        pledges.map((pledge) => ({
          id: pledge.id,
          slug: pledge.slug,
          title: pledge.title,
          quote: pledge.quote,
          topics: pledge.topics,
          leadMinistry: pledge.lead_ministry,
        })),
      );
      matchers.set(government.id, matcher);
    }
    return matcher;
  };
  const proposals: MadeProposal[] = [];
  const at = options.now.toISOString();
  for (const row of documents) {
    const evidence = evidenceOf(row, sourceTitles.get(row.source_id) ?? '');
    if (evidence) {
      for (const government of governments.filter((candidate) =>
        isWithinTerm(evidence.date, { start: candidate.term_start ?? '0000-01-01', end: candidate.term_end }),
      )) {
        for (const match of (await matcherOf(government)).match(evidence.document)) {
          const made = await propose(db, row.id, evidence, match, at);
          if (made) proposals.push(made);
        }
      }
    }
    await markMatched(db, row.id, row.content_hash);
  }
  return { matched: documents.length, proposals };
}
