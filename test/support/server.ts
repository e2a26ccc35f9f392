// The real app on a real port, for HTTP tests.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/store/database.ts';
import { createApp, type AppOptions } from '../../src/web/app.tsx';

export interface RunningServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startServer(db: Db, options: AppOptions = {}, env: Record<string, string> = {}): Promise<RunningServer> {
  const app = createApp(loadConfig(env), db, options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    get: (path, init) => fetch(`${url}${path}`, { redirect: 'manual', ...init }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
