// The real executable, as a user runs it: `/exit` typed into an open terminal must end the process.
// stdin stays open on purpose (a terminal never sends EOF by itself), so only `/exit` can end the chat.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from './cli-helpers.ts';

const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));

let child: ChildProcess | undefined;
let dir: ReturnType<typeof tempDir> | undefined;
afterEach(() => {
  // A chat that did not end by itself is killed here, so a failing run leaves nothing behind.
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  dir?.cleanup();
  dir = undefined;
});

it('ends by itself after /exit while stdin is still open, with the turn saved', async () => {
  dir = tempDir();
  const started = spawn(
    process.execPath,
    ['--conditions=memos-source', BIN, 'chat', '--user', 'exit-user', '--db', 'chat.db'],
    // No OPENAI_API_KEY and no MEMOS_API_KEY: the offline demo model and the local engine.
    { cwd: dir.path, env: { PATH: process.env.PATH ?? '' }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child = started;
  let stdout = '';
  let stderr = '';
  started.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  started.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    started.once('exit', (code, signal) => resolve({ code, signal })),
  );

  started.stdin!.write('I live in Lisbon.\n/exit\n');
  // Deliberately no stdin.end(): the process must leave on /exit alone.
  const { code, signal } = await exited;

  expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  expect(stdout).toContain('bot> ');
  expect(stdout).toMatch(/Saving memories\.\.\.\nBye\.\n$/);
  const saved = new LocalMemOS({ path: join(dir.path, 'chat.db') });
  try {
    const { memory_detail_list } = await saved.getMemory({ user_id: 'exit-user' });
    expect(memory_detail_list?.map((item) => item.memory_value).join('\n')).toMatch(/Lisbon/);
  } finally {
    await saved.close();
  }
}, 15_000);
