import type { ContentPart, MessageInput } from '../api/requests.ts';

/**
 * The default cap on a captured turn's text: a 20,000-character paste stays under MemOS Cloud's
 * per-request token limit even in Chinese (~1.5 tokens a character at worst), and far under the
 * local server's 1 MiB body limit, so a big paste is stored (its tail) instead of refused for good.
 */
export const DEFAULT_MAX_TURN_CHARS = 20_000;

/** The mark a cut text starts with: how much of its beginning was left out. */
export const cutMark = (cutChars: number) => `[… ${cutChars} characters cut …] `;
// Budget reserved per cut text for its mark (8 digits of count).
const MARK_BUDGET = cutMark(99_999_999).length;

// The end of `text` in at most `keep` characters, never starting inside a surrogate pair.
function tail(text: string, keep: number): string {
  let start = text.length - keep;
  const first = text.charCodeAt(start);
  if (first >= 0xdc00 && first <= 0xdfff) start += 1;
  return text.slice(start);
}

const cut = (text: string, keep: number) => {
  const kept = tail(text, keep);
  return `${cutMark(text.length - kept.length)}${kept}`;
};

/**
 * The largest per-text allowance such that, with every text longer than it cut to it (plus a mark),
 * the texts fit in `maxChars` altogether. Short texts stay whole; the long ones share what is left.
 */
function allowance(lengths: readonly number[], maxChars: number): number {
  const fits = (keep: number) =>
    lengths.reduce((sum, length) => sum + (length > keep ? keep + MARK_BUDGET : length), 0) <= maxChars;
  let low = 0;
  let high = Math.max(0, ...lengths);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Caps the text of a turn's messages at `maxChars` in all: when over, the longest texts are cut to an
 * equal allowance (short ones stay whole), each keeping its end (where a paste's question usually is)
 * behind a `[… N characters cut …]` mark. File and image parts are left as they are.
 *
 * @example
 * capTurnChars([{ role: 'user', content: 'x'.repeat(50_000) + ' So?' }], 20_000)[0].content; // '[… 30… characters cut …] xxx… So?'
 */
export function capTurnChars(messages: readonly MessageInput[], maxChars: number): MessageInput[] {
  const lengths: number[] = [];
  for (const message of messages) {
    if (typeof message.content === 'string') lengths.push(message.content.length);
    else for (const part of message.content ?? []) if (part.type === 'text') lengths.push(part.text.length);
  }
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (total <= maxChars) return [...messages];
  const keep = allowance(lengths, maxChars);
  const capText = (text: string) => (text.length > keep ? cut(text, keep) : text);
  return messages.map((message) => {
    if (typeof message.content === 'string') return { ...message, content: capText(message.content) };
    if (!message.content) return message;
    const content: ContentPart[] = message.content.map((part) =>
      part.type === 'text' ? { ...part, text: capText(part.text) } : part,
    );
    return { ...message, content };
  });
}
