// The writer under faults, end to end: chat calls through the AI SDK adapter, recall and background
// writes through a MemOSClient, a fault proxy injecting 20% faults of seven kinds, createMemOSServer
// over LocalMemOS on a real SQLite file. What the database holds is checked against what was captured.
import { generateText, type ModelMessage } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { afterAll, describe, expect, it } from 'vitest';
import { withMemOS } from '../../adapters/ai-sdk/index.ts';
import { createMemory, MemOSClient, type MemoryEvents } from '../../src/index.ts';
import { textResult } from '../ai-sdk/helpers.ts';
import { FAULTS, type ProxyFault, randomFault } from '../support/fault-proxy.ts';
import {
  createSecretSink,
  exactlyOnce,
  pool,
  RELIABILITY_KEY,
  report,
  seededRandom,
  startStack,
  storedMessages,
} from './support.ts';

const secrets = createSecretSink();
afterAll(() => {
  expect(secrets.leaks).toEqual([]);
});

const CONVERSATIONS = 250;
const TURNS_PER_CONVERSATION = 40;

describe('10,000 turns through the writer into the local server behind a 20% fault proxy', () => {
  it('loses none, stores none twice, keeps each conversation in order, and no chat call fails', async () => {
    const random = seededRandom(12);
    const stack = await startStack({
      decide: randomFault(0.2, random),
      onLog: (entry) => secrets.add(entry),
    });
    const errors: MemoryEvents['error'][] = [];
    const drops: MemoryEvents['drop'][] = [];
    const memory = createMemory({
      // A short client timeout so a hang past it costs 0.5 s, not 10 (a hang holds its slot until then).
      backend: new MemOSClient({ apiKey: RELIABILITY_KEY, baseURL: stack.baseURL, timeoutMs: 500 }),
      recallTimeoutMs: 400,
      // Retries enough that 20% independent faults lose nothing (at the default 5, one batch in
      // 0.2^-6 ≈ 15,600 fails six times in a row and goes to onDrop), and 8 slots for the hangs.
      // The queue holds the whole run: turns arrive at the mock model's pace whatever the machine,
      // while delivery runs at the server's, so on a slow machine the default 1,000 overflowed
      // (CI, 2026-12-03) and this test became a speed test. Loss under faults is what it checks;
      // the overflow policy at the defaults is the sustained-load test's, at a rate with headroom.
      writer: { maxRetries: 10, concurrency: 8, maxQueue: CONVERSATIONS * TURNS_PER_CONVERSATION },
      logger: false,
      onError: (event) => {
        errors.push(event);
        secrets.add(event);
      },
      onDrop: (event) => {
        drops.push(event);
        secrets.add(event);
      },
    });
    // The model answers each question with a text of its own, so every stored content is unique.
    const model = withMemOS(
      new MockLanguageModelV4({
        doGenerate: async ({ prompt }) => {
          // A model that takes 50-150 ms, so turns arrive at a chat app's pace, not a loop's.
          await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(random() * 100)));
          const last = prompt.findLast((message) => message.role === 'user');
          const parts = last && Array.isArray(last.content) ? last.content : [];
          const text = parts.map((part) => ('text' in part ? part.text : '')).join('');
          return textResult(`answer to ${text}`);
        },
      }),
      { memory },
    );
    const expected = new Map<string, string[]>();
    let chatFailures = 0;
    const started = performance.now();
    const conversations = Array.from({ length: CONVERSATIONS }, (_, index) => index);
    // Messages captured but not yet written: the writer's backlog, sampled.
    let capturedMessages = 0;
    let writtenMessages = 0;
    memory.events.on('capture', (event) => {
      capturedMessages += event.request?.messages.length ?? 0;
    });
    memory.events.on('write', (event) => {
      writtenMessages += event.request.messages.length;
    });
    let maxPending = 0;
    const sampler = setInterval(() => {
      maxPending = Math.max(maxPending, (capturedMessages - writtenMessages) / 2);
    }, 50);
    await pool(conversations, 40, async (index) => {
      const userId = `rel-user-${index % 125}`;
      const conversationId = `rel-c${index}`;
      const contents: string[] = [];
      expected.set(conversationId, contents);
      const history: ModelMessage[] = [];
      for (let turn = 0; turn < TURNS_PER_CONVERSATION; turn += 1) {
        const question = `c${index} t${turn}: I keep ${turn} notes about topic ${index * 7 + turn}.`;
        history.push({ role: 'user', content: question });
        try {
          const result = await generateText({
            model,
            messages: history.slice(-5),
            providerOptions: { memos: { userId, conversationId } },
          });
          history.push({ role: 'assistant', content: result.text });
          contents.push(question, result.text);
        } catch (error) {
          chatFailures += 1;
          secrets.add(error);
        }
      }
    });
    clearInterval(sampler);
    const chatSeconds = (performance.now() - started) / 1000;
    await memory.close();
    const drainSeconds = (performance.now() - started) / 1000;

    const rows = storedMessages(stack.path).filter((row) => row.conversationId.startsWith('rel-c'));
    const result = exactlyOnce(rows, expected);
    const faults = Object.fromEntries(FAULTS.map((fault: ProxyFault) => [fault, stack.proxy.counts[fault]]));
    report('writer-faults', {
      turns: CONVERSATIONS * TURNS_PER_CONVERSATION,
      messagesStored: rows.length,
      lost: result.lost.length,
      duplicated: result.duplicated.length,
      unexpected: result.unexpected.length,
      outOfOrder: result.outOfOrder.length,
      chatFailures,
      dropped: drops.length,
      maxPending,
      requests: stack.proxy.counts.pass + FAULTS.reduce((sum, fault) => sum + stack.proxy.counts[fault], 0),
      faults,
      writeErrors: errors.filter((event) => event.phase === 'write').length,
      recallErrors: errors.filter((event) => event.phase === 'recall').length,
      chatSeconds: Number(chatSeconds.toFixed(1)),
      drainedAfterSeconds: Number(drainSeconds.toFixed(1)),
    });
    for (const entry of stack.serverLog) secrets.add(entry);
    await stack.close();

    expect(chatFailures).toBe(0);
    expect(drops).toEqual([]);
    expect(stack.serverLog).toEqual([]);
    expect({ ...result, stored: 0, expected: 0 }).toEqual({
      stored: 0,
      expected: 0,
      lost: [],
      duplicated: [],
      unexpected: [],
      outOfOrder: [],
    });
    expect(rows).toHaveLength(CONVERSATIONS * TURNS_PER_CONVERSATION * 2);
    // The faults did happen, of every kind.
    for (const fault of FAULTS) expect(stack.proxy.counts[fault]).toBeGreaterThan(0);
  });
});
