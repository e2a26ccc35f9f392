// `/daten`: the downloads with their formats and columns documented, the API, and the licences.
import type { FC } from 'hono/jsx';
import { paths } from '../../../services/public/paths.ts';
import { PLEDGE_COLUMNS, DEVELOPMENT_COLUMNS, type DownloadsPage as DownloadsPageData } from '../../../services/public/downloads.ts';
import { Layout } from '../../views/layout.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { LicenceLink } from '../../views/licence-link.tsx';
import { safeHref } from '../../views/safe-href.ts';
import { Section } from '../../views/section.tsx';
import { DOWNLOADS } from './files.ts';
import { messages } from './messages.ts';
import { TableHead } from '../../views/table-head.tsx';

type Messages = (typeof messages)['de'];

export const DownloadsPage: FC<{ page: DownloadsPageData }> = ({ page }) => {
  const t = messages[usePageContext().locale];
  return (
    <Layout title={t.title} description={t.description} current="data">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <FileTable t={t} />
      <Section headingId="formats-heading" heading={t.formatsHeading}>
        <p>{t.csvNote}</p>
        <p>{t.formulaNote}</p>
        <p>{t.jsonNote}</p>
        <p>{t.emptyNote}</p>
        <ColumnTable
          id="pledge-columns"
          heading={t.pledgeColumnsHeading}
          t={t}
          columns={PLEDGE_COLUMNS.map(({ name, type }) => ({ name, type, meaning: t.pledgeColumns[name] }))}
        />
        <ColumnTable
          id="update-columns"
          heading={t.developmentColumnsHeading}
          t={t}
          columns={DEVELOPMENT_COLUMNS.map(({ name, type }) => ({ name, type, meaning: t.developmentColumns[name] }))}
        />
      </Section>
      <Section headingId="api-heading" heading={t.apiHeading}>
        <p>{t.apiText}</p>
        <p>
          <a href="/api/v1/openapi.json">{t.apiDocument}</a> (<code>/api/v1/openapi.json</code>)
        </p>
      </Section>
      <Licences t={t} page={page} />
    </Layout>
  );
};

const FileTable: FC<{ t: Messages }> = ({ t }) => (
  <Section headingId="files-heading" heading={t.filesHeading}>
    <table>
      <TableHead columns={[t.fileHeader.file, t.fileHeader.format, t.fileHeader.content]} />
      <tbody>
        {DOWNLOADS.map((file) => (
          <tr>
            <td>
              <a href={paths.dataFile(file.name)} download={file.name}>
                {file.name}
              </a>
            </td>
            <td>{file.format}</td>
            <td>{t.files[file.key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Section>
);

const ColumnTable: FC<{
  id: string;
  heading: string;
  t: Messages;
  columns: { name: string; type: keyof Messages['types']; meaning: string }[];
}> = ({ id, heading, t, columns }) => (
  <>
    <h3 id={id}>{heading}</h3>
    <table aria-labelledby={id}>
      <TableHead columns={[t.columnHeader.name, t.columnHeader.type, t.columnHeader.meaning]} />
      <tbody>
        {columns.map((column) => (
          <tr>
            <th scope="row">
              <code>{column.name}</code>
            </th>
            <td>{t.types[column.type]}</td>
            <td>{column.meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </>
);

const Licences: FC<{ t: Messages; page: DownloadsPageData }> = ({ t, page }) => (
  <Section headingId="licence-heading" heading={t.licenceHeading}>
    <p>
      {t.dataLicence} <LicenceLink licence={page.licence} />. {t.attribution}
    </p>
    <p>{t.agreementLicence}</p>
    {page.agreements
      .filter((agreement) => agreement.licence || agreement.sourceUrl)
      .map((agreement) => {
        const sourceHref = agreement.sourceUrl ? safeHref(agreement.sourceUrl) : undefined;
        return (
          <p>
            {agreement.licence ? t.editionLicence(agreement.title, agreement.licence) : null}{' '}
            {sourceHref ? <a href={sourceHref}>{t.sourceLink(agreement.title)}</a> : null}
          </p>
        );
      })}
  </Section>
);
