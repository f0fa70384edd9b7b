/**
 * Where the CLI writes: `process.stdout`/`stderr`, or anything with `write` in tests.
 *
 * @example
 * const stream: OutputStream = { write: (text) => chunks.push(text), isTTY: false };
 */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/**
 * Flattens whitespace and cuts text to `max` characters with an ellipsis.
 *
 * @example
 * truncate('a  long\ntext', 6); // 'a lon…'
 */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * Formats a MemOS timestamp (epoch ms, numeric string or date string) as `YYYY-MM-DD HH:mm` in local time.
 *
 * @example
 * formatTime(1762748859685); // '2025-11-10 12:27'
 */
export function formatTime(value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  const number = typeof value === 'number' ? value : Number(value);
  const date = Number.isFinite(number) ? new Date(number) : new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Renders rows as an aligned text table; the last column shrinks to fit `width`.
 *
 * @example
 * stdout.write(table(['id', 'text'], [['3f2a', 'Lives in Lyon']], 80));
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], width = 100): string {
  const cells = [headers, ...rows].map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const fixed = widths.slice(0, -1).reduce((sum, columnWidth) => sum + columnWidth + 2, 0);
  const last = widths.length - 1;
  widths[last] = Math.max(12, Math.min(widths[last] ?? 0, width - fixed));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === last ? truncate(cell, widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((columnWidth) => '-'.repeat(columnWidth)).join('  ');
  return `${[line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n')}\n`;
}

/**
 * A progress report on `stream`: a redrawn bar on a terminal, plain lines (about every 10%) otherwise.
 *
 * @example
 * const progress = createProgress(stderr, 120, 'messages');
 * progress.update(40); progress.done();
 */
export function createProgress(stream: OutputStream, total: number, unit: string) {
  let lastReported = -1;
  const barWidth = 28;
  return {
    update(current: number): void {
      const ratio = total === 0 ? 1 : Math.min(1, current / total);
      const percent = Math.floor(ratio * 100);
      if (stream.isTTY) {
        const filled = Math.round(ratio * barWidth);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`;
        stream.write(`\r${bar} ${String(percent).padStart(3)}%  ${current}/${total} ${unit}`);
        return;
      }
      const step = Math.floor(percent / 10);
      if (step === lastReported && current !== total) return;
      lastReported = step;
      stream.write(`progress: ${current}/${total} ${unit} (${percent}%)\n`);
    },
    done(): void {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/**
 * A section heading for human-readable output.
 *
 * @example
 * stdout.write(heading('What was recalled'));
 */
export function heading(title: string): string {
  return `\n== ${title} ${'='.repeat(Math.max(3, 70 - title.length))}\n`;
}
