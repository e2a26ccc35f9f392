// Environment → typed configuration, validated once at start-up and passed in from there.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { BlockList, isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export interface Config {
  databaseUrl: string;
  port: number;
  baseUrl: string;
  smtpUrl: string | undefined;
  /** Sender of our mails (MAIL_FROM), by default noreply at the host of BASE_URL. */
  mailFrom: string;
  /**
   * SESSION_SECRET, or when unset a random one for this process only. It keys the public forms'
   * rate limit (services/forms/client-key.ts): instances share one count only when they share it.
   */
  sessionSecret: string;
  /** Whether SESSION_SECRET was set, i.e. whether other instances can share `sessionSecret`. */
  sessionSecretGiven: boolean;
  /** TRUST_PROXY: which proxies may say, in X-Forwarded-For, whom they forward for (web/forms/client-address.ts). */
  trustProxy: TrustProxy;
  logLevel: string;
  /** DIP_API_URL: the Bundestag's DIP API, read by evidence discovery (docs/evidence.md). */
  dipApiUrl: string;
  /** DIP_API_KEY; without it discovery reads the feeds only. Never printed. */
  dipApiKey: string | undefined;
  /**
   * FOI_URL_TEMPLATE: where a Vorhaben's link "Bei der Federführung nachfragen" opens a freedom-of-information
   * request, with `{authority}`, `{subject}`, `{body}` and `{url}` filled in (services/public/foi.ts); undefined
   * ("none") shows no such link.
   */
  foiUrlTemplate: string | undefined;
  /** DISCOVER_INTERVAL: how often `serve` runs discovery, in milliseconds; 0 is never. */
  discoverIntervalMs: number;
  /** How our requests to other sites name us: program, version and where to find this installation. */
  userAgent: string;
  /** The installation's folder (holding package.json), for shipped files such as data/demo. */
  rootDirectory: string;
  /** The environment handed to the tools we run (pg_dump, pg_restore): PATH and the PG* settings. */
  toolEnvironment: Readonly<Record<string, string>>;
}

/**
 * The proxies in front of the app: the nearest `hops` of them, whatever their addresses (0: none, the
 * default), or those whose addresses are in `proxies`.
 */
export type TrustProxy = { hops: number } | { proxies: BlockList };

export const DEFAULT_DATABASE_URL = 'sqlite:data/koalitionstracker.db';

const TRUST_PROXY_FORMAT =
  'expected a number of proxies (0 trusts none) or a comma-separated list of their addresses and networks, e.g. 10.0.0.0/8,::1';

/** TRUST_PROXY as a number of hops or a list of addresses and CIDR networks, IPv4 or IPv6. */
function parseTrustProxy(value: string): TrustProxy | undefined {
  if (/^\d{1,2}$/.test(value.trim())) return { hops: Number(value) };
  const proxies = new BlockList();
  for (const entry of value.split(',').map((part) => part.trim())) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 6 ? 128 : 32;
    if (family === 0 || rest.length > 0 || (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits)))
      return undefined;
    proxies.addSubnet(address, prefix === undefined ? bits : Number(prefix), family === 6 ? 'ipv6' : 'ipv4');
  }
  return { proxies };
}

export const DEFAULT_DIP_API_URL = 'https://search.dip.bundestag.de/api/v1';

/** FragDenStaat's form for a request to one public body, its subject and text filled in. */
export const DEFAULT_FOI_URL_TEMPLATE = 'https://fragdenstaat.de/anfrage-stellen/an/{authority}/?subject={subject}&body={body}';
const FOI_PLACEHOLDERS = ['authority', 'subject', 'body', 'url'];

/** The template's problem, if any: only known placeholders, and an http(s) URL once they are filled. */
function foiTemplateProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!).find((name) => !FOI_PLACEHOLDERS.includes(name));
  if (unknown !== undefined) return `unknown placeholder {${unknown}}; expected {authority}, {subject}, {body}, {url}`;
  const filled = URL.parse(template.replace(/\{[^}]*\}/g, 'x'));
  if (!filled || !['http:', 'https:'].includes(filled.protocol)) return 'expected an http(s) URL, or "none"';
  return undefined;
}

