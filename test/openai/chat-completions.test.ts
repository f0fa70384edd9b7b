// chat.completions.create through withMemOS, with the real openai SDK against the fake OpenAI server
// and the MemOS test server: what the model received, what MemOS received, streamed and not.
import { withMemOS } from 'memos-middleware/openai';
import { APIPromise } from 'openai';
import { Stream } from 'openai/core/streaming';
import { describe, expect, it } from 'vitest';
import { answer, fail, nextCapture, QUESTION, SYSTEM, stored, USER, useTestbed } from './helpers.ts';

const bed = useTestbed();
const memos = { userId: USER, conversationId: 'chat-1' };
const messages = [
  { role: 'system' as const, content: SYSTEM },
  { role: 'user' as const, content: QUESTION },
];
const REPLY = 'Try Chengdu this time, and a budget hotel near the centre.';

describe('chat.completions.create, not streamed', () => {
  it('puts the memories at the end of the system message, sends no memos field, stores the turn', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.chat = () => REPLY;

    const completion = await client.chat.completions.create({ model: 'gpt-fake', messages, memos });
    await memory.flush();

    expect(completion.choices[0]?.message.content).toBe(REPLY);
    const [request] = bed.upstream('/chat/completions');
    const sent = request?.body as { messages: { role: string; content: string }[]; memos?: unknown };
    expect(sent).not.toHaveProperty('memos');
    expect(JSON.stringify(sent)).not.toContain(USER);
    expect(sent.messages).toHaveLength(2);
    expect(sent.messages[0]?.content.startsWith(`${SYSTEM}\n\n<memories>`)).toBe(true);
    expect(sent.messages[0]?.content).toContain('7 Days Inn');
    expect(sent.messages[1]).toEqual({ role: 'user', content: QUESTION });
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
    expect(stored(bed, 'chat-1')).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: REPLY },
    ]);
    // The caller's params are not touched.
    expect(messages[0]?.content).toBe(SYSTEM);
  });

  it('adds a system message when there is none; a developer message counts as the system prompt', async () => {
    const client = withMemOS(bed.client(), { memory: bed.memory() });
    await client.chat.completions.create({
      model: 'gpt-fake',
      messages: [{ role: 'user', content: QUESTION }],
      memos,
    });
    const first = bed.upstream('/chat/completions')[0]?.body as {
      messages: { role: string; content: string }[];
    };
    expect(first.messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(first.messages[0]?.content.startsWith('<memories>')).toBe(true);

    await client.chat.completions.create({
      model: 'gpt-fake',
      messages: [
        { role: 'developer', content: [{ type: 'text', text: SYSTEM }] },
        { role: 'user', content: [{ type: 'text', text: QUESTION }] },
      ],
      memos,
    });
    const second = bed.upstream('/chat/completions')[1]?.body as {
      messages: { role: string; content: { type: string; text: string }[] }[];
    };
    expect(second.messages.map((message) => message.role)).toEqual(['developer', 'user']);
    expect(second.messages[0]?.content).toHaveLength(1);
    expect(second.messages[0]?.content[0]?.text.startsWith(`${SYSTEM}\n\n<memories>`)).toBe(true);
  });

  it("placement 'user' prepends the block to the newest user message; a stale block is replaced", async () => {
    const client = withMemOS(bed.client(), { memory: bed.memory({ placement: 'user' }) });
    const stale = '<memories>\n- old\n</memories>';
    await client.chat.completions.create({
      model: 'gpt-fake',
      messages: [
        { role: 'system', content: `${SYSTEM}\n\n${stale}` },
        { role: 'user', content: QUESTION },
      ],
      memos,
    });
    const sent = bed.upstream('/chat/completions')[0]?.body as { messages: { content: string }[] };
    expect(sent.messages[0]?.content).toBe(SYSTEM);
    expect(sent.messages[1]?.content.startsWith('<memories>')).toBe(true);
    expect(sent.messages[1]?.content.endsWith(`</memories>\n\n${QUESTION}`)).toBe(true);
    expect(sent.messages[1]?.content).not.toContain('- old');
  });

  it('returns an APIPromise: withResponse() gives the request id, asResponse() the raw response', async () => {
    const client = withMemOS(bed.client(), { memory: bed.memory() });
    const promise = client.chat.completions.create({ model: 'gpt-fake', messages, memos });
    expect(promise).toBeInstanceOf(APIPromise);
    const { data, response, request_id } = await promise.withResponse();
    expect(request_id).toBe(bed.upstream()[0]?.requestId);
    expect(response.status).toBe(200);
    expect(data.object).toBe('chat.completion');
    expect((await promise)._request_id).toBe(request_id);

    const raw = await client.chat.completions.create({ model: 'gpt-fake', messages, memos }).asResponse();
    expect(raw.headers.get('x-request-id')).toBe(bed.upstream()[1]?.requestId);
    expect(((await raw.json()) as { object: string }).object).toBe('chat.completion');
  });

  it('a failed model call stores the user message under onAbort, and rejects as the SDK does', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.chat = () => fail(500, { error: { message: 'model overloaded', type: 'server_error' } });
    await expect(
      client.chat.completions.create({ model: 'gpt-fake', messages, memos }),
    ).rejects.toMatchObject({
      status: 500,
    });
    await memory.flush();
    expect(stored(bed, 'chat-1')).toEqual([{ role: 'user', content: QUESTION }]);
  });
});

