// The content version (migration 0006) known in this process without waiting on a query, for the fast path
// in front of the router (web/fast-path.ts). SQLite: a read-only connection of its own reads the version row
// synchronously, a few microseconds, once per turn of the event loop, so every request sees every commit
// made before it, by any process.
// PostgreSQL: a connection of its own LISTENs to the notification migration 0017 sends with every new
// version; while it is not connected the version is unknown and requests take the normal path, which reads it.
import SQLite from 'better-sqlite3';
import pg from 'pg';

export interface ContentVersionSignal {
  /** The version now, or undefined when it is not known without a query. */
  current(): number | undefined;
  /**
   * A write may be under way in this process: until `done` is called and the version read again, current()
   * says undefined, so this process never answers from an entry the write made old (PostgreSQL; SQLite's
   * reading sees every commit at once).
   */
  writing(): () => void;
  close(): Promise<void>;
}

export const CONTENT_VERSION_CHANNEL = 'content_version';
const RECONNECT_MS = 1000;

/** The signal for DATABASE_URL; undefined for an in-memory SQLite database, which no second connection sees. */
export async function openContentVersionSignal(databaseUrl: string): Promise<ContentVersionSignal | undefined> {
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length);
    return path === ':memory:' ? undefined : sqliteSignal(path);
  }
  return postgresSignal(databaseUrl);
}

/**
 * Read once per turn of the event loop: the requests parsed in one turn arrived before it began, so before
 * the read, and every commit their senders had seen the answer of is in it. Under load a turn holds many.
 */
function sqliteSignal(path: string): ContentVersionSignal {
  const connection = new SQLite(path, { readonly: true, fileMustExist: true });
  const read = connection.prepare<[], number>('SELECT version FROM content_version WHERE id = 1').pluck();
  let known: number | undefined;
  const forget = () => (known = undefined);
  return {
    current: () => {
      if (known === undefined) {
        known = read.get();
        setImmediate(forget);
      }
      return known;
    },
    writing: () => () => {},
    close: async () => void connection.close(),
  };
}

async function postgresSignal(databaseUrl: string): Promise<ContentVersionSignal> {
  let version: number | undefined;
  let writes = 0;
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const readVersion = async (from: pg.Client) => {
    const { rows } = await from.query<{ version: string }>('SELECT version FROM content_version WHERE id = 1');
    // Versions only rise: a read or notification that comes late never takes one back.
    if (from === client) version = Math.max(version ?? 0, Number(rows[0]!.version));
  };
  const lost = (from: pg.Client) => {
    if (from !== client) return;
    client = undefined;
    version = undefined;
    from.end().catch(() => {});
    if (!closed) retry = setTimeout(connect, RECONNECT_MS);
  };
  const connect = async () => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel !== CONTENT_VERSION_CHANNEL || version === undefined) return;
      version = Math.max(version, Number(message.payload));
    });
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CONTENT_VERSION_CHANNEL}`);
      await readVersion(next);
    } catch {
      lost(next);
    }
  };
  await connect();

  return {
    current: () => (writes === 0 ? version : undefined),
    writing: () => {
      writes++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const from = client;
        const finish = () => void writes--;
        if (from === undefined) return finish();
        readVersion(from).then(finish, () => {
          finish();
          lost(from);
        });
      };
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const from = client;
      client = undefined;
      version = undefined;
      await from?.end().catch(() => {});
    },
  };
}
