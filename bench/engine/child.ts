// One benchmark step in its own Node process, so open time is measured cold and peak RSS belongs to
// that step alone. Usage: node --conditions=memos-source bench/engine/child.ts <mode> '<json args>'.
// Prints one JSON line with the result on stdout.

import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize } from '../stats.ts';
import { createQueries, createStatements } from './synthetic.ts';

const processStartMs = performance.now();
const importStart = performance.now();
const { LocalMemOS } = await import('memos-middleware/local');
const importMs = performance.now() - importStart;

// The corpus is spread over this many users (round robin by add call); searches ask a random one.
const USERS = 100;
const userOf = (index: number) => `bench-user-${index % USERS}`;

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

type Engine = InstanceType<typeof LocalMemOS>;

async function memoryCount(engine: Engine): Promise<number> {
  // A listing's total is its largest category, so each category is counted on its own.
  let total = 0;
  for (let user = 0; user < USERS; user += 1) {
    for (const view of ['detail_factual', 'preference', 'tool_memory'] as const) {
      const data = await engine.getMemory({
        user_id: userOf(user),
        page: 1,
        size: 1,
        include_memory_view: [view],
      });
      total += Number(data.total ?? 0);
    }
  }
  return total;
}

// What one add changed, from its task status (memories added minus retired).
async function netAdded(engine: Engine, taskId: string | null | undefined): Promise<number> {
  if (!taskId) return 0;
  const status = (await engine.getStatus({ task_id: taskId })) as {
    memory_views?: { added?: number; deleted?: number };
  };
  return (status.memory_views?.added ?? 0) - (status.memory_views?.deleted ?? 0);
}

const chatTime = (index: number) => {
  const date = new Date(Date.UTC(2024, 0, 1) + index * 60_000);
  return date.toISOString().slice(0, 19).replace('T', ' ');
};

// Adds statements in calls of `batch` user messages (each followed by a short assistant reply when
// `withReplies`) until `stop()` says enough.
async function addStatements(
  engine: Engine,
  {
    seed,
    batch,
    withReplies,
    stop,
  }: {
    seed: number;
    batch: number;
    withReplies: boolean;
    stop: (added: number) => Promise<boolean> | boolean;
  },
) {
  const next = createStatements(seed);
  let added = 0;
  let calls = 0;
  while (!stop(added)) {
    const messages = [];
    for (let index = 0; index < batch; index += 1) {
      messages.push({ role: 'user' as const, content: next(), chat_time: chatTime(added + index) });
      if (withReplies)
        messages.push({
          role: 'assistant' as const,
          content: 'Noted, thanks for telling me.',
          chat_time: chatTime(added + index),
        });
    }
    await engine.addMessage({
      user_id: userOf(calls),
      conversation_id: `bench-${seed}-${Math.floor(calls / USERS)}`,
      messages,
      async_mode: false,
    });
    added += batch;
    calls += 1;
  }
  return added;
}

async function build({
  path,
  target,
  seed,
  batch,
}: {
  path: string;
  target: number;
  seed: number;
  batch: number;
}) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const engine = new LocalMemOS({ path });
  const next = createStatements(seed);
  const started = performance.now();
  let statements = 0;
  let memories = 0;
  // Full batches until close to the target, then smaller ones sized by the memories-per-message ratio
  // seen so far, so the corpus lands just past the target instead of up to a batch beyond it.
  for (let call = 0; memories < target; call += 1) {
    const perStatement = statements === 0 ? 1 : Math.max(0.1, memories / statements);
    const size = Math.max(1, Math.min(batch, Math.ceil((target - memories) / perStatement)));
    const messages = Array.from({ length: size }, (_, index) => ({
      role: 'user' as const,
      content: next(),
      chat_time: chatTime(statements + index),
    }));
    const added = await engine.addMessage({
      user_id: userOf(call),
      conversation_id: `bench-${seed}-${Math.floor(call / USERS)}`,
      messages,
      async_mode: false,
    });
    statements += size;
    memories += await netAdded(engine, added.task_id);
  }
  const ms = performance.now() - started;
  await engine.close();
  return { statements, memories, ms, peakRssMb: peakRssMb() };
}

async function throughput({
  seed,
  batch,
  count,
  withReplies,
}: {
  seed: number;
  batch: number;
  count: number;
  withReplies: boolean;
}) {
  const directory = await mkdtemp(join(tmpdir(), 'memos-bench-'));
  try {
    const engine = new LocalMemOS({ path: join(directory, 'memory.db') });
    const started = performance.now();
    const statements = await addStatements(engine, {
      seed,
      batch,
      withReplies,
      stop: (added) => added >= count,
    });
    const ms = performance.now() - started;
    const memories = await memoryCount(engine);
    await engine.close();
    return {
      statements,
      messages: withReplies ? statements * 2 : statements,
      memories,
      ms,
      peakRssMb: peakRssMb(),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function search({
  path,
  queries,
  seed,
  warmup,
}: {
  path: string;
  queries: number;
  seed: number;
  warmup: number;
}) {
  const openStart = performance.now();
  const engine = new LocalMemOS({ path });
  const constructMs = performance.now() - openStart;
  const all = createQueries(seed, queries + warmup + 1);
  let asked = seed;
  const nextUser = () => {
    // A different user per query (an affine step over 100 users visits them all).
    asked = (asked * 37 + 11) % USERS;
    return userOf(asked);
  };
  const request = (query: string) => ({
    user_id: nextUser(),
    query,
    memory_limit_number: 9,
    include_preference: true,
    preference_limit_number: 9,
  });
  const first = await engine.searchMemory(request(all[0]!));
  const openMs = performance.now() - openStart;
  for (const query of all.slice(1, 1 + warmup)) await engine.searchMemory(request(query));
  const latencies: number[] = [];
  let returned = 0;
  for (const query of all.slice(1 + warmup)) {
    const started = performance.now();
    const data = await engine.searchMemory(request(query));
    latencies.push(performance.now() - started);
    returned += (data.memory_detail_list?.length ?? 0) + (data.preference_detail_list?.length ?? 0);
  }
  const memories = await memoryCount(engine);
  await engine.close();
  return {
    memories,
    processStartMs,
    importMs,
    constructMs,
    openMs,
    firstSearchItems: (first.memory_detail_list?.length ?? 0) + (first.preference_detail_list?.length ?? 0),
    latency: summarize(latencies),
    meanItemsReturned: returned / Math.max(1, latencies.length),
    peakRssMb: peakRssMb(),
  };
}

const modes = { build, throughput, search } as const;
const [mode, json] = process.argv.slice(2);
if (mode === undefined || !(mode in modes))
  throw new Error(`unknown mode ${mode}; one of ${Object.keys(modes).join(', ')}`);
const run = modes[mode as keyof typeof modes] as (args: unknown) => Promise<unknown>;
process.stdout.write(`${JSON.stringify(await run(JSON.parse(json ?? '{}')))}\n`);
