// The background writer's own figures (`npm run bench -- writer`): delivery throughput into the local
// server at 0% and 20% faults, one conversation per turn (no batching to help), and how long
// close({ timeoutMs }) takes to return when MemOS hangs or rate-limits. Real parts only: LocalMemOS on
// a temp file, createMemOSServer, the fault proxy of the test suite, a MemOSClient over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWriter, MemOSClient } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import { createMemOSServer } from '../src/local/server/index.ts';
import {
  type FaultProxy,
  type ProxiedRequest,
  type ProxyFault,
  randomFault,
  startFaultProxy,
} from '../test/support/fault-proxy.ts';
import { type Summary, summarize } from './stats.ts';

/** Throughput of one fault rate. */
export interface WriterThroughput {
  readonly faultRate: number;
  readonly turns: number;
  readonly seconds: number;
  readonly turnsPerSecond: number;
  readonly requests: number;
  readonly faults: number;
  readonly dropped: number;
  readonly duplicated: number;
  readonly lost: number;
}

/** How long close({ timeoutMs }) took to return, in one situation. */
export interface CloseLatency {
  readonly situation: string;
  readonly timeoutMs: number;
  readonly pendingAtClose: number;
  readonly latencyMs: Summary;
  /** What the same close took without a timeout (one run), for scale; undefined when not measured. */
  readonly withoutTimeoutMs: number | undefined;
}

export interface WriterFigures {
  readonly clientTimeoutMs: number;
  readonly throughput: readonly WriterThroughput[];
  readonly close: readonly CloseLatency[];
}

const KEY = 'bench-writer-token';
const BASE = '/api/openmem/v1';

