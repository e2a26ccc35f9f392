// Renders a page component inside the page context of this app.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { PageContextProvider, type PageContext } from './views/page-context.ts';

export type Renderer = (c: Context, page: Child, status?: number) => Response | Promise<Response>;

export function createRenderer(pageContext: PageContext): Renderer {
  return (c, page, status = 200) =>
    c.html(<PageContextProvider.Provider value={pageContext}>{page}</PageContextProvider.Provider>, status as 200);
}
