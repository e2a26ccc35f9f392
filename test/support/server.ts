// The app under test, in-process through app.request or on a real port; both answer `request(path, init)`.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/store/database.ts';
import { createApp, type AppOptions } from '../../src/web/app.tsx';
import { fullTierOnly } from './tier.ts';

export interface AppClient {
  /** The origin requests go to. */
  url: string;
  /** Sends a request for a path of the app; redirects are never followed. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

export interface RunningServer extends AppClient {
  close(): Promise<void>;
}

/**
 * The app in this process: requests go through app.request, as if from `peer` (the address the
 * public forms' rate limit and TRUST_PROXY see), with nothing listening.
 */
export function appInProcess(db: Db, options: AppOptions = {}, env: Record<string, string> = {}, peer = '127.0.0.1'): AppClient {
  const app = createApp(loadConfig(env), db, options);
  // What @hono/node-server hands the app, as far as getConnInfo reads it.
  const bindings = {
    incoming: { socket: { remoteAddress: peer, remotePort: 40_000, remoteFamily: peer.includes(':') ? 'IPv6' : 'IPv4' } },
  };
  return { url: 'http://localhost', request: async (path, init) => app.request(path, init, bindings) };
}

/** A server already listening at `url` (another process, a real port). */
export function overHttp(url: string): AppClient {
  return { url, request: (path, init) => fetch(`${url}${path}`, { redirect: 'manual', ...init }) };
}

/** The app on a real port of 127.0.0.1 (full tier: for what needs sockets). */
export async function startServer(db: Db, options: AppOptions = {}, env: Record<string, string> = {}): Promise<RunningServer> {
  fullTierOnly('a server on a real port');
  const app = createApp(loadConfig(env), db, options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return { ...overHttp(`http://127.0.0.1:${port}`), close: () => new Promise((resolve) => server.close(() => resolve())) };
}
