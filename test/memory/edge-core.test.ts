import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

let server: MemOSTestServer;
beforeAll(async () => {
  server = await startMemOSTestServer();
  server.seed('edge-user', { facts: [{ memory_value: 'Lives in Lyon' }] });
});
afterAll(() => server.close());

it('runs a whole turn (recall, capture, close) with no Node built-in and no undici resolvable', async () => {
  const script = fileURLToPath(new URL('./fixtures/edge-core.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=memos-source', '--no-warnings', script, server.url],
    { timeout: 15_000 },
  );
  expect(JSON.parse(stdout)).toEqual({ source: 'search', lyon: true });
  expect(server.messages('edge-user', 'edge-chat').map((message) => message.content)).toEqual([
    'Where do I live?',
    'In Lyon.',
  ]);
});
