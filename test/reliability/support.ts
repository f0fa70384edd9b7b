// Shared by the reliability suite (npm run test:reliability): one API key for the whole suite, the real
// stack (LocalMemOS on a file behind createMemOSServer behind the fault proxy), a reader of what the
// database holds, and a sink every error, log line and event goes through so the key can be looked for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { inspect } from 'node:util';
import { LocalMemOS } from '../../src/local/index.ts';
import { createMemOSServer, type MemOSServerLogEntry } from '../../src/local/server/index.ts';
import {
  type FaultProxy,
  type ProxiedRequest,
  type ProxyFault,
  startFaultProxy,
} from '../support/fault-proxy.ts';

/** The suite's API key (and the local server's token): random-looking, 32 characters after the prefix. */
export const RELIABILITY_KEY = 'mpg-R3l7aB9xQ2mK5vT8nW4pZ6cY1dF0hJsE';

/** Every run of 8 characters of the key found in `text`. */
export function keyRunsIn(text: string): string[] {
  const found = new Set<string>();
  for (let index = 0; index + 8 <= RELIABILITY_KEY.length; index += 1) {
    const run = RELIABILITY_KEY.slice(index, index + 8);
    if (text.includes(run)) found.add(run);
  }
  return [...found];
}

/** Everything an error can show: JSON, a deep inspect with hidden fields, stacks and the cause chain. */
export function renderAll(value: unknown): string {
  const out: string[] = [];
  try {
    out.push(JSON.stringify(value) ?? '');
  } catch {
    // A cycle: inspect below covers it.
  }
  out.push(inspect(value, { depth: 8, showHidden: true }));
  for (let current: unknown = value, depth = 0; current instanceof Error && depth < 10; depth += 1) {
    out.push(
      String(current.stack),
      current.message,
      JSON.stringify(Object.getOwnPropertyDescriptors(current)),
    );
    current = current.cause;
  }
  return out.join('\n');
}

/** Collects what the suite saw (errors, causes, log lines, events, CLI output) to scan for the key. */
export function createSecretSink() {
  let seen = 0;
  const leaks: string[] = [];
  return {
    /** Renders and scans one value now (keeping only the leaks, not the text). */
    add(value: unknown): void {
      seen += 1;
      const text = typeof value === 'string' ? value : renderAll(value);
      const runs = keyRunsIn(text);
      if (runs.length > 0) leaks.push(`${runs.join(',')}: ${text.slice(0, 300)}`);
    },
    get seen() {
      return seen;
    },
    get leaks(): readonly string[] {
      return leaks;
    },
  };
}

/** The real stack: LocalMemOS on a temp file, createMemOSServer with the key as token, the fault proxy. */
export interface Stack {
  readonly engine: LocalMemOS;
  readonly path: string;
  readonly proxy: FaultProxy;
  /** MemOS base URL through the proxy. */
  readonly baseURL: string;
  /** MemOS base URL straight to the server. */
  readonly directURL: string;
  readonly serverLog: MemOSServerLogEntry[];
  close(): Promise<void>;
}

export async function startStack({
  decide,
  retryAfter = '1',
  onLog,
}: {
  decide?: (request: ProxiedRequest) => ProxyFault | Promise<ProxyFault>;
  retryAfter?: string;
  onLog?: (entry: MemOSServerLogEntry) => void;
} = {}): Promise<Stack> {
  const directory = mkdtempSync(join(tmpdir(), 'memos-reliability-'));
  const path = join(directory, 'memory.db');
  const engine = new LocalMemOS({ path });
  const serverLog: MemOSServerLogEntry[] = [];
  const server = createMemOSServer({
    backend: engine,
    token: RELIABILITY_KEY,
    logger: (entry) => {
      if (entry.level === 'error') serverLog.push(entry);
      onLog?.(entry);
    },
  });
  const { url } = await server.listen(0);
  const proxy = await startFaultProxy({ target: url, retryAfter, ...(decide ? { decide } : {}) });
  return {
    engine,
    path,
    proxy,
    baseURL: `${proxy.url}/api/openmem/v1`,
    directURL: `${url}/api/openmem/v1`,
    serverLog,
    async close() {
      await proxy.close();
      await server.close();
      await engine.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** One stored message row, in storage order. */
export interface StoredRow {
  readonly seq: number;
  readonly userId: string;
  readonly conversationId: string;
  readonly role: string;
  readonly content: string;
}

/** Every message row of the database at `path`, in storage order (read with a connection of its own). */
export function storedMessages(path: string): StoredRow[] {
  const database = new DatabaseSync(path, { readOnly: true });
  try {
    return (
      database
        .prepare('SELECT seq, user_id, conversation_id, role, content FROM messages ORDER BY seq')
        .all() as { seq: number; user_id: string; conversation_id: string; role: string; content: string }[]
    ).map((row) => ({
      seq: row.seq,
      userId: row.user_id,
      conversationId: row.conversation_id,
      role: row.role,
      content: row.content,
    }));
  } finally {
    database.close();
  }
}

/**
 * Checks what the server stored against what was captured: every expected content once (none lost,
 * none twice, nothing else), and each conversation's contents in the order they were captured.
 */
export function exactlyOnce(rows: readonly StoredRow[], expected: ReadonlyMap<string, readonly string[]>) {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.content, (counts.get(row.content) ?? 0) + 1);
  const all = [...expected.values()].flat();
  const lost = all.filter((content) => !counts.has(content));
  const duplicated = [...counts].filter(([, count]) => count > 1).map(([content]) => content);
  const wanted = new Set(all);
  const unexpected = rows.filter((row) => !wanted.has(row.content)).map((row) => row.content);
  const outOfOrder: string[] = [];
  for (const [conversation, contents] of expected) {
    const stored = rows.filter((row) => row.conversationId === conversation).map((row) => row.content);
    const firsts = stored.filter((content, index) => stored.indexOf(content) === index);
    if (JSON.stringify(firsts) !== JSON.stringify(contents)) outOfOrder.push(conversation);
  }
  return { stored: rows.length, expected: all.length, lost, duplicated, unexpected, outOfOrder };
}

/** A seeded PRNG (mulberry32), so a failing run replays. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Prints one figure line for RELIABILITY.md (picked up from the run's output). */
export function report(name: string, figures: Record<string, unknown>): void {
  process.stdout.write(`RELIABILITY ${name} ${JSON.stringify(figures)}\n`);
}

/** Runs `work` over `items` with at most `limit` at once. */
export async function pool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
