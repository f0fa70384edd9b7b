// A steady 60 turns/s for 40 s through the memory core with its defaults (writer and MemOSClient:
// 4 slots, 1000 queued, 5 retries, 10 s per attempt), while the fault proxy injects 20% faults from
// 10 s to 30 s. Nothing may be dropped for overflow, and the server ends with every turn once.
import { afterAll, describe, expect, it } from 'vitest';
import { createMemory, MemOSClient, type MemoryEvents, type TurnMessage } from '../../src/index.ts';
import { randomFault } from '../support/fault-proxy.ts';
import {
  createSecretSink,
  exactlyOnce,
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

const RATE = 60;
const SECONDS = 40;
const EPISODE = { from: 10_000, to: 30_000 };
// 60 turns/s from 100 conversations: each gets a turn every ~1.7 s (a busy chat app has far more
// conversations, each slower). The second case gives every turn its own conversation, so no batching
// helps: the worst case, reported (its overflow is not a target), its delivered turns still checked.

const user = (text: string): TurnMessage => ({ role: 'user', parts: [{ type: 'text', text }] });

async function sustained(CONVERSATIONS: number, name: string) {
  {
    const random = seededRandom(60);
    const faulty = randomFault(0.2, random);
    let episode = false;
    const stack = await startStack({ decide: (request) => (episode ? faulty(request) : 'pass') });
    const drops: MemoryEvents['drop'][] = [];
    let capturedMessages = 0;
    let writtenMessages = 0;
    const memory = createMemory({
      backend: new MemOSClient({ apiKey: RELIABILITY_KEY, baseURL: stack.baseURL }),
      logger: false,
      onError: (event) => secrets.add(event),
      onDrop: (event) => {
        drops.push(event);
        secrets.add(event);
      },
      onCapture: (event) => {
        capturedMessages += event.request?.messages.length ?? 0;
      },
      onWrite: (event) => {
        writtenMessages += event.request.messages.length;
      },
    });
    const expected = new Map<string, string[]>();
    const started = Date.now();
    let sent = 0;
    let maxBacklog = 0;
    while (Date.now() - started < SECONDS * 1000) {
      const elapsed = Date.now() - started;
      episode = elapsed >= EPISODE.from && elapsed < EPISODE.to;
      const due = Math.floor((elapsed * RATE) / 1000);
      for (; sent < due; sent += 1) {
        const conversationId = `load-c${sent % CONVERSATIONS}`;
        const question = `turn ${sent} in ${conversationId}`;
        const answer = `answer ${sent}`;
        const contents = expected.get(conversationId) ?? [];
        contents.push(question, answer);
        expected.set(conversationId, contents);
        memory.capture(
          { userId: `load-u${sent % CONVERSATIONS}`, conversationId, messages: [user(question)] },
          { status: 'complete', text: answer },
        );
      }
      maxBacklog = Math.max(maxBacklog, (capturedMessages - writtenMessages) / 2);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    episode = false;
    await memory.close();
    const drainedAfter = (Date.now() - started) / 1000;
    const result = exactlyOnce(storedMessages(stack.path), expected);
    const overflow = drops.filter((event) => event.reason === 'overflow').length;
    report(name, {
      rate: RATE,
      seconds: SECONDS,
      conversations: CONVERSATIONS,
      turns: sent,
      overflow,
      droppedOtherwise: drops.length - overflow,
      maxBacklog,
      lost: result.lost.length,
      duplicated: result.duplicated.length,
      outOfOrder: result.outOfOrder.length,
      faults: stack.proxy.counts,
      drainedAfterSeconds: Number(drainedAfter.toFixed(1)),
    });
    await stack.close();
    const droppedTexts = new Set(
      drops.flatMap((event) => event.request.messages.map((message) => String(message.content))),
    );
    return { overflow, drops, result, droppedTexts };
  }
}

describe('sustained load through a fault episode, with defaults', () => {
  it(`${RATE} turns/s for ${SECONDS} s, 20% faults for ${(EPISODE.to - EPISODE.from) / 1000} s, 100 conversations: none dropped for overflow`, async () => {
    const { overflow, drops, result } = await sustained(100, 'sustained-load');
    expect(overflow).toBe(0);
    expect(drops).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(result.duplicated).toEqual([]);
    expect(result.outOfOrder).toEqual([]);
  });

  it('the same with one conversation per turn (no batching): what is not dropped is stored once', async () => {
    const { result, droppedTexts } = await sustained(
      RATE * SECONDS,
      'sustained-load-one-conversation-per-turn',
    );
    // Every turn is stored once or was handed to onDrop, never both, never twice.
    expect(result.lost.filter((content) => !droppedTexts.has(content))).toEqual([]);
    expect(result.duplicated).toEqual([]);
    expect([...droppedTexts].filter((content) => !result.lost.includes(content))).toEqual([]);
  });
});
