// What an assistant offered and which of it the user picked. A reply such as "I'll take the second
// one" or "the Saturday slot please" means nothing on its own; read against the options of the
// assistant message it answers, it is a choice. The parsing is deliberately strict: a choice is only
// read when the reply points at exactly one option.

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.!*-]+|[\s,;:.!?*]+$/g, '')
    .trim();

const MAX_OPTION_WORDS = 8;

/**
 * Options an assistant offered: a numbered or bulleted list, "option A … option B …", or the list after
 * "like", "such as", "including", "consider", "either", a colon, or an "X or Y" question.
 *
 * @example
 * offeredOptions('You can consider options like 7 Days Inn, All Seasons, Hilton, etc.'); // ['7 Days Inn', 'All Seasons', 'Hilton']
 * offeredOptions('Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.'); // ['ThinkPad X1', 'MacBook Air', 'Dell XPS']
 */
export function offeredOptions(text: string): string[] {
  const listed = listedOptions(text);
  if (listed.length >= 2) return listed;
  // The list starts after the last marker that a list follows ("consider options like A, B" → after "like").
  return proseOptions(text);
}

/**
 * Options laid out as a list: numbered, bulleted, or "option A … option B …" (the strongest sign that
 * an assistant message offers a choice), else [].
 *
 * @example
 * listedOptions('1. Emirates via Dubai\n2. Air India via Delhi'); // ['Emirates via Dubai', 'Air India via Delhi']
 */
export function listedOptions(text: string): string[] {
  const numbered = [
    ...text.matchAll(
      /(?:^|[\s(])(?:\d{1,2}|[a-c])[.)]\s+([^\n]+?)(?=\s*(?:[,;]?\s+\(?(?:\d{1,2}|[a-c])[.)]\s|\n|$))/giu,
    ),
  ];
  if (numbered.length >= 2) return numbered.map((match) => shorten(match[1] ?? '')).filter(Boolean);
  const bullets = [...text.matchAll(/^\s*[-*•]\s+(.+)$/gmu)];
  if (bullets.length >= 2) return bullets.map((match) => shorten(match[1] ?? '')).filter(Boolean);
  const lettered = [...text.matchAll(/\boption\s+([a-d1-4])\b[\s:,-]*(?:is\s+)?([^,;.\n]+)/giu)];
  if (lettered.length >= 2) return lettered.map((match) => shorten(match[2] ?? '')).filter(Boolean);
  return [];
}

function proseOptions(text: string): string[] {
  const markers = [
    ...text.matchAll(
      /(?:\blike\b|\bsuch as\b|\binclud(?:e|es|ing)\b|\beither\b|\bconsider\b|\bsuggest\b|\brecommend\b|\bbetween\b|\boptions? (?:are|is)\b|\bcome to mind\b|:)\s*/giu,
    ),
  ].filter((marker) =>
    /,|\bor\b|\band\b/i.test(text.slice(marker.index + marker[0].length).split(/[.!?\n](?:\s|$)/)[0] ?? ''),
  );
  const marker = markers.at(-1);
  const sentence = marker
    ? (text.slice(marker.index + marker[0].length).split(/[.!?\n](?:\s|$)/)[0] ?? '')
    : // "Would you prefer the Lisbon itinerary or the Porto one?", "I found the Hilton, the Ibis and a
      // guesthouse": a sentence of alternatives, its lead-in ("I found") taken off.
      (listSentence(text) ?? '');
  const options = sentence
    .replace(
      /^(?:would you (?:prefer|like)|do you want|shall i (?:book|get)|should i (?:book|get)|is it)\s+/i,
      '',
    )
    .split(/\s*(?:,|;|\bor\b|\band\b|\/)\s*/i)
    .map((option) => clean(option.replace(/\b(?:etc|and so on|among others)\.?$/i, '').replace(/\?$/, '')))
    .filter(
      (option) =>
        option.length > 0 && option.split(' ').length <= MAX_OPTION_WORDS && !/^options?$/i.test(option),
    );
  return options.length >= 2 ? options : [];
}

