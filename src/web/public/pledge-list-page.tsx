// `/vorhaben`: every published pledge, grouped by chapter.
import type { FC } from 'hono/jsx';
import type { PledgeListChapter } from '../../services/public/pledge-list.ts';
import { Layout } from '../views/layout.tsx';
import { StatusBadge } from '../views/status-badge.tsx';
import { usePageContext } from '../views/page-context.ts';
import { useLinks } from '../views/links.ts';

export const PledgeListPage: FC<{ total: number; chapters: PledgeListChapter[] }> = ({ total, chapters }) => {
  const { t: messages } = usePageContext();
  const t = messages.pledgeList;
  const link = useLinks();
  return (
  <Layout title={t.heading} current="pledges">
    <h1>{t.heading}</h1>
    <p>{t.intro(total)}</p>
    {chapters.map((chapter, index) => (
      <section aria-labelledby={`kapitel-${index}`}>
        <h2 id={`kapitel-${index}`}>
          <a href={link.chapter(chapter.slug)}>{chapter.heading}</a>
        </h2>
        <ul>
          {chapter.pledges.map((pledge) => (
            <li>
              <a href={link.pledge(pledge.slug)}>{pledge.title}</a> <StatusBadge status={pledge.status} />
            </li>
          ))}
        </ul>
      </section>
    ))}
  </Layout>
  );
};
