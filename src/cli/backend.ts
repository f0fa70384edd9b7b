import { existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { MemoryBackend } from '../api/backend.ts';
import { DEFAULT_LOCAL_PATH } from '../api/limits.ts';
import { MemOSClient } from '../client/memos-client.ts';
import { LocalMemOS } from '../local/index.ts';
import { integerOption, type OptionSpec, type ParsedCommand } from './args.ts';
import type { CliContext } from './context.ts';

/**
 * The default file of the embedded engine, relative to the working directory.
 *
 * @example
 * resolve(context.cwd, DEFAULT_DB); // '/home/me/app/.memos/memory.db'
 */
export const DEFAULT_DB = DEFAULT_LOCAL_PATH;

/**
 * Budget of one request to MemOS from the CLI, in milliseconds (`--timeout` changes it). With one
 * retry a command against a MemOS that hangs gives up in about twice this, not the client's 31 s.
 *
 * @example
 * new MemOSClient({ timeoutMs: CLI_TIMEOUT_MS, maxRetries: CLI_MAX_RETRIES });
 */
export const CLI_TIMEOUT_MS = 5_000;
/** Retries of a CLI request to MemOS after the first attempt. */
export const CLI_MAX_RETRIES = 1;

/**
 * `--timeout`, for the commands that call MemOS Cloud.
 *
 * @example
 * const spec = { ...otherFields, options: { ...BACKEND_OPTIONS, ...TIMEOUT_OPTION } };
 */
export const TIMEOUT_OPTION = {
  timeout: {
    type: 'string',
    placeholder: '<ms>',
    description: `Per-request timeout against MemOS Cloud, one retry (default ${CLI_TIMEOUT_MS})`,
  },
} as const satisfies Record<string, OptionSpec>;

/**
 * The `--timeout` value (a `UsageError` when it is not an integer from 1 to 600000).
 *
 * @example
 * openBackend(context, { timeoutMs: timeoutOption(parsed, 'search') });
 */
export function timeoutOption(parsed: ParsedCommand, command: string): number {
  return integerOption(parsed, 'timeout', { min: 1, max: 600_000, fallback: CLI_TIMEOUT_MS, command });
}

/**
 * How long a command waits, at exit, for its background writes: one request's budget with its
 * retry. What is still unsent then is counted in a warning, not waited for (`close({ timeoutMs })`).
 *
 * @example
 * await memory.close({ timeoutMs: saveTimeoutMs(timeoutOption(parsed, 'chat')) });
 */
export function saveTimeoutMs(timeoutMs: number = CLI_TIMEOUT_MS): number {
  return timeoutMs * (CLI_MAX_RETRIES + 1);
}

/**
 * `--db` and `--local`, shared by the commands that open a backend.
 *
 * @example
 * const spec = { ...otherFields, options: { user: userOption, ...BACKEND_OPTIONS } };
 */
export const BACKEND_OPTIONS = {
  db: { type: 'string', placeholder: '<path>', description: `Local database file (default ${DEFAULT_DB})` },
  local: { type: 'boolean', description: 'Use the local database even when MEMOS_API_KEY is set' },
} as const satisfies Record<string, OptionSpec>;

/**
 * An opened backend and how to describe it to the user (never with the key).
 *
 * @example
 * const opened: OpenedBackend = openBackend(context, {});
 * try { await opened.backend.getMemory({ user_id: 'u1' }); } finally { await opened.close(); }
 */
export interface OpenedBackend {
  readonly backend: MemoryBackend;
  readonly kind: 'cloud' | 'local';
  readonly description: string;
  close(): Promise<void>;
}

/**
 * Opens the backend a command runs on: MemOS Cloud when `MEMOS_API_KEY` is set (unless `--local` or
 * `localOnly`), else the embedded engine at `--db`. `mustExist` refuses to create an empty database
 * for read-only commands.
 *
 * @example
 * const { backend, description, close } = openBackend(context, { db: '.memos/memory.db' });
 */
export function openBackend(
  context: CliContext,
  {
    db,
    local = false,
    localOnly = false,
    mustExist = false,
    timeoutMs = CLI_TIMEOUT_MS,
  }: {
    db?: string | undefined;
    local?: boolean;
    localOnly?: boolean;
    mustExist?: boolean;
    /** Per-request budget against MemOS Cloud (one retry). @default CLI_TIMEOUT_MS */
    timeoutMs?: number;
  },
): OpenedBackend {
  const apiKey = context.env.MEMOS_API_KEY;
  if (apiKey && !local && !localOnly && db === undefined) {
    const client = new MemOSClient({
      apiKey,
      baseURL: context.env.MEMOS_BASE_URL,
      timeoutMs,
      maxRetries: CLI_MAX_RETRIES,
    });
    return {
      backend: client,
      kind: 'cloud',
      description: `MemOS API at ${client.baseURL} (key from MEMOS_API_KEY)`,
      close: () => client.close(),
    };
  }
  const path = db === ':memory:' ? db : resolve(context.cwd, db ?? DEFAULT_DB);
  if (path !== ':memory:') {
    if (mustExist && !existsSync(path)) {
      throw new Error(`No local database at ${path}: add memories first (import, chat) or pass --db <path>`);
    }
    mkdirSync(dirname(path), { recursive: true });
  }
  const engine = new LocalMemOS({ path });
  // Paths under the working directory read better relative; anything else (a temp dir) stays absolute.
  const inside = relative(context.cwd, path);
  const shown = path === ':memory:' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
  return {
    backend: engine,
    kind: 'local',
    description: `embedded LocalMemOS (${shown})`,
    close: () => engine.close(),
  };
}
