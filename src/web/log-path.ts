// The path as the request log writes it: the link secrets of our mails (confirming and ending an
// Abo) are replaced, so the log holds nothing that acts for a subscriber. The query string is never
// logged, so what a visitor searched for or passed along stays out of it too.
import { subscriptionPaths } from '../services/subscriptions/paths.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SECRET_SEGMENTS = new RegExp(
  `(${[subscriptionPaths.confirm(''), subscriptionPaths.unsubscribe('')].map(escape).join('|')})[^/]*`,
  'g',
);

export function loggedPath(path: string): string {
  return path.replace(SECRET_SEGMENTS, '$1[redacted]');
}
