import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemOSClient, type MemOSError } from '../../src/index.ts';
import { createMemOSServer } from '../../src/local/server/index.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

// 32 secret characters after the prefix, like a real key.
const SECRET = 'mpg-Q7rT2vX9kL4mN8pB3wZ6yC1dF5hJ0sA';

/** Every run of 8 characters of the key that appears in `text`. */
function runsOfKey(text: string): string[] {
  const found = new Set<string>();
  for (let index = 0; index + 8 <= SECRET.length; index += 1) {
    const run = SECRET.slice(index, index + 8);
    if (text.includes(run)) found.add(run);
  }
  return [...found];
}

function renderings(error: unknown): string {
  const out = [JSON.stringify(error), inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 10; depth += 1) {
    out.push(
      String(current.stack),
      current.message,
      JSON.stringify(Object.getOwnPropertyDescriptors(current)),
    );
    current = current.cause;
  }
  return out.join('\n');
}

async function failureOf(call: () => unknown): Promise<MemOSError> {
  try {
    await call();
  } catch (error) {
    return error as MemOSError;
  }
  throw new Error('expected the call to fail');
}

let server: MemOSTestServer;
beforeAll(async () => {
  server = await startMemOSTestServer({ token: SECRET });
});
afterAll(() => server.close());
const query = { user_id: 'u-1', query: 'q' };

describe('no run of 8 characters of the API key survives in an error', () => {
  // The server's message is cut at 300 characters: a key straddling the cut must not leave its head.
  for (const offset of [280, 290, 295, 299]) {
    it(`a server message echoing the key across the cut (key at ${offset})`, async () => {
      const message = `${'x'.repeat(offset)}${SECRET} and more`;
      server.fault('/search/memory', { code: 40309, message });
      const error = await failureOf(() =>
        new MemOSClient({ apiKey: SECRET, baseURL: server.url, maxRetries: 0 }).searchMemory(query),
      );
      expect(runsOfKey(renderings(error))).toEqual([]);
      expect(error.message).toMatch(/\[redacted\]|…/);
    });
  }

  it('a key echoed in part (its first 12 secret characters) by the server', async () => {
    server.fault('/search/memory', {
      status: 500,
      body: { code: 50000, message: `bad key ${SECRET.slice(0, 16)}…` },
    });
    const error = await failureOf(() =>
      new MemOSClient({ apiKey: SECRET, baseURL: server.url, maxRetries: 0 }).searchMemory(query),
    );
    expect(runsOfKey(renderings(error))).toEqual([]);
  });

  it('a proxying createMemOSServer answers its own callers without the upstream key', async () => {
    server.fault('/search/memory', { code: 40309, message: `${'y'.repeat(290)}${SECRET}` });
    const upstream = new MemOSClient({ apiKey: SECRET, baseURL: server.url, maxRetries: 0 });
    const proxy = createMemOSServer({ backend: upstream });
    const { baseURL } = await proxy.listen(0);
    try {
      const answer = await fetch(`${baseURL}/search/memory`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(query),
      });
      expect(runsOfKey(await answer.text())).toEqual([]);
    } finally {
      await proxy.close();
      await upstream.close();
    }
  });

  const optionCases: [string, () => unknown][] = [
    [
      'an unknown client option named like the key',
      () => new MemOSClient({ apiKey: SECRET, [SECRET]: 1 } as never),
    ],
    [
      'a header name holding the key',
      () => new MemOSClient({ apiKey: SECRET, headers: { [`x ${SECRET}`]: 'v' } }),
    ],
    [
      'an unknown request option named like the key',
      () =>
        new MemOSClient({ apiKey: SECRET, baseURL: server.url }).searchMemory(query, {
          [SECRET]: 1,
        } as never),
    ],
    [
      'a request field path holding the key',
      () =>
        new MemOSClient({ apiKey: SECRET, baseURL: server.url }).addMessage({
          user_id: 'u',
          conversation_id: 'c',
          messages: [{ role: 'user', content: 'x' }],
          info: { [SECRET]: { nested: true } },
        } as never),
    ],
  ];
  it.each(optionCases)('%s', async (_name, call) => {
    const error = await failureOf(call);
    expect(error.name).toMatch(/MemOS(Config|InvalidRequest)Error/);
    expect(runsOfKey(renderings(error))).toEqual([]);
  });
});
