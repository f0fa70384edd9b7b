import type { EngineFigures } from './engine.ts';
import type { Machine } from './machine.ts';
import type { MiddlewareFigures, VariantFigures } from './middleware.ts';
import { type QualityFigures, qualitySection, qualitySummaryRows } from './quality/report-quality.ts';
import { fixed } from './stats.ts';
import type { WriterFigures } from './writer.ts';
import { writerSection, writerSummaryRows } from './writer-report.ts';

/** Everything one bench run produced; parts not run are undefined. */
export interface BenchResults {
  machine: Machine;
  date: string;
  command: string;
  quick: boolean;
  durationS: number;
  engine?: EngineFigures | undefined;
  /** Every question set evaluated (development, held-out when measured). */
  quality?: QualityFigures | undefined;
  middleware?: MiddlewareFigures | undefined;
  writer?: WriterFigures | undefined;
}

const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
const thousands = (value: number) => Math.round(value).toLocaleString('en');
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function summaryRows({ engine, quality, middleware }: BenchResults): string[][] {
  const rows: string[][] = [];
  if (engine) {
    const targets = [2, 10];
    engine.corpora.forEach((corpus, index) => {
      const target = corpus.target >= 100_000 ? 10 : corpus.target >= 10_000 ? 2 : targets[index]!;
      rows.push([
        `search p50 at ${thousands(corpus.memories)} memories across 100 users`,
        `${fixed(corpus.search.latency.p50)} ms (p95 ${fixed(corpus.search.latency.p95)}, p99 ${fixed(corpus.search.latency.p99)})`,
        `≤ ${target} ms`,
        yes(corpus.search.latency.p50 <= target),
      ]);
    });
    for (const { label, result, runs } of engine.throughput) {
      const rate = result.statements / (result.ms / 1000);
      const rates = runs.map((ms) => result.statements / (ms / 1000));
      rows.push([
        `rule extraction + add, ${label}`,
        `${thousands(rate)} user messages/s${runs.length > 1 ? ` (median of ${runs.length} runs: ${thousands(Math.min(...rates))}–${thousands(Math.max(...rates))})` : ''}`,
        '≥ 1,000/s',
        yes(rate >= 1000),
      ]);
    }
    rows.push([
      `open of an existing ${thousands(engine.open.memories)}-memory file, cold process (to first search answered)`,
      `${fixed(engine.open.medianOpenMs, 1)} ms median of ${engine.open.runs.length} (max ${fixed(engine.open.maxOpenMs, 1)})`,
      '≤ 200 ms',
      yes(engine.open.medianOpenMs <= 200),
    ]);
    const largest = engine.corpora.at(-1)!;
    rows.push([
      `peak RSS at ${thousands(largest.memories)} memories (open + ${largest.search.latency.count} searches)`,
      `${fixed(largest.search.peakRssMb, 0)} MB`,
      'report',
      '—',
    ]);
  }
  if (quality) rows.push(...qualitySummaryRows(quality));
  if (middleware) {
    const { generate, stream } = middleware;
    rows.push([
      'memory requests per 4-step tool-calling turn (generateText)',
      `${fixed(generate.searchesPerTurn.mean, 2)} search + ${fixed(generate.addsPerTurn.mean, 2)} add`,
      '1 + 1',
      yes(generate.searchesPerTurn.max <= 1 && generate.addsPerTurn.max <= 1),
    ]);
    rows.push([
      'latency added per turn (generateText / streamText)',
      `${fixed(generate.addedRoundTrips)} × / ${fixed(stream.addedRoundTrips)} × one round trip`,
      'match the best measured integration (1.04–1.09 ×)',
      yes(generate.addedRoundTrips <= 1.09 && stream.addedRoundTrips <= 1.09),
    ]);
    rows.push([
      'middleware time per model call on a cached recall (tool-loop steps 2..N), p50',
      `${fixed(middleware.hotPath.addedUsP50, 1)} µs`,
      '≤ 30 µs',
      yes(middleware.hotPath.addedUsP50 <= 30),
    ]);
  }
  return rows;
}

