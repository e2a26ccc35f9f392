// The pages the page cache keeps (page-cache.ts fills it, fast-path.ts answers from it before the router):
// prepared bytes and headers per key, of one content version and day, bounded in bytes with the least
// recently used going first; gzip and brotli copies made once per entry, off the event loop; and one
// rendering per key at a time, which the other requests for it wait for.
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { matchesEtag } from './etag.ts';

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Smaller bodies gain less from compression than their headers cost. */
const MIN_COMPRESSED_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|atom\+xml|rss\+xml|feed\+json|javascript|manifest\+json)|image\/svg\+xml)/;
/**
 * Brotli at 9 comes close to 11 on our pages (about 5 % larger) at a tenth of the time; the copies are made
 * once per page and content version, but on two cores every millisecond of it is taken from a request.
 */
const BROTLI_QUALITY = 9;
const GZIP_LEVEL = 9;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export type Encoding = 'br' | 'gzip';

interface Variant {
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface PageEntry {
  version: number;
  /** The day of the app clock: pages show the term's progress and what is overdue. */
  day: string;
  status: number;
  /** Lower-case names, the security headers, Vary and the ETag included: handed to Node as they are. */
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** The compressed copies, once made (never for small bodies or types that do not compress). */
  variants: Partial<Record<Encoding, Variant>>;
  /** About what the entry holds in memory: bodies, key and headers. */
  bytes: number;
}

/** What to send: the status, the headers and the body (null: none, for 304). */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export class PageStore {
  readonly #entries = new Map<string, PageEntry>();
  readonly #rendering = new Map<string, { version: number; day: string; done: Promise<PageEntry | undefined> }>();
  readonly #compressing = new Set<Promise<void>>();
  readonly #maxBytes: number;
  #total = 0;

  constructor(maxBytes = DEFAULT_MAX_BYTES) {
    this.#maxBytes = maxBytes;
  }

  /** The entry of `key` when it is of this version and day, made the most recently used. */
  current(key: string, version: number, day: string): PageEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined || entry.version !== version || entry.day !== day) return undefined;
    this.#entries.delete(key); // keeps the map in least-recently-used order
    this.#entries.set(key, entry);
    return entry;
  }

  /**
   * Renders `key` once for this version and day: a request that finds a rendering under way waits for it and
   * gets its entry (undefined when the answer was not one to keep, and the request renders on its own).
   */
  async renderOnce(
    key: string,
    version: number,
    day: string,
    render: () => Promise<PageEntry | undefined>,
  ): Promise<{ entry: PageEntry | undefined; waited: boolean }> {
    const running = this.#rendering.get(key);
    if (running && running.version === version && running.day === day) return { entry: await running.done, waited: true };
    const done = render();
    const flight = { version, day, done };
    this.#rendering.set(key, flight);
    try {
      const entry = await done;
      if (entry) this.#keep(key, entry);
      return { entry, waited: false };
    } finally {
      if (this.#rendering.get(key) === flight) this.#rendering.delete(key);
    }
  }

  #keep(key: string, entry: PageEntry): void {
    this.#remove(key);
    if (entry.bytes > this.#maxBytes) return;
    this.#entries.set(key, entry);
    this.#total += entry.bytes;
    while (this.#total > this.#maxBytes) this.#remove(this.#entries.keys().next().value!);
    if (compressible(entry)) {
      const compressing = this.#compress(key, entry)
        .catch(() => {})
        .finally(() => this.#compressing.delete(compressing));
      this.#compressing.add(compressing);
    }
  }

  /** Resolves once the compressed copies under way are made. */
  async compressed(): Promise<void> {
    await Promise.all([...this.#compressing]);
  }

  #remove(key: string): void {
    this.#total -= this.#entries.get(key)?.bytes ?? 0;
    this.#entries.delete(key);
  }

  /** Makes the compressed copies in zlib's thread pool and adds them while the entry is still kept. */
  async #compress(key: string, entry: PageEntry): Promise<void> {
    const size = entry.body.byteLength;
    const [br, gz] = await Promise.all([
      brotli(entry.body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: size,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
      gzipped(entry.body, { level: GZIP_LEVEL }),
    ]);
    if (this.#entries.get(key) !== entry) return;
    for (const [encoding, body] of [
      ['br', br],
      ['gzip', gz],
    ] as const) {
      if (body.byteLength >= size) continue;
      const headers = preparedHeaders(
        { ...entry.headers, 'content-encoding': encoding, etag: variantEtag(entry.etag, encoding) },
        body.byteLength,
      );
      entry.variants[encoding] = { headers, body };
      entry.bytes += body.byteLength;
      this.#total += body.byteLength;
    }
    while (this.#total > this.#maxBytes) this.#remove(this.#entries.keys().next().value!);
  }
}

/**
 * Headers as both ways of answering send them: in the order web Headers keep (by name), with the body's
 * length, which Node would otherwise not send once the head is written.
 */
export function preparedHeaders(headers: Record<string, string>, length: number): Record<string, string> {
  const all: Record<string, string> = { ...headers, 'content-length': String(length) };
  const sorted: Record<string, string> = {};
  for (const name of Object.keys(all).sort()) sorted[name] = all[name]!;
  return sorted;
}

/** Whether copies of the entry are worth making; such entries say `Vary: Accept-Encoding` from the start. */
export function compressible(entry: Pick<PageEntry, 'status' | 'headers' | 'body'>): boolean {
  return (
    entry.body.byteLength >= MIN_COMPRESSED_BYTES &&
    COMPRESSIBLE.test(entry.headers['content-type'] ?? '') &&
    entry.headers['content-encoding'] === undefined
  );
}

/** The ETag of a compressed copy: another representation, so another tag (RFC 9110 8.8.3). */
export function variantEtag(etag: string, encoding: Encoding): string {
  return `${etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/**
 * The answer to a request with these headers: the best copy the client accepts, 304 when it names the
 * ETag of this copy or of the uncompressed body (the same content).
 */
export function answerOf(entry: PageEntry, ifNoneMatch: string | undefined, acceptEncoding: string | undefined): Answer {
  const variant = acceptEncoding === undefined ? undefined : chooseVariant(entry, acceptEncoding);
  const headers = variant?.headers ?? entry.headers;
  const notModified =
    entry.status === 200 &&
    ifNoneMatch !== undefined &&
    (matchesEtag(ifNoneMatch, headers['etag']!) || matchesEtag(ifNoneMatch, entry.etag));
  if (notModified) return { status: 304, headers, body: null };
  return { status: entry.status, headers, body: variant?.body ?? entry.body };
}

function chooseVariant(entry: PageEntry, acceptEncoding: string): Variant | undefined {
  const encoding = preferredEncoding(acceptEncoding, entry.variants);
  return encoding === undefined ? undefined : entry.variants[encoding];
}

/** Of the copies there are, the one the client takes: brotli before gzip; none when it accepts neither. */
export function preferredEncoding(acceptEncoding: string | undefined, available: Partial<Record<Encoding, unknown>>): Encoding | undefined {
  if (acceptEncoding === undefined || (available.br === undefined && available.gzip === undefined)) return undefined;
  const accepted = acceptedEncodings(acceptEncoding);
  if (available.br !== undefined && accepted.has('br')) return 'br';
  if (available.gzip !== undefined && accepted.has('gzip')) return 'gzip';
  return undefined;
}

/** The codings named without `q=0` (RFC 9110 12.5.3); `*` stands for those not named otherwise. */
function acceptedEncodings(header: string): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  let any = false;
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim());
    if (!name) continue;
    const zero = parameters.some((parameter) => /^q=0(?:\.0{0,3})?$/.test(parameter));
    if (name === '*') any = !zero;
    else (zero ? refused : accepted).add(name);
  }
  if (any) for (const name of ['br', 'gzip']) if (!refused.has(name)) accepted.add(name);
  return accepted;
}
