// MemOSChatMessageHistory and MemOSRetriever round trips against the local MemOS server (LocalMemOS
// behind createMemOSServer, spoken to over HTTP by MemOSClient, as MemOS Cloud would be).
import { AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { RunnableLambda } from '@langchain/core/runnables';
import { createMemory, MemOSClient, MemOSConfigError, type Memory } from 'memos-middleware';
import { MemOSChatMessageHistory, MemOSRetriever } from 'memos-middleware/langchain';
import { createMemOSServer, LocalMemOS, type MemOSServer } from 'memos-middleware/local';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

let engine: LocalMemOS;
let server: MemOSServer;
let baseURL: string;
let client: MemOSClient;
const memories: Memory[] = [];

beforeAll(async () => {
  engine = new LocalMemOS({ path: ':memory:' });
  server = createMemOSServer({ backend: engine, token: 'local-key' });
  ({ baseURL } = await server.listen(0));
  client = new MemOSClient({ apiKey: 'local-key', baseURL });
});
afterEach(async () => {
  await Promise.all(memories.splice(0).map((memory) => memory.close()));
});
afterAll(async () => {
  await server.close();
  await engine.close();
});

// Each core gets its own client: closing a core closes its backend.
const memoryOf = () => {
  const memory = createMemory({ backend: new MemOSClient({ apiKey: 'local-key', baseURL }), logger: false });
  memories.push(memory);
  return memory;
};

describe('MemOSChatMessageHistory', () => {
  it('stores messages and reads them back, oldest first; MemOS builds memories from them', async () => {
    const history = new MemOSChatMessageHistory({ userId: 'lena', conversationId: 'c-1', backend: client });
    await history.addMessages([
      new HumanMessage('I live in Lyon and I am vegetarian.'),
      new AIMessage('Noted!'),
    ]);
    await history.addUserMessage('Which market should I visit?');

    const messages = await history.getMessages();
    expect(messages.map((message) => [message.type, message.text])).toEqual([
      ['human', 'I live in Lyon and I am vegetarian.'],
      ['ai', 'Noted!'],
      ['human', 'Which market should I visit?'],
    ]);
    const found = await client.searchMemory({ user_id: 'lena', query: 'Where do I live?' });
    expect(JSON.stringify(found.memory_detail_list)).toContain('Lyon');
  });

  it('keeps to its user and conversation; skips system messages and what the user did not type; strips memory blocks', async () => {
    const history = new MemOSChatMessageHistory({
      userId: 'lena',
      conversationId: 'c-2',
      memory: memoryOf(),
    });
    await history.addMessages([
      new SystemMessage('You are a guide.'),
      new HumanMessage({ content: 'Summary of before.', additional_kwargs: { lc_source: 'summarization' } }),
      new HumanMessage('<memories>\n<facts>\n- x\n</facts>\n</memories>\n\nAny bakery nearby?'),
    ]);
    const messages = await history.getMessages();
    expect(messages.map((message) => [message.type, message.text])).toEqual([
      ['human', 'Any bakery nearby?'],
    ]);
    expect(
      await new MemOSChatMessageHistory({
        userId: 'other',
        conversationId: 'c-2',
        backend: client,
      }).getMessages(),
    ).toEqual([]);
  });

  it('messageLimit keeps the newest; clear() and bad options are MemOSConfigErrors', async () => {
    const history = new MemOSChatMessageHistory({
      userId: 'lena',
      conversationId: 'c-3',
      backend: client,
      messageLimit: 2,
    });
    await history.addMessages([new HumanMessage('one'), new AIMessage('two'), new HumanMessage('three')]);
    expect((await history.getMessages()).map((message) => message.text)).toEqual(['two', 'three']);

    await expect(history.clear()).rejects.toThrow(MemOSConfigError);
    // biome-ignore lint/suspicious/noExplicitAny: wrong on purpose
    const bad: any[] = [
      { conversationId: 'c' },
      { userId: 'u', conversationId: '' },
      { userId: 'u', conversationId: 'c', messageLimit: 51 },
      { userId: 'u', conversationId: 'c', conversationID: 'typo' },
      { userId: 'u', conversationId: 'c', backend: client, memory: memoryOf() },
    ];
    for (const options of bad) expect(() => new MemOSChatMessageHistory(options)).toThrow(MemOSConfigError);
  });
});

describe('MemOSRetriever', () => {
  beforeAll(async () => {
    const history = new MemOSChatMessageHistory({ userId: 'rita', conversationId: 'r-1', backend: client });
    await history.addMessages([
      new HumanMessage('I moved to Porto last spring and I love hiking.'),
      new AIMessage('Nice!'),
    ]);
  });

  it("returns the user's memories as Documents: text as pageContent, id/kind/relativity/times in metadata", async () => {
    const retriever = new MemOSRetriever({ memory: memoryOf() });
    const documents = await retriever.invoke('Where did I move to?', { configurable: { userId: 'rita' } });

    expect(documents.length).toBeGreaterThan(0);
    const porto = documents.find((document) => document.pageContent.includes('Porto'));
    expect(porto).toBeDefined();
    expect(porto?.id).toBe(porto?.metadata.id);
    expect(porto?.metadata).toMatchObject({ kind: 'fact', conversationId: 'r-1' });
    expect(typeof porto?.metadata.id).toBe('string');
    expect(porto?.metadata.relativity).toBeGreaterThanOrEqual(0.45);
    expect(porto?.metadata.createTime).toBeDefined();
  });

  it('one retriever serves every user: identity is read per call from the config', async () => {
    const retriever = new MemOSRetriever({ memory: memoryOf() });
    const [rita, lena] = await Promise.all([
      retriever.invoke('Where did I move to?', { configurable: { userId: 'rita' } }),
      retriever.invoke('Where did I move to?', { configurable: { userId: 'lena' } }),
    ]);
    expect(rita.map((document) => document.pageContent).join(' ')).toContain('Porto');
    expect(lena.map((document) => document.pageContent).join(' ')).not.toContain('Porto');
  });

  it('works inside a chain (the config reaches it) and reports to callbacks', async () => {
    const events: string[] = [];
    const retriever = new MemOSRetriever({ memory: memoryOf() });
    const chain = retriever.pipe(
      RunnableLambda.from((documents: { pageContent: string }[]) =>
        documents.map((d) => d.pageContent).join('\n'),
      ),
    );
    const text = await chain.invoke('Which sport do I love?', {
      configurable: { userId: 'rita' },
      callbacks: [
        {
          handleRetrieverStart: () => {
            events.push('start');
          },
          handleRetrieverEnd: () => {
            events.push('end');
          },
        },
      ],
    });
    expect(text).toContain('hiking');
    expect(events).toEqual(['start', 'end']);
  });

  it('static ids and resolveIdentity apply; no user is a MemOSConfigError before any request', async () => {
    const fixed = new MemOSRetriever({
      backend: new MemOSClient({ apiKey: 'local-key', baseURL }),
      userId: 'rita',
      logger: false,
    });
    memories.push(fixed.memory);
    expect((await fixed.invoke('Where did I move to?')).length).toBeGreaterThan(0);
    const resolved = new MemOSRetriever({ memory: memoryOf(), resolveIdentity: () => ({ userId: 'rita' }) });
    expect((await resolved.invoke('Where did I move to?')).length).toBeGreaterThan(0);

    const anonymous = new MemOSRetriever({ memory: memoryOf() });
    await expect(anonymous.invoke('Where did I move to?')).rejects.toThrow(MemOSConfigError);
    // biome-ignore lint/suspicious/noExplicitAny: wrong on purpose
    expect(() => new MemOSRetriever({ memory: memoryOf(), tags: ['x'], recallTimeoutMs: 9 } as any)).toThrow(
      MemOSConfigError,
    );
  });
});
