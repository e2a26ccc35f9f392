// The page-test site (site-fixture.ts) plus what the API and the downloads need: enough pledges
// to page through, every filter dimension, awkward text for CSV, and hidden things that must stay hidden.
import type { Store } from '../../src/store/database.ts';
import { findChapterBySlug } from '../../src/store/chapters.ts';
import { findPledgeBySlug } from '../../src/store/pledges.ts';
import type { Pledge } from '../../src/store/schema.ts';
import type { Status } from '../../src/domain/status.ts';
import { buildPledge, buildDevelopment } from './factories.ts';
import { seedSite, today } from './site-fixture.ts';

export { today };

export const HIDDEN_TEXTS = [
  'Noch geheim',
  'Entwurf einer Änderung',
  'Geheime Entwicklung',
  'https://example.org/geheim',
  'Entwurfsvorhaben',
];

interface ExtraPledge {
  slug: string;
  title: string;
  status: Status;
  rating?: number;
  deadline?: string;
  ministry?: string;
  partner?: string;
  topics?: string[];
  criterion?: string;
  published?: boolean;
}

const EXTRA_PLEDGES: ExtraPledge[] = [
  {
    slug: 'glasfaser',
    title: 'Glasfaser bis ins Haus',
    status: 'in_progress',
    rating: 2,
    deadline: '2023-01-01',
    ministry: 'Bundesministerium für Digitales und Verkehr',
    topics: ['Infrastruktur'],
  },
  {
    slug: 'mobilfunk',
    title: 'Mobilfunk ohne Funklöcher',
    status: 'implemented',
    rating: 5,
    deadline: '2023-06-30',
    ministry: 'Bundesministerium für Digitales und Verkehr',
    topics: ['Infrastruktur', 'IT-Sicherheit'],
  },
  {
    slug: 'open-data',
    title: 'Rechtsanspruch auf Open Data',
    status: 'not_started',
    deadline: '2025-01-01',
    partner: 'Open Knowledge Foundation',
    topics: ['Offene Daten'],
  },
  {
    slug: 'formel',
    title: '=HYPERLINK("https://example.org","klick")',
    status: 'broken',
    rating: 1,
    deadline: '2022-01-01',
    criterion: '+1 Gesetz, "zitiert", mit Komma\nund Zeilenumbruch',
  },
  {
    slug: 'at-zeichen',
    title: '@Digitalministerium -Zuständigkeit',
    status: 'deferred',
    deadline: '2022-12-31',
    partner: 'Open Knowledge Foundation',
  },
  { slug: 'nicht-pruefbar', title: 'Digitale Souveränität', status: 'unverifiable', rating: 3 },
  { slug: 'entwurfsvorhaben', title: 'Entwurfsvorhaben', status: 'in_progress', published: false, topics: ['Infrastruktur'] },
];

/** seedSite, then the extra pledges in chapter 2.2 and a published development of an unpublished pledge. */
export async function seedData(store: Store): Promise<void> {
  await seedSite(store);
  const { db } = store;
  const chapter = (await findChapterBySlug(db, '2-2-digitale-innovationen'))!;
  const pledges = new Map<string, Pledge>();
  for (const extra of EXTRA_PLEDGES) {
    pledges.set(
      extra.slug,
      await buildPledge(db, {
        chapter,
        slug: extra.slug,
        title: extra.title,
        status: extra.status,
        rating: extra.rating ?? null,
        deadline: extra.deadline ?? null,
        success_criterion: extra.criterion ?? null,
        ministry: extra.ministry,
        partner: extra.partner,
        topics: extra.topics,
        published: extra.published === false ? 0 : 1,
      }),
    );
  }
  await buildDevelopment(db, {
    pledge: (await findPledgeBySlug(db, 'geheim'))!,
    eventDate: '2023-01-01',
    title: 'Geheime Entwicklung',
    body: 'Nicht öffentlich.',
    statusChange: 'in_progress',
    sources: [{ url: 'https://example.org/geheim', title: 'Geheime Quelle', publisher: null, publishedOn: null }],
  });
  await buildDevelopment(db, {
    pledge: pledges.get('glasfaser')!,
    eventDate: '2023-02-01',
    title: '=Ausbau gestartet',
    body: 'Mit "Anführungszeichen", Komma\nund Zeile.',
    statusChange: 'in_progress',
    ratingChange: 2,
    sources: [
      { url: 'https://example.org/a', title: 'A', publisher: 'Bund', publishedOn: '2023-02-01' },
      { url: 'https://example.org/b', title: 'B', publisher: null, publishedOn: null },
    ],
  });
}

/** Slugs of the published pledges of the fixture. */
export const PUBLISHED_PLEDGES = [
  'verschluesselung',
  'dateninstitut',
  ...EXTRA_PLEDGES.filter((extra) => extra.published !== false).map((extra) => extra.slug),
];
