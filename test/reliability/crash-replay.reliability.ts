// A child process writing through a durable outbox is SIGKILLed at the points where a write can be
// half done, batched and unbatched; the next process replays the outbox. Against createMemOSServer
// over LocalMemOS (which honours Idempotency-Key), every captured turn must be stored exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriter, MemOSClient } from '../../src/index.ts';
import type { ProxiedRequest, ProxyFault } from '../support/fault-proxy.ts';
import { type OutboxChild, spawnOutboxChild } from '../support/outbox-child-process.ts';
import {
  createSecretSink,
  exactlyOnce,
  RELIABILITY_KEY,
  report,
  type Stack,
  startStack,
  storedMessages,
} from './support.ts';

const secrets = createSecretSink();
let stack: Stack;
let directory: string;
// What the proxy does with the next request; each scenario sets it.
let policy: (request: ProxiedRequest) => ProxyFault | Promise<ProxyFault> = () => 'pass';
const forwardedListeners = new Set<(request: ProxiedRequest) => void>();
const outcomes: Record<string, unknown>[] = [];
let answersLostBefore = 0;

beforeAll(async () => {
  stack = await startStack({ decide: (request) => policy(request), onLog: (entry) => secrets.add(entry) });
  stack.proxy.onForwarded((request) => {
    for (const listener of forwardedListeners) listener(request);
  });
  directory = mkdtempSync(join(tmpdir(), 'memos-crash-suite-'));
});
afterAll(async () => {
  report('crash-replay', { scenarios: outcomes.length, outcomes });
  await stack.close();
  rmSync(directory, { recursive: true, force: true });
  expect(secrets.leaks).toEqual([]);
});

const isAdd = (request: ProxiedRequest) => request.path.endsWith('/add/message');
const gate = () => {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
};

/** Spawns a child on `outbox` (replaying what it holds) and waits until it is ready. */
async function child(outbox: string): Promise<OutboxChild> {
  const spawned = spawnOutboxChild(outbox, stack.baseURL, { timeoutMs: 60_000 }, { apiKey: RELIABILITY_KEY });
  await spawned.waitFor((event) => event.event === 'ready');
  return spawned;
}

async function enqueueAll(process: OutboxChild, turns: readonly [conversation: string, text: string][]) {
  for (const [conversation, text] of turns) process.send({ op: 'enqueue', conversation, text });
  const last = turns.at(-1)![1];
  await process.waitFor((event) => event.event === 'enqueued' && event.text === last);
}

/** Kills `process` as soon as the `count`-th add (from now) has been stored upstream. */
function killAfterStored(process: OutboxChild, count: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    const listener = (request: ProxiedRequest) => {
      if (!isAdd(request) || ++seen < count) return;
      forwardedListeners.delete(listener);
      void process.kill().then(resolve);
    };
    forwardedListeners.add(listener);
  });
}

/** The parent replays what is left, with faults off, then checks the scenario's turns. */
async function replayAndCheck(
  name: string,
  outbox: string,
  turns: readonly [string, string][],
  kills: number,
  children: readonly OutboxChild[],
) {
  // The children wrote nothing off: no drop, no failure (and no key in what they printed).
  for (const process of children) {
    secrets.add(JSON.stringify(process.events));
    expect(process.events.filter((event) => event.event === 'dropped')).toEqual([]);
  }
  policy = () => 'pass';
  const writer = createWriter({
    backend: new MemOSClient({ apiKey: RELIABILITY_KEY, baseURL: stack.baseURL, maxRetries: 0 }),
    outbox: { path: outbox },
    onError: (event) => secrets.add(event),
    onDrop: (event) => secrets.add(event),
  });
  const replayed = writer.pending;
  await writer.close();
  const answersLost = stack.proxy.counts['lost-after'] + stack.proxy.counts['rate-limit-after'];
  const storedWithAnswerLost = answersLost - answersLostBefore;
  answersLostBefore = answersLost;
  const expected = new Map<string, string[]>();
  for (const [conversation, text] of turns)
    expected.set(conversation, [...(expected.get(conversation) ?? []), text]);
  const conversations = new Set(expected.keys());
  const rows = storedMessages(stack.path).filter((row) => conversations.has(row.conversationId));
  const result = exactlyOnce(rows, expected);
  outcomes.push({
    name,
    turns: turns.length,
    kills,
    replayedByLastProcess: replayed,
    storedWithAnswerLost,
    lost: result.lost.length,
    duplicated: result.duplicated.length,
    outOfOrder: result.outOfOrder.length,
  });
  expect({ ...result, stored: 0, expected: 0 }).toEqual({
    stored: 0,
    expected: 0,
    lost: [],
    duplicated: [],
    unexpected: [],
    outOfOrder: [],
  });
}

const turnsOf = (prefix: string, conversations: number, perConversation: number): [string, string][] =>
  Array.from({ length: conversations * perConversation }, (_, index) => {
    const conversation = `${prefix}-c${index % conversations}`;
    return [conversation, `${conversation} turn ${Math.floor(index / conversations)}`];
  });

