// The framework-neutral memory tools (createMemoryTools) and the identity reader the adapters share.
import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMemoryTools,
  MEMORY_TOOL_DEFINITIONS,
  MemOSConfigError,
  type MemoryBackend,
  readIdentity,
} from '../../src/index.ts';

describe('readIdentity', () => {
  it('reads the identity fields and ignores the other keys of a shared object', () => {
    expect(
      readIdentity({ userId: 'u-1', thread_id: 't', tenant: 'x', readOnly: false }, 'configurable'),
    ).toEqual({
      userId: 'u-1',
      readOnly: false,
    });
    expect(readIdentity({ userId: null, conversationId: undefined }, 'context')).toEqual({});
    expect(readIdentity(undefined, 'context')).toEqual({});
  });

  it('a wrong field is a MemOSConfigError naming where and which, never the value', () => {
    const cases: [unknown, string][] = [
      [{ userId: 42 }, 'context.userId'],
      [{ userId: '' }, 'context.userId: must not be empty'],
      [{ skip: 'yes' }, 'context.skip'],
      ['u-1', 'Invalid context: must be an object'],
    ];
    for (const [value, message] of cases) {
      expect(() => readIdentity(value, 'context')).toThrow(MemOSConfigError);
      expect(() => readIdentity(value, 'context')).toThrow(message);
    }
    expect(() => readIdentity({ userId: 'secret-token-ish'.repeat(10) }, 'context')).not.toThrow(
      /secret-token-ish/,
    );
  });
});

describe('createMemoryTools', () => {
  let engine: LocalMemOS;
  beforeEach(() => {
    engine = new LocalMemOS({ path: ':memory:' });
  });
  afterEach(() => engine.close());

  it('defines three tools with strict input schemas', () => {
    expect(Object.keys(MEMORY_TOOL_DEFINITIONS)).toEqual(['search_memory', 'remember', 'forget']);
    expect(
      MEMORY_TOOL_DEFINITIONS.search_memory.inputSchema.safeParse({ query: 'x', extra: 1 }).success,
    ).toBe(false);
    expect(MEMORY_TOOL_DEFINITIONS.forget.inputSchema.safeParse({ memoryId: 'm-1' }).success).toBe(true);
  });

  it('searches only the asking user and returns facts and preferences above the relevance floor', async () => {
    const tools = createMemoryTools({ backend: engine });
    await tools.remember(
      { text: 'I live in Lyon and I prefer quiet hotels.' },
      { userId: 'u-1', conversationId: 'c-1' },
    );
    await tools.remember({ text: 'I live in Oslo.' }, { userId: 'u-2' });

    const { memories } = await tools.searchMemory({ query: 'Where do I live?' }, { userId: 'u-1' });
    expect(memories.map((item) => item.text).join(' ')).toContain('Lyon');
    expect(memories.map((item) => item.text).join(' ')).not.toContain('Oslo');
    for (const item of memories) {
      expect(['fact', 'preference']).toContain(item.kind);
      expect(item.relativity ?? 1).toBeGreaterThanOrEqual(0.45);
      expect(item.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    expect((await tools.searchMemory({ query: 'pizza toppings' }, { userId: 'u-1' })).memories).toEqual([]);
  });

  it("forget checks ownership by listing the user's memories when the backend cannot fetch one by id", async () => {
    const tools = createMemoryTools({ backend: engine });
    await tools.remember({ text: 'I am vegetarian.' }, { userId: 'owner' });
    const [item] = (await tools.searchMemory({ query: 'diet vegetarian' }, { userId: 'owner' })).memories;
    expect(item).toBeDefined();
    // A backend without getMemoryById (the method is optional in MemoryBackend).
    const rest: MemoryBackend = {
      searchMemory: engine.searchMemory.bind(engine),
      addMessage: engine.addMessage.bind(engine),
      getMessage: engine.getMessage.bind(engine),
      getMemory: engine.getMemory.bind(engine),
      deleteMemory: engine.deleteMemory.bind(engine),
    };
    const listing = createMemoryTools({ backend: rest });

    expect(await listing.forget({ memoryId: item!.id }, { userId: 'intruder' })).toMatchObject({
      forgotten: false,
      refused: 'not-found',
    });
    expect(await listing.forget({ memoryId: 'no-such-id' }, { userId: 'owner' })).toMatchObject({
      refused: 'not-found',
    });
    expect(await listing.forget({ memoryId: item!.id }, { userId: 'owner' })).toMatchObject({
      forgotten: true,
    });
    expect(
      (await tools.searchMemory({ query: 'diet vegetarian' }, { userId: 'owner' })).memories.map((m) => m.id),
    ).not.toContain(item!.id);
  });

  it('refuses without a user, with bad input, and under readOnly or skip', async () => {
    const tools = createMemoryTools({ backend: engine });
    await expect(tools.searchMemory({ query: 'x' }, {})).rejects.toThrow(MemOSConfigError);
    await expect(tools.remember({ text: '' }, { userId: 'u-1' })).rejects.toThrow('Invalid remember input');
    await expect(tools.searchMemory({ query: 'x', limit: 99 }, { userId: 'u-1' })).rejects.toThrow(
      MemOSConfigError,
    );
    expect(await tools.remember({ text: 'I like jazz.' }, { userId: 'u-1', readOnly: true })).toMatchObject({
      saved: false,
      refused: 'read-only',
    });
    expect(await tools.searchMemory({ query: 'jazz music' }, { userId: 'u-1' })).toEqual({ memories: [] });
    expect(await tools.forget({ memoryId: 'm' }, { userId: 'u-1', skip: true })).toMatchObject({
      refused: 'skip',
    });
  });
});
