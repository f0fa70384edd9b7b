import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { generateText, type ModelMessage, simulateReadableStream, stepCountIs, streamText, tool } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { createMemory, MemOSClient, type Memory } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { z } from 'zod';
import { type MemOSTestServer, startMemOSTestServer } from '../test/support/memos-test-server.ts';
import { median, type Summary, summarize } from './stats.ts';

// What the middleware costs one user turn: a 4-step tool-calling turn (3 tool calls, then the answer)
// through generateText and streamText, against the MemOS test server with every request delayed
// ~22 ms. Requests are counted on the server; latency is the wrapped turn minus the same turn on the
// bare model, in multiples of one measured round trip.

const USER_ID = 'bench-user';
const DELAY_MS = 22;
const STEPS = 4;

type V4Prompt = Parameters<MockLanguageModelV4['doGenerate']>[0]['prompt'];

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 10, text: 10, reasoning: undefined },
};

// Which step of the turn this call is: tool results after the newest user message.
function stepOf(prompt: V4Prompt): number {
  const lastUser = prompt.findLastIndex((message) => message.role === 'user');
  return prompt.slice(lastUser + 1).filter((message) => message.role === 'tool').length;
}

function answerOf(prompt: V4Prompt): string {
  const lastUser = prompt.findLast((message) => message.role === 'user');
  const text = lastUser?.content.map((part) => (part.type === 'text' ? part.text : '')).join('') ?? '';
  return `Here is what I found about "${text.slice(0, 40)}": three sources agree, and I kept your preferences in mind.`;
}

const toolCall = (step: number) => ({
  type: 'tool-call' as const,
  toolCallId: `call-${step}`,
  toolName: 'lookup',
  input: JSON.stringify({ query: `source ${step}` }),
});

/** A model that calls `lookup` three times, then answers; streamed in small chunks. */
function createToolLoopModel({ chunkDelayMs }: { chunkDelayMs: number | null } = { chunkDelayMs: null }) {
  return new MockLanguageModelV4({
    doGenerate: async ({ prompt }) => {
      const step = stepOf(prompt);
      return step < STEPS - 1
        ? {
            content: [toolCall(step)],
            finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
            usage,
            warnings: [],
          }
        : {
            content: [{ type: 'text', text: answerOf(prompt) }],
            finishReason: { unified: 'stop', raw: 'stop' },
            usage,
            warnings: [],
          };
    },
    doStream: async ({ prompt }) => {
      const step = stepOf(prompt);
      const words = answerOf(prompt).split(/(?<= )/);
      const chunks: LanguageModelV4StreamPart[] =
        step < STEPS - 1
          ? [
              { type: 'stream-start' as const, warnings: [] },
              toolCall(step),
              {
                type: 'finish' as const,
                finishReason: { unified: 'tool-calls' as const, raw: 'tool_calls' },
                usage,
              },
            ]
          : [
              { type: 'stream-start' as const, warnings: [] },
              { type: 'text-start' as const, id: 't' },
              ...words.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
              { type: 'text-end' as const, id: 't' },
              { type: 'finish' as const, finishReason: { unified: 'stop' as const, raw: 'stop' }, usage },
            ];
      return {
        stream: simulateReadableStream({ chunks, chunkDelayInMs: step < STEPS - 1 ? null : chunkDelayMs }),
      };
    },
  });
}

const tools = {
  lookup: tool({
    description: 'Looks something up.',
    inputSchema: z.object({ query: z.string() }),
    execute: async ({ query }) => `result for ${query}`,
  }),
};

const QUESTIONS = [
  'Can you find me a hotel in Guangzhou for National Day?',
  'What is the weather like there in early October?',
  'Which museums should I not miss?',
  'Any vegetarian restaurants near the river?',
  'How do I get from the airport to the city centre?',
  'Is the metro easy to use with luggage?',
  'Suggest a day trip outside the city.',
  'What souvenirs are typical there?',
  'How much cash should I carry?',
  'Which neighbourhood is best for an evening walk?',
  'Are there any festivals that week?',
  'Recommend a tea house for the morning.',
  'How early should I book the high-speed train back?',
  'What is a polite way to ask for the bill in Cantonese?',
  'Where can I find a quiet co-working space?',
  'Any tips for visiting the Canton Tower?',
  'Which dim sum dishes should I try first?',
  'Is it safe to walk around at night?',
  'What should I pack for the trip?',
  'Summarise my plan in three bullet points.',
];

