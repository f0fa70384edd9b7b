import { hasCjk } from './text-terms.ts';

// Verbatim from MemOS (MemTensor/MemOS src/memos/templates/prefer_complete_prompt.py, PREF_INSTRUCTIONS
// and PREF_INSTRUCTIONS_ZH), the same text the cloud returns in `preference_note` (quick-start example).
/**
 * MemOS's English preference note.
 *
 * @example
 * (await memos.searchMemory(body)).preference_note === PREFERENCE_NOTE_EN;
 */
export const PREFERENCE_NOTE_EN =
  "\n# Note:\nFact memory are summaries of facts, while preference memory are summaries of user preferences.\nYour response must not violate any of the user's preferences, whether explicit or implicit, and briefly explain why you answer this way to avoid conflicts.\n";
/**
 * MemOS's Chinese preference note, used when the returned preferences are mostly Chinese.
 *
 * @example
 * preferenceNote(['用户喜欢喝茶。']) === PREFERENCE_NOTE_ZH;
 */
export const PREFERENCE_NOTE_ZH =
  '\n# 注意：\n事实记忆是事实的摘要，而偏好记忆是用户偏好的摘要。\n你的回复不得违反用户的任何偏好，无论是显式偏好还是隐式偏好，并简要解释你为什么这样回答以避免冲突。\n';

/**
 * The note MemOS attaches when preferences are returned: '' without preferences, Chinese when most of
 * the preference text is Chinese (MemOS detects the language of the preferences the same way).
 *
 * @example
 * preferenceNote(['The user likes tea.']); // PREFERENCE_NOTE_EN
 */
export function preferenceNote(preferences: readonly string[]): string {
  if (preferences.length === 0) return '';
  const text = preferences.join('');
  if (!hasCjk(text)) return PREFERENCE_NOTE_EN;
  const cjkCount = text.match(/[\p{Script=Han}]/gu)?.length ?? 0;
  const letters = text.match(/[\p{L}]/gu)?.length ?? 1;
  return cjkCount / letters >= 0.3 ? PREFERENCE_NOTE_ZH : PREFERENCE_NOTE_EN;
}
