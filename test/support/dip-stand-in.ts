// A stand-in for the Bundestag's DIP API on loopback, as its OpenAPI 1.3 document and help page describe
// it: the key (Authorization: ApiKey …, or ?apikey=) or 401; lists sorted by date then id, newest first,
// `pageSize` documents a page, a cursor to repeat with the same filters until it stops changing (an
// unreadable one is 400); the filters discovery uses, with the spec's semantics (repeatable ones OR-ed,
// f.datum.* taking dates only); unknown filters silently ignored, as the API does; by-id endpoints with
// 404; and, on request, 429 and 5xx answers, or a filter the stand-in ignores like an unknown one.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DipRecords } from './dip-fixtures.ts';

type Json = Record<string, unknown>;

export const STAND_IN_KEY = 'TestKeyOfTheStandIn.NotTheDipsPublicKey0042';

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

const RESOURCES = { vorgang: 'vorgaenge', vorgangsposition: 'positionen', drucksache: 'drucksachen' } as const;
type Resource = keyof typeof RESOURCES;

/** A time as the API reads it: with a zone as given, without one as Berlin time (CET/CEST guessed by month). */
function instant(value: string): number {
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) return Date.parse(value);
  const month = Number(value.slice(5, 7));
  return Date.parse(`${value}${month >= 4 && month <= 10 ? '+02:00' : '+01:00'}`);
}

export class DipStandIn {
  records: DipRecords;
  pageSize = 100;
  key = STAND_IN_KEY;
  readonly requests: RecordedRequest[] = [];
  /** Filters this stand-in ignores as if it did not know them (the API's behaviour for unknown names). */
  readonly ignoring = new Set<string>();
  private readonly faults: { resource: string; status: number; times: number; retryAfter?: string }[] = [];
  private server: Server | undefined;
  url = '';

  constructor(records: DipRecords) {
    this.records = records;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => this.answer(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v1`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server?.closeAllConnections();
  }

  /** The next `times` requests to the resource's list or documents answer with `status`. */
  failNext(resource: Resource, status: number, times = 1, retryAfter?: string): void {
    this.faults.push({ resource, status, times, retryAfter });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Requests to a resource's list, for assertions. */
  listRequests(resource: Resource): RecordedRequest[] {
    return this.requests.filter((request) => request.path === `/api/v1/${resource}`);
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    this.requests.push({ path: url.pathname, query: url.searchParams, headers: request.headers });
    const send = (status: number, body: Json, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET') return send(405, { code: 405, message: 'Method not allowed' });
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('ApiKey ') ? header.slice('ApiKey '.length) : url.searchParams.get('apikey');
    if (given !== this.key) {
      return send(401, {
        code: 401,
        message:
          'An API key is required to access this service. Please refer to https://dip.bundestag.de/über-dip/hilfe/api how to apply for a key. Misuse of this service may lead to blocking your requests.',
      });
    }
    const match = /^\/api\/v1\/(vorgang|vorgangsposition|drucksache)(?:\/(\d+))?$/.exec(url.pathname);
    if (!match) return send(404, { code: 404, message: 'Not found' });
    const resource = match[1] as Resource;
    const fault = this.faults.find((entry) => entry.resource === resource && entry.times > 0);
    if (fault) {
      fault.times--;
      return send(
        fault.status,
        { code: fault.status, message: fault.status === 429 ? 'Too many requests' : 'Service unavailable' },
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
      );
    }
    const all = this.records[RESOURCES[resource]];
    if (match[2]) {
      const document = all.find((entry) => entry.id === match[2]);
      return document ? send(200, document) : send(404, { code: 404, message: 'Die angefragte Entität wurde nicht gefunden' });
    }
    const problem = this.badFilter(url.searchParams);
    if (problem) return send(400, { code: 400, message: problem });
    const found = all
      .filter((document) => this.matches(resource, document, url.searchParams))
      .sort((a, b) => String(b.datum).localeCompare(String(a.datum)) || Number(b.id) - Number(a.id));
    const cursor = url.searchParams.get('cursor');
    let offset = 0;
    if (cursor !== null) {
      const decoded = /^o(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
      if (!decoded) return send(400, { code: 400, message: 'Invalid cursor' });
      offset = Number(decoded[1]);
    }
    const page = found.slice(offset, offset + this.pageSize);
    const next = page.length === 0 && cursor !== null ? cursor : Buffer.from(`o${offset + page.length}`).toString('base64url');
    send(200, { numFound: found.length, cursor: next, documents: page });
  }

  private badFilter(query: URLSearchParams): string | undefined {
    for (const name of ['f.datum.start', 'f.datum.end']) {
      const value = query.get(name);
      if (value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return `Invalid date in ${name}: ${value}`;
    }
    for (const name of ['f.aktualisiert.start', 'f.aktualisiert.end']) {
      const value = query.get(name);
      if (value !== null && Number.isNaN(instant(value))) return `Invalid date-time in ${name}: ${value}`;
    }
    return undefined;
  }

  private matches(resource: Resource, document: Json, query: URLSearchParams): boolean {
    const values = (name: string) => (this.ignoring.has(name) ? [] : query.getAll(name));
    const anyOf = (name: string, actual: unknown) => {
      const wanted = values(name);
      return wanted.length === 0 || wanted.includes(String(actual));
    };
    const wahlperiode =
      resource === 'vorgangsposition'
        ? this.records.vorgaenge.find((vorgang) => vorgang.id === document.vorgang_id)?.wahlperiode
        : document.wahlperiode;
    const [start] = values('f.aktualisiert.start');
    const [end] = values('f.aktualisiert.end');
    const [from] = values('f.datum.start');
    const [to] = values('f.datum.end');
    const [vorgang] = values('f.vorgang');
    return (
      anyOf('f.wahlperiode', wahlperiode) &&
      anyOf('f.vorgangstyp', document.vorgangstyp) &&
      anyOf('f.id', document.id) &&
      anyOf('f.dokumentnummer', document.dokumentnummer ?? (document.fundstelle as Json | undefined)?.dokumentnummer) &&
      anyOf('f.beratungsstand', document.beratungsstand) &&
      (vorgang === undefined || document.vorgang_id === vorgang) &&
      (start === undefined || Date.parse(String(document.aktualisiert)) >= instant(start)) &&
      (end === undefined || Date.parse(String(document.aktualisiert)) <= instant(end)) &&
      (from === undefined || String(document.datum) >= from) &&
      (to === undefined || String(document.datum) <= to)
    );
  }
}