function engineSection(engine: EngineFigures): string {
  const corpora = table(
    [
      'memories',
      'messages added',
      'file',
      'build',
      'build peak RSS',
      'search p50',
      'p95',
      'p99',
      'max',
      'items/search',
      'search peak RSS',
    ],
    engine.corpora.map((corpus) => [
      thousands(corpus.memories),
      thousands(corpus.statements),
      `${fixed(corpus.fileMb, 1)} MB`,
      `${fixed(corpus.build.ms / 1000, 1)} s${corpus.build.cached ? ' (cached)' : ''}`,
      `${fixed(corpus.build.peakRssMb, 0)} MB`,
      `${fixed(corpus.search.latency.p50)} ms`,
      `${fixed(corpus.search.latency.p95)} ms`,
      `${fixed(corpus.search.latency.p99)} ms`,
      `${fixed(corpus.search.latency.max)} ms`,
      fixed(corpus.search.meanItemsReturned, 1),
      `${fixed(corpus.search.peakRssMb, 0)} MB`,
    ]),
  );
  const throughput = table(
    [
      'mode',
      'user messages',
      'messages sent',
      'memories',
      'time (median run)',
      'user messages/s',
      'memories/s',
      'every run (user messages/s)',
    ],
    engine.throughput.map(({ label, result, runs }) => [
      label,
      thousands(result.statements),
      thousands(result.messages),
      thousands(result.memories),
      `${fixed(result.ms / 1000)} s`,
      thousands(result.statements / (result.ms / 1000)),
      thousands(result.memories / (result.ms / 1000)),
      runs.map((ms) => thousands(result.statements / (ms / 1000))).join(', '),
    ]),
  );
  const open = table(
    ['run', 'node start', 'import engine', 'constructor', 'open + first search', 'peak RSS'],
    engine.open.runs.map((run, index) => [
      String(index + 1),
      `${fixed(run.processStartMs, 1)} ms`,
      `${fixed(run.importMs, 1)} ms`,
      `${fixed(run.constructMs, 1)} ms`,
      `${fixed(run.openMs, 1)} ms`,
      `${fixed(run.peakRssMb, 0)} MB`,
    ]),
  );
  return `## Engine (\`LocalMemOS\`, rule extractor, file database)

Synthetic corpus: 100 users (one add call after another, round robin), statements generated from a fixed seed (${'`bench/engine/synthetic.ts`'}: 16 kinds of
statement — home, job, relatives, trips, pets, allergies, languages, likes and dislikes… — over word lists with
made-up names and titles, so the vocabulary has a long tail and no two messages are equal). Corpora are built
through the public API only (\`addMessage\`, 50 user messages per call, \`async_mode: false\`) and cached under
\`bench/.data/\`, keyed by a hash of the engine's source. Queries: questions about a user (a different one each time) from the same
vocabulary (\`createQueries\`), \`memory_limit_number\` 9, preferences included, default relativity; 50 warm-up
searches, then timed one at a time. Each step runs in its own child process.

### Search latency and size

${corpora}

### Rule extraction + add throughput (fresh file database)

${throughput}

### Cold open of the ${thousands(engine.open.memories)}-memory file

Each run is a new \`node\` process: import \`memos-middleware/local\`, \`new LocalMemOS({ path })\`, one search
(the first query answered is the honest "ready" point). The OS file cache is warm (the file was just read).

${open}
`;
}

function variantRow(name: string, figures: VariantFigures): string[] {
  return [
    name,
    `${fixed(figures.searchesPerTurn.mean, 2)} search + ${fixed(figures.addsPerTurn.mean, 2)} add (${fixed(figures.messagesPerAdd.mean, 1)} messages per add)`,
    `${fixed(figures.addedMs.p50, 1)} ms = ${fixed(figures.addedRoundTrips)} × (p95 ${fixed(figures.addedMs.p95, 1)} ms)`,
    figures.addedFirstTextMs === undefined ? '—' : `${fixed(figures.addedFirstTextMs.p50, 1)} ms`,
    `${figures.storedAnswerTurns}/${figures.turns}`,
  ];
}

