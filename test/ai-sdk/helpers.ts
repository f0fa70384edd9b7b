// Shared fixtures of the AI SDK adapter tests: the MemOS test server with the vendor's quick-start
// memories, a memory core talking to it over real HTTP, and V4 model results for MockLanguageModelV4.
import type { LanguageModelV4GenerateResult, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import {
  createMemory,
  MemOSClient,
  type Memory,
  type MemoryEvents,
  type MemoryOptions,
} from 'memos-middleware';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

export const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** The quick-start scenario of memos-docs: a summer trip to Guangzhou, 7 Days Inn, budget hotels. */
export function seedQuickStart(server: MemOSTestServer, userId: string): void {
  server.seed(userId, {
    facts: [
      {
        id: 'fact-guangzhou',
        memory_value:
          'The user has planned to travel to Guangzhou during the summer and has decided to choose 7 Days Inn for accommodation.',
        relativity: 0.92,
        create_time: Date.UTC(2025, 5, 10, 9, 30),
        update_time: Date.UTC(2025, 5, 10, 9, 30),
      },
    ],
    preferences: [
      {
        id: 'pref-budget',
        preference: 'Preference for cost-effective accommodations.',
        preference_type: 'implicit_preference',
        relativity: 0.81,
        create_time: Date.UTC(2025, 5, 10, 9, 31),
        update_time: Date.UTC(2025, 5, 10, 9, 31),
      },
    ],
    preferenceNote: '\n# Note:\nDo not violate the preferences.\n',
  });
}

const openMemories = new Set<Memory>();

/** A memory core on the test server, over real HTTP; `closeMemories()` settles it after the test. */
export function memoryOn(server: MemOSTestServer, options: MemoryOptions = {}): Memory {
  const memory = createMemory({
    backend: new MemOSClient({ apiKey: 'test-key', baseURL: server.url }),
    ...options,
  });
  openMemories.add(memory);
  return memory;
}

/** Resolves with the next turn the memory captures (cancellation can reach the model a few ticks later). */
export function nextCapture(memory: Memory): Promise<MemoryEvents['capture']> {
  return new Promise((resolve) => {
    const off = memory.events.on('capture', (event) => {
      off();
      resolve(event);
    });
  });
}

/** Closes every memory a test made, so no background write lands in the next test. */
export async function closeMemories(): Promise<void> {
  const memories = [...openMemories];
  openMemories.clear();
  await Promise.all(memories.map((memory) => memory.close()));
}

export async function startServer(): Promise<MemOSTestServer> {
  return startMemOSTestServer();
}

/**
 * The lifecycle every adapter suite shares: one MemOS test server for the file, reset and seeded with
 * the quick-start memories for `userId` before each test, memories closed after each. `use` receives
 * the started server (assign it to the file's `server`).
 */
export function useQuickStartServer(userId: string, use: (server: MemOSTestServer) => void): void {
  let server: MemOSTestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    use(server);
  });
  afterAll(() => server?.close());
  afterEach(closeMemories);
  beforeEach(() => {
    server!.reset();
    seedQuickStart(server!, userId);
  });
}

export function textResult(text: string): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage,
    warnings: [],
  };
}

export function toolCallResult(id: string, city = 'Lyon'): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'tool-call', toolCallId: id, toolName: 'weather', input: JSON.stringify({ city }) }],
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage,
    warnings: [],
  };
}

/** The parts of a streamed answer, one text-delta per word. */
export function textParts(text: string): LanguageModelV4StreamPart[] {
  return [
    { type: 'stream-start', warnings: [] },
    { type: 'response-metadata', id: 'resp-1', modelId: 'mock', timestamp: new Date(0) },
    { type: 'text-start', id: 't1' },
    ...text
      .split(/(?<= )/)
      .map((delta): LanguageModelV4StreamPart => ({ type: 'text-delta', id: 't1', delta })),
    { type: 'text-end', id: 't1' },
    {
      type: 'finish',
      finishReason: { unified: 'stop', raw: 'stop' },
      usage,
      providerMetadata: { mock: { served: 1 } },
    },
  ];
}

export function toolCallParts(id: string): LanguageModelV4StreamPart[] {
  return [
    { type: 'stream-start', warnings: [] },
    { type: 'tool-call', toolCallId: id, toolName: 'weather', input: JSON.stringify({ city: 'Lyon' }) },
    { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
  ];
}

/** A stream the test feeds by hand: nothing arrives until `push`, it ends on `close` or `fail`. */
export function manualStream<Part>() {
  let controller!: ReadableStreamDefaultController<Part>;
  let cancelledWith: { reason: unknown } | undefined;
  const stream = new ReadableStream<Part>({
    start(given) {
      controller = given;
    },
    cancel(reason) {
      cancelledWith = { reason };
    },
  });
  return {
    stream,
    push: (...parts: Part[]) => {
      for (const part of parts) controller.enqueue(part);
    },
    close: () => controller.close(),
    fail: (error: unknown) => controller.error(error),
    get cancelled() {
      return cancelledWith;
    },
  };
}
