// Stop words of the BM25 baseline: NLTK's English list (the usual one for a stemmed BM25 run), plus
// Chinese function characters. Not tuned on any question set.

/**
 * Lowercase English function words and single Chinese function characters.
 *
 * @example
 * STOP_WORDS.has('she'); // true
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
  herself it its itself they them their theirs themselves what which who whom this that these those am is
  are was were be been being have has had having do does did doing a an the and but if or because as until
  while of at by for with about against between into through during before after above below to from up
  down in out on off over under again further then once here there when where why how all any both each
  few more most other some such no nor not only own same so than too very s t can will just don should now
  d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn
  weren won wouldn
  的 了 是 我 你 他 她 它 在 和 也 都 就 吗 呢 吧 啊 么 什 哪 里 这 那 个 有`.split(/\s+/),
);
