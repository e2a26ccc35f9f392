// The list's filters: a GET form of checkboxes with a count per value, so it works without JavaScript.
import type { FC } from 'hono/jsx';
import type { FacetValue, PledgeList } from '../../../services/public/pledge-list.ts';
import { useLinks } from '../../views/links.ts';
import { usePageContext } from '../../views/page-context.ts';
import { messages } from './messages.ts';
import { PARAMS, SORT_PARAMS, sortParam } from './query.ts';

/** One field's values as checkboxes, each with the count it would leave; also the search page's filters. */
export const Facet: FC<{ legend: string; name: string; values: FacetValue[]; labelOf?: (value: FacetValue) => string }> = ({
  legend,
  name,
  values,
  labelOf,
}) =>
  values.length === 0 ? null : (
    <fieldset class="facet">
      <legend>{legend}</legend>
      <ul>
        {values.map((value) => (
          <li class={value.count === 0 && !value.selected ? 'facet-empty' : undefined}>
            <label>
              <input type="checkbox" name={name} value={value.value} checked={value.selected} /> {labelOf ? labelOf(value) : value.label}{' '}
              <span class="facet-count">({value.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );

/** The statuses as a facet, each by its name in the page's language. */
export const StatusFacet: FC<{ legend: string; name: string; values: FacetValue[] }> = (props) => {
  const { t: shared } = usePageContext();
  return <Facet {...props} labelOf={(value) => shared.status[value.value as keyof typeof shared.status]} />;
};

export const FilterForm: FC<{ list: PledgeList }> = ({ list }) => {
  const { locale } = usePageContext();
  const t = messages[locale];
  const link = useLinks(list.agreement.scope);
  const { facets, query } = list;
  return (
    <form method="get" action={link.pledges()} class="pledge-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t.filtersHeading}</h2>
      <p class="skip-to-results">
        <a href="#results-heading">{t.toResults(list.total)}</a>
      </p>
      <div class="field">
        <label for="sortierung">{t.sort}</label>
        <select id="sortierung" name={PARAMS.sort}>
          {SORT_PARAMS.map((name) => (
            <option value={name} selected={name === sortParam(query.sort)}>
              {t.sorts[name]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t.apply}</button>
      <StatusFacet legend={t.status} name={PARAMS.statuses} values={facets.statuses} />
      <fieldset class="facet">
        <legend>{t.overdueLegend}</legend>
        <label>
          <input type="checkbox" name={PARAMS.overdue} value="1" checked={facets.overdue.selected} /> {t.overdueOnly}{' '}
          <span class="facet-count">({facets.overdue.count})</span>
        </label>
      </fieldset>
      <Facet legend={t.rating} name={PARAMS.ratings} values={facets.ratings} labelOf={(value) => t.ratingValue(value.label)} />
      <Facet legend={t.topic} name={PARAMS.topics} values={facets.topics} />
      <Facet legend={t.ministry} name={PARAMS.ministries} values={facets.ministries} />
      <Facet legend={t.partner} name={PARAMS.partners} values={facets.partners} />
      <Facet legend={t.chapter} name={PARAMS.chapters} values={facets.chapters} />
      <p class="actions">
        <button type="submit">{t.apply}</button>
        <a href={link.pledges()}>{t.reset}</a>
      </p>
    </form>
  );
};
