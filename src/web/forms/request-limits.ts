// How much a request may send: a body over the limit is refused with 413 before it is read (by its
// Content-Length, or while a chunked body streams in), so that nobody can make the server hold a huge
// form in memory; a form with too many fields is refused once read. Forms of the back office, sent by
// signed-in users, may be larger; every other request, the sign-in form included, has the public limit.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../../domain/errors.ts';
import type { AppEnv } from '../session.ts';

interface FormLimits {
  bytes: number;
  fields: number;
}

const PUBLIC_FORM_LIMITS: FormLimits = { bytes: 64 * 1024, fields: 100 };
const EDITOR_FORM_LIMITS: FormLimits = { bytes: 1024 * 1024, fields: 1000 };

function limitsOf(c: Context<AppEnv>): FormLimits {
  const backOffice = c.req.path === '/admin' || c.req.path.startsWith('/admin/');
  return backOffice && c.get('user') !== undefined ? EDITOR_FORM_LIMITS : PUBLIC_FORM_LIMITS;
}

/** Refuses bodies over the request's limit; after loadSession, which tells who is signed in. */
export function bodyLimits(): MiddlewareHandler<AppEnv> {
  const limited = new Map(
    [PUBLIC_FORM_LIMITS, EDITOR_FORM_LIMITS].map((limits) => [
      limits,
      bodyLimit({
        maxSize: limits.bytes,
        onError: () => {
          throw new PayloadTooLargeError(limits.bytes);
        },
      }),
    ]),
  );
  // GET and HEAD bodies are never read; asking for one would make the Node adapter build a full Request.
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limited.get(limitsOf(c))!(c, next));
}

export type FormBody = Record<string, string | File | (string | File)[]>;

/** The submitted form (urlencoded or multipart), every value of a repeated name kept; too many fields are refused. */
export async function formBody(c: Context<AppEnv>): Promise<FormBody> {
  const body = (await c.req.parseBody({ all: true })) as FormBody;
  const limits = limitsOf(c);
  let fields = 0;
  for (const value of Object.values(body)) fields += Array.isArray(value) ? value.length : 1;
  if (fields > limits.fields) throw new PayloadTooLargeError(limits.bytes);
  return body;
}

/** The last text value of a field, as a form without repeated names sends it. */
export function lastText(value: FormBody[string] | undefined): string | undefined {
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : undefined;
}

/** The text fields of a form, each by its last value; files and the like are left out. */
export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(await formBody(c))) {
    const text = lastText(value);
    if (text !== undefined) fields[name] = text;
  }
  return fields;
}
