// The fake OpenAI server is checked against the real consumers: the openai SDK's parsers and helpers,
// and @ai-sdk/openai (chat and responses providers), streamed and not, with tool calls.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import {
  answer,
  echoMemories,
  type FakeOpenAIServer,
  fail,
  lastUserTextOf,
  memoriesIn,
  type RecordedRequest,
  startFakeOpenAIServer,
  systemTextOf,
} from './fake-openai-server.ts';

const BLOCK = [
  '<memories>',
  'Long-term memory about the user.',
  '<facts>',
  '- [2025-06-10 09:30] The user lives in Lyon.',
  '</facts>',
  '<preferences>',
  '- [Explicit Preference] Prefers trains over planes.',
  '</preferences>',
  '</memories>',
].join('\n');

// Answers a tool call first, then the text once the tool's result is in.
const weatherHandler = (body: Record<string, unknown>) => {
  const sent = JSON.stringify(body.messages ?? body.input);
  const resultIn = sent.includes('"role":"tool"') || sent.includes('"function_call_output"');
  return resultIn
    ? 'It is sunny in Lyon.'
    : answer({ toolCalls: [{ id: 'call_w', name: 'weather', arguments: { city: 'Lyon' } }] });
};

let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Parameters<typeof startFakeOpenAIServer>[0] = {}) {
  server = await startFakeOpenAIServer(options);
  return { server, client: new OpenAI({ apiKey: 'test-key', baseURL: server.baseURL, maxRetries: 0 }) };
}

const bodyOf = (request: RecordedRequest | undefined) => request?.body as Record<string, unknown>;

describe('the default handler echoes the memories of the request', () => {
  it('reads facts and preferences from any <memories> block, stamps and markers removed', () => {
    const body = {
      messages: [
        { role: 'system', content: `Be brief.\n\n${BLOCK}` },
        { role: 'user', content: 'Hi' },
      ],
    };
    expect(memoriesIn(body)).toEqual(['The user lives in Lyon.', 'Prefers trains over planes.']);
    expect(echoMemories(body)).toBe('I remember: The user lives in Lyon; Prefers trains over planes.');
    expect(echoMemories({ input: 'Hi' })).toBe("I don't remember anything about you yet.");
    expect(systemTextOf(body)).toBe(`Be brief.\n\n${BLOCK}`);
    expect(systemTextOf({ instructions: 'Be kind.', input: [{ role: 'developer', content: 'Dev.' }] })).toBe(
      'Be kind.\n\nDev.',
    );
    expect(lastUserTextOf({ input: [{ role: 'user', content: [{ type: 'input_text', text: 'Yo' }] }] })).toBe(
      'Yo',
    );
  });
});

