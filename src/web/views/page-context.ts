// What every page needs to know about the request beyond its own data (for now: asset paths).
import { createContext, useContext } from 'hono/jsx';

export interface PageContext {
  stylesheetPath: string;
}

export const PageContextProvider = createContext<PageContext>({ stylesheetPath: '/assets/style.css' });

export function usePageContext(): PageContext {
  return useContext(PageContextProvider);
}
