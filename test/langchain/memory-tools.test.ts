// The memory tools (search_memory, remember, forget) as LangChain tools, against LocalMemOS in-process,
// called directly and by a createAgent model.
import { AIMessage, HumanMessage, type ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { createAgent } from 'langchain';
import { createMemory, MemOSConfigError, type Memory } from 'memos-middleware';
import { memosAgentMiddleware, memosTools } from 'memos-middleware/langchain';
import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let memory: Memory;
beforeEach(() => {
  memory = createMemory({ backend: new LocalMemOS({ path: ':memory:' }), logger: false });
});
afterEach(() => memory.close());

const parse = (output: unknown) => JSON.parse(String(output));

describe('memosTools (LangChain)', () => {
  it('are three tools with their names, descriptions and schemas', () => {
    const tools = memosTools(memory);
    expect(tools.map((tool) => tool.name)).toEqual(['search_memory', 'remember', 'forget']);
    for (const tool of tools) expect(tool.description.length).toBeGreaterThan(40);
  });

  it('remember, then search_memory finds it with its id, then forget deletes it', async () => {
    const [search, remember, forget] = memosTools(memory);
    const config = { configurable: { userId: 'mia', thread_id: 'c-1' } };

    expect(parse(await remember.invoke({ text: 'I am allergic to peanuts.' }, config))).toMatchObject({
      saved: true,
    });
    const found = parse(await search.invoke({ query: 'food allergies' }, config));
    const peanut = found.memories.find((item: { text: string }) => item.text.includes('peanuts'));
    expect(peanut).toMatchObject({ kind: 'fact' });
    expect(typeof peanut.id).toBe('string');

    expect(parse(await forget.invoke({ memoryId: peanut.id }, config))).toMatchObject({ forgotten: true });
    const after = parse(await search.invoke({ query: 'food allergies' }, config));
    expect(after.memories.map((item: { id: string }) => item.id)).not.toContain(peanut.id);
  });

  it("forget refuses another user's memory id, and that memory stays", async () => {
    const [search, remember, forget] = memosTools(memory);
    await remember.invoke({ text: 'My PIN hint is the blue door.' }, { configurable: { userId: 'owner' } });
    const { memories } = parse(
      await search.invoke({ query: 'PIN hint' }, { configurable: { userId: 'owner' } }),
    );
    const id = memories[0]?.id;
    expect(typeof id).toBe('string');

    const refused = parse(await forget.invoke({ memoryId: id }, { configurable: { userId: 'intruder' } }));
    expect(refused).toMatchObject({ forgotten: false, refused: 'not-found' });
    const still = parse(await search.invoke({ query: 'PIN hint' }, { configurable: { userId: 'owner' } }));
    expect(still.memories.map((item: { id: string }) => item.id)).toContain(id);
    expect(
      parse(await search.invoke({ query: 'PIN hint' }, { configurable: { userId: 'intruder' } })).memories,
    ).toEqual([]);
  });

  it('readOnly refuses remember and forget; skip makes every tool a no-op', async () => {
    const [search, remember, forget] = memosTools(memory);
    const readOnly = { configurable: { userId: 'mia', readOnly: true } };
    expect(parse(await remember.invoke({ text: 'I like jazz.' }, readOnly))).toMatchObject({
      saved: false,
      refused: 'read-only',
    });
    expect(parse(await forget.invoke({ memoryId: 'm-1' }, readOnly))).toMatchObject({
      forgotten: false,
      refused: 'read-only',
    });
    expect(
      parse(await search.invoke({ query: 'music' }, { configurable: { userId: 'mia' } })).memories,
    ).toEqual([]);
    expect(
      parse(await search.invoke({ query: 'music' }, { configurable: { userId: 'mia', skip: true } })),
    ).toMatchObject({
      memories: [],
      refused: 'skip',
    });
  });

  it('a call without a user is a MemOSConfigError; static ids apply; bad arguments are refused', async () => {
    const [search] = memosTools(memory);
    await expect(search.invoke({ query: 'anything' })).rejects.toThrow(MemOSConfigError);
    const [bound] = memosTools(memory, { userId: 'mia' });
    expect(parse(await bound.invoke({ query: 'anything' }))).toEqual({ memories: [] });
    // biome-ignore lint/suspicious/noExplicitAny: wrong on purpose
    expect(() => memosTools({} as any)).toThrow(MemOSConfigError);
    expect(() => memosTools(memory, { userId: '' })).toThrow(MemOSConfigError);
  });

  it("in createAgent, the tools act for the run's context user", async () => {
    const memos = memosAgentMiddleware({ memory });
    const model = fakeModel()
      .respond(
        new AIMessage({
          content: '',
          tool_calls: [
            { id: 'r-1', name: 'remember', args: { text: 'I prefer window seats.' }, type: 'tool_call' },
          ],
        }),
      )
      .respond(new AIMessage('Saved: window seats.'));
    const agent = createAgent({ model, tools: memosTools(memos.memory), middleware: [memos] });
    const result = await agent.invoke(
      { messages: [new HumanMessage('Remember that I prefer window seats.')] },
      { context: { userId: 'mia' } },
    );
    await memory.flush();

    const toolMessage = result.messages.find((message) => message.type === 'tool') as ToolMessage | undefined;
    expect(parse(toolMessage?.content)).toMatchObject({ saved: true });
    const { memories } = parse(
      await memosTools(memory)[0].invoke({ query: 'seat preference' }, { configurable: { userId: 'mia' } }),
    );
    expect(memories.map((item: { text: string }) => item.text).join(' ')).toContain('window seats');
  });
});