describe('SIGKILL with the outbox on: every captured turn delivered exactly once', () => {
  it.each([
    ['unbatched', 6, 1],
    ['batched', 1, 6],
  ] as const)(
    'killed right after capture (%s): nothing sent yet, all journaled',
    async (kind, conversations, each) => {
      const name = `after-capture-${kind}`;
      const outbox = join(directory, `${name}.jsonl`);
      const turns = turnsOf(name, conversations, each);
      const held = gate();
      policy = async (request): Promise<ProxyFault> => {
        if (isAdd(request)) await held.promise;
        return 'pass';
      };
      const process = await child(outbox);
      await enqueueAll(process, turns);
      await process.kill();
      held.open();
      await replayAndCheck(name, outbox, turns, 1, [process]);
    },
  );

  it.each([
    ['unbatched', 3, 1],
    ['batched', 1, 5],
  ] as const)(
    'killed mid-batch (%s): a request stored upstream, its answer never back',
    async (kind, conversations, each) => {
      const name = `mid-batch-${kind}`;
      const outbox = join(directory, `${name}.jsonl`);
      const turns = turnsOf(name, conversations, each);
      const firstHeld = gate();
      let adds = 0;
      // The first add waits until every turn is queued behind it (so the rest merge), then passes; the
      // second is stored and its answer lost; the child dies right then.
      policy = async (request) => {
        if (!isAdd(request)) return 'pass';
        const index = adds++;
        if (index === 0) await firstHeld.promise;
        return index === 1 ? 'lost-after' : 'pass';
      };
      const process = await child(outbox);
      const killed = killAfterStored(process, 2);
      await enqueueAll(process, turns);
      firstHeld.open();
      await killed;
      await replayAndCheck(name, outbox, turns, 1, [process]);
    },
  );

  it.each([
    ['unbatched', 40, 1],
    ['batched', 4, 10],
    ['mixed', 12, 4],
  ] as const)(
    'killed mid-flush (%s): some writes acknowledged, some in flight, some waiting',
    async (kind, conversations, each) => {
      const name = `mid-flush-${kind}`;
      const outbox = join(directory, `${name}.jsonl`);
      const turns = turnsOf(name, conversations, each);
      let adds = 0;
      // Answers are slow and every third is lost after storing, so a kill finds all three states.
      policy = async (request) => {
        if (!isAdd(request)) return 'pass';
        await new Promise((resolve) => setTimeout(resolve, 20));
        return adds++ % 3 === 2 ? 'lost-after' : 'pass';
      };
      const process = await child(outbox);
      const killed = killAfterStored(process, 5);
      await enqueueAll(process, turns);
      process.send({ op: 'flush' });
      await killed;
      await replayAndCheck(name, outbox, turns, 1, [process]);
    },
  );

  it.each([
    ['unbatched', 4, 1],
    ['batched', 1, 6],
  ] as const)(
    'killed while a retry waits out its backoff (%s): stored once upstream, answer lost, retry pending',
    async (kind, conversations, each) => {
      const name = `in-backoff-${kind}`;
      const outbox = join(directory, `${name}.jsonl`);
      const turns = turnsOf(name, conversations, each);
      const firstHeld = gate();
      let adds = 0;
      // The first add waits for the rest to queue; the second is stored, then answered 429 with
      // Retry-After: 1 (the writer waits 1 s to retry); the child is killed 300 ms into that wait.
      policy = async (request) => {
        if (!isAdd(request)) return 'pass';
        const index = adds++;
        if (index === 0) await firstHeld.promise;
        return index === 1 ? 'rate-limit-after' : 'pass';
      };
      const process = await child(outbox);
      const stored = new Promise<void>((resolve) => {
        let seen = 0;
        const listener = (request: ProxiedRequest) => {
          if (!isAdd(request) || ++seen < 2) return;
          forwardedListeners.delete(listener);
          resolve();
        };
        forwardedListeners.add(listener);
      });
      await enqueueAll(process, turns);
      firstHeld.open();
      await stored;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const retried = stack.proxy.counts['rate-limit-after'];
      await process.kill();
      expect(retried).toBeGreaterThan(0);
      await replayAndCheck(name, outbox, turns, 1, [process]);
    },
  );

  it.each([
    ['unbatched', 8, 1],
    ['batched', 2, 6],
  ] as const)(
    'killed during replay (%s): the second process dies replaying the first one’s outbox',
    async (kind, conversations, each) => {
      const name = `during-replay-${kind}`;
      const outbox = join(directory, `${name}.jsonl`);
      const turns = turnsOf(name, conversations, each);
      const held = gate();
      policy = async (request): Promise<ProxyFault> => {
        if (isAdd(request)) await held.promise;
        return 'pass';
      };
      const first = await child(outbox);
      // One turn of each conversation goes out and waits at the proxy: the rest merge behind it.
      await enqueueAll(first, turns);
      await first.kill();
      held.open();
      // The second process replays (its batches as they were journaled); one replayed add is stored with
      // its answer lost, and the process is killed right then.
      let adds = 0;
      policy = (request) => (isAdd(request) && adds++ === 1 ? 'lost-after' : 'pass');
      const second = spawnOutboxChild(
        outbox,
        stack.baseURL,
        { timeoutMs: 60_000 },
        { apiKey: RELIABILITY_KEY },
      );
      const killed = killAfterStored(second, 2);
      await killed;
      await replayAndCheck(name, outbox, turns, 2, [first, second]);
    },
  );
});
