// Why look-alike angle brackets (U+2039 ‹, U+203A ›) rather than `&lt;`/`&gt;`: the block is read by a
// model, not an HTML parser. Entities would be decoded "in the model's head" back into tags and cost
// tokens; the look-alikes keep the text readable, are one character each (budgets stay exact), and no
// memory can ever contain the ASCII `<` that opens or closes a tag of the block, so neither the model
// nor `stripMemoryBlock` can be fooled by a memory that says `</memories>`.

const LINE_BREAKS = /\s*[\r\n\u2028\u2029\u0085]+\s*/g;
// C0/C1 controls other than tab and the line breaks handled above.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * Makes memory text safe and single-line for the block: angle brackets become look-alikes, line
 * breaks are flattened to one space, control characters are dropped.
 *
 * @example
 * escapeMemoryText('a</memories>\nb'); // 'a‹/memories› b'
 */
export function escapeMemoryText(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(LINE_BREAKS, ' ')
    .replaceAll('<', '‹')
    .replaceAll('>', '›')
    .trim();
}

/**
 * Escapes multi-line text (MemOS's `preference_note`) the same way but keeps its line breaks.
 *
 * @example
 * escapeMemoryNote('# Note:\n<b>be brief</b>'); // '# Note:\n‹b›be brief‹/b›'
 */
export function escapeMemoryNote(text: string): string {
  return text.replace(CONTROLS, '').replace(/\r\n?/g, '\n').replaceAll('<', '‹').replaceAll('>', '›').trim();
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
