// A run of some parts (`npm run bench -- writer`) rewrites only those parts in BENCHMARKS.md: their
// summary rows (tagged by the table's `part` column) and their sections (between
// `<!-- bench:<part> -->` markers); the other parts keep their last figures, each section saying when
// and how it was measured.

const BLOCK = /<!-- bench:([a-z]+) -->\n[\s\S]*?<!-- \/bench:\1 -->\n?/g;

interface ParsedReport {
  readonly head: string;
  readonly tableHeader: string[];
  readonly rows: Map<string, string[]>;
  readonly blocks: Map<string, string>;
}

function parse(text: string): ParsedReport {
  const summaryAt = text.indexOf('## Summary\n');
  const head = summaryAt === -1 ? text : text.slice(0, summaryAt);
  const rest = summaryAt === -1 ? '' : text.slice(summaryAt);
  const lines = rest.split('\n');
  const tableStart = lines.findIndex((line) => line.startsWith('| '));
  const tableHeader: string[] = [];
  const rows = new Map<string, string[]>();
  if (tableStart !== -1) {
    tableHeader.push(lines[tableStart]!, lines[tableStart + 1]!);
    for (let index = tableStart + 2; index < lines.length && lines[index]!.startsWith('| '); index++) {
      const line = lines[index]!;
      const part = line.slice(2, line.indexOf(' |'));
      rows.set(part, [...(rows.get(part) ?? []), line]);
    }
  }
  const blocks = new Map<string, string>();
  for (const match of text.matchAll(BLOCK))
    blocks.set(match[1]!, match[0].endsWith('\n') ? match[0] : `${match[0]}\n`);
  return { head, tableHeader, rows, blocks };
}

/**
 * BENCHMARKS.md after a run of `ran`: the fresh report's head, rows and sections for those parts, the
 * previous file's for every other part, in `order`.
 *
 * @example
 * writeFileSync(path, mergeReports(renderReport(results), readFileSync(path, 'utf8'), ['writer'], PARTS));
 */
export function mergeReports(
  fresh: string,
  previous: string | undefined,
  ran: readonly string[],
  order: readonly string[],
): string {
  const now = parse(fresh);
  const before = previous ? parse(previous) : undefined;
  const pick = <T>(part: string, fromNow: Map<string, T>, fromBefore: Map<string, T> | undefined) =>
    ran.includes(part) ? fromNow.get(part) : fromBefore?.get(part);
  const rows = order.flatMap((part) => pick(part, now.rows, before?.rows) ?? []);
  const blocks = order.flatMap((part) => pick(part, now.blocks, before?.blocks) ?? []);
  return `${now.head}## Summary\n\n${[...now.tableHeader, ...rows].join('\n')}\n\n${blocks.join('\n')}`;
}
