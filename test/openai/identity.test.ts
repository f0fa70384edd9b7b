// Who a call belongs to: the `memos` field (validated, removed before the request leaves),
// resolveIdentity(params), static ids; no user id is a MemOSConfigError and nothing is sent.
import { createMemory, MemOSConfigError } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/openai';
import { describe, expect, it } from 'vitest';
import { QUESTION, stored, USER, useTestbed } from './helpers.ts';

const bed = useTestbed();
const messages = [{ role: 'user' as const, content: QUESTION }];

describe('identity per call', () => {
  it('no user id: a MemOSConfigError, and neither OpenAI nor MemOS hears of the call', async () => {
    const client = withMemOS(bed.client(), { memory: bed.memory() });
    const error = await client.chat.completions
      .create({ model: 'gpt-fake', messages })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(MemOSConfigError);
    expect(String(error.message)).toContain('userId');
    await expect(client.responses.create({ model: 'gpt-fake', input: QUESTION })).rejects.toBeInstanceOf(
      MemOSConfigError,
    );
    // The helpers reject too; the SDK's event streams wrap any error that is not its own in an
    // OpenAIError, with ours as the cause.
    const helperError = await client.chat.completions
      .stream({ model: 'gpt-fake', messages })
      .finalChatCompletion()
      .catch((caught) => caught);
    expect(helperError.cause).toBeInstanceOf(MemOSConfigError);
    expect(bed.upstream()).toEqual([]);
    expect(bed.memosCalls()).toEqual({ search: 0, add: 0 });
  });

  it('a malformed memos field is a MemOSConfigError naming the field', async () => {
    const client = withMemOS(bed.client(), { memory: bed.memory() });
    const bad = [{ user_id: USER }, { userId: '' }, { userId: 42 }, 'ada'];
    for (const memos of bad) {
      const error = await client.chat.completions
        .create({ model: 'gpt-fake', messages, memos: memos as never })
        .catch((caught) => caught);
      expect(error).toBeInstanceOf(MemOSConfigError);
      expect(String(error.message)).toMatch(/memos/);
    }
    expect(bed.upstream()).toEqual([]);
  });

  it('resolveIdentity receives the params (without memos); the memos field wins over it', async () => {
    const seen: unknown[] = [];
    const memory = bed.memory({
      resolveIdentity: (params) => {
        seen.push(params);
        const { safety_identifier: user } = params as { safety_identifier?: string };
        return { userId: user, conversationId: 'resolved' };
      },
    });
    const client = withMemOS(bed.client(), { memory });
    await client.chat.completions.create({ model: 'gpt-fake', messages, safety_identifier: USER });
    await client.responses.create({
      model: 'gpt-fake',
      input: QUESTION,
      safety_identifier: 'someone-else',
      memos: { userId: USER, conversationId: 'explicit' },
    });
    await memory.flush();
    expect(seen[0]).toMatchObject({ model: 'gpt-fake', safety_identifier: USER });
    expect(seen[0]).not.toHaveProperty('memos');
    expect(stored(bed, 'resolved')).toHaveLength(2);
    expect(stored(bed, 'explicit')).toHaveLength(2);
  });

  it('static ids with an existing memory, or createMemory options with ids', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory, userId: USER, conversationId: 'static' });
    await client.chat.completions.create({ model: 'gpt-fake', messages });
    await client.chat.completions.create({
      model: 'gpt-fake',
      messages,
      memos: { conversationId: 'override' },
    });
    await memory.flush();
    expect(stored(bed, 'static')).toHaveLength(2);
    expect(stored(bed, 'override')).toHaveLength(2);
  });

  it('readOnly recalls but stores nothing; skip leaves the call alone (no user id needed)', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    await client.chat.completions.create({
      model: 'gpt-fake',
      messages,
      memos: { userId: USER, readOnly: true },
    });
    await memory.flush();
    expect(bed.memosCalls()).toEqual({ search: 1, add: 0 });
    expect(bed.lastSystem()).toContain('7 Days Inn');

    await client.chat.completions.create({ model: 'gpt-fake', messages, memos: { skip: true } });
    await client.responses.create({ model: 'gpt-fake', input: 'Title this chat', memos: { skip: true } });
    await memory.flush();
    expect(bed.memosCalls()).toEqual({ search: 1, add: 0 });
    expect(bed.upstream()[1]?.body).toEqual({ model: 'gpt-fake', messages });
    expect(bed.upstream()[2]?.body).toEqual({ model: 'gpt-fake', input: 'Title this chat' });
  });
});

describe('malformed requests', () => {
  it('are refused with a MemOSConfigError naming where, before anything is sent', async () => {
    const client = withMemOS(bed.client(), { memory: bed.memory() });
    const memos = { userId: USER };
    const cases: [unknown, RegExp][] = [
      [{ model: 'm', messages: 'hi', memos }, /messages must be an array/],
      [{ model: 'm', messages: [null], memos }, /messages\[0\] must be a message object/],
      [{ model: 'm', messages: [{ role: 'user', content: 7 }], memos }, /messages\[0\]\.content must be/],
      [
        { model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 1 }] }], memos },
        /text must be a string/,
      ],
    ];
    for (const [params, message] of cases) {
      const error = await client.chat.completions.create(params as never).catch((caught) => caught);
      expect(error).toBeInstanceOf(MemOSConfigError);
      expect(String(error.message)).toMatch(message);
    }
    const bad = await client.responses
      .create({ model: 'm', input: 42, memos } as never)
      .catch((caught) => caught);
    expect(bad).toBeInstanceOf(MemOSConfigError);
    expect(String(bad.message)).toMatch(/input must be a string or an array of items/);
    await expect(client.chat.completions.create(null as never)).rejects.toBeInstanceOf(MemOSConfigError);
    expect(bed.upstream()).toEqual([]);
  });

  it('unknown roles, parts and items pass through untouched for the API to judge', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    const odd = [
      { role: 'function', name: 'legacy', content: 'x' },
      {
        role: 'user',
        content: [
          { type: 'text', text: QUESTION },
          { type: 'future_part', value: 1 },
        ],
      },
    ];
    await client.chat.completions.create({ model: 'm', messages: odd as never, memos: { userId: USER } });
    const sent = bed.upstream()[0]?.body as { messages: unknown[] };
    expect(sent.messages.slice(1)).toEqual(odd);
    await memory.flush();
    expect(stored(bed)[0]).toEqual({ role: 'user', content: QUESTION });
  });
});

describe('options', () => {
  it('are checked when the client is wrapped', () => {
    const client = bed.client();
    const memory = createMemory({ backend: bed.memory().backend, logger: false });
    const wrong: [unknown, unknown][] = [
      [client, { memory, recallTimeoutMs: 10 }],
      [client, { memory: {} }],
      [client, { memory, userId: 7 }],
      [client, 'ada'],
      [client, { recallTimeoutMs: -1 }],
      [{}, {}],
      [null, {}],
      [{ chat: { completions: { create: () => undefined } } }, {}],
      [withMemOS(client, { memory }), {}],
    ];
    for (const [target, options] of wrong) {
      expect(() => withMemOS(target as never, options as never)).toThrow(MemOSConfigError);
    }
  });

  it('no key ever appears in an error', async () => {
    const client = withMemOS(bed.client(), { memory: bed.memory() });
    const error = await client.chat.completions.create({ model: 'm', messages }).catch((caught) => caught);
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain('sk-test-secret');
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain('test-key');
  });
});