interface TurnSample {
  baselineMs: number;
  wrappedMs: number;
  baselineFirstTextMs?: number;
  wrappedFirstTextMs?: number;
  searches: number;
  adds: number;
  messagesAdded: number;
  storedAnswerMatches: boolean;
}

/** Figures of one variant (generateText or streamText). */
export interface VariantFigures {
  turns: number;
  searchesPerTurn: Summary;
  addsPerTurn: Summary;
  messagesPerAdd: Summary;
  baselineMs: Summary;
  wrappedMs: Summary;
  addedMs: Summary;
  addedRoundTrips: number;
  addedFirstTextMs?: Summary;
  storedAnswerTurns: number;
}

/** What happened to an aborted streamed turn under one policy. */
export interface AbortFigures {
  policy: 'user-only' | 'partial';
  streamedBeforeAbort: string;
  stored: { role: string; content: string }[];
  addsAfterAbort: number;
}

/** The middleware's own cost on one model call whose recall is a cache hit (tool-loop steps 2..N). */
export interface HotPathFigures {
  calls: number;
  /** One `doGenerate` of the bare mock model, microseconds. */
  bareUs: Summary;
  /** The same call through `withMemOS`, recall answered from the turn's cache, microseconds. */
  wrappedUs: Summary;
  /** p50 wrapped minus p50 bare. */
  addedUsP50: number;
}

/** Everything the middleware benchmark measured. */
export interface MiddlewareFigures {
  delayMs: number;
  roundTripMs: Summary;
  hotPath: HotPathFigures;
  generate: VariantFigures;
  stream: VariantFigures;
  aborts: AbortFigures[];
}

function createSetup(server: MemOSTestServer, onAbort: 'user-only' | 'partial' = 'user-only') {
  const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url });
  const memory: Memory = createMemory({ backend: client, onAbort });
  return { client, memory, model: withMemOS(createToolLoopModel(), { memory }) };
}

const contentText = (content: unknown) =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('')
      : JSON.stringify(content);

async function runVariant(
  server: MemOSTestServer,
  {
    variant,
    turns,
    rounds,
    roundTripMs,
  }: { variant: 'generate' | 'stream'; turns: number; rounds: number; roundTripMs: number },
): Promise<VariantFigures> {
  const { client, memory, model } = createSetup(server);
  const bare = createToolLoopModel();
  let conversationId = `bench-${variant}`;
  let providerOptions = { memos: { userId: USER_ID, conversationId } };
  let history: ModelMessage[] = [];
  let bareHistory: ModelMessage[] = [];
  const samples: TurnSample[] = [];

  const runTurn = async (wrapped: boolean, messages: ModelMessage[]) => {
    const started = performance.now();
    if (variant === 'generate') {
      const result = await generateText({
        model: wrapped ? model : bare,
        messages,
        tools,
        stopWhen: stepCountIs(STEPS),
        ...(wrapped ? { providerOptions } : {}),
      });
      return { ms: performance.now() - started, text: result.text, response: result.response.messages };
    }
    const result = streamText({
      model: wrapped ? model : bare,
      messages,
      tools,
      stopWhen: stepCountIs(STEPS),
      ...(wrapped ? { providerOptions } : {}),
    });
    let text = '';
    let firstTextMs: number | undefined;
    for await (const delta of result.textStream) {
      firstTextMs ??= performance.now() - started;
      text += delta;
    }
    const ms = performance.now() - started;
    return { ms, text, firstTextMs, response: (await result.response).messages };
  };

  // The conversation is played `rounds` times (a fresh conversation each), so the median rests on
  // turns × rounds samples and one busy moment of the machine does not move it.
  for (let round = 0; round < rounds; round += 1) {
    conversationId = `bench-${variant}-${round}`;
    providerOptions = { memos: { userId: USER_ID, conversationId } };
    history = [];
    bareHistory = [];
    // Warm-up turn on both paths (JIT, keep-alive connection), not measured.
    const questions = ['Hello there, warming up.', ...QUESTIONS.slice(0, turns)];
    for (const [index, question] of questions.entries()) {
      const user: ModelMessage = { role: 'user', content: question };
      const baseline = await runTurn(false, [...bareHistory, user]);
      bareHistory = [...bareHistory, user, ...baseline.response];
      const before = {
        searches: server.requestsTo('/search/memory').length,
        adds: server.requestsTo('/add/message').length,
      };
      const wrapped = await runTurn(true, [...history, user]);
      history = [...history, user, ...wrapped.response];
      await memory.flush();
      const addRequests = server.requestsTo('/add/message').slice(before.adds);
      const stored = server.messages(USER_ID, conversationId);
      const lastAssistant = stored.findLast((message: { role: string }) => message.role === 'assistant');
      if (index === 0) continue;
      samples.push({
        baselineMs: baseline.ms,
        wrappedMs: wrapped.ms,
        ...(baseline.firstTextMs === undefined ? {} : { baselineFirstTextMs: baseline.firstTextMs }),
        ...(wrapped.firstTextMs === undefined ? {} : { wrappedFirstTextMs: wrapped.firstTextMs }),
        searches: server.requestsTo('/search/memory').length - before.searches,
        adds: addRequests.length,
        messagesAdded: addRequests.reduce((sum, request) => sum + (request.body?.messages?.length ?? 0), 0),
        storedAnswerMatches:
          lastAssistant !== undefined && contentText(lastAssistant.content) === wrapped.text,
      });
    }
  }
  await memory.close();
  await client.close?.();

  const added = samples.map((sample) => sample.wrappedMs - sample.baselineMs);
  const firstText = samples.flatMap((sample) =>
    sample.wrappedFirstTextMs === undefined || sample.baselineFirstTextMs === undefined
      ? []
      : [sample.wrappedFirstTextMs - sample.baselineFirstTextMs],
  );
  return {
    turns: samples.length,
    searchesPerTurn: summarize(samples.map((sample) => sample.searches)),
    addsPerTurn: summarize(samples.map((sample) => sample.adds)),
    messagesPerAdd: summarize(samples.map((sample) => sample.messagesAdded / Math.max(1, sample.adds))),
    baselineMs: summarize(samples.map((sample) => sample.baselineMs)),
    wrappedMs: summarize(samples.map((sample) => sample.wrappedMs)),
    addedMs: summarize(added),
    addedRoundTrips: median(added) / roundTripMs,
    ...(firstText.length > 0 ? { addedFirstTextMs: summarize(firstText) } : {}),
    storedAnswerTurns: samples.filter((sample) => sample.storedAnswerMatches).length,
  };
}

