// The extractor's offers on an open candidate (services/admin/candidate-offers.ts): merge it with the
// candidate before it, or split it into the measures it bundles. Each is one button; the editor decides.
import type { FC } from 'hono/jsx';
import type { QueueOrder, ReviewItem } from '../../../services/admin/candidate-queue.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { CsrfField } from '../../views/forms.tsx';
import { ActionButton } from './candidate-card.tsx';
import { reviewPaths } from './paths.ts';

const t = adminMessages.candidateOffers;

export const ExtractorOffers: FC<{ item: ReviewItem; order: QueueOrder | undefined; csrfToken: string }> = ({ item, order, csrfToken }) => {
  const { merge, split } = item.offers;
  if (!merge && !split) return null;
  return (
    <section class="candidate-offers" aria-label={`${t.heading}: Vorschlag ${item.number}`}>
      <h4>{t.heading}</h4>
      {merge ? (
        <form method="post" action={reviewPaths.merge(item.id, order)}>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="with" value={String(merge.withId)} />
          <p>
            {t.mergeText(merge.withNumber)} <span class="cues">{`${t.cues}: ${merge.cues.join(', ')}`}</span>
          </p>
          <ActionButton item={item} text={t.mergeButton(merge.withNumber)} class="secondary" />
        </form>
      ) : null}
      {split ? (
        <form method="post" action={reviewPaths.split(item.id, order)}>
          <CsrfField token={csrfToken} />
          <p>{t.splitText(split.parts.length)}</p>
          <ol class="split-parts">
            {split.parts.map((part) => (
              <li>{part.title}</li>
            ))}
          </ol>
          <ActionButton item={item} text={t.splitButton(split.parts.length)} class="secondary" />
        </form>
      ) : null}
    </section>
  );
};