function listSentence(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/u);
  const list = sentences.find(
    (sentence) => /\bor\b/i.test(sentence) || (sentence.match(/,/g)?.length ?? 0) >= 2,
  );
  return list?.replace(
    /^(?:[\p{L}']+\s+){0,4}?(?:found|have|got|offer|see|are|is|could|can|would)\s+(?:(?:book|get|do|try|go for|choose)\s+)?/iu,
    '',
  );
}

/** A listed item's name may run this long before it is cut. */
const MAX_ITEM_WORDS = 12;
// Words a cut name must not end on ("a guesthouse in Cape Coast town near the").
const DANGLING = new Set(
  'a an the with in on at near of for and or to by from his her their our my its'.split(' '),
);

// A numbered item's name is its head: "MacBook Air M3 – light, long battery" → "MacBook Air M3"; a long
// head is cut at a word that can end a name ("a rooftop restaurant in Príncipe Real", not "… with a").
function shorten(item: string): string {
  const head = clean(item.split(/\s+[–—-]\s+|:\s|\s\(|,\s(?=[a-z])|;\s|\s~/u)[0] ?? '');
  const words = head.split(' ');
  if (words.length <= MAX_ITEM_WORDS) return head;
  const cut = words.slice(0, MAX_ITEM_WORDS);
  while (cut.length > 1 && DANGLING.has(cut.at(-1)!.toLowerCase())) cut.pop();
  return cut.join(' ');
}

const ORDINALS: Readonly<Record<string, (count: number) => number>> = {
  first: () => 0,
  '1st': () => 0,
  second: () => 1,
  '2nd': () => 1,
  third: () => 2,
  '3rd': () => 2,
  fourth: () => 3,
  '4th': () => 3,
  middle: (count) => (count === 3 ? 1 : -1),
  last: (count) => count - 1,
  latter: (count) => (count === 2 ? 1 : -1),
  former: (count) => (count === 2 ? 0 : -1),
};

const ORDINAL =
  /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|middle|last|latter|former)(?:\s+(?:one|option|choice|idea|suggestion|of (?:them|those|these)))?\b/i;
// "option B", "number 2", or the letter or number alone opening the reply ("B. Our insurance covers
// it", "2. i like solid", "3 please").
const LETTER =
  /\boption\s+([a-d1-4])\b|\b(?:number|no\.?|#)\s*([1-4])\b|^\s*(?:(?:ok|okay|yes|yeah|so|then|hmm+)[,\s]+)?([a-d1-4])(?=[.)!:,]|\s*$|\s+(?:please|then|for me|it is|for sure|definitely)\b)/i;
// "the cheaper one", "the cheapest", "the pricier one": read against the options' prices.
const PRICE_PICK =
  /\b(?:the\s+)?(cheap(?:er|est)|less expensive|least expensive|pricier|priciest|more expensive|most expensive)\b/i;
const PRICE =
  /(?:[$€£¥₹]|\b(?:rs|r|aed|sar|usd|eur|gbp|chf|kr|zł)\.?\s?)(\d[\d,.]*)\s?(k)?\b|\b(\d[\d,.]*)\s?(k)?\s?(?:€|dollars|euros|pounds|pesos|rand|riyals|dirhams|rupees|yen|kr|kronor|krone|zloty|naira|cedis)\b/i;

// "around 9,000 MXN": a number before a currency code.
const CODE_PRICE = /\b(\d[\d,.]*)\s?(k)?\s?[A-Z]{3}\b/u;

// An amount with no currency ("about 450 a night"), not a time, a size or a share.
const BARE_AMOUNT =
  /\b(\d{2,}(?:,\d{3})*(?:\.\d+)?)\s?(k)?\b(?!\s?(?:%|am|pm|gb|tb|mb|mm|cm|km|kg|g|ml|l|m|min|mins|minutes|hours?|hrs?|days?|nights?|years?|yrs?|people|persons?|guests?|seats?|rooms?|beds?|miles?)\b|:\d)/i;

/** The price a text names, as a number, or undefined. */
function priceOf(text: string): number | undefined {
  const match = PRICE.exec(text);
  const code = match ? undefined : CODE_PRICE.exec(text);
  const digits = (match ? (match[1] ?? match[3]) : code?.[1])
    ?.replace(/,/g, '')
    .replace(/\.(?=\d{3}\b)/g, '');
  if (digits === undefined) return undefined;
  const value = Number.parseFloat(digits);
  const thousands = match ? (match[2] ?? match[4]) : code?.[2];
  return Number.isFinite(value) ? value * (thousands ? 1000 : 1) : undefined;
}

/**
 * The cheapest (or dearest) option, when every option has a price and one wins. An option's price is
 * read from its whole entry in `offer` (an option is named by its head only), or from its name; `bare`
 * reads an entry's amount with no currency, used once another entry named its currency.
 */
function byPrice(
  options: readonly string[],
  offer: string | undefined,
  cheapest: boolean,
  price: (entry: string) => number | undefined,
  bare?: (entry: string) => number | undefined,
): string | undefined {
  const starts = options.map((option) => offer?.indexOf(option) ?? -1);
  const entries = options.map((option, index) => {
    const start = starts[index]!;
    if (start < 0 || !offer) return option;
    return offer.slice(start, Math.min(...starts.filter((other) => other > start), offer.length));
  });
  const prices = entries.map(price);
  // "1) a resort, about 1,100 cedis a night; 2) a guesthouse, about 450 a night": once one entry names
  // its currency, a bare amount in another (after the option's name) is a price in it.
  if (bare && prices.some((value) => value !== undefined))
    prices.forEach((value, index) => {
      if (value === undefined) prices[index] = bare(entries[index]!.slice(options[index]!.length));
    });
  if (prices.some((value) => value === undefined)) return undefined;
  const best = (cheapest ? Math.min : Math.max)(...(prices as number[]));
  const winners = options.filter((_, index) => prices[index] === best);
  return winners.length === 1 ? winners[0] : undefined;
}

/** An amount with no currency, as a number ("about 450 a night" → 450). */
function bareAmount(text: string): number | undefined {
  const match = BARE_AMOUNT.exec(text);
  return match ? Number.parseFloat(match[1]!.replace(/,/g, '')) * (match[2] ? 1000 : 1) : undefined;
}
// A reply that refuses or defers is no choice, whatever it names ("let me check with my colleague
// first"); nor is one that judges an option ("the second one is too expensive") or asks about it.
const NOT_A_CHOICE =
  /\?|n't\b|\b(?:none|neither|not|no|nope|nah|do not|cannot|nothing|other|another|more|maybe|think about|decide later|later|let\s+me|check|ask|wait|hold\s+on|get\s+back|sleep\s+on|run\s+it\s+by|talk\s+to|consult|unsure|not\s+yet|too|expensive|pricey|overpriced|far|ugly|boring|worse|worst|awful|terrible|hate|meh|sucks|overkill|sold\s+out|what\s+about|how\s+about|tell\s+me|difference|compare|why|explain|already|before|last\s+(?:time|year|month|week))\b/i;
// An option said as the subject of a judgement is a pick only when the judgement picks it ("the
// second one sounds perfect", "the last one works"), not "the first one looks nice but…", "the
// second one is for beginners".
const JUDGED =
  /^\s+(?:is|'s|was|were|are|looks?|seems?|sounds?|feels?|has|had|costs?|needs?|reminds|gets|takes|comes|would\s+be|'d\s+be|might\s+be|could\s+be)\b/i;
const PICKED =
  /^\s+(?:(?:is|'s|looks?|seems?|sounds?|feels?|would\s+be|'d\s+be)\s+(?:(?:really|so|much|way|definitely|probably|just|the)\s+)*(?:good|great|perfect|best|better|ideal|fine|right|nice|lovely|amazing|one|it|my\s+(?:pick|choice|favou?rite)|the\s+one)\b(?!.*\bbut\b)|works|wins|it\s+is|please|for\s+me)/i;
// "first" and "last" are also adverbs ("let me check first", "first of all", "the last time").
const NOT_AN_ORDINAL =
  /^\s+(?:time|times|thing|things|of\s+all|off|step|week|day|year|month|night|person|place)\b/i;

/** The ordinal that points at an option: "the second (one)", "second please", not "check first". */
function optionOrdinal(text: string): RegExpExecArray | undefined {
  for (const match of text.matchAll(new RegExp(ORDINAL.source, 'gi'))) {
    const after = text.slice(match.index + match[0].length);
    if (NOT_AN_ORDINAL.test(after)) continue;
    const pointed = /^the\s/i.test(match[0]) || /\s\S/.test(match[0].replace(/^the\s+/i, '').trim());
    const leading = /^(?:(?:yes|yeah|ok|okay|so|then|definitely|hmm+|um+|uh|right|fine)[,\s]+)*$/i.test(
      text.slice(0, match.index),
    );
    if (!pointed && !leading) continue;
    // "The second one is too expensive": judged, and not picked.
    if (JUDGED.test(after) && !PICKED.test(after)) return undefined;
    return match as RegExpExecArray;
  }
  return undefined;
}
const STOP = new Set(
  "the a an one of for with and or to in on at my your our this that these those it is be please yes yeah ok okay sure go going take pick choose book get let lets let's do i i'll i'd will would like want definitely think guess then so".split(
    ' ',
  ),
);

const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 2 && !STOP.has(word));

/** A choice read against the offered options. */
export interface ResolvedChoice {
  readonly chosen: string;
  readonly options: readonly string[];
}

/**
 * The one option a reply picks ("the second one", "option B", "the cheaper one" read against the
 * prices of `offer`, the message that offered them, or a word only that option has), or undefined when
 * it picks none, several, or refuses.
 *
 * @example
 * resolveChoice("I'll take the second one.", ['ThinkPad X1', 'MacBook Air', 'Dell XPS'])?.chosen; // 'MacBook Air'
 * resolveChoice('None of these.', ['Hilton', 'Ibis']); // undefined
 */
export function resolveChoice(
  reply: string,
  options: readonly string[],
  offer?: string,
): ResolvedChoice | undefined {
  if (options.length < 2) return undefined;
  const text = reply.replace(/’/g, "'");
  // "If the first one has parking…", "Whether the second…": a condition, not a pick.
  if (/^(?:if|unless|whether|in\s+case|when)\b/i.test(text.trim())) return undefined;
  const ordinal = optionOrdinal(text);
  const letter = LETTER.exec(text);
  if (!ordinal && ORDINAL.test(text) && !letter) {
    // An ordinal that is no pick ("check first") must not fall through to a pick by name either when
    // it was judged ("the second one is too expensive").
    const judged = [...text.matchAll(new RegExp(ORDINAL.source, 'gi'))].some((match) => {
      const after = text.slice(match.index + match[0].length);
      return JUDGED.test(after) && !PICKED.test(after);
    });
    if (judged) return undefined;
  }
  // A refusal or deferral is judged on the choosing part ("The hurley, so he does not forget…" picks).
  const choosing = (
    text
      .split(/[,.;!]|\s+(?:so|because|since|as)\s+/i)
      .find((part) => (ordinal && part.includes(ordinal[0])) || LETTER.test(part)) ??
    text.split(/[,.;!]/)[0] ??
    text
  )
    .replace(ordinal?.[0] ?? '\u0000', ' ')
    .replace(LETTER, ' ');
  if (
    NOT_A_CHOICE.test(choosing.replace(/\bnot too\b/gi, ' ').replace(PRICE_PICK, ' ')) ||
    /\?\s*$/.test(text)
  )
    return undefined;
  if (ordinal) {
    const index = ORDINALS[ordinal[1]!.toLowerCase()]?.(options.length) ?? -1;
    const chosen = options[index];
    return chosen === undefined ? undefined : { chosen, options };
  }
  const pricePick = ordinal || letter ? null : PRICE_PICK.exec(choosing);
  const priced = pricePick
    ? byPrice(options, offer, /cheap|less|least/i.test(pricePick[1]!), priceOf, bareAmount)
    : undefined;
  if (priced) return { chosen: priced, options };
  if (letter) {
    const key = (letter[1] ?? letter[2] ?? letter[3] ?? '').toLowerCase();
    const index = /\d/.test(key) ? Number(key) - 1 : key.charCodeAt(0) - 97;
    const chosen = options[index];
    return chosen === undefined ? undefined : { chosen, options };
  }
  // By name: the reply shares a distinctive word with exactly one option.
  const replyWords = new Set(wordsOf(text));
  const optionWords = options.map((option) => new Set(wordsOf(option)));
  const hits = options.filter((_, index) =>
    [...optionWords[index]!].some(
      (word) => replyWords.has(word) && optionWords.every((other, at) => at === index || !other.has(word)),
    ),
  );
  return hits.length === 1 ? { chosen: hits[0]!, options } : undefined;
}

/**
 * Options a Chinese assistant message offered ("可以考虑7天、全季、希尔顿等", "1. 小米手环 2. 华为手表").
 *
 * @example
 * offeredOptionsZh('可以考虑7天、全季、希尔顿等。'); // ['7天', '全季', '希尔顿']
 */
export function offeredOptionsZh(text: string): string[] {
  const numbered = [...text.matchAll(/(?:^|[\s：:，,；;])\d[.、)）]\s*([^\s，。；\d]+)/gu)];
  if (numbered.length >= 2) return numbered.map((match) => match[1] ?? '').filter(Boolean);
  // "一是文化路上的，四十平，月租八千；二是花园路的…": each option's head, up to its first comma.
  const counted = [
    ...text.matchAll(/(?:^|[\s：:，,；;。])(?:[一二三四五]|第[一二三四五]个?)是([^，,；;。]+)/gu),
  ];
  // "一是一根登山杖" names 登山杖: the count and its measure word go.
  if (counted.length >= 2)
    return counted
      .map((match) =>
        (match[1] ?? '')
          .trim()
          .replace(/^[一两三四五六七八九几]?[个件根台双套款家辆本张只条份盒瓶把部]/u, ''),
      )
      .filter(Boolean);
  const marker = /(?:比如|例如|包括|可以考虑|可以选择|推荐|有|：|:)/u.exec(text);
  if (!marker) return [];
  const tail = text.slice(marker.index + marker[0].length).split(/[。！？\n]/u)[0] ?? '';
  const options = tail
    .split(/[、，,/]|或者|或|和|还是/u)
    .map((option) =>
      option
        .replace(/等等?$/u, '')
        .replace(/^(?:两家|三家|两款|三款|两个|三个)[^：:]*[：:]?/u, '')
        .trim(),
    )
    .filter((option) => option.length > 0 && Array.from(option).length <= 12);
  return options.length >= 2 ? options : [];
}