describe('chat.completions.create, streamed', () => {
  it('returns the SDK Stream class and stores the whole answer when the stream ends', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.chat = () => REPLY;
    const stream = await client.chat.completions.create({
      model: 'gpt-fake',
      messages,
      stream: true,
      stream_options: { include_usage: true },
      memos,
    });
    expect(stream).toBeInstanceOf(Stream);
    expect(stream.controller).toBeInstanceOf(AbortController);
    let text = '';
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      usage ??= chunk.usage ?? undefined;
    }
    await memory.flush();
    expect(text).toBe(REPLY);
    expect(usage).toMatchObject({ total_tokens: expect.any(Number) });
    expect(bed.lastSystem()).toContain('7 Days Inn');
    expect(bed.upstream()[0]?.body).not.toHaveProperty('memos');
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
    expect(stored(bed, 'chat-1')).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: REPLY },
    ]);
  });

  it('tee() and toReadableStream() behave as without memory, and the turn is stored once', async () => {
    const memory = bed.memory();
    const client = withMemOS(bed.client(), { memory });
    bed.chat = () => REPLY;
    const stream = await client.chat.completions.create({ model: 'gpt-fake', messages, stream: true, memos });
    const [left, right] = stream.tee();
    const read = async (branch: typeof left) => {
      let text = '';
      for await (const chunk of branch) text += chunk.choices[0]?.delta.content ?? '';
      return text;
    };
    expect(await Promise.all([read(left), read(right)])).toEqual([REPLY, REPLY]);

    const again = await client.chat.completions.create({
      model: 'gpt-fake',
      messages: [...messages, { role: 'assistant', content: REPLY }, { role: 'user', content: 'Thanks!' }],
      stream: true,
      memos,
    });
    const lines = (await new Response(again.toReadableStream()).text()).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).choices[0]?.delta.content ?? '').join('')).toBe(REPLY);
    await memory.flush();
    expect(stored(bed, 'chat-1').map((message) => message.content)).toEqual([
      QUESTION,
      REPLY,
      'Thanks!',
      REPLY,
    ]);
  });

  it("an early break follows onAbort: the user message by default, the partial answer with 'partial'", async () => {
    bed.chat = () => answer({ text: 'one two three four five six seven eight', chunkDelayMs: 15 });
    for (const [onAbort, expected] of [
      ['user-only', [QUESTION]],
      ['partial', [QUESTION, 'one two']],
    ] as const) {
      const memory = bed.memory({ onAbort });
      const client = withMemOS(bed.client(), { memory });
      const conversationId = `break-${onAbort}`;
      const captured = nextCapture(memory);
      const stream = await client.chat.completions.create({
        model: 'gpt-fake',
        messages,
        stream: true,
        memos: { userId: USER, conversationId },
      });
      let seen = 0;
      for await (const chunk of stream) {
        if (chunk.choices[0]?.delta.content) seen += 1;
        if (seen === 2) break;
      }
      expect(stream.controller.signal.aborted).toBe(true);
      await captured;
      await memory.flush();
      expect(stored(bed, conversationId).map((message) => message.content)).toEqual(expected);
    }
  });

  it('controller.abort() while nobody reads captures at once, under onAbort', async () => {
    bed.chat = () => answer({ text: 'one two three four five six seven eight', chunkDelayMs: 15 });
    const memory = bed.memory({ onAbort: 'partial' });
    const client = withMemOS(bed.client(), { memory });
    const captured = nextCapture(memory);
    const stream = await client.chat.completions.create({ model: 'gpt-fake', messages, stream: true, memos });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next(); // the role chunk
    await iterator.next(); // 'one '
    stream.controller.abort();
    const event = await captured;
    expect(event.request?.messages.map((message) => message.content)).toEqual([QUESTION, 'one']);
  });
});
