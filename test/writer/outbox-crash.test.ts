import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWriter, MemOSClient } from '../../src/index.ts';
import { LocalMemOS } from '../../src/local/index.ts';
import { createMemOSServer } from '../../src/local/server/index.ts';
import { startFaultProxy } from '../support/fault-proxy.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';
import { spawnOutboxChild } from '../support/outbox-child-process.ts';

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

it('replays a merged batch delivered before the kill under the same key: a key-honouring server stores it once', async () => {
  const memos = new LocalMemOS({ path: ':memory:' });
  const upstream = createMemOSServer({ backend: memos });
  const { url } = await upstream.listen(0);
  let release!: () => void;
  const firstHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  let killed!: Promise<void>;
  const proxy = await startFaultProxy({
    target: url,
    // The first add waits until the batch behind it has queued up; the batch is stored and its
    // answer lost; later requests (the replay) pass.
    decide: async ({ index }) => {
      if (index === 0) await firstHeld;
      return index === 1 ? 'lost-after' : 'pass';
    },
  });
  const baseURL = `${proxy.url}/api/openmem/v1`;
  const outbox = join(directory, 'batched-outbox.jsonl');
  const child = spawnOutboxChild(outbox, baseURL);
  try {
    await child.waitFor((event) => event.event === 'ready');
    proxy.onForwarded(({ index }) => {
      if (index === 1) killed = child.kill();
    });
    for (const text of ['t1', 't2', 't3', 't4']) child.send({ op: 'enqueue', conversation: 'c', text });
    await child.waitFor((event) => event.event === 'enqueued' && event.text === 't4');
    release();
    await child.exited;
    await killed;
    expect(child.events.filter((event) => event.event === 'written').map((event) => event.texts)).toEqual([
      ['t1'],
    ]);

    const writer = createWriter({
      backend: new MemOSClient({ apiKey: 'local', baseURL, maxRetries: 0 }),
      outbox: { path: outbox },
    });
    await writer.close();
    const { message_detail_list } = await memos.getMessage({
      user_id: 'crash-user',
      conversation_id: 'c',
      message_limit_number: 50,
    });
    expect(message_detail_list.map((message) => message.content)).toEqual(['t1', 't2', 't3', 't4']);
  } finally {
    if (child.process.exitCode === null && child.process.signalCode === null) await child.kill();
    await proxy.close();
    await upstream.close();
    await memos.close();
  }
});
