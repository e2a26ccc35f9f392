// The page frame: skip link, header with navigation, main landmark, footer.
import type { Child, FC } from 'hono/jsx';
import { raw } from 'hono/html';
import { de } from '../i18n/de.ts';
import { usePageContext } from './page-context.ts';

export interface LayoutProps {
  title: string;
  description?: string;
  /** Which navigation entry is the current page. */
  current?: 'overview' | 'pledges';
  children?: Child;
}

export const Layout: FC<LayoutProps> = ({ title, description, current, children }) => {
  const { stylesheetPath } = usePageContext();
  return (
  <>
    {raw('<!DOCTYPE html>')}
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${de.siteName}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href={stylesheetPath} />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip-link" href="#inhalt">
          {de.skipToContent}
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            {de.siteName}
          </a>
          <nav aria-label={de.nav.label}>
            <ul>
              <li>
                <a href="/" aria-current={current === 'overview' ? 'page' : undefined}>
                  {de.nav.overview}
                </a>
              </li>
              <li>
                <a href="/vorhaben" aria-current={current === 'pledges' ? 'page' : undefined}>
                  {de.nav.pledges}
                </a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="inhalt" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{de.footer.about}</p>
        </footer>
      </body>
    </html>
  </>
  );
};
