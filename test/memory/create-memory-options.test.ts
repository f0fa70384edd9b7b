import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createMemory,
  MemOSClient,
  MemOSConfigError,
  type MemoryBackend,
  type MemoryEvents,
  type MemoryOptions,
} from '../../src/index.ts';
import { createLazyBackend, resolveDefaultBackend } from '../../src/memory/index.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';
import { clientFor, turnOf } from './memory-test-kit.ts';

let server: MemOSTestServer;
beforeAll(async () => {
  server = await startMemOSTestServer();
});
afterEach(() => {
  vi.unstubAllEnvs();
  server.reset();
});
afterAll(() => server.close());

const configError = (options: unknown, message: RegExp) => {
  let thrown: unknown;
  try {
    createMemory(options as MemoryOptions);
  } catch (error) {
    thrown = error;
  }
  expect(MemOSConfigError.isInstance(thrown)).toBe(true);
  expect((thrown as Error).message).toMatch(message);
};

describe('createMemory options', () => {
  it('refuses bad options at construction, naming the field', () => {
    const backend = clientFor(server);
    configError({ backend, userID: 'u-1' }, /Unrecognized key.*userID/);
    configError({ backend, recallTimeoutMs: 0 }, /recallTimeoutMs/);
    configError({ backend, memoryLimit: 26 }, /memoryLimit must be at most 25/);
    configError({ backend, relativity: 1.5 }, /relativity must be between 0 and 1/);
    configError({ backend, placement: 'top' }, /placement/);
    configError({ backend, onAbort: 'drop' }, /onAbort/);
    configError({ backend: {} }, /backend must implement MemoryBackend/);
    configError({ backend, userId: 'x'.repeat(101) }, /userId must be at most 100 characters/);
    configError({ backend, writer: { concurrency: 0 } }, /writer\.concurrency/);
    configError({ backend, shouldRecall: 'yes' }, /shouldRecall must be a function/);
  });

  it('checks addDefaults against the MemOS add schema, and keeps the turn fields for the turn', () => {
    const backend = clientFor(server);
    configError({ backend, addDefaults: { asyncMode: false } }, /addDefaults.*asyncMode/);
    configError({ backend, addDefaults: { user_id: 'someone' } }, /addDefaults must not set user_id/);
    expect(() => createMemory({ backend, addDefaults: { async_mode: false, tags: ['a'] } })).not.toThrow();
  });

  it('exposes the resolved placement and backend to adapters', () => {
    const backend = clientFor(server);
    expect(createMemory({ backend }).placement).toBe('system');
    const memory = createMemory({ backend, placement: 'user' });
    expect(memory.placement).toBe('user');
    expect(memory.backend).toBe(backend);
  });
});

describe('default backend', () => {
  it('uses MemOS Cloud when MEMOS_API_KEY is set, and says so once', async () => {
    vi.stubEnv('MEMOS_API_KEY', 'test-key');
    vi.stubEnv('MEMOS_BASE_URL', server.url);
    const infos: MemoryEvents['info'][] = [];
    const memory = createMemory({ onInfo: (event) => infos.push(event) });
    const late: MemoryEvents['info'][] = [];
    memory.events.on('info', (event) => late.push(event));
    expect(memory.backend).toBeInstanceOf(MemOSClient);
    await memory.recall(turnOf('Where do I live?'));
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(infos).toEqual([{ backend: 'cloud', message: expect.stringContaining(server.url) }]);
    expect(late).toEqual(infos);
    expect(JSON.stringify(infos)).not.toContain('test-key');
    await memory.close();
  });

  it('uses the MemOS API at MEMOS_BASE_URL with no key (a local `memos-middleware serve`)', async () => {
    vi.stubEnv('MEMOS_API_KEY', '');
    vi.stubEnv('MEMOS_BASE_URL', server.url);
    const infos: MemoryEvents['info'][] = [];
    const memory = createMemory({ onInfo: (event) => infos.push(event) });
    expect(memory.backend).toBeInstanceOf(MemOSClient);
    await memory.recall(turnOf('Where do I live?'));
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(infos).toEqual([{ backend: 'cloud', message: expect.stringContaining('MEMOS_BASE_URL is set') }]);
    await memory.close();
  });

  it('says nothing when a backend is passed', async () => {
    const onInfo = vi.fn();
    createMemory({ backend: clientFor(server), onInfo });
    await Promise.resolve();
    expect(onInfo).not.toHaveBeenCalled();
  });

  it('falls back to the embedded engine, loaded on first use only', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'memos-local-'));
    try {
      const localPath = join(directory, 'memory.db');
      const { backend, info } = resolveDefaultBackend({ env: {}, localPath });
      expect(info).toEqual({ backend: 'local', message: expect.stringContaining(localPath) });
      await backend.addMessage({
        user_id: 'u-1',
        conversation_id: 'c',
        messages: [{ role: 'user', content: 'I live in Lyon.' }],
      });
      const found = await backend.searchMemory({ user_id: 'u-1', query: 'Where do I live?', relativity: 0 });
      expect(JSON.stringify(found)).toContain('Lyon');
      await backend.close?.();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('a lazy backend loads once, on first call, and closes only what it loaded', async () => {
    const loaded = clientFor(server);
    const load = vi.fn(async (): Promise<MemoryBackend> => loaded);
    const lazy = createLazyBackend(load);
    await lazy.close?.();
    expect(load).not.toHaveBeenCalled();
    await Promise.all([
      lazy.searchMemory({ user_id: 'u-1', query: 'one?' }),
      lazy.searchMemory({ user_id: 'u-1', query: 'two?' }),
    ]);
    expect(load).toHaveBeenCalledTimes(1);
    await lazy.close?.();
    await expect(loaded.searchMemory({ user_id: 'u-1', query: 'closed?' })).rejects.toSatisfy(
      MemOSConfigError.isInstance,
    );
  });
});
