import { generateText, isStepCount, streamText, tool } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import {
  memoryOn,
  textParts,
  textResult,
  toolCallParts,
  toolCallResult,
  useQuickStartServer,
} from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const tools = {
  weather: tool({
    description: 'Weather in a city',
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => ({ city, celsius: 21 }),
  }),
};
const question = 'What is the weather where I am going?';
const answer = 'Sunny, 21 °C in Lyon.';

describe('a 4-step tool loop is one turn: 1 search, the block on every step, 1 add', () => {
  it('with generateText', async () => {
    const mock = new MockLanguageModelV4({
      doGenerate: [toolCallResult('c1'), toolCallResult('c2'), toolCallResult('c3'), textResult(answer)],
    });
    const captures: unknown[] = [];
    const memory = memoryOn(server, { conversationId: 'trip', onCapture: (event) => captures.push(event) });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const result = await generateText({ model, prompt: question, tools, stopWhen: isStepCount(4) });
    await memory.flush();

    expect(captures).toHaveLength(1);
    expect(result.steps).toHaveLength(4);
    expect(result.text).toBe(answer);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    expect(server.requestsTo('/search/memory')[0]?.body.query).toBe(question);
    expect(mock.doGenerateCalls).toHaveLength(4);
    for (const call of mock.doGenerateCalls) {
      expect(call.prompt[0]).toMatchObject({
        role: 'system',
        content: expect.stringContaining('7 Days Inn'),
      });
    }
    const adds = server.requestsTo('/add/message');
    expect(adds).toHaveLength(1);
    expect(
      adds[0]?.body.messages.map((message: { role: string; content: string }) => [
        message.role,
        message.content,
      ]),
    ).toEqual([
      ['user', question],
      ['assistant', answer],
    ]);
    // Later steps are served by the per-turn cache and say so.
    expect(
      result.steps.map((step) => (step.providerMetadata?.memos as { source: string } | undefined)?.source),
    ).toEqual(['search', 'cache', 'cache', 'cache']);
  });

  it('with streamText', async () => {
    const streams = [toolCallParts('c1'), toolCallParts('c2'), toolCallParts('c3'), textParts(answer)];
    const mock = new MockLanguageModelV4({
      doStream: streams.map((parts) => ({ stream: convertArrayToReadableStream(parts) })),
    });
    const captures: unknown[] = [];
    const memory = memoryOn(server, { conversationId: 'trip', onCapture: (event) => captures.push(event) });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const result = streamText({ model, prompt: question, tools, stopWhen: isStepCount(4) });
    expect(await result.text).toBe(answer);
    await memory.flush();

    expect(captures).toHaveLength(1);
    expect(mock.doStreamCalls).toHaveLength(4);
    expect(server.requestsTo('/search/memory')).toHaveLength(1);
    for (const call of mock.doStreamCalls) {
      expect(call.prompt[0]).toMatchObject({
        role: 'system',
        content: expect.stringContaining('7 Days Inn'),
      });
    }
    const adds = server.requestsTo('/add/message');
    expect(adds).toHaveLength(1);
    expect(adds[0]?.body.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
    ]);
    expect(adds[0]?.body.messages[1].content).toBe(answer);
  });

  it('stores the tool calls and results too with includeToolCalls', async () => {
    const mock = new MockLanguageModelV4({ doGenerate: [toolCallResult('c1', 'Paris'), textResult(answer)] });
    const memory = memoryOn(server, { includeToolCalls: true });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    await generateText({ model, prompt: question, tools, stopWhen: isStepCount(4) });
    await memory.flush();

    const [add] = server.requestsTo('/add/message');
    expect(add?.body.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
    ]);
    expect(add?.body.messages[1].tool_calls).toEqual([
      { id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
    ]);
    expect(add?.body.messages[2]).toMatchObject({ role: 'tool', tool_call_id: 'c1' });
    expect(add?.body.messages[2].content).toContain('Paris');
  });

  it('the next turn searches again, with the new user message as the query', async () => {
    const mock = new MockLanguageModelV4({ doGenerate: [textResult('First.'), textResult('Second.')] });
    const memory = memoryOn(server, { conversationId: 'trip' });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const first = await generateText({ model, prompt: question });
    await generateText({
      model,
      messages: [
        { role: 'user', content: question },
        ...first.response.messages,
        { role: 'user', content: 'And which hotel then?' },
      ],
    });
    await memory.flush();
    expect(server.requestsTo('/search/memory').map((request) => request.body.query)).toEqual([
      question,
      'And which hotel then?',
    ]);
    // Delta only: the second add carries the new user message and answer, not the history again.
    expect(
      server
        .requestsTo('/add/message')
        .flatMap((request) => request.body.messages.map((m: { content: string }) => m.content)),
    ).toEqual([question, 'First.', 'And which hotel then?', 'Second.']);
  });
});
