// `/vorhaben/` → `/vorhaben`, `/en/` → `/en`: a path with trailing slashes is sent, permanently, to the
// one without them. The address stays relative to this site; a path that would then begin with `//`
// (a host, to a browser) is not redirected.
import type { MiddlewareHandler } from 'hono';

export function withoutTrailingSlash(): MiddlewareHandler {
  return async (c, next) => {
    const { pathname, search } = new URL(c.req.url);
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && pathname.length > 1 && pathname.endsWith('/')) {
      const trimmed = pathname.replace(/\/+$/, '');
      if (trimmed !== '' && !trimmed.startsWith('//')) return c.redirect(`${trimmed}${search}`, 301);
    }
    await next();
  };
}
