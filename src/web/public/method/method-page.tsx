// `/methode` and `/en/method`: what a Vorhaben is, what each status means and needs as evidence, the rating,
// who edits, how to contribute, and the data's licence. Status badges link to their row here.
import type { FC } from 'hono/jsx';
import { STATUSES } from '../../../domain/status.ts';
import { paths } from '../../../services/public/paths.ts';
import { subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { Layout } from '../../views/layout.tsx';
import { safeHref } from '../../views/safe-href.ts';
import { StatusBadge } from '../../views/status-badge.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { messages } from './messages.ts';
import { TableHead } from '../../views/table-head.tsx';

export const MethodPage: FC<{ licence: { name: string; url: string | null } }> = ({ licence }) => {
  const { locale, href, staticSite } = usePageContext();
  const t = messages[locale];
  const licenceHref = licence.url ? safeHref(licence.url) : undefined;
  return (
    <Layout
      title={t.title}
      description={t.description}
      alternatePath={locale === 'en' ? paths.method() : paths.methodInEnglish()}
      current="method"
    >
      <h1>{t.title}</h1>
      <p class="lead">{t.description}</p>
      <section aria-labelledby="vorhaben">
        <h2 id="vorhaben">{t.pledgeHeading}</h2>
        <p>{t.pledgeText}</p>
      </section>
      <section aria-labelledby="status">
        <h2 id="status">{t.statusHeading}</h2>
        <p>{t.statusText}</p>
        <table class="method-statuses">
          <TableHead columns={[t.statusColumn, t.meansColumn, t.evidenceColumn]} />
          <tbody>
            {STATUSES.map((status) => (
              <tr id={`status-${status}`}>
                <th scope="row">
                  <StatusBadge status={status} linked={false} />
                </th>
                <td data-label={t.meansColumn}>{t.statuses[status].means}</td>
                <td data-label={t.evidenceColumn}>{t.statuses[status].evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="bewertung">
        <h2 id="bewertung">{t.ratingHeading}</h2>
        <p>{t.ratingText}</p>
      </section>
      <section aria-labelledby="redaktion">
        <h2 id="redaktion">{t.editorsHeading}</h2>
        <p>{t.editorsText}</p>
      </section>
      <section aria-labelledby="beitragen">
        <h2 id="beitragen">{t.suggestHeading}</h2>
        <p>{t.suggestText}</p>
        <p>
          {t.followText} {staticSite ? null : <a href={href(subscriptionPaths.subscribe())}>{t.followLink}</a>}
        </p>
      </section>
      <section aria-labelledby="lizenz">
        <h2 id="lizenz">{t.licenceHeading}</h2>
        <p>
          {t.licenceText}{' '}
          {licenceHref ? (
            <a href={licenceHref} rel="license">
              {licence.name}
            </a>
          ) : (
            licence.name
          )}
          . <a href={href(paths.data())}>{t.downloadsLink}</a>
        </p>
      </section>
    </Layout>
  );
};
