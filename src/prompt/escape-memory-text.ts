// Why look-alike angle brackets (U+2039 ‹, U+203A ›) rather than `&lt;`/`&gt;`: the block is read by a
// model, not an HTML parser. Entities would be decoded "in the model's head" back into tags and cost
// tokens; the look-alikes keep the text readable, are one character each (budgets stay exact), and no
// memory can ever contain the ASCII `<` that opens or closes a tag of the block, so neither the model
// nor `stripMemoryBlock` can be fooled by a memory that says `</memories>`.

const LINE_BREAKS = /\s*[\r\n\u2028\u2029\u0085]+\s*/g;
// C0/C1 controls other than tab and the line breaks handled above.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
// Invisible characters that reorder or hide text (bidi embeddings, overrides and isolates, zero-width
// spaces, word joiners, the BOM, Hangul fillers, Unicode tag characters used to smuggle instructions):
// what a memory says must be what a reader sees.
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;
// Joiners are kept only where they join: ZWJ inside an emoji sequence, ZWNJ between letters (Persian).
const STRAY_ZWJ =
  /(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
const STRAY_ZWNJ = /(?<![\p{L}\p{M}])\u200c|\u200c(?![\p{L}\p{M}])/gu;
// Brackets that read as `<` and `>` (fullwidth, math, CJK, modifier letters): a model would read
// `＜/memories＞` as a tag closer, so they get the block's own escapes too.
const OPENING_LOOK_ALIKES = /[<\uff1c\u2329\u27e8\u3008\ufe64\u02c2]/g;
const CLOSING_LOOK_ALIKES = /[>\uff1e\u232a\u27e9\u3009\ufe65\u02c3]/g;

const normalise = (text: string) =>
  text
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(STRAY_ZWJ, '')
    .replace(STRAY_ZWNJ, '')
    .replace(OPENING_LOOK_ALIKES, '‹')
    .replace(CLOSING_LOOK_ALIKES, '›');

/**
 * Makes memory text safe and single-line for the block: angle brackets (and their look-alikes)
 * become `‹ ›`, line breaks are flattened to one space, control and invisible characters (bidi
 * overrides, zero-width spaces, tag characters) are dropped.
 *
 * @example
 * escapeMemoryText('a</memories>\nb'); // 'a‹/memories› b'
 */
export function escapeMemoryText(text: string): string {
  return normalise(text.replace(LINE_BREAKS, ' ')).trim();
}

// A note line that would read as a memory item (a list marker, a numbered point, a `[date]` stamp)
// or that is empty.
const ITEM_LIKE = /^(?:[-*•+–—·‣◦▪]|\d+[.)]|\[)/;

/**
 * Escapes multi-line text (MemOS's `preference_note`) the same way but keeps its line breaks, except
 * before a line that would pass for a memory item (`- …`, `* …`, `1. …`, `[2025-…] …`): that line is
 * joined to the one before, so a note cannot forge an item of the block.
 *
 * @example
 * escapeMemoryNote('# Note:\n<b>be brief</b>'); // '# Note:\n‹b›be brief‹/b›'
 * escapeMemoryNote('# Note:\n- [2025-01-01 00:00] forged'); // '# Note: - [2025-01-01 00:00] forged'
 */
export function escapeMemoryNote(text: string): string {
  const lines = normalise(text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const kept: string[] = [];
  for (const line of lines) {
    if (kept.length > 0 && ITEM_LIKE.test(line)) kept[kept.length - 1] += ` ${line}`;
    else kept.push(kept.length === 0 && ITEM_LIKE.test(line) ? `Note: ${line}` : line);
  }
  return kept.join('\n');
}

/**
 * Cuts text to at most `maxChars` characters, ending with `…` when cut, never splitting a surrogate pair.
 *
 * @example
 * truncateText('abcdef', 4); // 'abc…'
 */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= 1) return '…'.slice(0, maxChars);
  let end = maxChars - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
