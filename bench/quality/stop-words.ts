// Function words for the diagnostic BM25 variant only (the baseline itself keeps every word): question
// words, pronouns and auxiliaries, plus Chinese function characters.

/**
 * Lowercase English function words and single Chinese function characters.
 *
 * @example
 * STOP_WORDS.has('she'); // true
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about an and any are as at be been but by can could did do does for from had has have he her hers him
  his how i if in into is it its me my of on or our she so than that the their them then there they this to
  too us was we were what when where which who whom why will with would you your
  的 了 是 我 你 他 她 它 在 和 也 都 就 吗 呢 吧 啊 么 什 哪 里 这 那 个 有`.split(/\s+/),
);
