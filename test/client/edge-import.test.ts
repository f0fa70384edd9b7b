import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

const script = fileURLToPath(new URL('./fixtures/edge-import.ts', import.meta.url));
const run = async (mode: 'fetch' | 'undici', baseURL: string) => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=memos-source', '--no-warnings', script, mode, baseURL],
    { timeout: 15_000 },
  );
  return JSON.parse(stdout) as { ok: boolean; facts?: string[]; name?: string; message?: string };
};

let server: MemOSTestServer;
beforeAll(async () => {
  server = await startMemOSTestServer();
  server.seed('edge-user', { facts: [{ memory_value: 'Lives in Lyon' }] });
});
afterAll(() => server.close());

describe('edge runtimes', () => {
  it('imports the package entry and calls MemOS through fetch with no Node built-in or undici resolvable', async () => {
    const result = await run('fetch', server.url);
    expect(result).toEqual({ ok: true, facts: ['Lives in Lyon'] });
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
  });

  it('only needs undici on the first call without fetch (which the blocking hook then refuses)', async () => {
    const result = await run('undici', server.url);
    expect(result).toMatchObject({
      ok: false,
      name: 'MemOSConfigError',
      message: expect.stringMatching(/could not load undici/),
    });
  });
});
