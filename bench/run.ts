// `npm run bench [-- --quick] [engine] [quality] [middleware]`: runs the named benchmarks (all by
// default), prints a summary and writes BENCHMARKS.md.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LocalMemOS } from 'memos-middleware/local';
import { runEngineBench } from './engine.ts';
import { describeMachine } from './machine.ts';
import { runMiddlewareBench } from './middleware.ts';
import { dataset } from './quality/dataset.ts';
import { heldOutDataset } from './quality/dataset-heldout.ts';
import { evaluateQuality } from './quality/evaluate.ts';
import { type BenchResults, renderReport } from './report.ts';
import { fixed } from './stats.ts';

const PARTS = ['engine', 'quality', 'middleware'] as const;
type Part = (typeof PARTS)[number];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const unknown = args.filter((arg) => arg !== '--quick' && !(PARTS as readonly string[]).includes(arg));
if (unknown.length > 0) {
  console.error(
    `Unknown argument(s): ${unknown.join(' ')}\nUsage: npm run bench -- [--quick] [${PARTS.join('] [')}]`,
  );
  process.exit(2);
}
const named = PARTS.filter((part) => args.includes(part));
const parts: readonly Part[] = named.length > 0 ? named : PARTS;

const command =
  process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`
    : ['node', ...process.execArgv, 'bench/run.ts', ...args].join(' ');
const log = (line: string) => console.log(line);
const started = performance.now();
const machine = describeMachine();
const results: BenchResults = {
  machine,
  date: `${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
  command,
  quick,
  durationS: 0,
};
log(
  `memos-middleware bench: ${parts.join(', ')}${quick ? ' (quick)' : ''} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`,
);

if (parts.includes('engine')) results.engine = await runEngineBench({ quick, log });
if (parts.includes('quality')) {
  log('quality: engine vs BM25 baseline');
  const qualityStarted = performance.now();
  const createBackend = () => new LocalMemOS({ path: ':memory:' });
  const report = await evaluateQuality(dataset, createBackend);
  const heldOut = await evaluateQuality(heldOutDataset, createBackend);
  results.quality = { ...report, heldOut, durationS: (performance.now() - qualityStarted) / 1000 };
  for (const [label, { engine, baseline }] of [
    ['development set (used for tuning)', report.overall],
    ['held-out set (never used for tuning)', heldOut.overall],
  ] as const)
    log(
      `  ${label}: engine recall@5 ${fixed(engine.recallAt5 * 100, 1)} %, @10 ${fixed(engine.recallAt10 * 100, 1)} %; BM25 @5 ${fixed(baseline.recallAt5 * 100, 1)} %, @10 ${fixed(baseline.recallAt10 * 100, 1)} %`,
    );
}
if (parts.includes('middleware')) results.middleware = await runMiddlewareBench({ turns: 20, log });

results.durationS = (performance.now() - started) / 1000;
const target = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
writeFileSync(target, renderReport(results));
log(`wrote BENCHMARKS.md (${fixed(results.durationS, 0)} s)`);
