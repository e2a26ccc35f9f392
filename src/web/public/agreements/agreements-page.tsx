// `/vertraege`: every government with its parties, term and agreements, each agreement linked by its own
// address (/vertrag/SLUG); archived governments are marked as no longer updated.
import type { FC } from 'hono/jsx';
import type { GovernmentRow } from '../../../services/governments.ts';
import { Layout } from '../../views/layout.tsx';
import { useLinks } from '../../views/links.ts';
import { usePageContext } from '../../views/page-context.ts';
import { siteFeed } from '../site-feed.ts';
import { messages } from './messages.ts';
import { TableHead } from '../../views/table-head.tsx';

export const AgreementsPage: FC<{ governments: GovernmentRow[] }> = ({ governments }) => {
  const { locale, t: shared } = usePageContext();
  const t = messages[locale];
  const link = useLinks();
  const date = (value: string | null) => (value ? <time datetime={value}>{shared.formatDate(value)}</time> : '…');
  return (
    <Layout title={t.heading} description={t.description} feeds={[siteFeed(shared)]}>
      <h1>{t.heading}</h1>
      <p class="lead">{t.intro}</p>
      {governments.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <TableHead columns={[t.government, t.parties, t.term, t.agreements, t.state]} />
            <tbody>
              {governments.map((government) => (
                <tr>
                  <th scope="row">{government.name}</th>
                  <td>{government.parties.join(', ') || t.none}</td>
                  <td>
                    {government.termStart || government.termEnd ? (
                      <>
                        {date(government.termStart)} – {date(government.termEnd)}
                      </>
                    ) : (
                      t.none
                    )}
                  </td>
                  <td>
                    {government.agreements.length === 0 ? (
                      t.none
                    ) : (
                      <ul class="agreement-list">
                        {government.agreements.map((agreement) => (
                          <li>
                            <a href={link.agreement(agreement.slug)}>{agreement.title}</a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{government.archived ? <strong>{t.archived}</strong> : t.active}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
};
