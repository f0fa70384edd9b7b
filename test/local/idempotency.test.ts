import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemOSClient, MemOSError } from '../../src/index.ts';
import { type Extractor, LocalMemOS } from '../../src/local/index.ts';
import { createMemOSServer } from '../../src/local/server/index.ts';
import { manualClock } from './helpers.ts';

const directories: string[] = [];
const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((item) => item.close()));
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function temporaryPath(): string {
  const directory = mkdtempSync(join(tmpdir(), 'memos-idempotency-'));
  directories.push(directory);
  return join(directory, 'memory.db');
}

function engine(options: ConstructorParameters<typeof LocalMemOS>[0] = {}): LocalMemOS {
  const memos = new LocalMemOS({ path: ':memory:', ...options });
  opened.push(memos);
  return memos;
}

const turn = (text: string, conversation = 'c-1') => ({
  user_id: 'u-1',
  conversation_id: conversation,
  messages: [{ role: 'user' as const, content: text }],
});

async function storedTexts(memos: LocalMemOS, conversation = 'c-1'): Promise<string[]> {
  const { message_detail_list } = await memos.getMessage({
    user_id: 'u-1',
    conversation_id: conversation,
    message_limit_number: 50,
  });
  return message_detail_list.map((message) => String(message.content));
}

describe('LocalMemOS honours Idempotency-Key', () => {
  it('answers a repeated key with the first answer and stores nothing the second time', async () => {
    const memos = engine();
    const first = await memos.addMessage(turn('I live in Lyon.'), { idempotencyKey: 'k-1' });
    const again = await memos.addMessage(turn('I live in Lyon.'), { idempotencyKey: 'k-1' });
    expect(again).toEqual(first);
    expect(await storedTexts(memos)).toEqual(['I live in Lyon.']);
    // Without a key (or with another one) the same words are a new add.
    await memos.addMessage(turn('I live in Lyon.'), { idempotencyKey: 'k-2' });
    await memos.addMessage(turn('I live in Lyon.'));
    expect(await storedTexts(memos)).toHaveLength(3);
  });

  it('refuses a key reused for a different request, with a typed 40000 error, storing nothing', async () => {
    const memos = engine();
    await memos.addMessage(turn('first'), { idempotencyKey: 'k-1' });
    const error = await memos.addMessage(turn('second'), { idempotencyKey: 'k-1' }).catch((caught) => caught);
    expect(MemOSError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 40000 });
    expect(String(error.message)).toMatch(/Idempotency-Key/);
    expect(await storedTexts(memos)).toEqual(['first']);
  });

  it('stores once when the same key arrives twice at the same time (a retry racing a slow first attempt)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: Extractor = {
      existingLimit: 0,
      async extract() {
        await gate;
        return { memories: [] };
      },
    };
    const memos = engine({ extractor: slow });
    const first = memos.addMessage(turn('racing'), { idempotencyKey: 'k-race' });
    const second = memos.addMessage(turn('racing'), { idempotencyKey: 'k-race' });
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(b).toEqual(a);
    expect(await storedTexts(memos)).toEqual(['racing']);
  });

  it('keeps the keys in the database: a repeat after reopening the file stores nothing', async () => {
    const path = temporaryPath();
    const before = new LocalMemOS({ path });
    const first = await before.addMessage(turn('durable'), { idempotencyKey: 'k-file' });
    await before.close();
    const after = engine({ path });
    expect(await after.addMessage(turn('durable'), { idempotencyKey: 'k-file' })).toEqual(first);
    expect(await storedTexts(after)).toEqual(['durable']);
  });

  it('forgets a key after the retention window, and keeps at most maxKeys', async () => {
    const clock = manualClock();
    const memos = engine({ now: clock.now, idempotency: { retentionMs: 60_000, maxKeys: 3 } });
    await memos.addMessage(turn('old'), { idempotencyKey: 'k-old' });
    clock.advance(60_001);
    await memos.addMessage(turn('old'), { idempotencyKey: 'k-old' });
    expect(await storedTexts(memos)).toEqual(['old', 'old']);

    for (const key of ['a', 'b', 'c', 'd']) await memos.addMessage(turn(key, 'c-2'), { idempotencyKey: key });
    // 'a' is the oldest of four: pushed out by the cap, so its repeat is stored again; 'd' is remembered.
    await memos.addMessage(turn('a', 'c-2'), { idempotencyKey: 'a' });
    await memos.addMessage(turn('d', 'c-2'), { idempotencyKey: 'd' });
    expect(await storedTexts(memos, 'c-2')).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('refuses bad idempotency options at construction', () => {
    expect(() => new LocalMemOS({ path: ':memory:', idempotency: { retentionMs: -1 } })).toThrow(
      /idempotency\.retentionMs/,
    );
    expect(() => new LocalMemOS({ path: ':memory:', idempotency: { maxKeys: 0 } })).toThrow(
      /idempotency\.maxKeys/,
    );
  });

  it('honours the key through createMemOSServer: a retried POST with the same key stores once', async () => {
    const memos = engine();
    const server = createMemOSServer({ backend: memos });
    opened.push(server);
    const { baseURL } = await server.listen(0);
    const client = new MemOSClient({ apiKey: 'local', baseURL, maxRetries: 0 });
    const first = await client.addMessage(turn('over HTTP'), { idempotencyKey: 'k-http' });
    const again = await client.addMessage(turn('over HTTP'), { idempotencyKey: 'k-http' });
    expect(again).toEqual(first);
    expect(await storedTexts(memos)).toEqual(['over HTTP']);
    await client.close();
  });
});

it('refuses an unusable key (too long, control characters) as an invalid request, storing nothing', async () => {
  const memos = engine();
  for (const key of ['k'.repeat(256), 'line\nbreak', '']) {
    const error = await memos.addMessage(turn('x'), { idempotencyKey: key }).catch((caught) => caught);
    expect(error).toMatchObject({ name: 'MemOSInvalidRequestError' });
  }
  expect(await storedTexts(memos)).toEqual([]);
});
