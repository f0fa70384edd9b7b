// Parent side of test/support/outbox-child.ts: spawns it, sends commands, waits for its events.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** One line the child printed. */
export interface ChildEvent {
  readonly event: 'ready' | 'enqueued' | 'written' | 'flushed' | 'dropped';
  readonly text?: string;
  readonly texts?: string[];
  readonly reason?: string;
  readonly replaying?: number;
}

/** A running outbox child. */
export interface OutboxChild {
  readonly process: ChildProcess;
  /** Every event so far, in order. */
  readonly events: ChildEvent[];
  send(command: Record<string, unknown>): void;
  /** Resolves with the first event (from now or already seen after `from`) that `match` accepts. */
  waitFor(match: (event: ChildEvent) => boolean, from?: number): Promise<ChildEvent>;
  /** SIGKILLs the child and resolves once it is gone. */
  kill(): Promise<void>;
  /** Resolves when the child exits by itself. */
  readonly exited: Promise<NodeJS.Signals | number | null>;
}

/**
 * Spawns the outbox child on `outboxPath` against `baseURL` (the MemOS base URL).
 *
 * @example
 * const child = spawnOutboxChild(outbox, `${proxy.url}/api/openmem/v1`, { maxBatchMessages: 20 });
 * await child.waitFor((event) => event.event === 'ready');
 */
export function spawnOutboxChild(
  outboxPath: string,
  baseURL: string,
  options: Record<string, unknown> = {},
  { apiKey }: { apiKey?: string } = {},
): OutboxChild {
  const child = spawn(
    process.execPath,
    [
      '--conditions=memos-source',
      fileURLToPath(new URL('./outbox-child.ts', import.meta.url)),
      outboxPath,
      baseURL,
      JSON.stringify(options),
    ],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...(apiKey ? { MEMOS_API_KEY: apiKey } : {}) },
    },
  );
  const events: ChildEvent[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    events.push(JSON.parse(line) as ChildEvent);
    for (const wake of waiters) wake();
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return {
    process: child,
    events,
    exited,
    send(command) {
      child.stdin!.write(`${JSON.stringify(command)}\n`);
    },
    waitFor(match, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.slice(from).find(match);
          if (!found) return false;
          waiters.delete(check);
          resolve(found);
          return true;
        };
        if (check()) return;
        waiters.add(check);
        void exited.then(() => {
          if (!check()) reject(new Error('the outbox child exited before the awaited event'));
        });
      });
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