/** DISCOVER_INTERVAL: seconds, or a number with s, m or h ("30m", "2h"); 0 turns discovery in `serve` off. */
function parseInterval(value: string): number | undefined {
  const match = /^\s*(\d{1,7})\s*([smh]?)\s*$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * { '': 1000, s: 1000, m: 60_000, h: 3600_000 }[match[2] as '' | 's' | 'm' | 'h'];
}

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'expected sqlite:PATH or postgres://…')
    .default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().trim().min(3).max(300).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DIP_API_URL: z.url({ protocol: /^https?$/ }).default(DEFAULT_DIP_API_URL),
  DIP_API_KEY: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'expected the key as the DIP gives it, without spaces')
    .optional(),
  DISCOVER_INTERVAL: z
    .string()
    .default('1h')
    .transform((value, context) => {
      const parsed = parseInterval(value);
      if (parsed === undefined)
        context.addIssue({
          code: 'custom',
          message: `expected seconds, or a number with s, m or h (30m, 2h), 0 for never; got "${value}"`,
        });
      return parsed ?? 0;
    }),
  FOI_URL_TEMPLATE: z
    .string()
    .trim()
    .default(DEFAULT_FOI_URL_TEMPLATE)
    .superRefine((value, context) => {
      const problem = value === 'none' ? undefined : foiTemplateProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: `${problem}; got "${value}"` });
    }),
  TRUST_PROXY: z
    .string()
    .default('0')
    .transform((value, context) => {
      const parsed = parseTrustProxy(value);
      if (!parsed) context.addIssue({ code: 'custom', message: `${TRUST_PROXY_FORMAT}; got "${value}"` });
      return parsed ?? { hops: 0 };
    }),
});

export class ConfigError extends Error {}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  const values = parsed.data;
  const root = findRootDirectory();
  const baseUrl = (values.BASE_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, '');
  return {
    databaseUrl: values.DATABASE_URL,
    port: values.PORT,
    baseUrl,
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM ?? `Koalitionstracker <noreply@${new URL(values.BASE_URL ?? 'http://localhost').hostname}>`,
    sessionSecret: values.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
    sessionSecretGiven: values.SESSION_SECRET !== undefined,
    trustProxy: values.TRUST_PROXY,
    logLevel: values.LOG_LEVEL,
    dipApiUrl: values.DIP_API_URL.replace(/\/+$/, ''),
    dipApiKey: values.DIP_API_KEY,
    discoverIntervalMs: values.DISCOVER_INTERVAL,
    foiUrlTemplate: values.FOI_URL_TEMPLATE === 'none' ? undefined : values.FOI_URL_TEMPLATE,
    userAgent: `koalitionstracker/${root.version} (+${baseUrl}; evidence discovery)`,
    rootDirectory: root.directory,
    toolEnvironment: present,
  };
}

/**
 * Settings that serve one instance but not several, as a PostgreSQL database invites: a server logs
 * them as warnings when it starts.
 */
export function configWarnings(config: Config): string[] {
  const sharedDatabase = /^postgres(ql)?:/.test(config.databaseUrl);
  if (!sharedDatabase || config.sessionSecretGiven) return [];
  return [
    "SESSION_SECRET is not set: this instance counts the public forms' rate limit on its own, and a restart resets it; give every instance the same SESSION_SECRET",
  ];
}

/** The nearest folder above this module with our package.json, and its version; works from src/ and from the bundle. */
function findRootDirectory(): { directory: string; version: string } {
  for (let directory = dirname(fileURLToPath(import.meta.url)); ; directory = dirname(directory)) {
    const manifest = join(directory, 'package.json');
    const contents = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string }) : undefined;
    if (contents?.name === 'koalitionstracker') return { directory, version: contents.version ?? '0' };
    if (dirname(directory) === directory) throw new ConfigError('cannot find the koalitionstracker installation folder');
  }
}

/** Options given on the command line win over the environment. */
export function withOverrides(config: Config, overrides: { port?: number }): Config {
  if (overrides.port === undefined) return config;
  const baseUrlFollowsPort = config.baseUrl === `http://localhost:${config.port}`;
  return {
    ...config,
    port: overrides.port,
    baseUrl: baseUrlFollowsPort ? `http://localhost:${overrides.port}` : config.baseUrl,
  };
}
