import { MAX_QUERY_CHARS } from '../../api/limits.ts';
import { topicTagsOf } from '../extraction/topics.ts';

// Turning free text into index columns and safe FTS5 queries. Every query term is reduced to letters
// and digits and then double-quoted, so no user text can ever reach FTS5 as syntax (AND, NEAR(, *, ^,
// column filters, unbalanced quotes): a hostile query can only fail to match, never fail to parse.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Most queries are a sentence; past this only noise and cost grow. */
const MAX_TERMS = 48;

const ENGLISH_STOPWORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
  herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more
  most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same
  shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them
  themselves then there there's these they they'd they'll they're they've this those through to too under
  until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which
  while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself
  yourselves please want wants wanted need needs tell know just also really get got go going maybe thing
  things something anything lot lots okay ok yes hi hello thanks thank user users remember remind recall
  mention mentioned told said say again currently nowadays now still anymore ever exactly recommend
  suggest help would could can able sure kind sort way stuff bit little any much many latest current type`
    .split(/\s+/)
    .filter(Boolean),
);

// Chinese function words and chat filler: as bigrams they match almost every memory.
const CHINESE_STOP_BIGRAMS = new Set(
  `我想 我要 我们 俺们 咱们 你们 他们 她们 一个 一下 什么 怎么 可以 请问 你好 这个 那个 没有 不是 就是 还是 已经 因为 所以
  但是 如果 或者 然后 现在 觉得 知道 推荐 帮我 给我 用户 一些 有没 有什 么样`
    .split(/\s+/)
    .filter(Boolean),
);
const CHINESE_STOP_CHARS = new Set(
  '的了是我俺咱你他她它在和也都就吗呢吧啊哦嗯很要想有个这那么什怎样没去来说会能上下中多少一不好用户人可以请问些种'.split(
    '',
  ),
);

// Phrases that ask rather than say ("do you remember", "these days") go before words are split; an
// idiom whose words mislead is said plainly ("for a living" is about work, not about living).
const PHRASES: readonly [RegExp, string][] = [
  [/\bfor a living\b/gi, ' work job '],
  [/\b(?:these days|at the moment|right now|at present|so far|by the way|as well)\b/gi, ' '],
  [/\b(?:do|did|can|could|would) you (?:remember|recall|know|tell me)\b/gi, ' '],
  [/\b(?:remind me|tell me|let me know|i told you|i mentioned|did i mention|did i tell you|i said)\b/gi, ' '],
  // When and how long are asked by the memory's date, not by its words.
  [
    /\b(?:how long ago|how long|long ago|how many (?:days|weeks|months|years)|back in|what year|which year)\b/gi,
    ' ',
  ],
  [/\b(?:ago|first time)\b/gi, ' '],
  // "Which phone did I end up buying?": the decision is in the verb, "end" is no word to match.
  [/\b(?:end(?:ed|s)? up|in the end)\b/gi, ' '],
  // "我现在开的是什么车？": 开 is driving here, not 开会 or 开心; the car is the word to match.
  [/开的(?:是)?(?:什么|啥|哪)(?:款|辆|个|种)?(?:车|汽车)/gu, ' 车 '],
];
const LATEST =
  /\b(?:now|these days|currently|at the moment|nowadays|still|anymore|any more|latest|at present|right now|these days|today)\b|现在|目前|最近|如今/iu;
// 俺 and 咱 are the northern spoken 我 and 咱们 ("俺现在开的是啥车？").
const PERSONAL = /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our|ours)\b|我|俺|咱/iu;
// "How do I fix a dripping tap?" asks how the world works; it is about the asker only if it says so
// ("my", "our", "me"). "How do I get to work?" asks about the asker's day.
const HOW_TO =
  /^\s*how\s+(?:do|does|can|could|should|would)\s+(?:i|we|you|one)\b(?!\s+(?:usually\s+)?(?:get|go)\s+(?:around|about|to work|to school|to the office))|^\s*how\s+(?:long|many|much|often)\s+(?:do|does|should|can)\s+(?:i|we|you)\b/i;
// "How did pickleball get its name?" asks about something else's name, not the user's.
const OTHERS_NAME =
  /\b(?:its|their|his|her|your|the|a|[\p{L}]+(?:'s|’s))\s+(?:full\s+|real\s+|first\s+|last\s+)?names?\b/iu;
const MY_NAME = /\bmy\s+(?:full\s+|real\s+|first\s+|last\s+)?name\b/i;
const OWN = /\b(?:me|my|mine|myself|our|ours|us)\b|我|俺|咱/iu;
// "Any travel and hotel recommendations?", "Suggest a dinner for Friday": advice is asked for the asker
// (Chinese questions say 我 in any case).
const ADVICE =
  /\b(?:recommend|recommendations?|suggest|suggestions?|any\s+(?:tips|ideas|advice)|ideas?\s+for)\b/iu;

/** Terms of a query, split by the index each one targets. */
export interface QueryTerms {
  /** Lower-cased words (letters/digits), stopwords removed, for the stemmed word index. */
  readonly words: readonly string[];
  /** CJK characters and bigrams, for the word index's `cjk` column. */
  readonly cjk: readonly string[];
  /** CJK substrings of three characters, for the trigram index (Latin words join them when the word
   * index does not know them, see `createMatchPlanner`). */
  readonly trigrams: readonly string[];
  /** Topic tags the query's words point at ("boss" → work, colleagues), minus its own words: a
   * memory shares a topic with the question without sharing a word ("manager"), so these are
   * searched as a ranked list of their own, weighted below the query's own words. */
  readonly topics: readonly string[];
  /** The query asks for the current state ("now", "these days", "still"): newer statements weigh more. */
  readonly latest: boolean;
  /** The query is about the asker ("my", "I", "we"): questions about the world are held to more. */
  readonly personal: boolean;
  /** The query asks for someone or something else's name ("its name", "my nephew's name"). */
  readonly othersName: boolean;
  /** Capitalised words past the first (names a question may give without a pronoun: "Where does Hana live?"). */
  readonly names: readonly string[];
}

/**
 * The CJK runs of `text` as space-separated characters and bigrams, the form the word index stores
 * them in: unicode61 keeps a run of Han characters as one token, so without this "广州" would never
 * match "我住在广州". Single characters catch one-character words (茶, 辣, 猫); a bigram hit also hits
 * its two characters, so BM25 ranks it above a lone character.
 *
 * @example
 * cjkGrams('住在广州'); // '住 在 广 州 住在 在广 广州'
 */
export function cjkGrams(text: string): string {
  const grams: string[] = [];
  for (const [run] of text.matchAll(CJK)) {
    const chars = Array.from(run);
    grams.push(...chars);
    for (let index = 0; index + 1 < chars.length; index += 1) grams.push(chars[index]! + chars[index + 1]!);
  }
  return grams.join(' ');
}

/**
 * True when `text` contains Chinese, Japanese or Korean characters.
 *
 * @example
 * hasCjk('我喜欢茶'); // true
 */
export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

const NOT_DROPPED_G = new Set('join coin loin groin raisin begin within again'.split(' '));

/**
 * The "-ing" form of a word that may be one written without its g ("workin" → "working", "goin" →
 * "going"), or undefined ("cabin", "train", "protein").
 *
 * @example
 * withG('drivin'); // 'driving'
 */
export function withG(word: string): string | undefined {
  return /^[a-z]{2,}in$/.test(word) && !/(?:ai|ei)n$/.test(word) && !NOT_DROPPED_G.has(word)
    ? `${word}g`
    : undefined;
}

/**
 * Splits a query into deduplicated terms for each index; stopwords and filler are dropped.
 *
 * @example
 * queryTerms('Where does the user live?').words; // ['live']
 */
export function queryTerms(query: string): QueryTerms {
  const raw = query.slice(0, MAX_QUERY_CHARS);
  const text = PHRASES.reduce(
    (current, [pattern, replacement]) => current.replace(pattern, replacement),
    raw,
  );
  const words = new Set<string>();
  const trigrams = new Set<string>();
  const cjk = new Set<string>();
  const latin = text.replace(CJK, ' ');
  for (const [raw] of latin.matchAll(WORD)) {
    const lower = raw.toLowerCase().replace(/’/g, "'");
    if (ENGLISH_STOPWORDS.has(lower)) continue;
    const word = lower.split("'")[0]!;
    if (word.length < 2 && !/^\p{N}+$/u.test(word)) continue;
    if (ENGLISH_STOPWORDS.has(word)) continue;
    words.add(word);
  }
  for (const [run] of text.matchAll(CJK)) {
    const chars = Array.from(run);
    for (const char of chars) if (!CHINESE_STOP_CHARS.has(char)) cjk.add(char);
    for (let index = 0; index + 1 < chars.length; index += 1) {
      const bigram = chars[index]! + chars[index + 1]!;
      if (CHINESE_STOP_BIGRAMS.has(bigram)) continue;
      if (CHINESE_STOP_CHARS.has(chars[index]!) && CHINESE_STOP_CHARS.has(chars[index + 1]!)) continue;
      cjk.add(bigram);
    }
    for (let index = 0; index + 2 < chars.length; index += 1) {
      const trigram = chars.slice(index, index + 3).join('');
      if (chars.slice(index, index + 3).every((char) => CHINESE_STOP_CHARS.has(char))) continue;
      trigrams.add(trigram);
    }
  }
  return {
    words: [...words].slice(0, MAX_TERMS),
    cjk: [...cjk].slice(0, MAX_TERMS),
    trigrams: [...trigrams].slice(0, MAX_TERMS),
    topics: topicTagsOf(text)
      .filter((tag) => !words.has(tag) && !cjk.has(tag))
      .slice(0, MAX_TERMS),
    latest: LATEST.test(raw),
    personal: HOW_TO.test(raw) ? OWN.test(raw) : PERSONAL.test(raw.replace(/’/g, "'")) || ADVICE.test(raw),
    othersName: OTHERS_NAME.test(raw) && !MY_NAME.test(raw),
    names: [...raw.matchAll(/(?<=\s)\p{Lu}[\p{Ll}'-]+/gu)].map((match) =>
      match[0].toLowerCase().replace(/'s$/, ''),
    ),
  };
}

// What SQLite's unicode61 tokenizer keeps inside a token by default (categories L*, N* and Co).
const INDEX_TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/**
 * Text as the word index holds it for one subject: every token prefixed with the subject's scope
 * (`scopePrefix`), so each user's words are index terms of their own. A query then reads only the
 * asking user's postings (not every user's, intersected with a scope token), and a prefix query
 * ("Guangzh"*) stays inside the user. Query terms go through the same function, so both sides are
 * tokenized and stemmed alike (the prefix has no vowels: Porter's measure of a word is unchanged).
 *
 * @example
 * scopedText('xbcd', 'Lives in Lyon'); // 'xbcdLives xbcdin xbcdLyon'
 */
export function scopedText(prefix: string, text: string): string {
  return text.replace(INDEX_TOKEN, (token) => prefix + token);
}

/**
 * A term as an FTS5 string literal: the only form user text ever takes inside a MATCH expression.
 *
 * @example
 * ftsString('say "hi"'); // '"say ""hi"""'
 */
export function ftsString(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}
