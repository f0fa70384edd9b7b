import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from './engine/spawn-child.ts';
import { GENERATOR_VERSION } from './engine/synthetic.ts';
import { median, type Summary } from './stats.ts';

// Engine figures: search latency at two corpus sizes, extraction + add throughput, cold open time and
// peak RSS. Every step runs in its own child process. The large databases are built through the
// engine's public API (addMessage in big batches) and cached under bench/.data/, keyed by a hash of
// the engine's source, so a rerun only rebuilds when the engine changed.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench', '.data');
// User messages per add while building a corpus: small enough that each of the 100 users gets many adds.
const BUILD_BATCH = 50;

interface BuildResult {
  statements: number;
  memories: number;
  ms: number;
  peakRssMb: number;
}
/** How many times each throughput mode runs in a full bench (the median is reported). */
const THROUGHPUT_RUNS = 3;
interface ThroughputResult extends BuildResult {
  messages: number;
}
interface SearchResult {
  memories: number;
  processStartMs: number;
  importMs: number;
  constructMs: number;
  openMs: number;
  firstSearchItems: number;
  latency: Summary;
  meanItemsReturned: number;
  peakRssMb: number;
}

/** Everything the engine benchmark measured. */
export interface EngineFigures {
  corpora: {
    target: number;
    memories: number;
    statements: number;
    fileMb: number;
    build: BuildResult & { cached: boolean };
    search: SearchResult;
  }[];
  /** Each mode's median run (by time) of `runs`, and every run's time in ms. */
  throughput: { label: string; batch: number; result: ThroughputResult; runs: number[] }[];
  open: {
    memories: number;
    runs: SearchResult[];
    medianOpenMs: number;
    maxOpenMs: number;
    medianImportMs: number;
  };
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Anything that can change what the engine stores or how fast: its source, the wire types, the generator.
function engineFingerprint(target: number): string {
  const hash = createHash('sha256').update(
    `generator ${GENERATOR_VERSION} target ${target} batch ${BUILD_BATCH}\n`,
  );
  const files = [...listFiles(join(ROOT, 'src', 'local')), ...listFiles(join(ROOT, 'src', 'api'))]
    .filter((path) => !path.includes(`${join('local', 'server')}`))
    .sort();
  for (const path of files) hash.update(relative(ROOT, path)).update(readFileSync(path));
  return hash.digest('hex').slice(0, 12);
}

const fileMb = (path: string) =>
  ['', '-wal'].reduce(
    (sum, suffix) => sum + (existsSync(path + suffix) ? statSync(path + suffix).size : 0),
    0,
  ) /
  2 ** 20;

async function cachedCorpus(target: number, log: (line: string) => void) {
  mkdirSync(DATA, { recursive: true });
  const key = engineFingerprint(target);
  const path = join(DATA, `engine-${target}-${key}.db`);
  const metaPath = `${path}.json`;
  if (existsSync(path) && existsSync(metaPath)) {
    log(`  ${target.toLocaleString('en')} memories: cached ${relative(ROOT, path)}`);
    return { path, build: { ...(JSON.parse(readFileSync(metaPath, 'utf8')) as BuildResult), cached: true } };
  }
  for (const name of readdirSync(DATA))
    if (name.startsWith(`engine-${target}-`)) rmSync(join(DATA, name), { force: true });
  log(
    `  ${target.toLocaleString('en')} memories: building ${relative(ROOT, path)} (addMessage, ${BUILD_BATCH} messages per call)…`,
  );
  const build = await runChild<BuildResult>('build', { path, target, seed: target, batch: BUILD_BATCH });
  writeFileSync(metaPath, JSON.stringify(build));
  log(
    `    ${build.memories} memories from ${build.statements} messages in ${(build.ms / 1000).toFixed(1)} s`,
  );
  return { path, build: { ...build, cached: false } };
}

/**
 * Runs the engine benchmark.
 *
 * @example
 * const figures = await runEngineBench({ quick: false, log: console.log });
 */
export async function runEngineBench({
  quick,
  log,
}: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<EngineFigures> {
  const targets = quick ? [2_000, 10_000] : [10_000, 100_000];
  const queries = quick ? 300 : 2_000;

  log('engine: throughput');
  const throughput: EngineFigures['throughput'] = [];
  const plans = [
    {
      label: 'per turn (1 user + 1 assistant message per call)',
      batch: 1,
      withReplies: true,
      count: quick ? 500 : 2_000,
    },
    {
      label: 'bulk import (500 user messages per call)',
      batch: 500,
      withReplies: false,
      count: quick ? 5_000 : 20_000,
    },
  ];
  // A shared two-core machine's disk varies by a fifth from one run to the next: each mode runs
  // THROUGHPUT_RUNS times, in fresh processes, and reports its median run with the range.
  const rate = (result: ThroughputResult) => Math.round(result.statements / (result.ms / 1000));
  for (const { label, batch, withReplies, count } of plans) {
    const results: ThroughputResult[] = [];
    for (let run = 0; run < (quick ? 1 : THROUGHPUT_RUNS); run += 1)
      results.push(
        await runChild<ThroughputResult>('throughput', { seed: 7 + batch, batch, count, withReplies }),
      );
    const sorted = [...results].sort((left, right) => left.ms - right.ms);
    const result = sorted[Math.floor(sorted.length / 2)]!;
    log(`  ${label}: ${rate(result)} user messages/s (runs: ${results.map(rate).join(', ')})`);
    throughput.push({ label, batch, result, runs: results.map((entry) => entry.ms) });
  }

  log('engine: corpora and search latency');
  const corpora: EngineFigures['corpora'] = [];
  for (const target of targets) {
    const { path, build } = await cachedCorpus(target, log);
    const search = await runChild<SearchResult>('search', { path, queries, seed: 99, warmup: 50 });
    log(
      `  ${search.memories} memories: search p50 ${search.latency.p50.toFixed(2)} ms, p95 ${search.latency.p95.toFixed(2)} ms, p99 ${search.latency.p99.toFixed(2)} ms`,
    );
    corpora.push({
      target,
      memories: search.memories,
      statements: build.statements,
      fileMb: fileMb(path),
      build,
      search,
    });
  }

  log('engine: cold open');
  const largest = corpora.at(-1)!;
  const { path } = await cachedCorpus(largest.target, () => {});
  const runs: SearchResult[] = [];
  for (let run = 0; run < 5; run += 1)
    runs.push(await runChild<SearchResult>('search', { path, queries: 0, seed: run, warmup: 0 }));
  const open = {
    memories: largest.memories,
    runs,
    medianOpenMs: median(runs.map((run) => run.openMs)),
    maxOpenMs: Math.max(...runs.map((run) => run.openMs)),
    medianImportMs: median(runs.map((run) => run.importMs)),
  };
  log(`  open + first search of ${largest.memories} memories: median ${open.medianOpenMs.toFixed(1)} ms`);
  return { corpora, throughput, open };
}
