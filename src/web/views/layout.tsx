// The page frame: skip link, header with navigation, main landmark, footer.
import type { Child, FC } from 'hono/jsx';
import { raw } from 'hono/html';
import { can } from '../../domain/roles.ts';
import type { AgreementScope } from '../../services/public/paths.ts';
import type { SignedIn } from '../../services/sessions.ts';
import { adminMessages } from '../i18n/admin/catalogue.ts';
import { localisedPath, unlocalisedPath } from '../i18n/locale.ts';
import { SearchBox } from '../public/search/search-box.tsx';
import { messages as methodMessages } from '../public/method/messages.ts';
import { useLinks, useMethodLink } from './links.ts';
import { usePageContext } from './page-context.ts';

export interface FeedLink {
  title: string;
  /** Path of the feed; the three formats sit beside it (.xml Atom, .rss, .json). */
  atomPath: string;
  /** The subscribe form for the same developments by e-mail (unlocalised), shown next to the feed's visible link. */
  followPath?: string;
}

export interface LayoutProps {
  title: string;
  description?: string;
  /** Feeds of this page, announced with <link rel="alternate">. */
  feeds?: FeedLink[];
  /** Path of the page's share image (PNG), for Open Graph and Twitter cards. */
  imagePath?: string;
  /** The page's path in the other language when it is not this page's path: the 404 page offers the overview. */
  alternatePath?: string;
  /** Which navigation entry is the current page. */
  current?: string;
  /** The agreement whose pages this page belongs to: the navigation leads to its overview, list and statistics. */
  agreement?: AgreementScope;
  area?: 'public' | 'admin';
  children?: Child;
}

const NavLink: FC<{ href: string; current: boolean; children?: Child }> = ({ href, current, children }) => (
  <li>
    <a href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  </li>
);

const PublicNav: FC<{ current?: string; agreement: AgreementScope }> = ({ current, agreement }) => {
  const { t } = usePageContext();
  const link = useLinks(agreement);
  return (
    <ul>
      <NavLink href={link.overview()} current={current === 'overview'}>
        {t.nav.overview}
      </NavLink>
      <NavLink href={link.pledges()} current={current === 'pledges'}>
        {t.nav.pledges}
      </NavLink>
      <NavLink href={link.data()} current={current === 'data'}>
        {t.nav.data}
      </NavLink>
      <NavLink href={link.statistics()} current={current === 'statistics'}>
        {t.nav.statistics}
      </NavLink>
    </ul>
  );
};

/** A link to this page in the other language; the agreement text itself stays as written. */
const LanguageSwitch: FC<{ samePage: string | undefined }> = ({ samePage }) => {
  const { t, path, search, locale } = usePageContext();
  const other = t.languageSwitch.otherLang === 'en' ? 'en' : 'de';
  const target = samePage ? localisedPath(other, samePage) : localisedPath(other, unlocalisedPath(path)) + search;
  return (
    <p class="language-switch">
      <span class="visually-hidden">{t.languageSwitch.label}: </span>
      <a href={target} hreflang={other} lang={other} data-from={locale}>
        {t.languageSwitch.other}
      </a>
    </p>
  );
};

const AdminNav: FC<{ current?: string; user: SignedIn }> = ({ current, user }) => (
  <ul>
    <NavLink href="/admin" current={current === 'dashboard'}>
      {adminMessages.shell.nav.dashboard}
    </NavLink>
    <NavLink href="/admin/vorhaben" current={current === 'pledges'}>
      {adminMessages.shell.nav.pledges}
    </NavLink>
    {can(user, 'content.edit') || user.organisationId !== null ? (
      <NavLink href="/admin/funde" current={current === 'proposals'}>
        {adminMessages.shell.nav.proposals}
      </NavLink>
    ) : null}
    {can(user, 'content.edit') ? (
      <>
        <NavLink href="/admin/hinweise" current={current === 'suggestions'}>
          {adminMessages.shell.nav.suggestions}
        </NavLink>
        <NavLink href="/admin/protokoll" current={current === 'audit'}>
          {adminMessages.shell.nav.audit}
        </NavLink>
      </>
    ) : null}
    {can(user, 'users.manage') ? (
      <NavLink href="/admin/konten" current={current === 'users'}>
        {adminMessages.shell.nav.users}
      </NavLink>
    ) : null}
    {can(user, 'governments.manage') ? (
      <NavLink href="/admin/regierungen" current={current === 'governments'}>
        {adminMessages.shell.nav.governments}
      </NavLink>
    ) : null}
    {can(user, 'content.edit') ? (
      <NavLink href="/admin/federfuehrungen" current={current === 'ministries'}>
        {adminMessages.shell.nav.ministries}
      </NavLink>
    ) : null}
    {can(user, 'sources.manage') ? (
      <NavLink href="/admin/quellen" current={current === 'sources'}>
        {adminMessages.shell.nav.sources}
      </NavLink>
    ) : null}
    <NavLink href="/admin/passwort" current={current === 'password'}>
      {adminMessages.shell.nav.password}
    </NavLink>
    <li>
      <form method="post" action="/admin/abmelden" class="inline-form">
        <input type="hidden" name="_csrf" value={user.csrfToken} />
        <button type="submit" class="link-button">
          {adminMessages.shell.nav.signOut}
        </button>
      </form>
    </li>
  </ul>
);

