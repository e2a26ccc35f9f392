// Which agreement a request names for the pages that show one (see agreement-routes.tsx).
import type { Context } from 'hono';
import type { AppEnv } from '../session.ts';
import { PARAMS } from './pledge-list/query.ts';

/** The agreement the URL names: in the path (/vertrag/SLUG/…), else by the older `?vertrag=`; undefined leaves the choice to the site. */
export function requestedAgreement(c: Context<AppEnv>): string | undefined {
  return c.req.param('agreement') ?? c.req.query(PARAMS.agreement);
}
