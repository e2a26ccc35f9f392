// `/methode` and `/en/method`: what a Vorhaben is, what each status means and needs as evidence, the rating,
// who edits, how to contribute, and the data's licence. Status badges link to their row here.
import type { FC } from 'hono/jsx';
import { STATUSES } from '../../../domain/status.ts';
import { paths } from '../../../services/public/paths.ts';
import { subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { Layout } from '../../views/layout.tsx';
import { LicenceLink } from '../../views/licence-link.tsx';
import { Section } from '../../views/section.tsx';
import { StatusBadge } from '../../views/status-badge.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { messages } from './messages.ts';
import { TableHead } from '../../views/table-head.tsx';

export const MethodPage: FC<{ licence: { name: string; url: string | null } }> = ({ licence }) => {
  const { locale, href, staticSite } = usePageContext();
  const t = messages[locale];
  return (
    <Layout
      title={t.title}
      description={t.description}
      alternatePath={locale === 'en' ? paths.method() : paths.methodInEnglish()}
      current="method"
    >
      <h1>{t.title}</h1>
      <p class="lead">{t.description}</p>
      <Section headingId="vorhaben" heading={t.pledgeHeading}>
        <p>{t.pledgeText}</p>
      </Section>
      <Section headingId="status" heading={t.statusHeading}>
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
      </Section>
      <Section headingId="bewertung" heading={t.ratingHeading}>
        <p>{t.ratingText}</p>
      </Section>
      <Section headingId="redaktion" heading={t.editorsHeading}>
        <p>{t.editorsText}</p>
      </Section>
      <Section headingId="beitragen" heading={t.suggestHeading}>
        <p>{t.suggestText}</p>
        <p>
          {t.followText} {staticSite ? null : <a href={href(subscriptionPaths.subscribe())}>{t.followLink}</a>}
        </p>
      </Section>
      <Section headingId="lizenz" heading={t.licenceHeading}>
        <p>
          {t.licenceText} <LicenceLink licence={licence} />. <a href={href(paths.data())}>{t.downloadsLink}</a>
        </p>
      </Section>
    </Layout>
  );
};
