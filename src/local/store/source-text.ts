import { cjkGrams } from '../search/text-terms.ts';

/**
 * The user-message text a memory came from, joined (one row, `text` null when it has none). Only user
 * messages: what the user said is what a later question is about; assistant replies would add noise.
 *
 * @example
 * database.prepare(SOURCE_TEXT_SQL).get(memorySeq); // { text: 'I live in Guangzhou' }
 */
export const SOURCE_TEXT_SQL = `SELECT group_concat(g.text, ' ') AS text
  FROM memory_sources s JOIN messages g ON g.seq = s.message_seq
  WHERE s.memory_seq = ? AND g.role = 'user'`;

/**
 * The `source` column of the word index for this text: the words themselves plus CJK uni/bigrams (the
 * word tokenizer would otherwise keep a run of Chinese as one token).
 *
 * @example
 * sourceColumn('我住在广州'); // '我住在广州 我 住 在 广 州 我住 住在 在广 广州'
 */
export function sourceColumn(text: string): string {
  const grams = cjkGrams(text);
  return grams ? `${text} ${grams}` : text;
}