const ZH_PICK = /第([一二三123])[个家款种条套间项]|(最后)一?[个家款种条套间项]/u;
const ZH_PRICE_PICK = /最便宜|便宜的那|便宜那|便宜点的|最贵|贵的那/u;
const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

/** A Chinese numeral as a number: 八千 → 8000, 一万二 → 12000, 六千五 → 6500, 三十五 → 35. */
export function chineseNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 1;
  for (const char of text) {
    if (char in ZH_DIGITS) digit = ZH_DIGITS[char]!;
    else if (char === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = undefined;
      lastUnit = 10_000;
    } else if (char in ZH_UNITS) {
      const unit = ZH_UNITS[char]!;
      section += (digit ?? (unit === 10 ? 1 : 0)) * unit;
      digit = undefined;
      lastUnit = unit;
    } else return undefined;
  }
  // "一万二", "六千五": a last digit after a unit counts in the unit below it.
  if (digit !== undefined) section += lastUnit >= 10 ? (digit * lastUnit) / 10 : digit;
  const value = total + section;
  return value > 0 ? value : undefined;
}

/** The price a Chinese option's entry names ("月租八千", "2999元", "1.2万"), or undefined. */
function priceZh(entry: string): number | undefined {
  const arabic = /(\d+(?:\.\d+)?)\s*(万|千|[kK])?\s*(?:块|元|rmb|RMB)/u.exec(entry);
  if (arabic) {
    const unit = arabic[2] === '万' ? 10_000 : arabic[2] ? 1000 : 1;
    return Number(arabic[1]) * unit;
  }
  const spoken =
    /(?:月租|年租|房租|租金|价格|售价|价钱|要价|卖|预算|一个月|一年)\s*([零一二两三四五六七八九十百千万]+)|([零一二两三四五六七八九十百千万]+)\s*(?:块|元)/u.exec(
      entry,
    );
  return spoken ? chineseNumber(spoken[1] ?? spoken[2] ?? '') : undefined;
}

