// `npm run bench [-- --quick] [engine] [quality] [middleware] [writer]`: runs the named benchmarks (all
// by default), prints a summary and writes BENCHMARKS.md (only the parts run: the others keep their
// last figures, bench/splice-report.ts). `--dev-only` (tuning) leaves the held-out set out
// of the quality part and writes bench/.data/quality-dev.md instead of BENCHMARKS.md; `--legacy` adds
// the first two question sets as extra development data.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LocalMemOS } from 'memos-middleware/local';
import { runEngineBench } from './engine.ts';
import { describeMachine } from './machine.ts';
import { runMiddlewareBench } from './middleware.ts';
import { evaluateQuality } from './quality/evaluate.ts';
import type { QualitySet } from './quality/report-quality.ts';
import { legacySet, loadDevelopmentSet, loadHeldOutSet, loadSpentHeldOutSets } from './quality/sets.ts';
import type { Dataset } from './quality/types.ts';
import { type BenchResults, REPORT_PARTS, renderReport } from './report.ts';
import { mergeReports } from './splice-report.ts';
import { fixed } from './stats.ts';
import { runWriterBench } from './writer.ts';

const PARTS = REPORT_PARTS;
type Part = (typeof PARTS)[number];

const args = process.argv.slice(2);
const FLAGS = ['--quick', '--dev-only', '--legacy'];
const quick = args.includes('--quick');
const devOnly = args.includes('--dev-only');
const unknown = args.filter((arg) => !FLAGS.includes(arg) && !(PARTS as readonly string[]).includes(arg));
if (unknown.length > 0) {
  console.error(
    `Unknown argument(s): ${unknown.join(' ')}\nUsage: npm run bench -- [${FLAGS.join('] [')}] [${PARTS.join('] [')}]`,
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
  log(`quality: engine vs BM25 over user messages vs random${devOnly ? ' (development sets only)' : ''}`);
  const qualityStarted = performance.now();
  const createBackend = (now: () => number) => new LocalMemOS({ path: ':memory:', now });
  const candidates: {
    label: string;
    role: QualitySet['role'];
    path: string;
    load: () => Promise<Dataset | undefined>;
  }[] = [
    { label: 'development set', role: 'development', path: 'bench/quality/dev/', load: loadDevelopmentSet },
    ...(await loadSpentHeldOutSets()).map(({ label, path, dataset }) => ({
      label,
      role: 'development' as const,
      path,
      load: async () => dataset,
    })),
    ...(args.includes('--legacy')
      ? [
          {
            label: 'first sets (extra development data)',
            role: 'development' as const,
            path: 'bench/quality/personas*/',
            load: async () => legacySet(),
          },
        ]
      : []),
    ...(devOnly
      ? []
      : [
          {
            label: 'held-out set',
            role: 'held-out' as const,
            path: 'bench/quality/heldout-18/',
            load: loadHeldOutSet,
          },
        ]),
  ];
  const sets: QualitySet[] = [];
  let heldOutSkipped = devOnly ? 'run with --dev-only' : undefined;
  for (const candidate of candidates) {
    const dataset = await candidate.load();
    if (!dataset || dataset.personas.length === 0) {
      if (candidate.role === 'held-out') heldOutSkipped = `${candidate.path}index.ts does not exist yet`;
      log(`  ${candidate.label}: skipped (no personas yet)`);
      continue;
    }
    const report = await evaluateQuality(dataset, createBackend);
    sets.push({ ...candidate, report });
    const { engine, bm25, random } = report.systems;
    log(
      `  ${candidate.label}: recall@10 engine ${fixed(engine.recallAt10.value * 100, 1)} % vs BM25 ${fixed(bm25.recallAt10.value * 100, 1)} % vs random ${fixed(random.recallAt10.value * 100, 1)} %; off-topic ${fixed(report.offTopic.engine.value, 2)} injected; fresh first ${fixed(report.updated.engineFreshFirst.value * 100, 1)} %; threshold loss ${fixed(report.thresholdLoss.value * 100, 1)} points`,
    );
  }
  results.quality = { sets, heldOutSkipped, durationS: (performance.now() - qualityStarted) / 1000 };
}
if (parts.includes('middleware')) results.middleware = await runMiddlewareBench({ turns: 20, log });
if (parts.includes('writer')) results.writer = await runWriterBench({ quick, log });

results.durationS = (performance.now() - started) / 1000;
// A tuning run never overwrites the published figures.
const target = fileURLToPath(
  new URL(devOnly ? './.data/quality-dev.md' : '../BENCHMARKS.md', import.meta.url),
);
if (devOnly) mkdirSync(fileURLToPath(new URL('./.data/', import.meta.url)), { recursive: true });
const previous = !devOnly && existsSync(target) ? readFileSync(target, 'utf8') : undefined;
writeFileSync(
  target,
  devOnly ? renderReport(results) : mergeReports(renderReport(results), previous, parts, PARTS),
);
if (devOnly && results.quality)
  writeFileSync(
    fileURLToPath(new URL('./.data/quality-dev.json', import.meta.url)),
    JSON.stringify(results.quality, null, 1),
  );
log(`wrote ${devOnly ? 'bench/.data/quality-dev.md' : 'BENCHMARKS.md'} (${fixed(results.durationS, 0)} s)`);
