// Fail open, out loud: with no onError, each kind of failure is said once, on the logger (the
// console by default), naming the cause and the option that handles it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemory, MemOSConfigError } from '../../src/index.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';
import { clientFor, turnOf } from './memory-test-kit.ts';

let server: MemOSTestServer;
beforeAll(async () => {
  server = await startMemOSTestServer();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  server.reset();
});
afterAll(() => server.close());

const HANDLED_BY = 'Pass onError to handle this, or logger: false to silence it.';

function capturingLogger() {
  const lines: string[] = [];
  return { lines, logger: { warn: (message: string) => lines.push(message) } };
}

describe('failures are said once per kind when nobody handles them', () => {
  it('an unreachable MemOS: one line for recall, one for the write, none repeated', async () => {
    server.faultAlways('*', { reset: true });
    const { lines, logger } = capturingLogger();
    const apiKey = 'mpg-very-secret-key-0123456789';
    const memory = createMemory({
      backend: clientFor(server, { apiKey }),
      userId: 'u-1',
      logger,
      writer: { maxRetries: 0 },
    });
    expect((await memory.recall(turnOf('Where do I live?'))).source).toBe('error');
    expect((await memory.recall(turnOf('And where do I work?'))).source).toBe('error');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^memos-middleware: recall failed \(MemOSConnectionError: .+\); the call went on without memory\. /,
    );
    expect(lines[0]!.endsWith(HANDLED_BY)).toBe(true);

    memory.capture(turnOf('I live in Lyon.'), { status: 'complete', text: 'Noted.' });
    memory.capture(turnOf('I work in Paris.'), { status: 'complete', text: 'Noted.' });
    await memory.flush();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^memos-middleware: a write to MemOS failed \(MemOSConnectionError: /);
    for (const line of lines) expect(line).not.toContain(apiKey);

    // Another kind of failure is said again.
    server.faultAlways('*', { status: 500 });
    await memory.recall(turnOf('What do I like?'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^memos-middleware: recall failed \(MemOSServerError: /);
    await memory.close();
  });

  it('says it on console.warn by default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    server.faultAlways('/search/memory', { status: 500 });
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1' });
    await memory.recall(turnOf('Where do I live?'));
    await memory.recall(turnOf('Where do I work?'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]).toEqual([
      expect.stringMatching(/^memos-middleware: recall failed \(MemOSServerError/),
    ]);
  });

  it('a 200-character userId: one line naming MemOSInvalidRequestError', async () => {
    const { lines, logger } = capturingLogger();
    const memory = createMemory({ backend: clientFor(server), logger });
    const turn = turnOf('Where do I live?', { userId: 'x'.repeat(200) });
    expect((await memory.recall(turn)).source).toBe('error');
    expect((await memory.recall(turn)).source).toBe('error');
    expect(lines).toEqual([
      expect.stringMatching(/^memos-middleware: recall failed \(MemOSInvalidRequestError: .*user_id/),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('an unwritable .memos/ for the default local engine: one line naming the file system error', async () => {
    vi.stubEnv('MEMOS_API_KEY', '');
    const directory = mkdtempSync(join(tmpdir(), 'memos-unwritable-'));
    // `.memos` is a file, so the engine cannot create `.memos/memory.db` under it.
    writeFileSync(join(directory, '.memos'), 'not a directory');
    const cwd = process.cwd();
    process.chdir(directory);
    try {
      const { lines, logger } = capturingLogger();
      const memory = createMemory({ userId: 'u-1', logger });
      expect((await memory.recall(turnOf('Where do I live?'))).source).toBe('error');
      expect((await memory.recall(turnOf('Where do I work?'))).source).toBe('error');
      expect(lines).toEqual([expect.stringMatching(/^memos-middleware: recall failed \(.*(ENOTDIR|EEXIST)/)]);
    } finally {
      process.chdir(cwd);
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('who handles failures instead', () => {
  it('onError replaces the warning', async () => {
    server.faultAlways('/search/memory', { status: 500 });
    const { lines, logger } = capturingLogger();
    const onError = vi.fn();
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1', logger, onError });
    await memory.recall(turnOf('Where do I live?'));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([]);
  });

  it('an error listener added with events.on does too, until it unsubscribes', async () => {
    server.faultAlways('/search/memory', { status: 500 });
    const { lines, logger } = capturingLogger();
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1', logger });
    const heard: unknown[] = [];
    const off = memory.events.on('error', (event) => heard.push(event.error));
    await memory.recall(turnOf('Where do I live?'));
    expect([heard.length, lines.length]).toEqual([1, 0]);
    off();
    off();
    await memory.recall(turnOf('Where do I work?'));
    expect([heard.length, lines.length]).toEqual([1, 1]);
  });

  it('logger: false silences it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    server.faultAlways('/search/memory', { status: 500 });
    const memory = createMemory({ backend: clientFor(server), userId: 'u-1', logger: false });
    expect((await memory.recall(turnOf('Where do I live?'))).source).toBe('error');
    expect(warn).not.toHaveBeenCalled();
  });

  it('a logger that is neither false nor has warn() is refused at construction', () => {
    for (const logger of [true, {}, { warn: 'loud' }, null]) {
      expect(() => createMemory({ logger: logger as never })).toThrow(MemOSConfigError);
      expect(() => createMemory({ logger: logger as never })).toThrow(
        /logger must be false or an object with a warn/,
      );
    }
    expect(() => createMemory({ logger: { warn: () => {} } })).not.toThrow();
  });
});
