// responses.create through withMemOS: instructions and input (string or items), streamed or not, and
// continuations (previous_response_id, conversation) whose new input is the turn's delta.
import { withMemOS } from 'memos-middleware/openai';
import { APIPromise } from 'openai';
import { Stream } from 'openai/core/streaming';
import { describe, expect, it } from 'vitest';
import {
  answer,
  lastUserTextOf,
  QUESTION,
  SYSTEM,
  stored,
  systemTextOf,
  USER,
  useTestbed,
} from './helpers.ts';

const bed = useTestbed();
const memos = { userId: USER, conversationId: 'resp-1' };
const REPLY = 'Chengdu, and a budget hotel near the centre.';

const bodyAt = (index: number) => bed.upstream('/responses')[index]?.body as Record<string, unknown>;

describe('responses.create, not streamed', () => {
  it('appends the block to instructions, sends no memos field, stores input and output_text', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.responses = () => REPLY;
    const promise = client.responses.create({
      model: 'gpt-fake',
      instructions: SYSTEM,
      input: QUESTION,
      memos,
    });
    expect(promise).toBeInstanceOf(APIPromise);
    const { data, request_id } = await promise.withResponse();
    await memory.flush();

    expect(data.output_text).toBe(REPLY);
    expect(request_id).toBe(bed.upstream()[0]?.requestId);
    const sent = bodyAt(0);
    expect(sent).not.toHaveProperty('memos');
    expect(sent.input).toBe(QUESTION);
    expect(String(sent.instructions).startsWith(`${SYSTEM}\n\n<memories>`)).toBe(true);
    expect(String(sent.instructions)).toContain('7 Days Inn');
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
    expect(stored(bed, 'resp-1')).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: REPLY },
    ]);
  });

  it('input items: the newest user message is the query; no instructions means the block is the instructions', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    await client.responses.create({
      model: 'gpt-fake',
      input: [
        { role: 'developer', content: SYSTEM },
        { role: 'user', content: 'Hello!' },
        { role: 'assistant', content: 'Hi, how can I help?' },
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: QUESTION }] },
      ],
      memos,
    });
    await memory.flush();
    const sent = bodyAt(0);
    expect(String(sent.instructions).startsWith('<memories>')).toBe(true);
    expect((sent.input as unknown[])[0]).toEqual({ role: 'developer', content: SYSTEM });
    expect(bed.memos.requestsTo('/search/memory')[0]?.body.query).toBe(QUESTION);
    expect(stored(bed, 'resp-1').map((message) => message.content)).toEqual([QUESTION, expect.any(String)]);
  });

  it("placement 'user' prepends the block to the newest user item, string input stays a string", async () => {
    const client = withMemOS(bed.client(), { memory: bed.memory({ placement: 'user' }) });
    await client.responses.create({ model: 'gpt-fake', instructions: SYSTEM, input: QUESTION, memos });
    const sent = bodyAt(0);
    expect(sent.instructions).toBe(SYSTEM);
    expect(typeof sent.input).toBe('string');
    expect(String(sent.input).startsWith('<memories>')).toBe(true);
    expect(lastUserTextOf(sent).endsWith(`</memories>\n\n${QUESTION}`)).toBe(true);
  });
});

describe('responses.create, streamed', () => {
  it('returns the SDK Stream class; the answer is stored on response.completed', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.responses = () => REPLY;
    const stream = await client.responses.create({ model: 'gpt-fake', input: QUESTION, stream: true, memos });
    expect(stream).toBeInstanceOf(Stream);
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    await memory.flush();
    expect(types.at(-1)).toBe('response.completed');
    expect(systemTextOf(bodyAt(0))).toContain('7 Days Inn');
    expect(stored(bed, 'resp-1')).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: REPLY },
    ]);
  });

  it("a break before response.completed follows onAbort ('partial': the text so far)", async () => {
    const memory = bed.memory({ onAbort: 'partial' });
    const client = withMemOS(bed.client(), { memory });
    bed.responses = () => answer({ text: 'one two three four five six', chunkDelayMs: 15 });
    const stream = await client.responses.create({ model: 'gpt-fake', input: QUESTION, stream: true, memos });
    let deltas = 0;
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') deltas += 1;
      if (deltas === 3) break;
    }
    await memory.flush();
    expect(stored(bed, 'resp-1').map((message) => message.content)).toEqual([QUESTION, 'one two three']);
  });
});

