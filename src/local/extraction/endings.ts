import { RELATIONS } from './rule-lexicon.ts';

// What a user turn says has ended: "No more warfarin", "Yannis quit football", "We sold the Civic",
// "São Paulo is behind me", "不想学钢琴了". The user's older memories that name the ended thing are then
// marked as superseded by the turn (they stay searchable and rank lower), so a question about how
// things are now finds the change above what it changed. Objects are read narrowly: a few words after
// the cue, up to a preposition, a time or the end of the clause, never a person ("dropped the kids").

const STOP = new Set(
  `a an the my our his her their your its this that these those it them him me us you some any all
  to on in at by for from of off out up down over into onto with without about after before since until
  and or but so because when while then than as if last next this yesterday today tonight tomorrow
  now again already completely entirely totally finally officially just either too also anymore
  week weekend month year morning evening night day days weeks months years ago is are was were be
  been being have has had do does did will would can could should`.split(/\s+/),
);
// Words that name no particular thing: "I quit my job" is read by the work rule and the work slot.
const GENERIC = new Set(
  `job work thing things stuff everything something anything one lot bit way time plan plans idea
  ones them it that this`.split(/\s+/),
);
const PEOPLE = new Set([...RELATIONS, ...'kids kid children child boys girls him her them'.split(' ')]);

// Tested on the lower-cased sentence (a case-insensitive regex is several times slower).
const CUE =
  /\b(?:no\s+more|quit|quitting|gave\s+up|given\s+up|giving\s+up|stopped|dropped|ditched|sold|switched\s+from|left\s+(?=the|my|our))\s*((?:[\p{L}\p{N}'-]+\s*){1,6})/gu;
// Most messages hold no cue at all: one cheap look before the patterns.
const ANY_CUE =
  /no more|quit|gave up|given up|giving up|stopped|dropped|ditched|sold|switched from|left the|left my|left our|behind|no longer|not |不|戒|卖|别/u;
const BEHIND =
  /((?:[\p{Lu}][\p{L}'-]*\s+){0,3}[\p{Lu}][\p{L}'-]*)\s+is\s+(?:now\s+|officially\s+|finally\s+)*behind\s+(?:me|us)\b/gu;
const NO_LONGER_IN = /\b(?:no\s+longer|not)\s+(?:in|at|with)\s+((?:[\p{Lu}][\p{L}'-]*\s*){1,3})/gu;
// Chinese: 不再合租了, 不想学钢琴了, 广场舞别跳了, 戒了烟, 把车卖了.
const ZH_CUES: readonly RegExp[] = [
  /不再([\u4e00-\u9fff]{1,4}?)(?:了|[，。！,.!]|$)/gu,
  /不(?:想|要)?(?:学|做|跳|吃|喝|去|上|打|玩)([\u4e00-\u9fff]{1,4}?)了/gu,
  /([\u4e00-\u9fff]{2,3})(?:也)?别(?:再)?(?:跳|学|做|吃|喝|去|玩|打)了/gu,
  /戒了([\u4e00-\u9fff]{1,3}?)(?:了|[，。！,.!]|$)/gu,
  /把([\u4e00-\u9fff]{1,4}?)卖了/gu,
];

/**
 * The objects after a cue: words up to the first stop word, three at most each, a list joined by "or",
 * "and" or commas read item by item ("no more eggs or dairy"); none when one names a person.
 */
function objectsAfter(phrase: string): string[][] {
  const items: string[][] = [[]];
  const all = phrase.trim().split(/\s+/);
  for (const [index, raw] of all.entries()) {
    const word = raw.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const current = items.at(-1)!;
    if (/^(?:or|and|nor)$/.test(word) && current.length > 0) {
      items.push([]);
      continue;
    }
    // "sold the Civic", "no more of those": determiners before the object are skipped.
    if (current.length === 0 && /^(?:the|my|our|his|her|their|a|an|all|those|these|of)$/.test(word)) continue;
    if (!word || STOP.has(word) || /ly$/.test(word) || current.length >= 3) break;
    current.push(word);
    if (/[,;]$/.test(raw) && index < all.length - 1) items.push([]);
  }
  const objects = items.filter((item) => item.length > 0);
  if (objects.some((item) => item.some((word) => PEOPLE.has(word)))) return [];
  return objects.map((item) => item.filter((word) => !GENERIC.has(word))).filter((item) => item.length > 0);
}

/**
 * The things a user message says have ended, each as the words (English, lower case) or the
 * characters (Chinese) an older memory must hold to be about it.
 *
 * @example
 * endedObjects('Saw the cardiologist. No more warfarin, he switched me to apixaban.'); // [['warfarin']]
 * endedObjects('I dropped the kids at school.'); // []
 */
export function endedObjects(text: string): string[][] {
  const said = text
    .replace(/’/g, "'")
    .split(/(?<=[.!?;。！？；])\s*|\n+/u)
    .filter((sentence) => !/[?？]\s*$/u.test(sentence));
  const found: string[][] = [];
  const add = (words: string[]) => {
    if (words.length > 0 && !found.some((other) => other.join(' ') === words.join(' '))) found.push(words);
  };
  for (const sentence of said) {
    const lower = sentence.toLowerCase();
    if (!ANY_CUE.test(lower)) continue;
    for (const match of lower.matchAll(CUE)) for (const object of objectsAfter(match[1]!)) add(object);
    for (const match of [...sentence.matchAll(BEHIND), ...sentence.matchAll(NO_LONGER_IN)])
      for (const object of objectsAfter(match[1]!)) add(object);
    for (const pattern of ZH_CUES)
      for (const match of sentence.matchAll(pattern)) {
        const object = match[1]!;
        if (Array.from(object).length >= 2) add([object]);
      }
  }
  return found;
}