async function startStack(
  decide: (request: ProxiedRequest) => ProxyFault | Promise<ProxyFault>,
  retryAfter = '1',
) {
  const directory = mkdtempSync(join(tmpdir(), 'memos-bench-writer-'));
  const engine = new LocalMemOS({ path: join(directory, 'memory.db') });
  const server = createMemOSServer({ backend: engine, token: KEY });
  const { url } = await server.listen(0);
  const proxy: FaultProxy = await startFaultProxy({ target: url, decide, retryAfter });
  return {
    engine,
    proxy,
    baseURL: `${proxy.url}${BASE}`,
    async close() {
      await proxy.close();
      await server.close();
      await engine.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

// Seeded, so a run's faults replay (mulberry32).
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

async function throughput(
  faultRate: number,
  turns: number,
  clientTimeoutMs: number,
): Promise<WriterThroughput> {
  const isAdd = (request: { path: string }) => request.path.endsWith('/add/message');
  const stack = await startStack(randomFault(faultRate, seeded(42), { applies: isAdd }));
  let dropped = 0;
  const writer = createWriter({
    backend: new MemOSClient({ apiKey: KEY, baseURL: stack.baseURL, timeoutMs: clientTimeoutMs }),
    onDrop: () => {
      dropped += 1;
    },
  });
  const started = performance.now();
  for (let index = 0; index < turns; index += 1) {
    // The producer keeps the queue under its limit: the figure is delivery, not overflow.
    while (writer.pending >= 900) await new Promise((resolve) => setTimeout(resolve, 1));
    writer.enqueue({
      user_id: 'bench-writer',
      conversation_id: `c-${index}`,
      messages: [
        { role: 'user', content: `turn ${index}: I keep ${index % 97} notes about topic ${index % 13}.` },
        { role: 'assistant', content: `Noted, turn ${index}.` },
      ],
    });
  }
  await writer.flush();
  const seconds = (performance.now() - started) / 1000;
  await writer.close();
  // Exactly once, checked: every turn's user message stored one time.
  let stored = 0;
  let duplicated = 0;
  for (let index = 0; index < turns; index += 1) {
    const { message_detail_list } = await stack.engine.getMessage({
      user_id: 'bench-writer',
      conversation_id: `c-${index}`,
    });
    const users = message_detail_list.filter((message) => message.role === 'user').length;
    if (users > 0) stored += 1;
    if (users > 1) duplicated += 1;
  }
  const faults = Object.entries(stack.proxy.counts)
    .filter(([fault]) => fault !== 'pass')
    .reduce((sum, [, count]) => sum + count, 0);
  const requests = stack.proxy.counts.pass + faults;
  await stack.close();
  return {
    faultRate,
    turns,
    seconds,
    turnsPerSecond: turns / seconds,
    requests,
    faults,
    dropped,
    duplicated,
    lost: turns - stored,
  };
}

async function closeLatency(
  situation: string,
  fault: ProxyFault,
  {
    timeoutMs,
    runs,
    retryAfter,
    maxRetries,
    measureWithout,
  }: {
    timeoutMs: number;
    runs: number;
    retryAfter?: string;
    maxRetries?: number;
    measureWithout: boolean;
  },
): Promise<CloseLatency> {
  const stack = await startStack(() => fault, retryAfter);
  const sample: number[] = [];
  const pending = 10;
  const once = async (options: { timeoutMs?: number }) => {
    const writer = createWriter({
      backend: new MemOSClient({ apiKey: KEY, baseURL: stack.baseURL, timeoutMs: 10_000 }),
      ...(maxRetries === undefined ? {} : { maxRetries }),
    });
    for (let index = 0; index < pending; index += 1) {
      writer.enqueue({
        user_id: 'bench-close',
        conversation_id: `c-${index}`,
        messages: [{ role: 'user', content: 'x' }],
      });
    }
    // Let the first attempts go out (and fail or hang), as in a process that has been running.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await writer.close(options);
    return performance.now() - started;
  };
  for (let run = 0; run < runs; run += 1) sample.push(await once({ timeoutMs }));
  const withoutTimeoutMs = measureWithout ? await once({}) : undefined;
  await stack.close();
  return { situation, timeoutMs, pendingAtClose: pending, latencyMs: summarize(sample), withoutTimeoutMs };
}

/**
 * Runs the writer part of the bench.
 *
 * @example
 * const figures = await runWriterBench({ quick: false, log: console.log });
 */
export async function runWriterBench({
  quick,
  log,
}: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<WriterFigures> {
  const turns = quick ? 1_000 : 4_000;
  const clientTimeoutMs = 1_000;
  log(`writer: throughput, one conversation per turn, ${turns} turns, client timeout ${clientTimeoutMs} ms`);
  const results: WriterThroughput[] = [];
  for (const rate of [0, 0.2]) {
    const result = await throughput(rate, turns, clientTimeoutMs);
    results.push(result);
    log(
      `  ${rate * 100}% faults: ${Math.round(result.turnsPerSecond)} turns/s (${result.requests} requests, ${result.faults} faults, ${result.lost} lost, ${result.duplicated} duplicated, ${result.dropped} dropped)`,
    );
  }
  log('writer: close({ timeoutMs: 500 }) latency, 10 writes pending');
  const runs = quick ? 5 : 20;
  const close = [
    await closeLatency('MemOS hangs (every request)', 'hang', {
      timeoutMs: 500,
      runs,
      measureWithout: false,
    }),
    await closeLatency('429 with Retry-After: 1.5, 3 retries (every request)', 'rate-limit', {
      timeoutMs: 500,
      runs,
      retryAfter: '1.5',
      maxRetries: 3,
      measureWithout: true,
    }),
  ];
  for (const entry of close) {
    log(
      `  ${entry.situation}: p50 ${entry.latencyMs.p50.toFixed(0)} ms, max ${entry.latencyMs.max.toFixed(0)} ms${entry.withoutTimeoutMs === undefined ? '' : ` (without a timeout: ${(entry.withoutTimeoutMs / 1000).toFixed(1)} s)`}`,
    );
  }
  return { clientTimeoutMs, throughput: results, close };
}