/** The page's own feed (its first) as visible links in its three formats, and following by e-mail next to them. */
const FeedLinks: FC<{ feed: FeedLink }> = ({ feed }) => {
  const { t, href, staticSite } = usePageContext();
  return (
    <p class="page-feeds">
      {t.feeds.visible(feed.title)}{' '}
      <a href={feed.atomPath} type="application/atom+xml">
        Atom
      </a>
      {' · '}
      <a href={feed.atomPath.replace(/\.xml$/, '.rss')} type="application/rss+xml">
        RSS
      </a>
      {' · '}
      <a href={feed.atomPath.replace(/\.xml$/, '.json')} type="application/feed+json">
        JSON Feed
      </a>
      {feed.followPath && !staticSite ? (
        <>
          {' · '}
          <a class="follow-link" href={href(feed.followPath)}>
            {t.feeds.follow}
          </a>
        </>
      ) : null}
    </p>
  );
};

/** Open Graph and Twitter card tags: how a shared link looks in other apps. */
const SocialMeta: FC<{ title: string; description?: string; url: string; image: string }> = ({ title, description, url, image }) => {
  const { t, locale } = usePageContext();
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={t.siteName} />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      <meta property="og:url" content={url} />
      <meta property="og:image" content={image} />
      <meta property="og:locale" content={locale === 'en' ? 'en_GB' : 'de_DE'} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      {description ? <meta name="twitter:description" content={description} /> : null}
      <meta name="twitter:image" content={image} />
    </>
  );
};

export const Layout: FC<LayoutProps> = ({
  title,
  description,
  feeds = [],
  imagePath,
  alternatePath,
  current,
  agreement,
  area = 'public',
  children,
}) => {
  const { stylesheetPath, user, baseUrl, path, t, locale, href } = usePageContext();
  const methodLink = useMethodLink();
  const admin = area === 'admin' && user;
  const siteName = admin ? adminMessages.shell.siteName : t.siteName;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={area === 'admin' ? 'de' : locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – ${siteName}`}</title>
          {description ? <meta name="description" content={description} /> : null}
          {area === 'admin' ? (
            <meta name="robots" content="noindex" />
          ) : (
            <SocialMeta title={title} description={description} url={`${baseUrl}${path}`} image={`${baseUrl}${imagePath ?? '/bild.png'}`} />
          )}
          {feeds.map((feed) => (
            <>
              <link rel="alternate" type="application/atom+xml" title={`${feed.title} (Atom)`} href={feed.atomPath} />
              <link
                rel="alternate"
                type="application/rss+xml"
                title={`${feed.title} (RSS)`}
                href={feed.atomPath.replace(/\.xml$/, '.rss')}
              />
              <link
                rel="alternate"
                type="application/feed+json"
                title={`${feed.title} (JSON Feed)`}
                href={feed.atomPath.replace(/\.xml$/, '.json')}
              />
            </>
          ))}
          <link rel="stylesheet" href={stylesheetPath} />
          <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        </head>
        <body class={area === 'admin' ? 'area-admin' : undefined}>
          <a class="skip-link" href="#inhalt">
            {t.skipToContent}
          </a>
          <header class="site-header">
            <a class="brand" href={admin ? '/admin' : href('/')}>
              {siteName}
            </a>
            <nav aria-label={t.nav.label}>
              {admin ? <AdminNav current={current} user={user} /> : <PublicNav current={current} agreement={agreement} />}
            </nav>
            {area === 'public' ? <SearchBox /> : null}
            {area === 'public' ? <LanguageSwitch samePage={alternatePath} /> : null}
            {user && !admin ? (
              <a class="back-office-link" href="/admin">
                {adminMessages.shell.siteName}
              </a>
            ) : null}
          </header>
          <main id="inhalt" tabindex={-1}>
            {children}
            {area === 'public' && feeds[0] ? <FeedLinks feed={feeds[0]} /> : null}
          </main>
          <footer class="site-footer">
            <p>{t.footer.about}</p>
            {area === 'public' ? (
              <p>
                <a href={methodLink()}>{methodMessages[locale].footerLink}</a>
              </p>
            ) : null}
          </footer>
        </body>
      </html>
    </>
  );
};
