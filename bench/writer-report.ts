// The writer part of BENCHMARKS.md: its summary rows and its section.
import { fixed } from './stats.ts';
import type { WriterFigures } from './writer.ts';

const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/**
 * The writer's rows of the summary table (figure, measured, target, met).
 *
 * @example
 * rows.push(...writerSummaryRows(results.writer));
 */
export function writerSummaryRows(writer: WriterFigures): string[][] {
  const rows = writer.throughput.map((result) => [
    `writer delivery, one conversation per turn, ${fixed(result.faultRate * 100, 0)} % faults (client timeout ${writer.clientTimeoutMs} ms)`,
    `${fixed(result.turnsPerSecond, 0)} turns/s, ${result.lost} lost, ${result.duplicated} duplicated`,
    result.faultRate === 0 ? 'report' : '0 lost, 0 duplicated',
    result.faultRate === 0 ? '—' : result.lost === 0 && result.duplicated === 0 ? 'yes' : '**no**',
  ]);
  for (const entry of writer.close) {
    rows.push([
      `close({ timeoutMs: ${entry.timeoutMs} }) with ${entry.pendingAtClose} writes pending, ${entry.situation}`,
      `p50 ${fixed(entry.latencyMs.p50, 0)} ms, max ${fixed(entry.latencyMs.max, 0)} ms${entry.withoutTimeoutMs === undefined ? '' : ` (no timeout: ${fixed(entry.withoutTimeoutMs / 1000, 1)} s)`}`,
      `≤ ${entry.timeoutMs + 100} ms`,
      entry.latencyMs.max <= entry.timeoutMs + 100 ? 'yes' : '**no**',
    ]);
  }
  return rows;
}

/**
 * The writer's section.
 *
 * @example
 * sections.push(writerSection(results.writer));
 */
export function writerSection(writer: WriterFigures): string {
  const throughput = table(
    ['faults', 'turns', 'seconds', 'turns/s', 'requests', 'faults injected', 'lost', 'duplicated', 'dropped'],
    writer.throughput.map((result) => [
      `${fixed(result.faultRate * 100, 0)} %`,
      String(result.turns),
      fixed(result.seconds, 1),
      fixed(result.turnsPerSecond, 0),
      String(result.requests),
      String(result.faults),
      String(result.lost),
      String(result.duplicated),
      String(result.dropped),
    ]),
  );
  const close = table(
    ['situation', 'timeoutMs', 'runs', 'p50', 'p95', 'max', 'without a timeout'],
    writer.close.map((entry) => [
      entry.situation,
      String(entry.timeoutMs),
      String(entry.latencyMs.count),
      `${fixed(entry.latencyMs.p50, 0)} ms`,
      `${fixed(entry.latencyMs.p95, 0)} ms`,
      `${fixed(entry.latencyMs.max, 0)} ms`,
      entry.withoutTimeoutMs === undefined ? '—' : `${fixed(entry.withoutTimeoutMs / 1000, 1)} s`,
    ]),
  );
  return `## Background writer

\`createWriter\` with its defaults (4 slots, 1000 queued, 5 retries, breaker on) over a \`MemOSClient\` (timeout
${writer.clientTimeoutMs} ms per attempt), through the fault proxy of the test suite
(\`test/support/fault-proxy.ts\`: 500, resets before and after storing, 429 with \`Retry-After: 1\`, hangs,
50004 in a 200, answers lost after storing, equally likely) to \`createMemOSServer\` over \`LocalMemOS\` on a
temp file. One conversation per turn, so no batching helps; the producer keeps the queue under its limit.
Lost and duplicated are counted in the database afterwards. The reliability suite (\`npm run
test:reliability\`, RELIABILITY.md) checks the same properties over 10,000 chat turns.

### Throughput

${throughput}

### close({ timeoutMs }) latency

From the call to its return, 10 writes pending (their first attempts out for 50 ms), every request faulted.

${close}
`;
}