// A step that asks for a tool: the turn goes on, so nothing is captured and the recall cache stays warm.
const toolStep = {
  content: [toolCall(0)],
  finishReason: { unified: 'tool-calls' as const, raw: 'tool_calls' },
  usage,
  warnings: [],
};

/**
 * The per-call cost of the middleware when the turn's search is already cached: what steps 2..N of a
 * tool loop pay. In-process (no network), bare and wrapped calls interleaved so drift hits both alike.
 */
async function measureHotPath(server: MemOSTestServer, calls: number): Promise<HotPathFigures> {
  const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url });
  const memory = createMemory({ backend: client });
  const bare = new MockLanguageModelV4({ doGenerate: async () => toolStep });
  const wrapped = withMemOS(new MockLanguageModelV4({ doGenerate: async () => toolStep }), { memory });
  const params = {
    prompt: [
      { role: 'system' as const, content: 'You are a travel agent.' },
      {
        role: 'user' as const,
        content: [{ type: 'text' as const, text: 'Any hotel ideas for National Day?' }],
      },
    ],
    providerOptions: { memos: { userId: USER_ID, conversationId: 'bench-hot-path' } },
  };
  await wrapped.doGenerate(params); // the one search of the turn
  const bareUs: number[] = [];
  const wrappedUs: number[] = [];
  for (let index = 0; index < calls + 200; index += 1) {
    let started = performance.now();
    await bare.doGenerate(params);
    const bareTime = (performance.now() - started) * 1000;
    started = performance.now();
    await wrapped.doGenerate(params);
    const wrappedTime = (performance.now() - started) * 1000;
    if (index < 200) continue; // warm-up
    bareUs.push(bareTime);
    wrappedUs.push(wrappedTime);
  }
  await memory.close();
  const bareSummary = summarize(bareUs);
  const wrappedSummary = summarize(wrappedUs);
  return {
    calls,
    bareUs: bareSummary,
    wrappedUs: wrappedSummary,
    addedUsP50: wrappedSummary.p50 - bareSummary.p50,
  };
}

async function measureRoundTrip(server: MemOSTestServer, count: number): Promise<Summary> {
  const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url });
  const sample: number[] = [];
  for (let index = 0; index <= count; index += 1) {
    const started = performance.now();
    await client.searchMemory({ user_id: 'round-trip-probe', query: `probe ${index}` });
    if (index > 0) sample.push(performance.now() - started);
  }
  await client.close?.();
  return summarize(sample);
}

