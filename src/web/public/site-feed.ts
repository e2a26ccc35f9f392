// The feeds a public page announces: the site's, of all published developments, on the pages that have no
// narrower feed of their own, and on a page about one chapter, Vorhaben, topic or ministry its own first.
import { paths } from '../../services/public/paths.ts';
import { FOLLOW_PARAMS, subscriptionPaths } from '../../services/subscriptions/paths.ts';
import type { Messages } from '../i18n/messages.ts';
import type { FeedLink } from '../views/layout.tsx';

export const siteFeed = (messages: Messages): FeedLink => ({
  title: messages.feeds.all,
  atomPath: paths.siteFeed(),
  followPath: subscriptionPaths.subscribe(),
});

/** Its own feed, which can be followed by e-mail unless its government is archived, then the site's. */
export function feedsAbout(
  messages: Messages,
  about: { kind: keyof typeof FOLLOW_PARAMS; slug: string; name: string; atomPath: string; archived?: boolean },
): FeedLink[] {
  const followPath = about.archived ? undefined : subscriptionPaths.follow(about.kind, about.slug);
  return [{ title: messages.feeds.of(about.name), atomPath: about.atomPath, followPath }, siteFeed(messages)];
}
