// The API key (or any 8-character run of it) in no error, cause, log line, event payload or CLI output,
// however the server echoes it: the CLI's commands, `serve` with the key as its token, the memory
// core's events and warnings, the client's errors. (The other files of the suite scan what they see
// too, with the same key, through createSecretSink.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { createMemory, MemOSClient, type TurnMessage } from '../../src/index.ts';
import { capture, tempDir } from '../cli/cli-helpers.ts';
import { type Fault, type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';
import { createSecretSink, RELIABILITY_KEY, report } from './support.ts';

const secrets = createSecretSink();
let server: MemOSTestServer;
const directory = tempDir();
beforeAll(async () => {
  server = await startMemOSTestServer({ token: RELIABILITY_KEY });
});
afterAll(async () => {
  await server.close();
  directory.cleanup();
  report('secrets', { scanned: secrets.seen, leaks: secrets.leaks.length });
  expect(secrets.leaks).toEqual([]);
});

/** Faults that echo the key: whole, at offsets across the 300-character cut, half, in auth values. */
const ECHOES: Fault[] = [
  ...[0, 250, 285, 292, 296, 299, 300].map((offset) => ({
    code: 40309,
    message: `${'x'.repeat(offset)}${RELIABILITY_KEY} tail`,
  })),
  { status: 500, body: { code: 50000, message: `upstream said Token ${RELIABILITY_KEY}` } },
  { status: 401, body: `unauthorized: Token ${RELIABILITY_KEY}` },
  { status: 403, body: { detail: `key ${RELIABILITY_KEY.slice(0, 20)}… is not allowed` } },
  { status: 502, body: `<html>${RELIABILITY_KEY.slice(10)}</html>` },
  { code: 40132, message: `Invalid or expired API key ${RELIABILITY_KEY.slice(4, 20)}` },
  { reset: true },
  { hang: true },
  { malformed: true },
];

const user = (text: string): TurnMessage => ({ role: 'user', parts: [{ type: 'text', text }] });

describe('no run of the API key in anything the suite sees', () => {
  it('CLI commands (search, list, import) against a server echoing the key, with and without DEBUG', async () => {
    const chatLog = join(directory.path, 'chat.jsonl');
    writeFileSync(chatLog, `${JSON.stringify({ role: 'user', content: 'I live in Lyon.' })}\n`);
    const commands = [
      ['search', 'where do I live', '--user', 'u-1', '--timeout', '300'],
      ['list', '--user', 'u-1', '--timeout', '300'],
      ['import', chatLog, '--user', 'u-1', '--timeout', '300'],
    ];
    let runs = 0;
    for (const fault of ECHOES) {
      for (const argv of commands) {
        for (const debug of [undefined, 'memos']) {
          server.reset();
          server.faultAlways('*', fault);
          const stdout = capture();
          const stderr = capture();
          await run(argv, {
            stdout,
            stderr,
            env: {
              MEMOS_API_KEY: RELIABILITY_KEY,
              MEMOS_BASE_URL: server.url,
              ...(debug ? { DEBUG: debug } : {}),
            },
            cwd: directory.path,
          });
          secrets.add(stdout.text);
          secrets.add(stderr.text);
          runs += 1;
        }
      }
    }
    server.faultAlways('*', undefined);
    expect(runs).toBe(ECHOES.length * commands.length * 2);
  });

  it('serve with the key as its token: its log lines and answers to wrong or partial tokens', async () => {
    const stop = new AbortController();
    const stdout = capture();
    const stderr = capture();
    const serving = run(
      ['serve', '--port', '0', '--db', join(directory.path, 'serve.db'), '--token', RELIABILITY_KEY, '-v'],
      {
        stdout,
        stderr,
        env: { DEBUG: 'memos' },
        cwd: directory.path,
        signal: stop.signal,
      },
    );
    const [, baseURL] = (await stdout.waitFor(/MEMOS_BASE_URL=(\S+)/)) as RegExpMatchArray;
    const tokens = [
      undefined,
      'wrong',
      RELIABILITY_KEY.slice(0, 20),
      `${RELIABILITY_KEY}x`,
      `Bearer ${RELIABILITY_KEY}`,
    ];
    for (const token of tokens) {
      for (const path of ['/search/memory', '/add/message', '/nope']) {
        const response = await fetch(`${baseURL}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Token ${token}` } : {}),
          },
          body: JSON.stringify({ user_id: 'u', query: RELIABILITY_KEY.slice(2, 30) }),
        });
        // The request carried part of the key in its own body: the answer may echo that, not more.
        const text = await response.text();
        secrets.add(text.replaceAll(RELIABILITY_KEY.slice(2, 30), ''));
      }
    }
    stop.abort();
    await serving;
    secrets.add(stdout.text);
    secrets.add(stderr.text);
  });

  it('the memory core: error and drop events, and its default warnings, against a key-echoing server', async () => {
    const warnings: string[] = [];
    const memory = createMemory({
      backend: new MemOSClient({
        apiKey: RELIABILITY_KEY,
        baseURL: server.url,
        maxRetries: 0,
        timeoutMs: 300,
      }),
      userId: 'u-core',
      recallTimeoutMs: 200,
      // No breaker here: it would pause (rightly) after five failures in a row, and this run fails on purpose.
      writer: { maxRetries: 0, circuitBreaker: false },
      logger: { warn: (message) => warnings.push(message) },
      onDrop: (event) => secrets.add(event),
      onWrite: (event) => secrets.add(event),
      onCapture: (event) => secrets.add(event),
      onRecall: (event) => secrets.add(event),
    });
    // Without an onError the default warning speaks; an events listener added later hears the rest.
    for (const fault of ECHOES.slice(0, 6)) {
      server.reset();
      server.faultAlways('*', fault);
      const turn = { messages: [user(`turn under fault ${JSON.stringify(fault).slice(0, 20)}`)] };
      await memory.recall(turn);
      memory.capture(turn, { status: 'complete', text: 'ok' });
      await memory.flush();
    }
    memory.events.on('error', (event) => secrets.add(event));
    for (const fault of ECHOES.slice(6)) {
      server.reset();
      server.faultAlways('*', fault);
      const turn = { messages: [user(`turn under fault ${JSON.stringify(fault).slice(0, 20)}`)] };
      await memory.recall(turn);
      memory.capture(turn, { status: 'complete', text: 'ok' });
      await memory.flush();
    }
    server.faultAlways('*', undefined);
    await memory.close();
    for (const warning of warnings) secrets.add(warning);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('the client: every error of every endpoint under every echoing fault', async () => {
    const client = new MemOSClient({
      apiKey: RELIABILITY_KEY,
      baseURL: server.url,
      maxRetries: 1,
      timeoutMs: 300,
    });
    const calls = [
      () => client.searchMemory({ user_id: 'u', query: 'q' }),
      () =>
        client.addMessage({ user_id: 'u', conversation_id: 'c', messages: [{ role: 'user', content: 'x' }] }),
      () => client.getMemory({ user_id: 'u' }),
      () => client.getMessage({ user_id: 'u', conversation_id: 'c' }),
      () => client.deleteMemory({ memory_ids: ['m'] }),
    ];
    let failures = 0;
    for (const fault of ECHOES) {
      server.reset();
      server.faultAlways('*', fault);
      for (const call of calls) {
        try {
          await call();
        } catch (error) {
          failures += 1;
          secrets.add(error);
        }
      }
    }
    server.faultAlways('*', undefined);
    await client.close();
    expect(failures).toBeGreaterThan(ECHOES.length * 3);
  });
});
