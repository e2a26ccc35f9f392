// An archived government (active: false) next to the page-test site: a chapter with a Vorhaben,
// a published and a draft development, open candidates and an open suggestion.
import { importAgreementFiles } from '../../src/services/import-agreement.ts';
import type { Store } from '../../src/store/database.ts';
import { findPledgeBySlug } from '../../src/store/pledges.ts';
import { chapterText, writeChapterFolder } from './chapter-file.ts';
import type { TestDialect } from './dialects.ts';
import { buildSuggestion, buildDevelopment } from './factories.ts';
import { testSite, type Site, type SiteOptions } from './site.ts';
import { seedSite, today } from './site-fixture.ts';

export const ARCHIVED_PLEDGE = 'buerokratieabbau';
export const ARCHIVED_CHAPTER = '3-1-wirtschaft';

const BODY = `
Die Wirtschaft soll wachsen.

[Wir bauen Bürokratie ab.](#buerokratieabbau) Wir werden den Mittelstand stärken. Wir führen ein Bürokratieentlastungsgesetz ein. Wir werden die Meisterausbildung kostenfrei machen.
`;

export interface ArchiveIds {
  publishedDevelopment: number;
  draftDevelopment: number;
  suggestion: number;
}

/** Imports the archived agreement kv-2018 and fills it with what the back office could act on. */
export async function seedArchive(store: Store): Promise<ArchiveIds> {
  const folder = writeChapterFolder({
    '3-1-wirtschaft.md': chapterText({
      title: '3.1 Wirtschaft',
      statements: [{ summary: 'Bürokratie abbauen', id: ARCHIVED_PLEDGE, categories: ['Wirtschaft'] }],
      body: BODY,
    }),
    'agreement.yml':
      'slug: kv-2018\ntitle: "Ein neuer Aufbruch für Europa"\ngovernment:\n  name: "Bundesregierung 2018–2021"\n  parties: [CDU, CSU, SPD]\n  term_start: 2018-03-14\n  term_end: 2021-12-08\n  active: false\n',
  });
  await importAgreementFiles(store.db, [folder], { now: today });
  const pledge = (await findPledgeBySlug(store.db, ARCHIVED_PLEDGE))!;
  const development = (title: string, publishedAt: string | null) =>
    buildDevelopment(store.db, {
      pledge,
      eventDate: '2021-06-01',
      publishedAt,
      title,
      body: `Text zu ${title}.`,
      statusChange: publishedAt ? 'in_progress' : null,
      sources: [{ url: 'https://example.org/buerokratie', title: 'Quelle', publisher: null, publishedOn: null }],
    });
  const publishedDevelopment = await development('Entlastungsgesetz beschlossen', today.toISOString());
  const draftDevelopment = await development('Entwurf aus dem Archiv', null);
  const suggestion = await buildSuggestion(store.db, {
    pledge,
    text: 'Ein später Hinweis zum Bürokratieabbau.',
    sourceUrl: 'https://example.org/spaet',
  });
  return { publishedDevelopment, draftDevelopment, suggestion };
}

/** For a describe block: the page-test site and the archive next to it, served with the fixture's clock; `ids` is filled once `before` has run. */
export function siteWithArchive(dialect: TestDialect, options: SiteOptions = {}): { site: Site; ids: ArchiveIds } {
  const ids = {} as ArchiveIds;
  const site = testSite(dialect, {
    seed: async (store) => {
      await seedSite(store);
      Object.assign(ids, await seedArchive(store));
    },
    clock: () => today,
    ...options,
  });
  return { site, ids };
}
