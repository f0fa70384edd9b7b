// Drives the CLI in-process: captured streams, a temp working directory, no inherited environment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type CliContext, run } from '../../src/cli/run.ts';

/** A writable that keeps what was written. */
export interface Captured {
  write(text: string): boolean;
  readonly isTTY: boolean;
  readonly text: string;
  /** Resolves once the captured text matches. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
}

/** A capture stream; `isTTY` switches the progress bar on. */
export function capture(isTTY = false): Captured {
  let text = '';
  const waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      const match = text.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  return {
    write(chunk: string) {
      text += chunk;
      check();
      return true;
    },
    isTTY,
    get text() {
      return text;
    },
    waitFor(pattern) {
      return new Promise((resolve) => {
        waiters.push({ pattern, resolve });
        check();
      });
    },
  };
}

/** A temp directory removed by `cleanup()`. */
export function tempDir(): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), 'memos-cli-test-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Runs the CLI with captured output in `cwd`, an empty environment unless given. */
export async function runCli(
  argv: string[],
  {
    cwd,
    env = {},
    stdin,
    signal,
    ttyErr = false,
  }: { cwd: string; env?: Record<string, string>; stdin?: string[]; signal?: AbortSignal; ttyErr?: boolean },
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture(ttyErr);
  const context: CliContext = {
    stdout,
    stderr,
    env,
    cwd,
    ...(stdin ? { stdin: Readable.from(stdin) } : {}),
    ...(signal ? { signal } : {}),
  };
  const code = await run(argv, context);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
