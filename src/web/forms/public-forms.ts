// CSRF for the public router as its first middleware, so that no route can leave it out: a request
// that may change something (any method but GET, HEAD and OPTIONS) is taken only as a form of ours,
// and refused with 403 before any handler runs. Form pages carry the double-submit token (csrf.ts).
// The small forms on pledge, chapter, topic and ministry pages cannot: those pages are cached and
// shared, so a form without the token passes when the browser's Sec-Fetch-Site or Origin names our
// own origin. Exemptions are named by path, each for a reason the route table gives. A refused form
// comes back on its own page, the input kept and with a fresh token, where the route module that owns
// it registered that page; anywhere else the refusal is the error page.
import type { Context, MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../../domain/errors.ts';
import { localeOfPath, unlocalisedPath } from '../i18n/locale.ts';
import type { AppEnv } from '../session.ts';
import { checkAnonymousFormToken } from './csrf.ts';
import { formMessages } from './messages.ts';
import { formFields } from './request-limits.ts';

export interface RefusedForm {
  /** The text fields as sent. */
  fields: Record<string, string>;
  /** The parameters of the page's route pattern, e.g. `slug`. */
  params: Record<string, string>;
  /** Why the form is back, in the reader's language. */
  notice: string;
}

/** Renders a refused form's page again, with status 403. */
export type ShowAgain = (c: Context<AppEnv>, refused: RefusedForm) => Promise<Response>;

export interface PublicForms {
  /** The middleware, on the public router before every route. */
  readonly guard: MiddlewareHandler<AppEnv>;
  /** Where a refused form of the route pattern (as the public router names it: "/vorhaben/:slug/hinweis") is shown again. */
  showAgain(pattern: string, page: ShowAgain): void;
}

export interface PublicFormOptions {
  baseUrl: string;
  /** Route patterns whose requests need no token and no origin of ours. */
  exempt: readonly string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The parameters of a route pattern for a path (both without the language prefix), or undefined if it does not match. */
function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index]!;
    if (part.startsWith(':') && value !== '') params[part.slice(1)] = value;
    else if (part !== value) return undefined;
  }
  return params;
}

/** The browser says the form was sent from one of our own pages. */
function fromOwnPage(c: Context<AppEnv>, baseUrl: string): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site) return site === 'same-origin';
  const origin = c.req.header('Origin');
  return origin !== undefined && (origin === new URL(baseUrl).origin || origin === new URL(c.req.url).origin);
}

/** The token, else the browser's word; a body over the limits is a 413, never taken for a missing token. */
async function isGenuineForm(c: Context<AppEnv>, baseUrl: string): Promise<boolean> {
  try {
    await checkAnonymousFormToken(c);
    return true;
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return fromOwnPage(c, baseUrl);
  }
}

export function publicForms(options: PublicFormOptions): PublicForms {
  const pages: { pattern: string; page: ShowAgain }[] = [];
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const path = unlocalisedPath(c.req.path);
    if (options.exempt.some((pattern) => matchPattern(pattern, path))) return next();
    if (await isGenuineForm(c, options.baseUrl)) return next();
    const notice = formMessages[localeOfPath(c.req.path)].resend;
    for (const { pattern, page } of pages) {
      const params = matchPattern(pattern, path);
      if (params) return page(c, { fields: await formFields(c), params, notice });
    }
    throw new ForbiddenError(notice);
  };
  return {
    guard,
    showAgain: (pattern, page) => {
      pages.push({ pattern, page });
    },
  };
}
