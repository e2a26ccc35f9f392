// The feed of all published developments, announced on the pages that have no narrower feed of their own.
import { paths } from '../../services/public/paths.ts';
import { subscriptionPaths } from '../../services/subscriptions/paths.ts';
import type { Messages } from '../i18n/messages.ts';
import type { FeedLink } from '../views/layout.tsx';

export const siteFeed = (messages: Messages): FeedLink => ({
  title: messages.feeds.all,
  atomPath: paths.siteFeed(),
  followPath: subscriptionPaths.subscribe(),
});
