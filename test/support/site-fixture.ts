// A small published agreement for page tests: two chapters, pledges in several states, developments.
import { importAgreementFiles } from '../../src/services/import-agreement.ts';
import type { Store } from '../../src/store/database.ts';
import { findPledgeBySlug } from '../../src/store/pledges.ts';
import { chapterText, writeChapterFolder } from './chapter-file.ts';
import { buildDevelopment } from './factories.ts';

export const CHAPTER = '/kapitel/2-2-digitale-innovationen';
export const today = new Date('2023-12-08T12:00:00Z');

export async function seedSite(store: Store): Promise<void> {
  const folder = writeChapterFolder({
    '2-2-digitale-innovationen.md': chapterText({
      statements: [
        {
          summary: 'Recht auf Verschlüsselung',
          id: 'verschluesselung',
          categories: ['IT-Sicherheit'],
          extra:
            '    deadline: 2025-06-30\n    lead_ministry: "Bundesministerium des Innern"\n    success_criterion: "erfüllt, wenn das Recht im Gesetz steht"',
        },
        { summary: "Dateninstitut <script>alert('x')</script>", id: 'dateninstitut' },
        { summary: 'Noch geheim', id: 'geheim', extra: '    published: false' },
      ],
    }),
    '1-praeambel.md': chapterText({ title: '1. Präambel', published: false, body: '\nWir wollen mehr Fortschritt wagen.\n' }),
    'agreement.yml':
      'slug: kv-2021\ntitle: "Mehr Fortschritt wagen"\ngovernment:\n  name: "Bundesregierung 2021–2025"\n  parties: [SPD, Grüne, FDP]\n  term_start: 2021-12-08\n  term_end: 2025-12-07\n',
  });
  await importAgreementFiles(store.db, [folder], { now: today });
  const pledge = (await findPledgeBySlug(store.db, 'verschluesselung'))!;
  const development = (
    eventDate: string,
    title: string,
    publishedAt: string | null,
    statusChange: 'in_progress' | 'implemented' | null,
    ratingChange: number | null,
  ) =>
    buildDevelopment(store.db, {
      pledge,
      eventDate,
      publishedAt,
      title,
      body: `Text zu **${title}** mit [Link](https://example.org/${eventDate}).`,
      statusChange,
      ratingChange,
      sources: [
        { url: `https://example.org/quelle-${eventDate}`, title: `Quelle ${eventDate}`, publisher: 'Bundestag', publishedOn: eventDate },
      ],
    });
  await development('2022-05-01', 'Eckpunkte vorgelegt', today.toISOString(), 'in_progress', null);
  await development('2023-03-15', 'Gesetz <b>verabschiedet</b>', today.toISOString(), 'implemented', 4);
  await development('2023-11-01', 'Entwurf einer Änderung', null, 'in_progress', null);
}
