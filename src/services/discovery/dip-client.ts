// A client of the Bundestag's DIP API (docs/evidence.md): the key in the Authorization header, never in
// an address; only filters the spec names; pages followed until the cursor stops changing; 429 and 5xx
// retried with backoff; a 401 said plainly; and every answer checked against the filters asked, because
// the API answers an ignored filter with the unfiltered list.
import {
  DIP_FILTERS,
  DIP_PAGE_SIZE,
  DIP_SCHEMAS,
  listAnswerSchema,
  type DipDocument,
  type DipFilters,
  type DipResource,
} from '../../formats/dip.ts';
import { decodeBody, limitedGet, type HttpAnswer } from './http.ts';

export interface DipClientOptions {
  /** DIP_API_URL, e.g. https://search.dip.bundestag.de/api/v1 */
  baseUrl: string;
  /** DIP_API_KEY */
  apiKey: string;
  userAgent: string;
  /** The first wait before a retry; it doubles with each further one (a Retry-After wins). */
  retryBaseMs?: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  timeoutMs?: number;
}

/** 401: the key is missing, wrong or expired. */
export class DipKeyError extends Error {
  constructor() {
    super(
      'DIP refused DIP_API_KEY (401): the key is wrong or has expired; the public key changes every year at the end of May. ' +
        'Get the current one, or a personal key, at https://dip.bundestag.de/über-dip/hilfe/api',
    );
  }
}

/** An answer that cannot be right: not JSON, not the spec's shape, or outside the filters asked. */
export class DipAnswerError extends Error {}

/** A request the API refused (400, 404 on a list) or kept failing (429, 5xx, network) after every retry. */
export class DipRequestError extends Error {}

/** Retry-After waits at most this long; a longer one ends the run, and the next one tries again. */
const MAX_WAIT_MS = 120_000;
const MAX_BYTES = 20 * 1024 * 1024;

type Filters = Record<string, string | number | readonly (string | number)[]>;

/** How to tell from a document that it matches a filter; filters without a check here are taken on trust. */
const CHECKS: Record<string, (document: Record<string, unknown>, values: string[]) => boolean> = {
  'f.wahlperiode': (document, values) => document.wahlperiode === undefined || values.includes(String(document.wahlperiode)),
  'f.vorgangstyp': (document, values) => document.vorgangstyp === undefined || values.includes(String(document.vorgangstyp)),
  'f.id': (document, values) => values.includes(String(document.id)),
  'f.vorgang': (document, values) => document.vorgang_id === undefined || values.includes(String(document.vorgang_id)),
  'f.dokumentnummer': (document, values) => document.dokumentnummer === undefined || values.includes(String(document.dokumentnummer)),
  'f.beratungsstand': (document, values) => values.includes(String(document.beratungsstand)),
  // The API reads a time without zone as Berlin time; allow for that and a little clock skew.
  'f.aktualisiert.start': (document, values) => Date.parse(String(document.aktualisiert)) >= Date.parse(values[0]!) - 3 * 3600_000,
};

export class DipClient {
  private readonly baseUrl: string;
  private readonly retryBaseMs: number;
  private readonly attempts: number;
  private readonly timeoutMs: number;
  /** Requests made, for the run's report. */
  requests = 0;

  constructor(private readonly options: DipClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.retryBaseMs = options.retryBaseMs ?? 2000;
    this.attempts = options.attempts ?? 6;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** The address of a list request (without the key, which travels in a header): what a stored document says it came from. */
  address(resource: DipResource, filters: Filters = {}, cursor?: string): string {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) for (const item of [value].flat()) query.append(name, String(item));
    if (cursor !== undefined) query.set('cursor', cursor);
    const search = query.size > 0 ? `?${query}` : '';
    return `${this.baseUrl}/${resource}${search}`;
  }

  /**
   * Every page of a list, as the spec pages it: the same filters with the cursor of the last answer, until
   * the cursor stops changing. Each document is checked against the schema and the filters.
   */
  async *pages<R extends DipResource>(resource: R, filters: DipFilters<R>): AsyncGenerator<DipDocument<R>[]> {
    const checked = this.checkFilters(resource, filters as Filters);
    let cursor: string | undefined;
    let pages = 0;
    let expectedPages = Infinity;
    for (;;) {
      const answer = listAnswerSchema.safeParse(await this.json(this.address(resource, checked, cursor)));
      if (!answer.success)
        throw new DipAnswerError(`DIP answered /${resource} with something that is not a list: ${answer.error.issues[0]?.message}`);
      const { documents, numFound } = answer.data;
      if (documents.length > DIP_PAGE_SIZE)
        throw new DipAnswerError(
          `DIP answered /${resource} with ${documents.length} documents on one page, more than the ${DIP_PAGE_SIZE} the spec allows`,
        );
      // However the API pages, it cannot need more pages than its first page's size lets the announced number fill.
      if (pages === 0 && documents.length > 0) expectedPages = Math.ceil(numFound / documents.length) + 2;
      const parsed = documents.map((document, index) => this.document(resource, document, `documents[${index}]`));
      this.checkAnswer(resource, checked, parsed);
      if (parsed.length > 0) yield parsed;
      if (answer.data.cursor === cursor || documents.length === 0) return;
      cursor = answer.data.cursor;
      if (++pages > expectedPages)
        throw new DipAnswerError(`DIP's cursor for /${resource} kept changing past the ${numFound} documents it announced`);
    }
  }

