// `/admin`: where the work is — candidates to review per chapter, open suggestions, drafts.
import type { FC } from 'hono/jsx';
import type { Dashboard } from '../../services/admin/dashboard.ts';
import { Layout } from '../views/layout.tsx';
import { adminMessages } from '../i18n/admin/catalogue.ts';
import { TableHead } from '../views/table-head.tsx';

const t = adminMessages.dashboard;

export const DashboardPage: FC<{ dashboard: Dashboard }> = ({ dashboard }) => (
  <Layout title={t.title} area="admin" current="dashboard">
    <h1>{t.heading}</h1>
    {dashboard.agreementTitle ? <p class="lead">{dashboard.agreementTitle}</p> : <p>{t.noAgreement}</p>}
    {dashboard.canEditContent ? (
      <>
        <ul class="work-summary">
          <li>
            <a href="/admin/hinweise">{t.openSuggestions(dashboard.openSuggestions)}</a>
          </li>
          <li>
            <a href="/admin/funde">{t.openProposals(dashboard.openProposals)}</a>
          </li>
          <li>
            <a href="/admin/vorhaben?entwuerfe=1">{t.draftDevelopments(dashboard.draftDevelopments)}</a>
          </li>
          <li>
            <a href="/admin/vorhaben?unveroeffentlicht=1">{t.unpublishedPledges(dashboard.unpublishedPledges)}</a>
          </li>
        </ul>
        <p>
          <a href="/admin/benachrichtigungen">{adminMessages.notifications.link}</a>
        </p>
        <h2>{t.reviewHeading}</h2>
        <div class="table-scroll">
          <table>
            <TableHead columns={[t.chapter, { text: t.reviewedColumn, number: true }, t.progress]} />
            <tbody>
              {dashboard.chapters.map((chapter) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/kapitel/${chapter.slug}/vorschlaege`}>{chapter.heading}</a>
                  </th>
                  <td class="number">
                    {chapter.decided} / {chapter.candidates}
                  </td>
                  <td>
                    <progress
                      max={Math.max(1, chapter.candidates)}
                      value={chapter.decided}
                      aria-label={`${chapter.heading}: ${t.reviewed(chapter.decided, chapter.candidates)}`}
                    >
                      {chapter.decided} / {chapter.candidates}
                    </progress>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    ) : null}
    {dashboard.ownPledges.length > 0 ? (
      <>
        <h2>{t.ownPledges}</h2>
        {dashboard.canEditContent ? null : (
          <p>
            <a href="/admin/funde">{t.openProposalsOwn(dashboard.openProposals)}</a>
          </p>
        )}
        <ul>
          {dashboard.ownPledges.map((pledge) => (
            <li>
              <a href={`/admin/vorhaben/${pledge.slug}/entwicklungen/neu`}>{t.addDevelopment(pledge.title)}</a>
            </li>
          ))}
        </ul>
      </>
    ) : null}
  </Layout>
);