async function runAbort(server: MemOSTestServer, policy: 'user-only' | 'partial'): Promise<AbortFigures> {
  const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url });
  const memory = createMemory({ backend: client, onAbort: policy });
  const model = withMemOS(createToolLoopModel({ chunkDelayMs: 30 }), { memory });
  const conversationId = `bench-abort-${policy}`;
  const controller = new AbortController();
  const before = server.requestsTo('/add/message').length;
  const result = streamText({
    model,
    messages: [{ role: 'user', content: 'Plan my National Day trip to Guangzhou, with hotels.' }],
    tools,
    stopWhen: stepCountIs(STEPS),
    abortSignal: controller.signal,
    providerOptions: { memos: { userId: USER_ID, conversationId } },
  });
  let streamed = '';
  try {
    for await (const delta of result.textStream) {
      streamed += delta;
      // The user closes the tab after a few words.
      if (streamed.split(' ').length > 4) controller.abort();
    }
  } catch {
    // The abort surfaces as an error on the stream; that is the point of this run.
  }
  await memory.flush();
  await memory.close();
  await client.close?.();
  return {
    policy,
    streamedBeforeAbort: streamed,
    stored: server.messages(USER_ID, conversationId).map((message: { role: string; content: unknown }) => ({
      role: message.role,
      content: contentText(message.content),
    })),
    addsAfterAbort: server.requestsTo('/add/message').length - before,
  };
}

/**
 * Runs the middleware benchmark against a local MemOS test server.
 *
 * @example
 * const figures = await runMiddlewareBench({ turns: 20, rounds: 3, log: console.log });
 */
export async function runMiddlewareBench({
  turns,
  rounds = 3,
  log,
}: {
  turns: number;
  /** How many times the conversation is played (a fresh one each time). */
  rounds?: number;
  log: (line: string) => void;
}): Promise<MiddlewareFigures> {
  const server = await startMemOSTestServer();
  try {
    server.seed(USER_ID, {
      facts: [
        { memory_value: 'The user plans a National Day trip to Guangzhou.' },
        { memory_value: 'The user chose 7 Days Inn on a previous trip.' },
      ],
      preferences: [
        { preference: 'The user prefers budget-friendly hotels.', preference_type: 'explicit_preference' },
      ],
    });
    server.faultAlways('*', { delayMs: DELAY_MS });
    const roundTripMs = await measureRoundTrip(server, 20);
    log(`middleware: one round trip to the test server: p50 ${roundTripMs.p50.toFixed(1)} ms`);
    const generate = await runVariant(server, {
      variant: 'generate',
      turns,
      rounds,
      roundTripMs: roundTripMs.p50,
    });
    log(
      `  generateText: ${generate.searchesPerTurn.mean} searches + ${generate.addsPerTurn.mean} adds per turn, +${generate.addedMs.p50.toFixed(1)} ms (${generate.addedRoundTrips.toFixed(2)} round trips)`,
    );
    const stream = await runVariant(server, {
      variant: 'stream',
      turns,
      rounds,
      roundTripMs: roundTripMs.p50,
    });
    log(
      `  streamText: ${stream.searchesPerTurn.mean} searches + ${stream.addsPerTurn.mean} adds per turn, +${stream.addedMs.p50.toFixed(1)} ms (${stream.addedRoundTrips.toFixed(2)} round trips), answer stored in ${stream.storedAnswerTurns}/${stream.turns}`,
    );
    const aborts = [await runAbort(server, 'user-only'), await runAbort(server, 'partial')];
    server.faultAlways('*', { delayMs: 0 });
    const hotPath = await measureHotPath(server, 5_000);
    log(
      `  hot path (cached recall, per model call): +${hotPath.addedUsP50.toFixed(1)} µs p50 (bare ${hotPath.bareUs.p50.toFixed(1)} µs, wrapped ${hotPath.wrappedUs.p50.toFixed(1)} µs)`,
    );
    for (const abort of aborts)
      log(
        `  abort (${abort.policy}): ${abort.addsAfterAbort} add(s), stored ${abort.stored.map((message) => message.role).join(' + ') || 'nothing'}`,
      );
    return { delayMs: DELAY_MS, roundTripMs, hotPath, generate, stream, aborts };
  } finally {
    await server.close();
  }
}