describe('continuations: the new input is the delta', () => {
  it('previous_response_id: each turn stores only its new message and answer; no block piles up', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    let turn = 0;
    bed.responses = () => `answer ${++turn}`;
    const first = await client.responses.create({
      model: 'gpt-fake',
      instructions: SYSTEM,
      input: QUESTION,
      memos,
    });
    const second = await client.responses.create({
      model: 'gpt-fake',
      instructions: SYSTEM,
      previous_response_id: first.id,
      input: [{ role: 'user', content: 'And for food?' }],
      memos,
    });
    // The same words said again later in the conversation are kept (a retry would not be).
    await client.responses.create({
      model: 'gpt-fake',
      instructions: SYSTEM,
      previous_response_id: second.id,
      input: 'And for food?',
      memos,
    });
    await memory.flush();
    expect(stored(bed, 'resp-1').map((message) => message.content)).toEqual([
      QUESTION,
      'answer 1',
      'And for food?',
      'answer 2',
      'And for food?',
      'answer 3',
    ]);
    expect(bodyAt(1).input).toEqual([{ role: 'user', content: 'And for food?' }]);
    expect(String(bodyAt(1).instructions).match(/<memories>/g)).toHaveLength(1);
    expect(bed.memosCalls()).toEqual({ search: 3, add: 3 });
  });

  it('a tool loop over previous_response_id: 1 search and 1 add, memory on both steps', async () => {
    const memory = bed.memory({ includeToolCalls: true });
    const client = withMemOS(bed.client(), { memory });
    bed.responses = (body) =>
      JSON.stringify(body.input).includes('function_call_output')
        ? 'Sunny: pack light.'
        : answer({ toolCalls: [{ id: 'call_7', name: 'weather', arguments: { city: 'Guangzhou' } }] });
    const first = await client.responses.create({
      model: 'gpt-fake',
      instructions: SYSTEM,
      input: QUESTION,
      memos,
    });
    expect(first.output[0]).toMatchObject({ type: 'function_call', call_id: 'call_7' });
    const second = await client.responses.create({
      model: 'gpt-fake',
      instructions: SYSTEM,
      previous_response_id: first.id,
      input: [{ type: 'function_call_output', call_id: 'call_7', output: 'sunny' }],
      memos,
    });
    await memory.flush();
    expect(second.output_text).toBe('Sunny: pack light.');
    expect(systemTextOf(bodyAt(1))).toContain('7 Days Inn');
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
    const messages = bed.memos.messages(USER, 'resp-1');
    expect(messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
    ]);
    expect(messages[1].tool_calls[0]).toMatchObject({ id: 'call_7', function: { name: 'weather' } });
    expect(messages[2]).toMatchObject({ tool_call_id: 'call_7', content: 'sunny' });
    expect(messages[3].content).toBe('Sunny: pack light.');
  });

  it("another user's response id never continues that user's turn", async () => {
    const memory = bed.memory({
      resolveIdentity: (params) => ({ userId: (params as { user?: string }).user }),
    });
    const client = withMemOS(bed.client(), { memory });
    bed.responses = (body) =>
      JSON.stringify(body.input).includes('function_call_output')
        ? 'Done.'
        : answer({ toolCalls: [{ id: 'call_9', name: 'weather', arguments: { city: 'Guangzhou' } }] });
    const first = await client.responses.create({ model: 'gpt-fake', input: QUESTION, user: USER });
    const output = [{ type: 'function_call_output' as const, call_id: 'call_9', output: 'sunny' }];
    // Through resolveIdentity, and through the memos field.
    await client.responses.create({
      model: 'gpt-fake',
      previous_response_id: first.id,
      input: output,
      user: 'mallory',
    });
    await client.responses.create({
      model: 'gpt-fake',
      previous_response_id: first.id,
      input: output,
      memos: { userId: 'eve' },
    });
    await memory.flush();
    expect(bed.memos.messages('mallory')).toEqual([
      expect.objectContaining({ role: 'assistant', content: 'Done.' }),
    ]);
    expect(bed.memos.messages('eve')).toEqual([
      expect.objectContaining({ role: 'assistant', content: 'Done.' }),
    ]);
    expect(bed.memos.requestsTo('/search/memory').map((request) => request.body.user_id)).toEqual([USER]);
    expect(stored(bed)).toEqual([]);
  });

  it('a conversation: tool outputs continue the turn of the conversation, streamed too', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.responses = (body) =>
      JSON.stringify(body.input).includes('function_call_output')
        ? 'Sunny: pack light.'
        : answer({ toolCalls: [{ id: 'call_8', name: 'weather', arguments: { city: 'Guangzhou' } }] });
    const conversation = 'conv_123';
    const first = await client.responses.create({
      model: 'gpt-fake',
      conversation,
      input: QUESTION,
      memos,
      stream: true,
    });
    for await (const _event of first) {
      // read to the end
    }
    const second = await client.responses.create({
      model: 'gpt-fake',
      conversation: { id: conversation },
      input: [{ type: 'function_call_output', call_id: 'call_8', output: 'sunny' }],
      memos,
      stream: true,
    });
    for await (const _event of second) {
      // read to the end
    }
    await memory.flush();
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
    expect(stored(bed, 'resp-1')).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: 'Sunny: pack light.' },
    ]);
  });
});
