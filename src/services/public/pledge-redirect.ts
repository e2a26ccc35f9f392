// The slugs a public Vorhaben had before keep leading to it (issue 16): its old addresses answer 301.
import type { Db } from '../../store/database.ts';
import { findPublicPledgeSlugByOldSlug } from '../../store/pledges.ts';

/** The slug a public Vorhaben has now, when `slug` is one it had before; undefined otherwise. */
export function renamedPublicPledge(db: Db, slug: string): Promise<string | undefined> {
  return findPublicPledgeSlugByOldSlug(db, slug);
}
