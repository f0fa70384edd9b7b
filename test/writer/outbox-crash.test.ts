import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWriter, MemOSClient } from '../../src/index.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

let server: MemOSTestServer;
let directory: string;
beforeAll(async () => {
  server = await startMemOSTestServer();
  directory = mkdtempSync(join(tmpdir(), 'memos-crash-'));
});
afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

function nextLine(child: ChildProcess): () => Promise<string> {
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the child exited early');
    return value;
  };
}

it('delivers every journaled write exactly once after the process is killed with SIGKILL', async () => {
  const outbox = join(directory, 'outbox.jsonl');
  const child = spawn(
    process.execPath,
    [
      '--conditions=memos-source',
      fileURLToPath(new URL('../support/crash-writer-child.ts', import.meta.url)),
      outbox,
      server.url,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const read = nextLine(child);
  expect(await read()).toBe('delivered');
  server.faultAlways('/add/message', { hang: true });
  child.stdin!.write('continue\n');
  expect(await read()).toBe('journaled');
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  server.faultAlways('/add/message', undefined);

  const writer = createWriter({
    backend: new MemOSClient({ apiKey: 'test-key', baseURL: server.url, maxRetries: 0 }),
    outbox: { path: outbox },
  });
  await writer.close();

  const stored = server.messages('crash-user').map((message) => message.content);
  expect(stored.toSorted()).toEqual([
    'message for delivered-1',
    'message for delivered-2',
    'message for pending-1',
    'message for pending-2',
    'message for pending-3',
  ]);
  // A writer started after the replay finds nothing left to send.
  const after = createWriter({
    backend: new MemOSClient({ apiKey: 'test-key', baseURL: server.url, maxRetries: 0 }),
    outbox: { path: outbox },
  });
  expect(after.pending).toBe(0);
  await after.close();
});
