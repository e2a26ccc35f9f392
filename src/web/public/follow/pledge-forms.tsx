// What a reader can do on a pledge page: follow it by e-mail, report a new development.
import type { FC } from 'hono/jsx';
import { SuggestBox } from '../suggest/suggest-form.tsx';
import { FollowBox } from './follow-box.tsx';

export const PledgeForms: FC<{ pledgeSlug: string }> = ({ pledgeSlug }) => (
  <div class="public-forms">
    <FollowBox scope={`pledge:${pledgeSlug}`} what="pledge" />
    <SuggestBox pledgeSlug={pledgeSlug} />
  </div>
);
