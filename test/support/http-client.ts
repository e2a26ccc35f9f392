// A small HTTP client over node:http that keeps cookies and connects from a loopback address of its
// own (127.0.0.0/8 all reaches the server), so every simulated visitor is a distinct client to the
// app's rate limits — as distinct people behind distinct addresses are.
import { Agent, request } from 'node:http';

export interface HttpResponse {
  status: number;
  location: string | undefined;
  body: string;
}

export class HttpClient {
  private readonly cookies = new Map<string, string>();
  private readonly agent: Agent;
  csrfToken = '';

  constructor(
    private readonly base: string,
    readonly localAddress = '127.0.0.1',
    private readonly timeoutMs = 10_000,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 1 });
  }

  private send(method: string, path: string, body?: string): Promise<HttpResponse> {
    const url = new URL(path, this.base);
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method,
          headers,
          agent: this.agent,
          localAddress: this.localAddress,
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            for (const header of res.headers['set-cookie'] ?? []) {
              const [pair] = header.split(';');
              const [name, ...value] = pair!.split('=');
              if (/Max-Age=0/i.test(header)) this.cookies.delete(name!.trim());
              else this.cookies.set(name!.trim(), value.join('='));
            }
            resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${this.timeoutMs} ms: ${method} ${path}`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  get(path: string): Promise<HttpResponse> {
    return this.send('GET', path);
  }

  /** GET a page and keep the CSRF token of its form. */
  async page(path: string): Promise<HttpResponse> {
    const response = await this.get(path);
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrfToken = token;
    return response;
  }

  post(path: string, fields: Record<string, string>): Promise<HttpResponse> {
    return this.send('POST', path, new URLSearchParams({ _csrf: this.csrfToken, ...fields }).toString());
  }

  close(): void {
    this.agent.destroy();
  }
}
