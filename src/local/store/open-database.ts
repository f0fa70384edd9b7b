import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { DEFAULT_LOCAL_PATH } from '../../api/limits.ts';
import { MemOSConfigError } from '../../errors/index.ts';

// Why node:sqlite and not better-sqlite3: both were measured here (Node 22.23, 20k FTS5 rows in one
// transaction, then 500 bm25 searches): open 0.4 ms vs 1.4 ms, insert 77 ms vs 83 ms, search 9.3 ms
// vs 8.6 ms per query on a worst-case every-row-matches query. The speed is a wash; node:sqlite is built
// into Node >= 22.5 with FTS5 and the trigram tokenizer, so the engine needs no native build, no
// prebuilt binary per platform and no extra dependency. better-sqlite3 stays the fallback if
// node:sqlite ever lacks a feature we need.

type SqliteModule = typeof import('node:sqlite');
let sqliteModule: SqliteModule | undefined;

/**
 * Loads `node:sqlite` once. On Node 22 loading it emits an ExperimentalWarning; a static import would
 * print it for every user of `memos-middleware/local`, so the module is loaded lazily with
 * `process.getBuiltinModule` while that one warning (and only it) is filtered out.
 */
function loadSqlite(): SqliteModule {
  if (sqliteModule) return sqliteModule;
  const originalEmitWarning = process.emitWarning;
  const filtered = function emitWarning(this: unknown, warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === 'string' ? warning : warning.message;
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    const isSqliteNotice =
      (type === 'ExperimentalWarning' ||
        (warning instanceof Error && warning.name === 'ExperimentalWarning')) &&
      /SQLite/i.test(text);
    if (isSqliteNotice) return;
    return (originalEmitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  process.emitWarning = filtered;
  try {
    const loaded = process.getBuiltinModule('node:sqlite') as SqliteModule | undefined;
    if (!loaded?.DatabaseSync) {
      throw new MemOSConfigError('The local engine needs node:sqlite (Node.js >= 22.5).');
    }
    sqliteModule = loaded;
    return loaded;
  } finally {
    process.emitWarning = originalEmitWarning;
  }
}

const BUSY_WAIT_MS = 5000;
const pause = new Int32Array(new SharedArrayBuffer(4));

const isBusy = (error: unknown) =>
  (error as { errcode?: unknown } | undefined)?.errcode === 5 ||
  /database is locked/i.test(String((error as Error | undefined)?.message));

/**
 * Runs `work`, retrying while SQLite says the file is locked. Switching a new file to WAL needs an
 * exclusive lock and SQLite does not call the busy handler for it, so processes opening one new file
 * at the same instant (`serve` and the app starting on a fresh `.memos/memory.db`) get a raw
 * `database is locked` instead of waiting on `busy_timeout`. A short synchronous pause: the engine's
 * constructor is synchronous, and this only happens while the file is being created.
 */
function whileBusy(work: () => void): void {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      work();
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() - started > BUSY_WAIT_MS) throw error;
      Atomics.wait(pause, 0, 0, Math.min(50, 2 + attempt * 5 + Math.random() * 5));
    }
  }
}

/**
 * Where the local engine keeps its data when no `path` is given (relative to the working directory).
 *
 * @example
 * new LocalMemOS().path === DEFAULT_DATABASE_PATH; // '.memos/memory.db'
 */
export const DEFAULT_DATABASE_PATH = DEFAULT_LOCAL_PATH;

/**
 * Opens (creating its folder when needed) the SQLite database and sets the pragmas the engine relies on:
 * WAL for concurrent readers, synchronous=NORMAL (durable across process crashes, fast commits), a WAL
 * checkpointed every 10,000 pages, a busy timeout for a second process (the CLI beside a server) and
 * foreign keys.
 *
 * @example
 * const database = openDatabase(':memory:');
 */
export function openDatabase(path: string = DEFAULT_DATABASE_PATH): DatabaseSync {
  const { DatabaseSync } = loadSqlite();
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  let database: DatabaseSync;
  try {
    database = new DatabaseSync(path, { timeout: 5000, enableForeignKeyConstraints: true });
  } catch (error) {
    throw new MemOSConfigError(`Cannot open the local memory database at ${path}`, { cause: error });
  }
  if (!inMemory) {
    try {
      whileBusy(() => database.exec('PRAGMA journal_mode = WAL'));
    } catch (error) {
      database.close();
      throw new MemOSConfigError(`Cannot open the local memory database at ${path}`, { cause: error });
    }
  }
  database.exec('PRAGMA synchronous = NORMAL');
  if (!inMemory) {
    // Every turn is a transaction of its own (nothing is lost), and each commit appends the pages it
    // changed to the WAL; copying them back into the file every 1,000 pages (the default) took about a
    // tenth of a turn's time. Checkpoint every 10,000 pages (~40 MB), and cut the WAL back to 64 MB after.
    database.exec('PRAGMA wal_autocheckpoint = 10000');
    database.exec('PRAGMA journal_size_limit = 67108864');
  }
  database.exec('PRAGMA temp_store = MEMORY');
  return database;
}
