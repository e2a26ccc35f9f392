// Conditional GET: whether the client's If-None-Match names the ETag it has (weak comparison, RFC 9110 13.1.2).
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string) => tag.replace(/^W\//, '');
  return ifNoneMatch.split(/\s*,\s*/).some((given) => given === '*' || opaque(given) === opaque(etag));
}
