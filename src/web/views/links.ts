// Links to our own pages in the reader's language: the paths of services/public/paths.ts behind /en in English.
import { paths } from '../../services/public/paths.ts';
import { usePageContext } from './page-context.ts';

type Paths = typeof paths;

export function useLinks(): Paths {
  const { href } = usePageContext();
  const localised = Object.fromEntries(
    Object.entries(paths).map(([name, path]) => [name, (...args: string[]) => href((path as (...a: string[]) => string)(...args))]),
  );
  return localised as Paths;
}
