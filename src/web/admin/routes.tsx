// The back-office route table: sign-in is open, everything else needs a session and a CSRF token.
import { Hono, type MiddlewareHandler } from 'hono';
import { TooManyRequestsError, ValidationError } from '../../domain/errors.ts';
import { errorMessage } from '../i18n/errors.ts';
import { loadDashboard } from '../../services/admin/dashboard.ts';
import { signIn, signOut } from '../../services/sessions.ts';
import { anonymousFormToken, checkAnonymousFormToken, requireSessionToken } from '../forms/csrf.ts';
import { clearSessionCookie, clientCookie, SESSION_COOKIE, setSessionCookie, type AppEnv } from '../session.ts';
import { getCookie } from 'hono/cookie';
import { accountRoutes } from './accounts/routes.tsx';
import { auditRoutes } from './audit/routes.tsx';
import { candidateReviewRoutes } from './candidates/routes.tsx';
import { DashboardPage } from './dashboard-page.tsx';
import { proposalRoutes } from './evidence/routes.tsx';
import type { AdminDeps } from './deps.ts';
import { governmentRoutes } from './governments/routes.tsx';
import { ministryRoutes } from './ministries/routes.tsx';
import { pledgeRoutes } from './pledges/routes.tsx';
import { sourceRoutes } from './sources/routes.tsx';
import { suggestionRoutes } from './suggestions/routes.tsx';
import { developmentRoutes } from './developments/routes.tsx';
import { fieldErrors, formOf, safeNext } from './form-input.ts';
import { LoginPage } from './login-page.tsx';

/** Without a session: pages redirect to the sign-in form and come back afterwards. */
const requireSignIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('user')) return next();
  const back = c.req.method === 'GET' ? `?weiter=${encodeURIComponent(c.req.path)}` : '';
  return c.redirect(`/admin/login${back}`, 303);
};

export function adminRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render, clock, cookies } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/login', (c) => {
    if (c.get('user')) return c.redirect(safeNext(c.req.query('weiter')), 303);
    clientCookie(c, cookies);
    return render(c, <LoginPage csrfToken={anonymousFormToken(c, cookies)} next={safeNext(c.req.query('weiter'))} />);
  });

  routes.post('/login', async (c) => {
    await checkAnonymousFormToken(c);
    const form = await formOf(c);
    const email = String(form.email ?? '');
    const again = (errors: Record<string, string>, status: number) =>
      render(
        c,
        <LoginPage csrfToken={anonymousFormToken(c, cookies)} next={safeNext(form.weiter)} email={email} errors={errors} />,
        status,
      );
    try {
      const { token } = await signIn(db, { email, password: String(form.password ?? ''), client: clientCookie(c, cookies) }, clock());
      setSessionCookie(c, token, cookies);
      return c.redirect(safeNext(form.weiter), 303);
    } catch (error) {
      if (error instanceof ValidationError) return again(fieldErrors(error), 422);
      if (error instanceof TooManyRequestsError) {
        c.header('Retry-After', String(error.retryAfterSeconds));
        return again({ password: errorMessage(error, 'de') }, 429);
      }
      throw error;
    }
  });

  routes.use('*', requireSignIn, requireSessionToken());

  routes.post('/abmelden', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await signOut(db, token);
    clearSessionCookie(c, cookies);
    return c.redirect('/admin/login', 303);
  });

  routes.get('/', async (c) => render(c, <DashboardPage dashboard={await loadDashboard(db, c.get('user')!)} />));
  routes.route('/', candidateReviewRoutes(deps));
  routes.route('/', pledgeRoutes(deps));
  routes.route('/', developmentRoutes(deps));
  routes.route('/', suggestionRoutes(deps));
  routes.route('/', auditRoutes(deps));
  routes.route('/', accountRoutes(deps));
  routes.route('/', governmentRoutes(deps));
  routes.route('/', proposalRoutes(deps));
  routes.route('/', sourceRoutes(deps));
  routes.route('/', ministryRoutes(deps));
  // All of /admin is the back office's: an unknown path ends here as 404, never in the public routes.
  routes.all('*', (c) => c.notFound());

  return routes;
}
