// The SDK's own helpers call `create` on their client, so on a wrapped client they go through memory:
// runTools() (one search and one add per turn across the tool loop), chat.completions.stream(),
// chat.completions.parse(), responses.stream(), responses.parse().
import { withMemOS } from 'memos-middleware/openai';
import { describe, expect, it } from 'vitest';
import { answer, QUESTION, SYSTEM, stored, systemTextOf, USER, useTestbed } from './helpers.ts';

const bed = useTestbed();
const memos = { userId: USER, conversationId: 'helpers' };

// Calls the weather tool first, answers once its result is in.
const weatherModel = (body: Record<string, unknown>) =>
  JSON.stringify(body.messages).includes('"role":"tool"')
    ? 'Sunny in Guangzhou: a good week for the trip.'
    : answer({ toolCalls: [{ id: 'call_1', name: 'weather', arguments: { city: 'Guangzhou' } }] });

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'weather',
    description: 'The weather in a city.',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
    parse: (input: string) => JSON.parse(input) as { city: string },
    function: ({ city }: { city: string }) => `sunny in ${city}`,
  },
};

describe('runTools()', () => {
  for (const stream of [false, true]) {
    it(`${stream ? 'streamed' : 'not streamed'}: 1 search and 1 add for the whole tool loop, memory on every step`, async () => {
      const memory = bed.memory();
      const client = withMemOS(bed.client(), { memory });
      bed.chat = weatherModel;
      const params = {
        model: 'gpt-fake',
        messages: [
          { role: 'system' as const, content: SYSTEM },
          { role: 'user' as const, content: QUESTION },
        ],
        tools: [weatherTool],
        memos,
      };
      const runner = stream
        ? client.chat.completions.runTools({ ...params, stream: true })
        : client.chat.completions.runTools(params);
      expect(await runner.finalContent()).toBe('Sunny in Guangzhou: a good week for the trip.');
      await memory.flush();

      const steps = bed.upstream('/chat/completions');
      expect(steps).toHaveLength(2);
      for (const step of steps) {
        expect(systemTextOf(step.body).startsWith(`${SYSTEM}\n\n<memories>`)).toBe(true);
        expect(step.body).not.toHaveProperty('memos');
      }
      expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
      expect(stored(bed, 'helpers')).toEqual([
        { role: 'user', content: QUESTION },
        { role: 'assistant', content: 'Sunny in Guangzhou: a good week for the trip.' },
      ]);
    });
  }

  it('with includeToolCalls, the tool call and its result are stored between question and answer', async () => {
    const memory = bed.memory({ includeToolCalls: true });
    const client = withMemOS(bed.client(), { memory });
    bed.chat = weatherModel;
    await client.chat.completions
      .runTools({
        model: 'gpt-fake',
        messages: [{ role: 'user', content: QUESTION }],
        tools: [weatherTool],
        memos,
      })
      .finalContent();
    await memory.flush();
    const messages = bed.memos.messages(USER, 'helpers');
    expect(messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
    ]);
    expect(messages[1].tool_calls).toEqual([
      { id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Guangzhou"}' } },
    ]);
    expect(messages[2]).toMatchObject({ tool_call_id: 'call_1', content: 'sunny in Guangzhou' });
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
  });
});

describe('chat.completions.stream() and .parse()', () => {
  it('stream() goes through memory: events, final completion, the turn stored', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.chat = () => 'Chengdu, maybe?';
    const runner = client.chat.completions.stream({
      model: 'gpt-fake',
      messages: [{ role: 'user', content: QUESTION }],
      memos,
    });
    const deltas: string[] = [];
    runner.on('content', (delta) => deltas.push(delta));
    const final = await runner.finalChatCompletion();
    await memory.flush();
    expect(deltas.join('')).toBe('Chengdu, maybe?');
    expect(final.choices[0]?.message.content).toBe('Chengdu, maybe?');
    expect(bed.lastSystem()).toContain('7 Days Inn');
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
  });

  it('parse() with a JSON schema response format still parses, and stores the JSON answer', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.chat = () => ({ city: 'Chengdu' });
    const parsed = await client.chat.completions.parse({
      model: 'gpt-fake',
      messages: [{ role: 'user', content: QUESTION }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'pick', schema: { type: 'object', properties: { city: { type: 'string' } } } },
      },
      memos,
    });
    await memory.flush();
    expect(parsed.choices[0]?.message.parsed).toEqual({ city: 'Chengdu' });
    expect(bed.lastSystem()).toContain('7 Days Inn');
    expect(stored(bed, 'helpers').at(-1)).toEqual({ role: 'assistant', content: '{"city":"Chengdu"}' });
  });
});

describe('responses.stream() and responses.parse()', () => {
  it('stream(): the block in instructions, the answer stored on response.completed', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.responses = () => 'Chengdu, maybe?';
    const stream = client.responses.stream({
      model: 'gpt-fake',
      instructions: SYSTEM,
      input: QUESTION,
      memos,
    });
    let text = '';
    stream.on('response.output_text.delta', (event) => {
      text += event.delta;
    });
    const final = await stream.finalResponse();
    await memory.flush();
    expect(text).toBe('Chengdu, maybe?');
    expect(final.output_text).toBe('Chengdu, maybe?');
    expect(bed.lastSystem().startsWith(`${SYSTEM}\n\n<memories>`)).toBe(true);
    expect(stored(bed, 'helpers')).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: 'Chengdu, maybe?' },
    ]);
  });

  it('parse() with a JSON schema text format', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.responses = () => JSON.stringify({ city: 'Chengdu' });
    const parsed = await client.responses.parse({
      model: 'gpt-fake',
      input: QUESTION,
      text: {
        format: {
          type: 'json_schema',
          name: 'pick',
          schema: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
      memos,
    });
    await memory.flush();
    expect(parsed.output_parsed).toEqual({ city: 'Chengdu' });
    expect(bed.lastSystem()).toContain('7 Days Inn');
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
  });
});
