// Links to our own pages in the reader's language: the paths of services/public/paths.ts behind /en in English.
import { agreementPaths, paths, type AgreementScope } from '../../services/public/paths.ts';
import { usePageContext } from './page-context.ts';

type Paths = typeof paths;

/** With a scope, the agreement's pages (overview, list, statistics, topics, ministries) are those of that agreement. */
export function useLinks(scope?: AgreementScope): Paths {
  const { href } = usePageContext();
  const localised = Object.fromEntries(
    Object.entries({ ...paths, ...agreementPaths(scope) }).map(([name, path]) => [
      name,
      (...args: string[]) => href((path as (...a: string[]) => string)(...args)),
    ]),
  );
  return localised as Paths;
}

/** The method page in the reader's language, at a status's explanation if given: /methode#status-broken, /en/method#…. */
export function useMethodLink(): (status?: string) => string {
  const { locale, href } = usePageContext();
  const path = href(locale === 'en' ? paths.methodInEnglish() : paths.method());
  return (status) => (status ? `${path}#status-${status}` : path);
}