  /** All documents of a list. */
  async list<R extends DipResource>(resource: R, filters: DipFilters<R>): Promise<DipDocument<R>[]> {
    const all: DipDocument<R>[] = [];
    for await (const page of this.pages(resource, filters)) all.push(...page);
    return all;
  }

  /** One document by id; undefined when the API does not know it. */
  async get<R extends DipResource>(resource: R, id: string): Promise<DipDocument<R> | undefined> {
    if (!/^\d+$/.test(id)) throw new DipRequestError(`/${resource}/${id}: ids are numbers`);
    const body = await this.json(`${this.baseUrl}/${resource}/${id}`, { notFound: true });
    if (body === undefined) return undefined;
    const document = this.document(resource, body, resource);
    if (String(document.id) !== id) throw new DipAnswerError(`DIP answered /${resource}/${id} with ${resource} ${String(document.id)}`);
    return document;
  }

  private checkFilters(resource: DipResource, filters: Filters): Filters {
    const known: Record<string, string> = DIP_FILTERS[resource];
    const sent: Filters = {};
    for (const [name, value] of Object.entries(filters)) {
      if (!Object.hasOwn(known, name))
        throw new DipRequestError(`/${resource} has no filter ${name} in the DIP spec; the API would ignore it and answer everything`);
      if (Array.isArray(value) && value.length > 1 && known[name] !== 'many')
        throw new DipRequestError(`/${resource}: ${name} takes one value`);
      if (Array.isArray(value) && value.length === 0) continue;
      sent[name] = value;
    }
    return sent;
  }

  private checkAnswer(resource: DipResource, filters: Filters, documents: Record<string, unknown>[]): void {
    for (const [name, value] of Object.entries(filters)) {
      const check = CHECKS[name];
      if (!check) continue;
      const values = [value].flat().map(String);
      const outside = documents.find((document) => !check(document, values));
      if (outside) {
        throw new DipAnswerError(
          `DIP answered /${resource} with ${resource} ${String(outside.id)}, which is outside ${name}=${values.join(',')}: ` +
            'the API seems to ignore that filter (it answers unknown filters with everything); nothing of this answer is used',
        );
      }
    }
  }

  private document<R extends DipResource>(resource: R, value: unknown, where: string): DipDocument<R> {
    const parsed = DIP_SCHEMAS[resource].safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DipAnswerError(
        `DIP answered /${resource} with a ${resource} the spec does not allow: ${where}.${issue.path.join('.')}: ${issue.message}`,
      );
    }
    return parsed.data as DipDocument<R>;
  }

  /** GET with the key and our User-Agent; 429, 5xx and network failures are retried with backoff. */
  private async json(url: string, options: { notFound?: boolean } = {}): Promise<unknown> {
    const headers = { Authorization: `ApiKey ${this.options.apiKey}`, Accept: 'application/json', 'User-Agent': this.options.userAgent };
    let last = '';
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      let answer: HttpAnswer | undefined;
      try {
        this.requests++;
        answer = await limitedGet(url, headers, { timeoutMs: this.timeoutMs, maxBytes: MAX_BYTES });
      } catch (error) {
        last = (error as Error).message;
      }
      if (answer) {
        if (answer.status === 200) {
          try {
            return JSON.parse(decodeBody(answer)) as unknown;
          } catch {
            throw new DipAnswerError(`DIP answered ${url} with something that is not JSON`);
          }
        }
        if (answer.status === 401) throw new DipKeyError();
        if (answer.status === 404 && options.notFound) return undefined;
        if (answer.status !== 429 && answer.status < 500)
          throw new DipRequestError(`DIP refused ${url}: ${answer.status} ${messageOf(answer)}`.trim());
        last = `${answer.status} ${messageOf(answer)}`.trim();
      }
      if (attempt === this.attempts) break;
      const wait = answer ? retryAfterMs(answer.headers.get('retry-after')) : undefined;
      if (wait !== undefined && wait > MAX_WAIT_MS) break;
      await new Promise((resolve) => setTimeout(resolve, wait ?? this.retryBaseMs * 2 ** (attempt - 1)));
    }
    throw new DipRequestError(`DIP did not answer ${url} after ${this.attempts} attempts (last: ${last}); the next run tries again`);
  }
}

function messageOf(answer: HttpAnswer): string {
  try {
    const body = JSON.parse(decodeBody(answer)) as { message?: unknown };
    return typeof body.message === 'string' ? body.message.slice(0, 300) : '';
  } catch {
    return '';
  }
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