function middlewareSection(middleware: MiddlewareFigures): string {
  const variants = table(
    [
      'variant',
      'memory requests per turn',
      'latency added per turn (median)',
      'added time to first text',
      'answer stored',
    ],
    [variantRow('`generateText`', middleware.generate), variantRow('`streamText`', middleware.stream)],
  );
  const aborts = table(
    ['onAbort', 'streamed before abort', 'adds', 'stored'],
    middleware.aborts.map((abort) => [
      `\`${abort.policy}\``,
      escapeCell(JSON.stringify(abort.streamedBeforeAbort)),
      String(abort.addsAfterAbort),
      escapeCell(
        abort.stored.map((message) => `${message.role}: ${JSON.stringify(message.content)}`).join('; ') ||
          'nothing',
      ),
    ]),
  );
  return `## Middleware cost per turn

A 4-step tool-calling turn (three \`lookup\` tool calls, then the answer) through AI SDK 7 with
\`MockLanguageModelV4\` wrapped by \`withMemOS\`, backed by \`MemOSClient\` against the MemOS test server
(\`test/support/memos-test-server.ts\`) with every request delayed ${middleware.delayMs} ms. ${middleware.generate.turns} turns in all: 20-turn
conversations played 3 times (the app re-sends the growing history each turn), each turn run on the bare model and on the wrapped
one, latency added = median over all turns; requests counted on the server; the writer is flushed between turns, outside the timed region. One
round trip (\`searchMemory\` over the keep-alive connection): p50 ${fixed(middleware.roundTripMs.p50, 1)} ms.

${variants}

Bare model per turn: ${fixed(middleware.generate.baselineMs.p50, 1)} ms (generateText), ${fixed(middleware.stream.baselineMs.p50, 1)} ms (streamText), medians.
For comparison (USERS.md, same scenario): mem0's provider 4 searches + 4 adds, 8.1 ×; Supermemory 1 search +
4 adds, 1.04–1.09 ×; awaiting search and add on every call 4 + 4, 8.0 ×.

### Per model call, recall cached

What steps 2..N of a tool loop pay, in process: ${thousands(middleware.hotPath.calls)} \`doGenerate\` calls of the bare mock
model interleaved with the same call through \`withMemOS\` (identity read, prompt mapped, cache hit, block
placed, metadata added). Bare p50 ${fixed(middleware.hotPath.bareUs.p50, 1)} µs, wrapped p50 ${fixed(middleware.hotPath.wrappedUs.p50, 1)} µs (p95
${fixed(middleware.hotPath.wrappedUs.p95, 1)} µs): **${fixed(middleware.hotPath.addedUsP50, 1)} µs added**.

### Aborted stream (the client aborts after a few words)

${aborts}
`;
}

/** The parts of BENCHMARKS.md, in order: each has summary rows and a section of its own. */
export const REPORT_PARTS = ['engine', 'quality', 'middleware', 'writer'] as const;

// One part's rows and section of this run (undefined when the part was not run).
function partOf(results: BenchResults, part: (typeof REPORT_PARTS)[number]) {
  const only = {
    ...results,
    engine: undefined,
    quality: undefined,
    middleware: undefined,
    writer: undefined,
  };
  switch (part) {
    case 'engine':
      return (
        results.engine && {
          rows: summaryRows({ ...only, engine: results.engine }),
          section: engineSection(results.engine),
        }
      );
    case 'quality':
      return (
        results.quality && {
          rows: summaryRows({ ...only, quality: results.quality }),
          section: qualitySection(results.quality),
        }
      );
    case 'middleware':
      return (
        results.middleware && {
          rows: summaryRows({ ...only, middleware: results.middleware }),
          section: middlewareSection(results.middleware),
        }
      );
    case 'writer':
      return (
        results.writer && { rows: writerSummaryRows(results.writer), section: writerSection(results.writer) }
      );
  }
}

/**
 * Renders BENCHMARKS.md from one run's results: the summary table (a `part` column tags each row) and
 * one section per part run, between `<!-- bench:<part> -->` markers and saying when and how it was
 * measured, so a later run of other parts can keep them (bench/splice-report.ts).
 *
 * @example
 * writeFileSync('BENCHMARKS.md', renderReport(results));
 */
export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const measured = `_Measured on ${results.date}${results.quick ? ' (**quick mode**)' : ''} with \`${results.command}\` (${fixed(results.durationS, 0)} s for the run) on ${machine.cpu}, ${machine.cores} cores, ${fixed(machine.ramGb, 1)} GB, Node ${machine.node}, load average ${fixed(machine.loadAverage)} at start._`;
  const rows: string[][] = [];
  const sections: string[] = [];
  for (const part of REPORT_PARTS) {
    const rendered = partOf(results, part);
    if (!rendered) continue;
    rows.push(...rendered.rows.map((row) => [part, ...row]));
    const [heading, ...body] = rendered.section.split('\n');
    sections.push(
      `<!-- bench:${part} -->\n${heading}\n\n${measured}\n${body.join('\n')}<!-- /bench:${part} -->\n`,
    );
  }
  return `# Benchmarks

Written by \`bench/run.ts\`; do not edit by hand. Reproduce everything with \`npm run bench\`, or some parts
with \`npm run bench -- <part>…\` (${REPORT_PARTS.join(', ')}): a run rewrites only the rows and sections of
the parts it ran, and every section says when, how and on what machine it was measured.

## Summary

${table(['part', 'figure', 'measured', 'target', 'met'], rows)}

${sections.join('\n')}`;
}
