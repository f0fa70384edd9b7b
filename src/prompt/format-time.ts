// MemOS returns timestamps as epoch milliseconds in practice, but the spec says ISO strings and older
// answers carry "YYYY-MM-DD HH:mm:ss" (no zone) or numeric strings: accept them all, render in UTC so
// the block does not depend on the server's or the host's time zone.

const NAIVE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
/** Below this an epoch number is taken as seconds (1e11 ms is March 1973; 1e11 s is year 5138). */
const SECONDS_CUTOFF = 1e11;
/** Times rendered: four-digit years only (outside them `Date` gives NaN, or years like `-271821`). */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(10_000, 0, 1);

const inRange = (epochMs: number | undefined) =>
  epochMs !== undefined && Number.isFinite(epochMs) && epochMs >= EARLIEST && epochMs < LATEST
    ? epochMs
    : undefined;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Reads a MemOS timestamp (epoch ms or s, numeric string, ISO string, or naive "YYYY-MM-DD HH:mm:ss"
 * taken as UTC) into epoch milliseconds; `undefined` when there is none, it cannot be read, or it is
 * outside the years 1000–9999.
 *
 * @example
 * parseMemoryTime(1762748860562); // 1762748860562
 * parseMemoryTime('2025-06-10 08:00:00'); // Date.UTC(2025, 5, 10, 8)
 * parseMemoryTime(1e20); // undefined
 */
export function parseMemoryTime(value: unknown): number | undefined {
  return inRange(readMemoryTime(value));
}

function readMemoryTime(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return value < SECONDS_CUTOFF ? value * 1000 : value;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return readMemoryTime(Number(text));
  const naive = NAIVE_DATE_TIME.exec(text);
  if (naive) {
    const [, year, month, day, hour, minute, second] = naive;
    // Date.UTC reads years 0–99 as 1900–1999: '0001-01-01' would render as 1901.
    if (Number(year) < 1000) return undefined;
    return Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second ?? 0),
    );
  }
  const parsed = Date.parse(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * Formats epoch milliseconds as `YYYY-MM-DD HH:mm` in UTC, the shape of MemOS's prompt lines.
 *
 * @example
 * formatMinuteUTC(Date.UTC(2025, 8, 28, 9, 5)); // '2025-09-28 09:05'
 */
export function formatMinuteUTC(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/**
 * Formats a time as `YYYY-MM-DD HH:mm:ss` in UTC, the `chat_time` shape MemOS documents for imports.
 *
 * @example
 * formatChatTime(new Date(Date.UTC(2025, 5, 10, 8))); // '2025-06-10 08:00:00'
 */
export function formatChatTime(time: Date | number): string {
  const epochMs = typeof time === 'number' ? time : time.getTime();
  return `${formatMinuteUTC(epochMs)}:${pad(new Date(epochMs).getUTCSeconds())}`;
}
