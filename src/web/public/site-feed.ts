// The feed of all published developments, announced on every public page that lists them.
import { paths } from '../../services/public/paths.ts';
import type { FeedLink } from '../views/layout.tsx';

export const SITE_FEED: FeedLink = { title: 'Alle Entwicklungen', atomPath: paths.siteFeed() };
