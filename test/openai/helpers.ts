// Shared fixtures of the OpenAI SDK adapter tests: the MemOS test server with the quick-start memories,
// the fake OpenAI server (its handlers swappable per test), the real openai SDK pointed at it, and a
// memory core over real HTTP.
import type { Memory, MemoryOptions } from 'memos-middleware';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { closeMemories, memoryOn, seedQuickStart } from '../ai-sdk/helpers.ts';
import {
  type ChatHandler,
  echoMemories,
  type FakeOpenAIServer,
  type RecordedRequest,
  type ResponsesHandler,
  startFakeOpenAIServer,
  systemTextOf,
} from '../support/fake-openai-server.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

export { nextCapture } from '../ai-sdk/helpers.ts';
export { answer, fail, lastUserTextOf, systemTextOf } from '../support/fake-openai-server.ts';

/** The user the quick-start memories belong to. */
export const USER = 'ada';
/** A question the quick-start memories answer (Guangzhou, 7 Days Inn, budget hotels). */
export const QUESTION = 'National Day is coming. Any travel and hotel recommendations?';
/** The app's own system prompt. */
export const SYSTEM = 'You are a friendly travel assistant.';

/** Everything a test touches; reset before each test. */
export interface Testbed {
  memos: MemOSTestServer;
  openai: FakeOpenAIServer;
  /** What the fake model answers; `echoMemories` unless a test sets it. */
  chat: ChatHandler;
  responses: ResponsesHandler;
  /** A plain openai client on the fake server (no retries, so failures show at once). */
  client(): OpenAI;
  /** A memory core on the MemOS test server. */
  memory(options?: MemoryOptions): Memory;
  /** MemOS requests so far: searches and adds. */
  memosCalls(): { search: number; add: number };
  /** The requests the fake OpenAI server received on a path suffix (`/chat/completions`, `/responses`). */
  upstream(suffix?: string): RecordedRequest[];
  /** The system text of the last upstream request. */
  lastSystem(): string;
}

/**
 * Starts the servers once per file and resets them (and the quick-start seed) before each test.
 *
 * @example
 * const bed = useTestbed();
 * it('...', async () => { const client = withMemOS(bed.client(), { memory: bed.memory() }); });
 */
export function useTestbed(): Testbed {
  const bed = {
    chat: echoMemories as ChatHandler,
    responses: echoMemories as ResponsesHandler,
  } as Testbed;
  beforeAll(async () => {
    bed.memos = await startMemOSTestServer();
    bed.openai = await startFakeOpenAIServer({
      chat: (body, request) => bed.chat(body, request),
      responses: (body, request) => bed.responses(body, request),
    });
  });
  afterAll(async () => {
    await bed.memos?.close();
    await bed.openai?.close();
  });
  beforeEach(() => {
    bed.memos.reset();
    seedQuickStart(bed.memos, USER);
    bed.openai.requests.length = 0;
    bed.chat = echoMemories;
    bed.responses = echoMemories;
  });
  afterEach(closeMemories);
  bed.client = () => new OpenAI({ apiKey: 'sk-test-secret', baseURL: bed.openai.baseURL, maxRetries: 0 });
  bed.memory = (options = {}) => memoryOn(bed.memos, { logger: false, ...options });
  bed.memosCalls = () => ({
    search: bed.memos.requestsTo('/search/memory').length,
    add: bed.memos.requestsTo('/add/message').length,
  });
  bed.upstream = (suffix = '') => bed.openai.requestsTo(suffix);
  bed.lastSystem = () => systemTextOf(bed.openai.requests.at(-1)?.body);
  return bed;
}

/** The roles and contents MemOS stored for the user (in one conversation, or all). */
export function stored(bed: Testbed, conversationId?: string): { role: string; content: unknown }[] {
  return bed.memos
    .messages(USER, conversationId)
    .map((message: { role: string; content: unknown }) => ({ role: message.role, content: message.content }));
}
