/**
 * Epoch milliseconds of a MemOS `chat_time` ("YYYY-MM-DD HH:mm:ss", taken as UTC like the core writes
 * it, or any ISO 8601 string); `undefined` for free text such as Chinese dates, which MemOS also
 * accepts but we cannot place in time.
 *
 * @example
 * parseChatTime('2025-06-10 09:30:00'); // 1749547800000
 */
export function parseChatTime(chatTime: string | null | undefined): number | undefined {
  if (!chatTime) return undefined;
  const trimmed = chatTime.trim();
  const plain = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.test(trimmed);
  // A date-time without a zone is UTC here; Date.parse would read it as local time.
  const time = Date.parse(plain ? `${trimmed.replace(' ', 'T')}${trimmed.length > 10 ? 'Z' : ''}` : trimmed);
  return Number.isFinite(time) ? time : undefined;
}
