// `/statistik` and `/vertrag/SLUG/statistik`: the state of the pledges in charts, each with its numbers in a table.
import type { FC } from 'hono/jsx';
import { STATUSES, type Status } from '../../../domain/status.ts';
import type { StatusGroup, Statistics } from '../../../services/public/statistics.ts';
import { ChartDataTable, formatPercent, type DataTableText, type TableRow } from '../../views/charts/data-table.tsx';
import { ChartLegend } from '../../views/charts/legend.tsx';
import { ProgressChart } from '../../views/charts/progress-chart.tsx';
import { StackedBarsChart } from '../../views/charts/stacked-bars-chart.tsx';
import { StatusCountsChart } from '../../views/charts/status-counts-chart.tsx';
import { Layout } from '../../views/layout.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { messages } from './messages.ts';
import { Section } from '../../views/section.tsx';

function useText() {
  const { locale, t: shared } = usePageContext();
  const t = messages[locale];
  const table = (caption: string, groupHeading: string): DataTableText => ({
    caption,
    groupHeading,
    totalHeading: t.total,
    statusLabels: shared.status,
    show: t.showTable,
    locale,
  });
  /** "1 umgesetzt (50 %), 1 nicht begonnen (50 %)": the statuses that occur, for descriptions. */
  const describe = (counts: Record<Status, number>, total: number) =>
    STATUSES.filter((status) => counts[status] > 0)
      .map((status) => `${counts[status]} ${shared.status[status]} (${formatPercent(counts[status], total, locale)})`)
      .join(', ');
  const monthName = (month: string, style: 'short' | 'long' = 'long') =>
    new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  return { t, shared, locale, table, describe, monthName };
}

export const StatisticsPage: FC<{ statistics: Statistics }> = ({ statistics }) => {
  const { t, shared } = useText();
  return (
    <Layout title={t.heading} description={t.description} current="statistics" agreement={statistics.agreement.scope}>
      <h1>{t.heading}</h1>
      <p class="lead">
        {statistics.agreement.title}. {t.asOf(shared.formatDate(statistics.today))}
      </p>
      {statistics.overall.total === 0 ? (
        <p>{t.noPledges}</p>
      ) : (
        <>
          <h2 id="legend-heading" class="visually-hidden">
            {t.legend}
          </h2>
          <ChartLegend id="legend" labels={shared.status} />
          <OverallSection statistics={statistics} />
          <ProgressSection statistics={statistics} />
          <GroupSection id="chapters" text={t.byChapter} groups={statistics.byChapter} />
          <GroupSection id="ministries" text={t.byMinistry} groups={statistics.byMinistry} />
        </>
      )}
    </Layout>
  );
};

const OverallSection: FC<{ statistics: Statistics }> = ({ statistics }) => {
  const { t, shared, locale, table, describe } = useText();
  const { counts, total } = statistics.overall;
  return (
    <Section headingId="overall-heading" heading={t.overallHeading}>
      <StatusCountsChart
        id="chart-overall"
        title={t.overallTitle}
        description={t.overallDescription(total, describe(counts, total))}
        counts={counts}
        total={total}
        statusLabels={shared.status}
        locale={locale}
      />
      <ChartDataTable rows={[{ label: t.all, counts, total }]} text={table(t.overallTitle, t.all)} />
    </Section>
  );
};

const ProgressSection: FC<{ statistics: Statistics }> = ({ statistics }) => {
  const { t, locale, table, describe, monthName } = useText();
  const months = statistics.progress;
  const last = months.at(-1);
  const axisLabel = (month: string) => (month.endsWith('-01') ? month.slice(0, 4) : monthName(month, 'short'));
  return (
    <Section headingId="progress-heading" heading={t.progressHeading}>
      {!last ? (
        <p>{t.noProgress}</p>
      ) : (
        <>
          <p class="chart-note">{t.progressNote}</p>
          <ProgressChart
            id="chart-progress"
            title={t.progressTitle}
            description={t.progressDescription(monthName(months[0]!.month), monthName(last.month), describe(last.counts, last.total))}
            columns={months}
            axisLabel={axisLabel}
            locale={locale}
          />
          <ChartDataTable
            rows={months.map((month) => ({ label: monthName(month.month), counts: month.counts, total: month.total }))}
            text={table(t.progressTitle, t.month)}
          />
        </>
      )}
    </Section>
  );
};

/** The texts of one grouping: its heading, the chart's title, the table's first column, what a group is called. */
type GroupText = (typeof messages)['de']['byChapter'];

const GroupSection: FC<{ id: string; text: GroupText; groups: StatusGroup[] }> = ({ id, text, groups }) => {
  const { t, table } = useText();
  const rows: TableRow[] = groups.map((group) => ({
    label: group.slug === '' ? t.noMinistry : group.label,
    counts: group.counts,
    total: group.total,
  }));
  return (
    <Section headingId={`${id}-heading`} heading={text.heading}>
      <StackedBarsChart
        id={`chart-${id}`}
        title={text.title}
        description={t.groupsDescription(rows.length, text.unit)}
        rows={rows}
        totalText={t.pledges}
      />
      <ChartDataTable rows={rows} text={table(text.title, text.column)} />
    </Section>
  );
};
