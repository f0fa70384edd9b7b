// memosAgentMiddleware inside createAgent, on fakeModel (its queue is shared across bindTools) and the
// MemOS test server over real HTTP: one search and one add per run, the block on every model call,
// nothing of it in state or in any checkpoint.
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { MemorySaver } from '@langchain/langgraph';
import { createAgent } from 'langchain';
import { memosAgentMiddleware } from 'memos-middleware/langchain';
import { describe, expect, it } from 'vitest';
import { memoryOn, useQuickStartServer } from '../ai-sdk/helpers.ts';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { blocksOf, QUESTION, textOf, weather, weatherCall } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('ada', (started) => {
  server = started;
});

const SYSTEM = 'You are a travel agent.';

function threeStepAgent(options: Parameters<typeof memosAgentMiddleware>[0] = {}) {
  const model = fakeModel()
    .respond(weatherCall('Lyon'))
    .respond(weatherCall('Paris'))
    .respond(new AIMessage('Lyon is sunnier: go there, and book a budget hotel.'));
  const memos = memosAgentMiddleware({ memory: memoryOn(server), ...options });
  const checkpointer = new MemorySaver();
  const agent = createAgent({
    model,
    tools: [weather],
    systemPrompt: SYSTEM,
    middleware: [memos],
    checkpointer,
  });
  return { model, memos, agent, checkpointer };
}

describe('a 3-step tool loop through createAgent', () => {
  it('places the block on every model call, after the app system prompt, as its own content block', async () => {
    const { model, agent } = threeStepAgent();
    await agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' }, configurable: { thread_id: 'trip' } },
    );

    expect(model.callCount).toBe(3);
    for (const call of model.calls) {
      const [system, ...rest] = call.messages;
      expect(system?.type).toBe('system');
      const [own, block] = blocksOf(system);
      expect(own).toBe(SYSTEM); // byte-identical prefix: a cache breakpoint on it keeps hitting
      expect(block).toMatch(/^\n\n<memories>/);
      expect(block).toContain('7 Days Inn');
      expect(block).toContain('cost-effective accommodations');
      expect(rest.map((message) => textOf(message)).join('')).not.toContain('<memories>');
    }
  });

  it('makes one search and one add per run; the add holds the user message and the final answer', async () => {
    const { memos, agent } = threeStepAgent();
    const result = await agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' }, configurable: { thread_id: 'trip' } },
    );
    await memos.memory.flush();

    expect(textOf(result.messages.at(-1))).toBe('Lyon is sunnier: go there, and book a budget hotel.');
    const searches = server.requestsTo('/search/memory');
    expect(searches).toHaveLength(1);
    expect(searches[0]?.body).toMatchObject({ user_id: 'ada', conversation_id: 'trip', query: QUESTION });
    const adds = server.requestsTo('/add/message');
    expect(adds).toHaveLength(1);
    expect(adds[0]?.body).toMatchObject({ user_id: 'ada', conversation_id: 'trip' });
    expect(
      adds[0]?.body.messages.map((message: { role: string; content: string }) => [
        message.role,
        message.content,
      ]),
    ).toEqual([
      ['user', QUESTION],
      ['assistant', 'Lyon is sunnier: go there, and book a budget hotel.'],
    ]);
    expect(JSON.stringify(adds[0]?.body)).not.toContain('<memories>');
    expect(JSON.stringify(adds[0]?.body)).not.toContain('7 Days Inn');
  });

  it('keeps the block out of the final state and out of every checkpoint', async () => {
    const { agent, checkpointer } = threeStepAgent();
    const config = { context: { userId: 'ada' }, configurable: { thread_id: 'trip' } };
    const result = await agent.invoke({ messages: [new HumanMessage(QUESTION)] }, config);

    expect(Object.keys(result).sort()).toEqual(['messages']);
    expect(JSON.stringify(result)).not.toContain('<memories>');
    const snapshots = [];
    for await (const snapshot of agent.graph.getStateHistory({ configurable: { thread_id: 'trip' } })) {
      snapshots.push(snapshot);
    }
    expect(snapshots.length).toBeGreaterThan(5); // one per step of the loop: each one is checked
    for (const snapshot of snapshots) {
      const written = JSON.stringify(snapshot.values);
      expect(written).not.toContain('<memories>');
      expect(written).not.toContain('7 Days Inn');
    }
    // And what the checkpointer really holds: every serialized checkpoint and pending write.
    const decoder = new TextDecoder();
    const stored = [
      ...Object.values(checkpointer.storage).flatMap((namespaces) =>
        Object.values(namespaces).flatMap((checkpoints) =>
          Object.values(checkpoints).flatMap(([checkpoint, metadata, _parent]) => [checkpoint, metadata]),
        ),
      ),
      ...Object.values(checkpointer.writes).flatMap((writes) =>
        Object.values(writes).map((write) => write[2]),
      ),
    ].map((bytes) => decoder.decode(bytes));
    expect(stored.join('')).toContain(QUESTION); // the store was read, and it holds the conversation
    for (const bytes of stored) expect(bytes).not.toContain('<memories>');
  });

  it('a second run on the thread searches again and adds only its own turn', async () => {
    const model = fakeModel()
      .respond(new AIMessage('Noted: Lyon.'))
      .respond(new AIMessage('Try the Hotel Lumière.'));
    const memos = memosAgentMiddleware({ memory: memoryOn(server) });
    const agent = createAgent({ model, tools: [], middleware: [memos], checkpointer: new MemorySaver() });
    const config = { context: { userId: 'ada' }, configurable: { thread_id: 'two-turns' } };
    await agent.invoke({ messages: [new HumanMessage('I am going to Lyon in May.')] }, config);
    await agent.invoke({ messages: [new HumanMessage('Which hotel for that trip?')] }, config);
    await memos.memory.flush();

    expect(server.requestsTo('/search/memory').map((request) => request.body.query)).toEqual([
      'I am going to Lyon in May.',
      'Which hotel for that trip?',
    ]);
    expect(
      server
        .requestsTo('/add/message')
        .map((request) => request.body.messages.map((m: { content: string }) => m.content)),
    ).toEqual([
      ['I am going to Lyon in May.', 'Noted: Lyon.'],
      ['Which hotel for that trip?', 'Try the Hotel Lumière.'],
    ]);
  });

  it('with includeToolCalls, the add holds the tool calls and results between the question and the answer', async () => {
    const { memos, agent } = threeStepAgent({ memory: memoryOn(server, { includeToolCalls: true }) });
    await agent.invoke(
      { messages: [new HumanMessage(QUESTION)] },
      { context: { userId: 'ada' }, configurable: { thread_id: 'tools' } },
    );
    await memos.memory.flush();

    const [add] = server.requestsTo('/add/message');
    expect(add?.body.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
      'tool',
      'assistant',
    ]);
    expect(add?.body.messages[1].tool_calls[0].function).toEqual({
      name: 'weather',
      arguments: '{"city":"Lyon"}',
    });
    expect(add?.body.messages[2].content).toBe('Sunny and 24°C in Lyon.');
  });
});
