// Strict security headers for every response: our own origin only, no framing, no referrer leaks.
import type { MiddlewareHandler } from 'hono';

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
];

/** The headers every response carries, computed once. */
export function securityHeaderList(https: boolean): readonly (readonly [string, string])[] {
  const policy = https ? [...CONTENT_SECURITY_POLICY, 'upgrade-insecure-requests'] : CONTENT_SECURITY_POLICY;
  return [
    ['Content-Security-Policy', policy.join('; ')],
    ...(https ? [['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'] as const] : []),
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['X-XSS-Protection', '0'],
  ];
}

/**
 * Responses built with the headers already in place (the page cache's): setting them again would make the
 * Node adapter turn its light response into a full one, the largest cost of a cached page.
 */
const secured = new WeakSet<Response>();

export function markSecured(response: Response): Response {
  secured.add(response);
  return response;
}

export function securityHeaders(https: boolean): MiddlewareHandler {
  const list = securityHeaderList(https);
  return async (c, next) => {
    await next();
    if (secured.has(c.res)) return;
    const headers = c.res.headers;
    for (const [name, value] of list) headers.set(name, value);
    headers.delete('X-Powered-By');
  };
}
