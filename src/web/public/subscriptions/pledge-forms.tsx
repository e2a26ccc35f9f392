// What a reader can do on a pledge page: follow it by e-mail, report a new development.
import type { FC } from 'hono/jsx';
import { SuggestBox } from '../suggest/suggest-form.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { SubscribeBox } from './subscribe-box.tsx';

/** Left out of the static export, where nothing could receive the forms. */
export const PledgeForms: FC<{ pledgeSlug: string }> = ({ pledgeSlug }) =>
  usePageContext().staticSite ? null : (
    <div class="public-forms">
      <SubscribeBox scope={`pledge:${pledgeSlug}`} what="pledge" />
      <SuggestBox pledgeSlug={pledgeSlug} />
    </div>
  );
