// Child processes of the end-to-end test: one-shot commands (builds) and long-running services
// (servers), each in its own process group so stopping it stops everything it started. Every service
// still running when the test process exits is killed, also after a failure.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A running service: its output so far, and `stop()`, which waits until the whole group is gone. */
export interface Service {
  readonly name: string;
  readonly pid: number;
  output(): string;
  stop(): Promise<void>;
}

interface SpawnOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

const running = new Set<ChildProcess>();
const services = new Set<Service>();

// A group is gone once its leader has exited and nothing else answers signal 0.
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/**
 * Stops every service started so far (those that failed to get ready too): for `afterAll`, so a
 * failing set-up leaves nothing running.
 *
 * @example
 * afterAll(stopAllServices);
 */
export async function stopAllServices(): Promise<void> {
  await Promise.all([...services].map((service) => service.stop()));
}

function start(command: string, args: readonly string[], { cwd, env }: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/**
 * Runs a command to completion; rejects with its output when it fails or outlives `timeoutMs`.
 *
 * @example
 * const { durationMs } = await runCommand('next build', process.execPath, [nextBin, 'build'], { cwd, env });
 */
export async function runCommand(
  name: string,
  command: string,
  args: readonly string[],
  { timeoutMs = 240_000, ...options }: SpawnOptions & { timeoutMs?: number },
): Promise<{ output: string; durationMs: number }> {
  const started = performance.now();
  const child = start(command, args, options);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  killGroup(child, 'SIGKILL'); // build workers left behind, if any
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${output.slice(-4000)}`);
  return { output, durationMs: performance.now() - started };
}

/**
 * Starts a service and resolves once its output matches `ready` (with the match), or rejects with its
 * output when it exits or takes longer than `timeoutMs`.
 *
 * @example
 * const { service, match } = await startService('memos', process.execPath, [bin, 'serve'], { cwd, env, ready: /MEMOS_BASE_URL=(\S+)/ });
 */
export async function startService(
  name: string,
  command: string,
  args: readonly string[],
  { ready, timeoutMs = 30_000, ...options }: SpawnOptions & { ready: RegExp; timeoutMs?: number },
): Promise<{ service: Service; match: RegExpMatchArray }> {
  const child = start(command, args, options);
  let output = '';
  const service: Service = {
    name,
    pid: child.pid ?? -1,
    output: () => output,
    async stop() {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
      killGroup(child, 'SIGKILL');
      services.delete(service);
    },
  };
  services.add(service);
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not get ready within ${timeoutMs} ms`), timeoutMs);
    let waiting = true;
    const onData = (chunk: Buffer) => {
      output += chunk;
      const found = waiting ? ready.exec(output) : null;
      if (found) {
        waiting = false;
        clearTimeout(timer);
        resolve(found);
      }
    };
    const fail = (why: string) => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      void service.stop();
      reject(new Error(`${name} ${why}:\n${output.slice(-4000)}`));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => fail(`exited early (${signal ?? code})`));
  });
  return { service, match };
}

/**
 * A TCP port free on 127.0.0.1 right now.
 *
 * @example
 * const port = await freePort();
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
