// A browser's part in a flow test, for the back office and the public forms alike: keeps cookies,
// finds the CSRF token, posts forms; to the app in-process or over HTTP.
import { addUser } from '../../src/services/accounts.ts';
import type { Db } from '../../src/store/database.ts';
import { parseHtml, type HtmlPage } from './html.ts';
import type { AppClient } from './server.ts';

export const PASSWORD = 'richtig-langes-passwort';

let counter = 0;

/** Creates an account of the role (experts belong to `organisation`); returns its e-mail. */
export async function createAccount(db: Db, role: 'admin' | 'editor' | 'expert', organisation?: string): Promise<string> {
  const email = `${role}-${++counter}-${process.pid}@example.org`;
  await addUser(
    db,
    { email, password: PASSWORD, role, organisation: organisation ?? (role === 'expert' ? 'Digitalcourage' : undefined) },
    new Date(),
  );
  return email;
}

export class AdminClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly app: AppClient) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
  }

  /** A cookie's value, e.g. to hand the session to a browser. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(path: string): Promise<Response> {
    const response = await this.app.request(path, { headers: { cookie: this.cookieHeader() } });
    this.remember(response);
    return response;
  }

  /** GET and read the page (`dom`: parsed), taking the CSRF token from it when there is one. */
  async page(path: string): Promise<{ status: number; html: string; dom: HtmlPage }> {
    const response = await this.get(path);
    const html = await response.text();
    const dom = parseHtml(html);
    const token = dom.query('input[name="_csrf"]')?.attr('value');
    if (token) this.csrfToken = token;
    return { status: response.status, html, dom };
  }

  /** POST a form; the CSRF token is added unless `csrf` is false or given in the fields. */
  async post(path: string, fields: Record<string, string | string[]>, options: { csrf?: boolean } = {}): Promise<Response> {
    const body = new URLSearchParams();
    if (options.csrf !== false && !('_csrf' in fields)) body.append('_csrf', this.csrfToken);
    for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
    const response = await this.app.request(path, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    this.remember(response);
    return response;
  }

  async signIn(email: string, password = PASSWORD): Promise<Response> {
    await this.page('/admin/login');
    const response = await this.post('/admin/login', { email, password, weiter: '/admin' });
    if (response.status === 303) await this.page('/admin');
    return response;
  }
}

/** Signs in a new account of the role; returns the client. */
export async function signedIn(app: AppClient, db: Db, role: 'admin' | 'editor' | 'expert', organisation?: string): Promise<AdminClient> {
  const client = new AdminClient(app);
  const response = await client.signIn(await createAccount(db, role, organisation));
  if (response.status !== 303) throw new Error(`sign-in failed: ${response.status}`);
  return client;
}
