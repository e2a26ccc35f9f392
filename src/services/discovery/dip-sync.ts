// Syncing one Wahlperiode of the DIP: the legislative Vorgänge changed since the last sync (less an
// overlap, since changes take a while to appear), their Vorgangspositionen, and the Drucksachen their
// important steps cite, each Vorgang stored raw as one document.
import { createHash } from 'node:crypto';
import { vorgangPageUrl, type Drucksache, type Vorgang, type Vorgangsposition } from '../../formats/dip.ts';
import type { Db } from '../../store/database.ts';
import { findDocument, saveDocument } from '../../store/evidence-documents.ts';
import type { EvidenceSource } from '../../store/schema-evidence.ts';
import type { DipClient } from './dip-client.ts';

/** The Vorgangstypen whose state says something about a Vorhaben's status (docs/evidence.md). */
export const DIP_VORGANGSTYPEN = ['Gesetzgebung'] as const;

/** Changes take about 15 minutes to appear in the API: each sync asks again for the hour before the last one began. */
export const DIP_OVERLAP_MS = 3600_000;

/** What is stored of a Vorgang: the Vorgang, all its steps known so far and the Drucksachen they cite. */
export interface StoredVorgang {
  vorgang: Vorgang;
  positionen: Vorgangsposition[];
  drucksachen: Drucksache[];
}

export interface SyncOptions {
  now: Date;
  /** YYYY-MM-DD: everything changed since that day (Berlin), instead of since the last sync. */
  since?: string;
  onPage?: (what: string) => void;
}

export interface SyncOutcome {
  /** Vorgänge read. */
  documents: number;
  /** Of them new or changed. */
  changed: number;
  /** When this sync began: the next one asks for changes since a little before it. */
  syncedUntil: string;
}

/** DIP times: without fraction, with an explicit zone, as the spec's examples write them. */
const dipTime = (iso: string) => `${iso.slice(0, 19)}+00:00`;

export async function syncDipSource(
  db: Db,
  client: DipClient,
  source: EvidenceSource,
  wahlperiode: number,
  options: SyncOptions,
): Promise<SyncOutcome> {
  const syncedUntil = options.now.toISOString();
  const start = options.since
    ? `${options.since}T00:00:00`
    : source.synced_until
      ? dipTime(new Date(Date.parse(source.synced_until) - DIP_OVERLAP_MS).toISOString())
      : undefined;
  const filters = {
    'f.wahlperiode': [wahlperiode],
    'f.vorgangstyp': [...DIP_VORGANGSTYPEN],
    ...(start ? { 'f.aktualisiert.start': start } : {}),
  };

  const vorgaenge = new Map<string, Vorgang>();
  for await (const page of client.pages('vorgang', filters)) {
    for (const vorgang of page) vorgaenge.set(vorgang.id, vorgang);
    options.onPage?.(`${vorgaenge.size} Vorgänge`);
  }
  const steps = new Map<string, Vorgangsposition[]>();
  let stepCount = 0;
  for await (const page of client.pages('vorgangsposition', filters)) {
    for (const step of page) steps.set(step.vorgang_id, [...(steps.get(step.vorgang_id) ?? []), step]);
    stepCount += page.length;
    options.onPage?.(`${stepCount} Vorgangspositionen`);
  }

  const touched: StoredVorgang[] = [];
  for (const id of new Set([...vorgaenge.keys(), ...steps.keys()])) {
    const stored = await findDocument(db, source.id, id);
    const before = stored ? (JSON.parse(stored.raw) as StoredVorgang) : undefined;
    const vorgang = vorgaenge.get(id) ?? before?.vorgang ?? (await client.get('vorgang', id));
    if (!vorgang || vorgang.wahlperiode !== wahlperiode || !(DIP_VORGANGSTYPEN as readonly string[]).includes(vorgang.vorgangstyp))
      continue;
    const positionen = new Map((before?.positionen ?? []).map((step) => [step.id, step]));
    for (const step of steps.get(id) ?? []) positionen.set(step.id, step);
    touched.push({ vorgang, positionen: [...positionen.values()].sort(byId), drucksachen: before?.drucksachen ?? [] });
  }
  await addCitedDrucksachen(client, touched);

  let changed = 0;
  for (let from = 0; from < touched.length; from += 50) {
    await db.transaction().execute(async (trx) => {
      for (const record of touched.slice(from, from + 50)) {
        const raw = JSON.stringify(record);
        const latest = [record.vorgang.datum ?? '', ...record.positionen.map((step) => step.datum)].sort().at(-1) || null;
        const saved = await saveDocument(
          trx,
          {
            sourceId: source.id,
            kind: 'dip-vorgang',
            externalId: record.vorgang.id,
            title: record.vorgang.titel,
            date: latest,
            url: vorgangPageUrl(record.vorgang),
            raw,
            fetchedFrom: client.address('vorgang', { 'f.id': record.vorgang.id }),
            contentHash: createHash('sha256').update(raw).digest('hex'),
          },
          syncedUntil,
        );
        if (saved.changed) changed++;
      }
    });
  }
  return { documents: touched.length, changed, syncedUntil };
}

const byId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);

/** The Drucksachen of the important steps (`gang`), fetched a hundred at a time, once per Vorgang. */
async function addCitedDrucksachen(client: DipClient, records: StoredVorgang[]): Promise<void> {
  const wanted = new Map<string, StoredVorgang[]>();
  for (const record of records) {
    const known = new Set(record.drucksachen.map((drucksache) => drucksache.id));
    for (const step of record.positionen) {
      if (!step.gang || step.fundstelle.dokumentart !== 'Drucksache' || known.has(step.fundstelle.id)) continue;
      known.add(step.fundstelle.id);
      wanted.set(step.fundstelle.id, [...(wanted.get(step.fundstelle.id) ?? []), record]);
    }
  }
  const ids = [...wanted.keys()];
  for (let from = 0; from < ids.length; from += 100) {
    for (const drucksache of await client.list('drucksache', { 'f.id': ids.slice(from, from + 100) })) {
      for (const record of wanted.get(drucksache.id) ?? []) record.drucksachen = [...record.drucksachen, drucksache].sort(byId);
    }
  }
}
