// Just enough English grammar to restate a first-person clause in the third person, the way MemOS
// writes memories ("I've planned to travel…" → "The user has planned to travel…").

const ADVERBS = new Set(
  'just really also usually often always never recently finally actually still already sometimes mostly generally definitely absolutely truly totally currently normally rarely seldom even only'.split(
    ' ',
  ),
);
const IRREGULAR_PAST = new Set(
  'went bought got had was were made took saw came ran began left met found gave knew thought told became felt kept brought wrote chose sold spent lost won paid built heard held taught caught fell drove flew ate drank swam sang sent set put cut quit let hurt read lent grew sat stood slept spoke broke woke rode wore hid fought sought led fed shot struck understood forgot threw drew dealt meant rang sank stole swore tore wept won dug'.split(
    ' ',
  ),
);
const UNCHANGED = new Set(
  "can could should must might may shall would will can't couldn't shouldn't mustn't won't wouldn't haven't hadn't wasn't weren't didn't".split(
    ' ',
  ),
);

// Past forms that are also present forms ("I read" today or yesterday): their tense cannot be told.
const AMBIGUOUS_PAST = new Set('read put set cut let hurt quit'.split(' '));

/**
 * Whether a word is surely a past form ("went", "started"), so "I went…" reads as "The user went…".
 *
 * @example
 * isPastForm('grew'); // true
 */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  if (AMBIGUOUS_PAST.has(lower)) return false;
  return IRREGULAR_PAST.has(lower) || /^[a-z]{2,}ed$/.test(lower);
}

/**
 * The third-person singular of a verb ("live" → "lives", "study" → "studies"); past forms and modals
 * are left as they are.
 *
 * @example
 * conjugate('go'); // 'goes'
 */
export function conjugate(verb: string): string {
  const lower = verb.toLowerCase();
  if (UNCHANGED.has(lower) || IRREGULAR_PAST.has(lower) || /ed$/.test(lower)) return verb;
  if (lower === 'have') return 'has';
  if (lower === 'do') return 'does';
  if (lower === 'am') return 'is';
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  return `${verb}s`;
}

const SWAPS: readonly [RegExp, string][] = [
  [/\bmyself\b/gi, 'themselves'],
  [/\bmine\b/gi, 'theirs'],
  [/\bmy\b/gi, 'their'],
  [/\bme\b/gi, 'them'],
  [/\bI was\b/g, 'they were'],
  [/\bI'm\b/g, "they're"],
  [/\bI've\b/g, "they've"],
  [/\bI'll\b/g, "they'll"],
  [/\bI'd\b/g, "they'd"],
  [/\bI am\b/g, 'they are'],
  [/\bI\b/g, 'they'],
  [/\bour\b/gi, 'their'],
  [/\bours\b/gi, 'theirs'],
  [/\bwe\b/gi, 'they'],
  [/\bus\b/g, 'them'],
];

/**
 * Replaces first-person pronouns inside a phrase ("my wife and I" → "their wife and they").
 *
 * @example
 * swapPronouns('with my sister'); // 'with their sister'
 */
export function swapPronouns(phrase: string): string {
  return SWAPS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), phrase);
}

const LEADS: readonly [RegExp, string][] = [
  [/^I'm\s+/i, 'is '],
  [/^I am\s+/i, 'is '],
  [/^I've\s+/i, 'has '],
  [
    /^I have\s+(?=been|had|got|planned|decided|visited|lived|worked|started|stopped|always|never|just|already|\w+ed\b)/i,
    'has ',
  ],
  [/^I'll\s+/i, 'will '],
  [/^I'd\s+/i, 'would '],
  [/^I don't\s+/i, "doesn't "],
  [/^I do not\s+/i, 'does not '],
];

/**
 * Restates a clause that starts with "I" (or "my"/"our") as a sentence about "The user", ending in a period.
 *
 * @example
 * toThirdPerson("I've planned to travel to Guangzhou this summer"); // 'The user has planned to travel to Guangzhou this summer.'
 */
export function toThirdPerson(clause: string): string {
  const text = clause.replace(/’/g, "'").trim();
  let sentence: string;
  const possessive = /^(?:my|our)\s+/i.exec(text);
  const we = /^we(?:'re|'ve|'ll|'d)?\s+/i.exec(text);
  if (we) {
    const lead =
      { "we're": 'are ', "we've": 'have ', "we'll": 'will ', "we'd": 'would ' }[we[0].trim().toLowerCase()] ??
      '';
    sentence = `The user and their family ${lead}${swapPronouns(text.slice(we[0].length))}`;
  } else if (possessive) {
    sentence = `The user's ${swapPronouns(text.slice(possessive[0].length))}`;
  } else {
    const lead = LEADS.find(([pattern]) => pattern.test(text));
    if (lead) {
      sentence = `The user ${lead[1]}${swapPronouns(text.replace(lead[0], ''))}`;
    } else {
      const words = text.replace(/^I\s+/i, '').split(/\s+/);
      const head: string[] = [];
      if (/^no$/i.test(words[0] ?? '') && /^longer$/i.test(words[1] ?? '')) head.push(...words.splice(0, 2));
      while (words.length > 1 && ADVERBS.has(words[0]!.toLowerCase())) head.push(words.shift()!);
      const verb = words.shift() ?? '';
      sentence =
        `The user ${[...head, conjugate(verb)].join(' ')} ${swapPronouns(words.join(' '))}`.trimEnd();
    }
  }
  return `${sentence.replace(/[\s,;:.!]+$/, '')}.`;
}

/**
 * Joins names as English prose ("A", "A and B", "A, B and C").
 *
 * @example
 * joinAnd(['All Seasons', 'Hilton']); // 'All Seasons and Hilton'
 */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