const ZH_ORDINAL: Readonly<Record<string, (count: number) => number>> = {
  一: () => 0,
  '1': () => 0,
  二: () => 1,
  '2': () => 1,
  三: () => 2,
  '3': () => 2,
  最后: (count) => count - 1,
};

/**
 * The Chinese counterpart of `resolveChoice`: "第二个", "最后一个", or a name only one option has.
 *
 * @example
 * resolveChoiceZh('我要第二个。', ['小米手环', '华为手表', '苹果手表'])?.chosen; // '华为手表'
 */
export function resolveChoiceZh(
  reply: string,
  options: readonly string[],
  offer?: string,
): ResolvedChoice | undefined {
  if (options.length < 2 || /[？?]/u.test(reply)) return undefined;
  // A refusal is judged on the choosing part ("要最便宜那个 先试试水 不敢搞大" picks).
  const parts = reply.split(/[，,。！!；;\s]+/u).filter(Boolean);
  const choosing =
    parts.find(
      (part) =>
        ZH_PICK.test(part) || ZH_PRICE_PICK.test(part) || options.some((option) => part.includes(option)),
    ) ??
    parts[0] ??
    reply;
  if (/不|没|再想|都不|随便/u.test(choosing)) return undefined;
  const priced = ZH_PRICE_PICK.exec(choosing);
  if (priced && offer) {
    const chosen = byPrice(options, offer, /便宜/u.test(priced[0]), priceZh);
    if (chosen) return { chosen, options };
  }
  const ordinal = ZH_PICK.exec(choosing);
  if (ordinal) {
    const index = ZH_ORDINAL[ordinal[1] ?? ordinal[2] ?? '']?.(options.length) ?? -1;
    const chosen = options[index];
    return chosen === undefined ? undefined : { chosen, options };
  }
  const hits = options.filter((option) => reply.includes(option) || reply.includes(option.slice(0, 2)));
  return hits.length === 1 ? { chosen: hits[0]!, options } : undefined;
}