describe('with the openai SDK', () => {
  it('chat completions, not streamed: the answer, the request id, the recorded request', async () => {
    const { server, client } = await start();
    const { data, request_id } = await client.chat.completions
      .create({
        model: 'gpt-fake',
        messages: [
          { role: 'system', content: BLOCK },
          { role: 'user', content: 'Hi' },
        ],
      })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe(
      'I remember: The user lives in Lyon; Prefers trains over planes.',
    );
    expect(data.choices[0]?.finish_reason).toBe('stop');
    expect(request_id).toBe('req_1');
    expect(server.requests.map((request) => request.path)).toEqual(['/v1/chat/completions']);
    expect(systemTextOf(server.requests[0]?.body)).toBe(BLOCK);
    const second = await client.chat.completions.create({ model: 'gpt-fake', messages: [] });
    expect(second._request_id).toBe('req_2');
  });

  it('chat completions, streamed word by word with include_usage, then [DONE]', async () => {
    const { client } = await start({ chat: () => 'Lyon is lovely in May.' });
    const stream = await client.chat.completions.create({
      model: 'gpt-fake',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const deltas: string[] = [];
    let usage: unknown;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (choice?.delta.content) deltas.push(choice.delta.content);
      if (choice?.finish_reason) finish = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(deltas).toEqual(['Lyon ', 'is ', 'lovely ', 'in ', 'May.']);
    expect(finish).toBe('stop');
    expect(usage).toMatchObject({ prompt_tokens: expect.any(Number), total_tokens: expect.any(Number) });
  });

  it('streamed tool calls assemble in chat.completions.stream(), and runTools() loops on them', async () => {
    const { server, client } = await start({ chat: weatherHandler });
    const streamed = await client.chat.completions
      .stream({ model: 'gpt-fake', messages: [{ role: 'user', content: 'Weather?' }] })
      .finalChatCompletion();
    expect(streamed.choices[0]?.message.tool_calls).toEqual([
      expect.objectContaining({
        id: 'call_w',
        type: 'function',
        function: { name: 'weather', arguments: '{"city":"Lyon"}' },
      }),
    ]);
    expect(streamed.choices[0]?.finish_reason).toBe('tool_calls');

    const calls: unknown[] = [];
    const runner = client.chat.completions.runTools({
      model: 'gpt-fake',
      messages: [{ role: 'user', content: 'Weather?' }],
      tools: [
        {
          type: 'function',
          function: {
            name: 'weather',
            description: 'The weather in a city.',
            parameters: { type: 'object', properties: { city: { type: 'string' } } },
            function: (args: unknown) => {
              calls.push(args);
              return 'sunny';
            },
            parse: (input: string) => JSON.parse(input) as { city: string },
          },
        },
      ],
    });
    expect(await runner.finalContent()).toBe('It is sunny in Lyon.');
    expect(calls).toEqual([{ city: 'Lyon' }]);
    const last = bodyOf(server.requestsTo('/chat/completions').at(-1));
    expect(last.messages).toContainEqual({ role: 'tool', tool_call_id: 'call_w', content: 'sunny' });
  });

  it('responses, not streamed and streamed (output_text, the event sequence, response.completed)', async () => {
    const { client } = await start({ responses: () => 'Lyon is lovely.' });
    const response = await client.responses.create({
      model: 'gpt-fake',
      input: 'Hi',
      instructions: 'Be brief.',
    });
    expect(response.output_text).toBe('Lyon is lovely.');
    expect(response.instructions).toBe('Be brief.');
    expect(response._request_id).toBe('req_1');

    const stream = await client.responses.create({ model: 'gpt-fake', input: 'Hi', stream: true });
    const types: string[] = [];
    let text = '';
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.completed')
        expect(event.response.output_text ?? text).toBe('Lyon is lovely.');
    }
    expect(text).toBe('Lyon is lovely.');
    expect(types[0]).toBe('response.created');
    expect(types).toContain('response.output_item.added');
    expect(types.at(-1)).toBe('response.completed');

    const final = await client.responses.stream({ model: 'gpt-fake', input: 'Hi' }).finalResponse();
    expect(final.output_text).toBe('Lyon is lovely.');
  });

  it('responses with a function call, streamed through responses.stream()', async () => {
    const { client } = await start({ responses: weatherHandler });
    const final = await client.responses.stream({ model: 'gpt-fake', input: 'Weather?' }).finalResponse();
    expect(final.output).toEqual([
      expect.objectContaining({
        type: 'function_call',
        call_id: 'call_w',
        name: 'weather',
        arguments: '{"city":"Lyon"}',
      }),
    ]);
  });

  it('a failure is an APIError with the status; a slow stream can be stopped mid-way', async () => {
    const { server, client } = await start({
      chat: (body) =>
        body.stream ? answer({ text: 'one two three four five six', chunkDelayMs: 30 }) : fail(503),
    });
    await expect(client.chat.completions.create({ model: 'm', messages: [] })).rejects.toMatchObject({
      status: 503,
    });
    const stream = await client.chat.completions.create({ model: 'm', messages: [], stream: true });
    const seen: string[] = [];
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content) seen.push(chunk.choices[0].delta.content);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['one ', 'two ']);
    await expect.poll(() => server.interruptedStreams).toBe(1);
  });
});

describe('with @ai-sdk/openai', () => {
  const weather = tool({
    inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } } }),
    execute: async ({ city }) => `sunny in ${city}`,
  });

  for (const api of ['chat', 'responses'] as const) {
    it(`${api}: generateText and streamText, with a tool loop`, async () => {
      server = await startFakeOpenAIServer({ chat: weatherHandler, responses: weatherHandler });
      const provider = createOpenAI({ apiKey: 'test-key', baseURL: server.baseURL });
      const model = api === 'chat' ? provider.chat('gpt-fake') : provider.responses('gpt-fake');

      const generated = await generateText({
        model,
        prompt: 'Weather?',
        tools: { weather },
        stopWhen: stepCountIs(3),
      });
      expect(generated.text).toBe('It is sunny in Lyon.');
      expect(generated.steps[0]?.toolCalls.map((call) => call.input)).toEqual([{ city: 'Lyon' }]);

      const streamed = streamText({
        model,
        prompt: 'Weather?',
        tools: { weather },
        stopWhen: stepCountIs(3),
      });
      let text = '';
      for await (const delta of streamed.textStream) text += delta;
      expect(text).toBe('It is sunny in Lyon.');
      expect((await streamed.steps).map((step) => step.finishReason)).toEqual(['tool-calls', 'stop']);
      expect(await streamed.usage).toMatchObject({ inputTokens: expect.any(Number) });
    });
  }
});

describe('as a standalone process', () => {
  it('prints its base URL first, answers, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['test/support/fake-openai-server.ts', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const client = new OpenAI({ apiKey: 'test-key', baseURL: line, maxRetries: 0 });
    const completion = await client.chat.completions.create({
      model: 'm',
      messages: [
        { role: 'system', content: BLOCK },
        { role: 'user', content: 'Hi' },
      ],
    });
    expect(completion.choices[0]?.message.content).toContain('The user lives in Lyon');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
