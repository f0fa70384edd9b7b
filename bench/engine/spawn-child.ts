import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/**
 * Runs one benchmark step in a fresh Node process and returns the JSON it prints.
 *
 * @example
 * const result = await runChild<{ openMs: number }>('search', { path, queries: 0, seed: 1, warmup: 0 });
 */
export function runChild<T>(
  mode: string,
  args: Record<string, unknown>,
  { timeoutMs = 600_000 }: { timeoutMs?: number } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=memos-source',
        '--disable-warning=ExperimentalWarning',
        CHILD,
        mode,
        JSON.stringify(args),
      ],
      // A stuck step must fail the run with a message, not hang it.
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1);
      if (code !== 0 || line === undefined || line === '') {
        const how = code === null ? `was killed after ${timeoutMs} ms` : `exited with ${code}`;
        reject(new Error(`bench child "${mode}" ${how}:\n${stderr.trim()}`));
        return;
      }
      resolve(JSON.parse(line) as T);
    });
  });
}
