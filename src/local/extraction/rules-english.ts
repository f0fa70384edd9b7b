import { clauseSubject, framedClause } from './clause-subject.ts';
import { joinAnd, swapPronouns, toThirdPerson } from './english-grammar.ts';
import { offeredOptions, resolveChoice } from './offered-options.ts';
import {
  FIGURATIVE_ALLERGIES,
  FOODS,
  NAMES_OF_ADJECTIVE_SHAPE,
  NOT_A_NAME,
  OCCUPATIONS,
  PETS,
  RELATIONS,
} from './rule-lexicon.ts';
import { detectTopics, tagsFor } from './topics.ts';
import type { MemoryKind, StoredMessage } from './types.ts';

// The English rules: a small set, each one a family of statements it reads precisely (its precision is
// measured on sentences written before the rules, test/local/rule-precision/). A rule reads a clause only
// from its subject (the user, after openers such as "well," or "oh and") and restates all of it. What no
// rule reads stays in the raw turn, which is always kept.

/** The families of typed memory the rules produce. */
export type RuleFamily =
  | 'name'
  | 'home'
  | 'work'
  | 'diet'
  | 'likes'
  | 'dislikes'
  | 'choice'
  | 'family'
  | 'pet'
  | 'plan';

/** What a rule found in one clause. */
export interface RuleHit {
  readonly family: RuleFamily;
  readonly kind: MemoryKind;
  readonly key: string;
  readonly value: string;
  readonly tags: readonly string[];
  readonly reasoning?: string;
  readonly slot?: string;
  readonly object?: string;
  readonly retires?: readonly { readonly slot?: string; readonly object?: string }[];
  /** Source messages beyond the one read (a choice names the assistant message it answers). */
  readonly context?: StoredMessage;
}

/** The message being read and the messages before it in the conversation (oldest first). */
export interface RuleContext {
  readonly message: StoredMessage;
  readonly previous: readonly StoredMessage[];
}

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.!]+$/, '')
    .trim();

function shortTitle(text: string, maxWords = 6): string {
  const all = clean(text).split(' ');
  return all.length > maxWords ? `${all.slice(0, maxWords).join(' ')}…` : all.join(' ');
}

const withTime = (value: string, when: string) => (when ? `${value.replace(/\.$/, '')} ${when}.` : value);
const lowerWords = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
// The place, job or thing a clause is about ends where the sentence moves on.
const objectOf = (text: string) =>
  clean(
    text.split(
      /,|\s+(?:and|but|so|because|since|for|with|where|which|who|while|as|now|these days|at the moment)\s+/i,
    )[0] ?? '',
  );

function hit(
  family: RuleFamily,
  kind: MemoryKind,
  key: string,
  value: string,
  extra: Partial<Omit<RuleHit, 'family' | 'kind' | 'key' | 'value'>> = {},
): RuleHit {
  return {
    family,
    kind,
    key,
    value,
    tags: tagsFor(` ${value.replace(/^The user(?:'s)?\s*/, '')}`),
    ...extra,
  };
}

// Pronouns and pointers at the conversation: "I love how you explained that" is no preference.
const NOT_AN_OBJECT =
  /^(?:it|that|this|them|those|these|one|so|too|a lot|very much|you|your|yours|how|what|when|where|why|if|whether|the way|the idea|the (?:first|second|third|last|other|next|previous|new) (?:one|option|paragraph|version|answer|idea|suggestion|part|bit)|the (?:second|first|third|last) option|this|hearing|seeing|knowing|that you|to (?:say|admit|bother|complain|interrupt|ask|tell|break|hear|know|see|chat|talk|help|think|be (?:rude|that person|a pain|difficult|honest))\b)(?![\p{L}'-])/iu;
// Requests and courtesy: "I'd like a table", "I would love some help".
const COURTESY =
  /^(?:some|a|an|any|your|more|to)\b.*\b(?:help|advice|idea|ideas|suggestion|suggestions|tips?|table|appointment|recommendation|booking)\b/i;

// Irony: what it is said of is meant the other way round ("I'm a morning person, yeah right").
const IRONY = /\b(?:yeah\s+right|said\s+no\s+(?:one|body)(?:\s+ever)?|as\s+if)\b|\bnot!|\/s\b|🙃|🙄|😒/iu;
// Jokes and hyperbole ("I live at the office at this point 🙃", "I basically live in Excel").
const HYPERBOLE =
  /\b(?:lol|lmao|lmfao|rofl|haha\w*|jk|kidding|joking|at\s+this\s+point|basically|practically|pretty\s+much|virtually|literally|might\s+as\s+well|may\s+as\s+well)\b|😂|🤣|💀|🙃/iu;

/** The sentence of the message a clause comes from (its markers, "lol", "obviously", may follow it). */
function sentenceOf(clause: string, message: string): string {
  const start = clause.replace(/’/g, "'").trim().slice(0, 24).toLowerCase();
  const sentences = message.replace(/’/g, "'").split(/(?<=[.!?])\s+|\n+/u);
  return sentences.find((sentence) => sentence.toLowerCase().includes(start)) ?? clause;
}

// --- name ---------------------------------------------------------------------------------------------

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?";
const FOLLOWS = '(?=\\s*(?:[,.!;:-]|$|\\s+(?:here|and|but|from|btw|by the way)\\b))';
// "my name is sofia btw": a name given as a name may be lower case; "call me old-fashioned" may not.
const NAME_IS = new RegExp(
  `^(?:[Mm]y\\s+name(?:\\s+is|'s)|[Nn]ame's)\\s+(${NAME}|[\\p{Ll}][\\p{L}'-]+)${FOLLOWS}`,
  'u',
);
const CALLED = new RegExp(
  `^(?:[Yy]ou\\s+can\\s+call\\s+me|[Cc]all\\s+me|[Ii]'m\\s+called|[Ii]\\s+am\\s+called|[Ee]veryone\\s+calls\\s+me|[Pp]eople\\s+call\\s+me|[Ii]\\s+go\\s+by)\\s+(${NAME})${FOLLOWS}`,
  'u',
);
const INTRODUCED = new RegExp(
  `^(?:[Ii]'m|[Ii]\\s+am|[Tt]his\\s+is|[Ii]t's|[Ii]t\\s+is)\\s+(${NAME})${FOLLOWS}`,
  'u',
);
const SIGNED = new RegExp(`^(${NAME})\\s+here\\b`, 'u');
// People who write all in lower case introduce themselves so too ("im jake btw", "its tomasz here"):
// read only with a sign that it is an introduction after the word, which the shape tests then check.
const LOWER_INTRODUCED =
  /^(?:i'm|im|i\s+am|it's|its)\s+([\p{Ll}][\p{L}'-]+)(?=\s+(?:here|btw|by\s+the\s+way)\b|\s*,\s*(?:\d|nice\s+to|first\s+time|new\s+here))/u;
const GREETING = /^(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening))(?:\s+there)?[\s,!.]*/i;
// Words shaped like adjectives and demonyms, not given names: "I'm Parisian", "I'm Exhausted", "I'm
// Starving", "This is Ridiculous", "I'm Londoner". The length floors keep short names ("Sean", "Ned").
const ADJECTIVE_SHAPE: readonly [RegExp, number][] = [
  [/[^aeiou]ian$/, 6],
  [/ean$/, 6],
  [/(?:[lmntu]ese|ish)$/, 4],
  [/ed$/, 6],
  [/ing$/, 6],
  [/(?:ous|ful|less|able|ible)$/, 5],
  [/ive$/, 6],
  [/(?:ent|ant)$/, 8],
  [/(?:oner|erner|lander|yorker|sider)$/, 6],
];
const adjectiveShaped = (word: string) =>
  !NAMES_OF_ADJECTIVE_SHAPE.has(word) &&
  ADJECTIVE_SHAPE.some(([shape, length]) => word.length >= length && shape.test(word));
// Star signs and jokes about them: "I'm Leo, typical" said with a sign is no name.
const ZODIAC = /\b(?:star\s+sign|sign|zodiac|horoscope|astrolog\w*|typical)\b/i;
// "This is Sarah, my colleague" introduces someone else.
const SOMEONE_ELSE =
  /^(?:this\s+is|it's|it\s+is)\s+\S+(?:\s+\p{Lu}\S*)?\s*,?\s+(?:my|our|his|her|she|he|they|who)\b/iu;

function readName(clause: string, message = clause): RuleHit | undefined {
  const body = clause.replace(GREETING, '');
  const lowerCaseWriter = !/\p{Lu}/u.test(message.replace(/\bI\b/g, 'i'));
  const match =
    NAME_IS.exec(body) ??
    CALLED.exec(body) ??
    INTRODUCED.exec(body) ??
    SIGNED.exec(body) ??
    (lowerCaseWriter ? LOWER_INTRODUCED.exec(body) : null);
  if (!match) return undefined;
  const name = clean(match[1]!);
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (NOT_A_NAME.has(first) || NOT_A_NAME.has(first.replace(/-.*$/, '')) || adjectiveShaped(first))
    return undefined;
  if (/^(?:on|in|at|not|the|a|an|what|that|this|old|fine)$/i.test(first)) return undefined;
  // "I'm Priya's sister" names a relation; "Leo" with a star sign, a joke or someone else is no name.
  if (/['’]s?$/.test(first) || SOMEONE_ELSE.test(body)) return undefined;
  if (first === 'leo' && ZODIAC.test(sentenceOf(clause, message))) return undefined;
  if (/\b(?:jk|kidding|joking)\b|😂|🤣/iu.test(sentenceOf(clause, message))) return undefined;
  const proper = name.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  return hit('name', 'fact', 'Name', `The user's name is ${proper}.`, {
    slot: 'name',
    object: lowerWords(proper),
    tags: ['name', proper],
  });
}

// --- home ---------------------------------------------------------------------------------------------

const LIVES =
  /^(?:i|we)(?:\s+(?:currently|now|still|actually))?(?:\s+live|'m\s+living|\s+am\s+living|'re\s+living|\s+are\s+living|\s+reside|'m\s+based|\s+am\s+based|'re\s+based|\s+are\s+based|'ve\s+been\s+living|\s+have\s+been\s+living)(?:\s+with\s+[^,]+?)?\s+(in|at|near|outside|just\s+outside|on|by)\s+(.+)/i;
// "I've lived in Lisbon for six years now": the present perfect with how long is a current home.
const LIVED_FOR =
  /^(?:i|we)(?:'ve|\s+have)(?:\s+(?:now|actually))?\s+lived\s+(in|near|outside|just\s+outside)\s+(.+?)\s+(?:for|since)\s+\S+/i;
const MOVED =
  /^(?:i|we)(?:'ve|\s+have|'re|\s+are)?(?:\s+(?:just|recently|finally|now|officially))?\s+(?:moved|relocated|moving|relocating)(?:\s+back)?\s+(to|into)\s+(.+)/i;
const HOME_IS =
  /^(?:(?:my|our)\s+(?:flat|apartment|house|home|place)\s+is|home\s+is)\s+(?:(in|at|near|on)\s+)?(.+)/i;
const NOT_LIVING = /^i\s+(?:don't|do\s+not|no\s+longer)\s+live\s+in\s+(.+?)(\s+(?:anymore|any\s+more))?$/i;

// A home is a place: a proper noun ("Porto", "Austin, Texas") or a word for where people live ("a tiny
// village outside Kraków", "the suburbs"). "I live on coffee", "I live in hope", "I live at the office",
// "I moved to tears" name no place.
const PLACE_WORD =
  /^(?:(?:a|an|the|this|our|my)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:village|town|city|suburbs?|countryside|outskirts|flat|apartment|house|studio|cottage|bungalow|farm|island|coast|seaside|sea|beach|mountains|hills|valley|neighbou?rhood|area|region|province|county|capital|centre|center|downtown|north|south|east|west|north-east|north-west|south-east|south-west|midlands|highlands|caravan|houseboat|boat|condo|townhouse|terrace|bedsit|dorms?|halls)\b/iu;
// Capitalised, yet not a place one lives in: software, sites and idioms ("I basically live in Slack").
const NOT_A_PLACE =
  /^(?:the\s+)?(?:excel|slack|figma|notion|teams|zoom|photoshop|vs\s*code|vim|emacs|jira|google|gmail|outlook|chrome|discord|reddit|twitter|tiktok|youtube|spotify|netflix|minecraft|fortnite|roblox|steam|linux|windows|ubuntu|python|java|javascript|typescript|rust|android|ios|iphone|mac|macos|github|stack\s+overflow|instagram|facebook|whatsapp|telegram|hope|fear|denial|dread|sin|peace|harmony|chaos|luxury|poverty|squalor|terror|anticipation|the\s+moment|the\s+past|the\s+present|the\s+future|a\s+bubble|a\s+dream|my\s+head|la\s+la\s+land|pyjamas|pajamas|sweatpants|joggers|hoodies|jeans|tears|i|it|that|this)\b/i;
// Joking or exaggerating about where one "lives": always vetoes; "lol" and emoji veto a place that is
// not a proper noun ("I live on a boat lol" may be a joke, "I live in Berlin lol" is still a home).
const STRONG_HYPERBOLE =
  /\b(?:at\s+this\s+point|basically|practically|pretty\s+much|virtually|literally|might\s+as\s+well|may\s+as\s+well)\b/i;

/** Whether the words after "live in/at/on…" or "moved to" name a place one lives in. */
function isPlace(preposition: string, object: string, sentence: string, lowerCaseWriter: boolean): boolean {
  const place = object.trim();
  if (!place || NOT_A_PLACE.test(place)) return false;
  const named = /^(?:the\s+)?\p{Lu}/u.test(place);
  const prep = preposition.toLowerCase();
  if (prep === 'at')
    return /^\d/.test(place) || (named && /\b(?:street|road|avenue|lane|drive|square)\b/i.test(place));
  if (named) return prep !== 'on' || /\b(?:island|street|road|avenue|coast)\b/i.test(place);
  if (HYPERBOLE.test(sentence)) return false;
  if (PLACE_WORD.test(place)) return true;
  // Someone who writes all in lower case may write their city so ("i live in porto"): one or two words
  // that are no determiner, pronoun or idiom.
  return (
    lowerCaseWriter &&
    prep !== 'on' &&
    /^[\p{Ll}][\p{L}-]+(?:\s+[\p{Ll}][\p{L}-]+)?$/u.test(place) &&
    !/^(?:a|an|the|my|your|our|their|his|her|this|that|these|those|some|one|two|here|there|front|bed|work|school|class)\b/i.test(
      place,
    )
  );
}

function readHome(clause: string, when: string, message = clause): RuleHit | undefined {
  const body = clean(clause);
  const sentence = sentenceOf(body, message);
  if (STRONG_HYPERBOLE.test(sentence)) return undefined;
  const lowerCaseWriter = !/\p{Lu}/u.test(message.replace(/\bI\b/g, 'i'));
  const negated = NOT_LIVING.exec(body);
  if (negated) {
    // "I don't live in Berlin" is no fact about the user's home: it only retires Berlin when the
    // message states the new home too ("…, I live in Munich"), where readMessage folds it into that
    // statement. "I no longer live in / don't live in X anymore" states a change of home.
    const change = /no\s+longer/i.test(body) || Boolean(negated[2]);
    if (!change && !statesHome(message, body)) return undefined;
    const place = objectOf(negated[1]!);
    if (!isPlace('in', place, sentence, lowerCaseWriter)) return undefined;
    return hit(
      'home',
      'fact',
      `Home: no longer lives in ${shortTitle(place)}`,
      withTime(`The user no longer lives in ${clean(swapPronouns(negated[1]!))}.`, when),
      {
        retires: [{ slot: 'home', object: lowerWords(place) }],
      },
    );
  }
  const moving = MOVED.exec(body);
  const match = LIVES.exec(body) ?? LIVED_FOR.exec(body) ?? moving ?? HOME_IS.exec(body);
  if (!match) return undefined;
  const place = objectOf(match[2]!);
  if (!place || !isPlace(match[1] ?? 'in', place, sentence, lowerCaseWriter)) return undefined;
  if (moving && /^(?:i|we)(?:'re|\s+are)?\s+(?:moving|relocating)/i.test(body)) {
    // "We're moving to Bristol in the autumn" is a plan, not yet a home.
    return readPlan(body, when, message);
  }
  const value = /^we\b/i.test(body)
    ? `The user and their family ${clean(swapPronouns(body.replace(/^we(?:'ve|'re)?\s+/i, (lead) => (/'ve/.test(lead) ? 'have ' : /'re/.test(lead) ? 'are ' : ''))))}.`
    : /^(?:my|our|home)\b/i.test(body)
      ? `${toThirdPerson(body.replace(/^home\s+is/i, 'my home is'))}`
      : toThirdPerson(body);
  return hit('home', 'fact', `Home: lives in ${shortTitle(place)}`, withTime(value, when), {
    slot: 'home',
    object: lowerWords(place),
  });
}

/** Whether another clause of the message states where the user lives now. */
function statesHome(message: string, except: string): boolean {
  return message
    .replace(/’/g, "'")
    .split(/[.;!?]+|,|\s+(?:and|but|so)\s+/)
    .map((part) => clauseSubject(part.trim()).body)
    .some(
      (part) =>
        part && part !== except && !NOT_LIVING.test(clean(part)) && readHome(clean(part), '', message)?.slot,
    );
}

// --- work ---------------------------------------------------------------------------------------------

const WORKS =
  /^i(?:\s+(?:currently|now|still|mainly|mostly))?\s+work(?:\s+shifts)?\s+(?:as|at|for|in)\s+(.+)/i;
const IS_A =
  /^i(?:'m|\s+am|'ve\s+been|\s+have\s+been)(?:\s+(?:currently|now|still))?\s+(?:a|an|the)\s+(.+)$/iu;
const NOT_A_JOB_MODIFIER =
  /^(?:big|huge|bit|little|total|complete|real|proper|fan|morning|night|people|only|first|second|new|good|bad|terrible|great|massive)$/i;

/** "a software engineer at …" → the job ("software engineer") and what follows, or undefined. */
function occupation(rest: string): { job: string; after: string } | undefined {
  const words = rest.split(/\s+/);
  for (let index = 0; index < Math.min(4, words.length); index += 1) {
    const word = (words[index] ?? '').replace(/[^\p{L}-]+$/u, '').toLowerCase();
    if (OCCUPATIONS.has(word) || OCCUPATIONS.has(word.replace(/s$/, ''))) {
      const modifiers = words.slice(0, index);
      if (modifiers.some((modifier) => NOT_A_JOB_MODIFIER.test(modifier))) return undefined;
      return { job: clean(words.slice(0, index + 1).join(' ')), after: words.slice(index + 1).join(' ') };
    }
  }
  return undefined;
}
const JOB_IS = /^my\s+(?:job|work|profession|occupation)\s+is\s+(.+)/i;
const TEACHES = /^i\s+teach\s+(.+)/i;
const RUNS =
  /^i\s+(?:run|own)\s+(?:a|an|my\s+own|our|the)\s+(?:(?:small|little|tiny|family|local|new)\s+)*(?:bakery|business|shop|company|caf[ée]|restaurant|clinic|pharmacy|practice|studio|agency|startup|firm|store|salon|bar|farm|consultancy|garage|bookshop)\b(.*)/i;
const NEW_JOB =
  /^i(?:'ve|\s+have|'m|\s+am)?(?:\s+just)?\s+(?:started|start|starting|began|begin|got)\s+(?:a|my)\s+new\s+job\s+(?:at|as|with|in)\s+(.+)/i;
const LEFT_JOB =
  /^i(?:'ve|\s+have)?(?:\s+just)?\s+(?:quit|left|resigned\s+from|lost)\s+my\s+(?:job|position|post)(?:\s+(?:at|with)\s+(.+))?/i;
const RETIRED = /^i(?:'ve|\s+have|'m|\s+am)?(?:\s+(?:just|finally|recently))?\s+retired\b(.*)/i;

function readWork(body: string, when: string): RuleHit | undefined {
  const left = LEFT_JOB.exec(body) ?? RETIRED.exec(body);
  if (left) {
    return hit('work', 'fact', 'Work: left their job', withTime(toThirdPerson(body), when), {
      retires: [{ slot: 'work' }],
      slot: 'work',
      object: 'none',
    });
  }
  const newJob = NEW_JOB.exec(body);
  const works = newJob ?? WORKS.exec(body) ?? JOB_IS.exec(body) ?? TEACHES.exec(body);
  if (works) {
    const object = objectOf(works[1]!);
    if (!object) return undefined;
    return hit(
      'work',
      'fact',
      `Work and job: ${shortTitle(swapPronouns(object))}`,
      withTime(toThirdPerson(body), when),
      {
        slot: 'work',
        object: lowerWords(object),
      },
    );
  }
  const runs = RUNS.exec(body);
  if (runs) {
    return hit(
      'work',
      'fact',
      `Work and job: runs ${shortTitle(body.replace(/^i\s+(?:run|own)\s+/i, ''))}`,
      withTime(toThirdPerson(body), when),
      {
        slot: 'work',
        object: lowerWords(objectOf(body.replace(/^i\s+(?:run|own)\s+/i, ''))),
      },
    );
  }
  const role = IS_A.exec(body);
  const found = role ? occupation(role[1]!) : undefined;
  if (!found) return undefined;
  const where = objectOf(found.after);
  return hit('work', 'fact', `Work and job: ${found.job}`, withTime(toThirdPerson(body), when), {
    slot: 'work',
    object: lowerWords(`${found.job}${where ? ` ${where}` : ''}`),
  });
}

// --- diet ---------------------------------------------------------------------------------------------

const DIET_IS =
  /^i(?:'m|\s+am)(?:\s+(?:now|strictly|mostly|mainly|fully|also))?\s+(?:a\s+)?(vegetarian|vegan|pescatarian|pescetarian|coeliac|celiac|lactose[\s-]intolerant|gluten[\s-]intolerant|teetotal|teetotaller|diabetic)(?![\p{L}-])/iu;
// "I keep kosher", "we only eat halal".
const KEEPS = /^(?:i|we)(?:\s+(?:strictly|also|only|always))?\s+(?:keep|eat|eat\s+only)\s+(kosher|halal)\b/i;
const ALLERGIC = /^i(?:'m|\s+am)(?:\s+(?:severely|very|badly|quite|mildly|also))?\s+allergic\s+to\s+(.+)/i;
const HAS_ALLERGY =
  /^i\s+have\s+(?:a|an)?\s*(?:(?:severe|mild|bad|serious|nut|food)\s+)*([\p{L}-]+)\s+(?:allergy|intolerance)\b/iu;
const NOT_EATING =
  /^i\s+(?:(?:don't|do\s+not|can't|cannot|can\s+not|never|no\s+longer|won't|shouldn't)(?:\s+(?:really|ever|usually))?)\s+(eat|drink|have|touch|take)(?:\s+any)?\s+(.+)/i;
const GAVE_UP =
  /^i(?:'ve|\s+have)?(?:\s+(?:just|finally|recently|completely|also))?\s+(?:gave\s+up|given\s+up|quit|stopped|cut\s+out)\s+(?:eating\s+|drinking\s+)?(.+)/i;
const AVOIDS = /^i(?:\s+(?:always|usually|strictly))?\s+avoid\s+(.+)/i;
const ON_DIET = /^i(?:'m|\s+am)\s+on\s+an?\s+(.+?)\s+diet\b(?!\s+of\b)/i;
// "a media diet", "a news diet", "a diet of bad news" (above): what one takes in that is not food.
const NOT_A_FOOD_DIET =
  /\b(?:media|news|information|digital|screen|social|tv|television|netflix|dopamine|content|podcasts?|reading|doomscrolling|phone|internet|tech)\b/i;
// "I'm on keto", "I'm doing Whole30".
const ON_NAMED_DIET =
  /^i(?:'m|\s+am)\s+(?:on|doing|following)\s+(keto|paleo|whole30|atkins|the\s+(?:keto|paleo|atkins|mediterranean|carnivore|dash)\s+diet)\b/i;
// "I can't eat another bite", "I don't eat much in the evening": not a diet.
const NOT_FOOD =
  /^(?:another|any\s*more|anymore|more|much|a\s+thing|anything|that|this|it|now|today|tonight|right|out|breakfast|lunch|dinner|and|or|a\s+lot|enough|too|late|early|my\s+job|job|smoking|work|the\s+gym|mondays?|you)\b/i;
const JOKE = /\b(?:haha|lol|lmao|jk|kidding|joking)\b|😂|🙃/i;
const DAYS =
  /^(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|work|people|exercise|mornings?|homework)\b/i;

/** Whether the words before a preposition name a food or drink ("any dairy", "sugar in my tea"). */
function namesFood(object: string): boolean {
  const head =
    object.toLowerCase().split(/\s+(?:in|on|at|after|before|with|for|from|during|unless)\s+/)[0] ?? '';
  return head.split(/[\s-]+/).some((word) => FOODS.has(word) || FOODS.has(word.replace(/s$/, '')));
}

// "Allergic to small talk", "to bureaucracy", "to commitment": a feeling, not an allergy. An allergen
// is a thing, so an abstract noun (-tion, -ment, -ness, -ity, -cy, -ism, -ship) or an activity (-ing)
// is a figure of speech.
function figurativeAllergy(object: string): boolean {
  const words = object.toLowerCase().split(/\s+/);
  if (words.some((word) => FOODS.has(word))) return false;
  if (words.some((word) => FIGURATIVE_ALLERGIES.has(word))) return true;
  const last = words.at(-1) ?? '';
  return /(?:tion|ment|ness|ity|cy|ism|ship|ing)$/.test(last) || words.length > 3;
}

function readDiet(body: string, when: string, whole: string): RuleHit | undefined {
  if (JOKE.test(whole)) return undefined;
  const diet = DIET_IS.exec(body);
  if (diet) {
    const kind = diet[1]!.toLowerCase().replace(/[\s-]+/g, ' ');
    const type = /vegetarian|vegan|pesc/.test(kind);
    return hit(
      'diet',
      'fact',
      `Diet and food: ${kind}`,
      withTime(toThirdPerson(body), when),
      type ? { slot: 'diet', object: kind } : { object: kind },
    );
  }
  const keeps = KEEPS.exec(body);
  if (keeps) {
    const kind = keeps[1]!.toLowerCase();
    return hit('diet', 'fact', `Diet and food: ${kind}`, withTime(toThirdPerson(body), when), {
      object: kind,
    });
  }
  const allergic = ALLERGIC.exec(body) ?? HAS_ALLERGY.exec(body);
  if (allergic) {
    const object = objectOf(allergic[1]!);
    if (!object || DAYS.test(object) || NOT_AN_OBJECT.test(object) || figurativeAllergy(object))
      return undefined;
    return hit(
      'diet',
      'fact',
      `Allergy, diet and food: ${shortTitle(object)}`,
      withTime(toThirdPerson(body), when),
      {
        object: lowerWords(object),
      },
    );
  }
  const not = NOT_EATING.exec(body);
  if (not) {
    const object = objectOf(not[2]!);
    if (!object || NOT_FOOD.test(object) || /^(?:a|an|the|some)\s/i.test(object)) return undefined;
    // "I don't have any pets", "I can't have visitors", "I don't take criticism well": have, take and
    // touch are about food only when what follows is one ("I can't have dairy", "I don't take sugar").
    if (!/^(?:eat|drink)$/i.test(not[1]!) && !namesFood(object)) return undefined;
    const stopped = /no\s+longer/i.test(body);
    return hit(
      'diet',
      'fact',
      `Diet and food: no ${shortTitle(object)}`,
      withTime(toThirdPerson(body), when),
      {
        object: lowerWords(object),
        ...(stopped ? { retires: [{ object: lowerWords(object) }] } : {}),
      },
    );
  }
  const gaveUp = GAVE_UP.exec(body);
  if (gaveUp) {
    const object = objectOf(gaveUp[1]!);
    if (!object || NOT_FOOD.test(object) || /^(?:my|the|a|an|on|trying|to)\b/i.test(object)) return undefined;
    // "I stopped going to the gym", "I quit Twitter": giving up is a diet only of food and drink.
    if (!/\b(?:eating|drinking)\s/i.test(body) && !namesFood(object)) return undefined;
    return hit(
      'diet',
      'fact',
      `Diet and food: no ${shortTitle(object)}`,
      withTime(toThirdPerson(body), when),
      {
        object: lowerWords(object),
        retires: [{ object: lowerWords(object) }],
      },
    );
  }
  const avoids = AVOIDS.exec(body);
  if (avoids) {
    const object = objectOf(avoids[1]!);
    if (!FOODS.has(object.toLowerCase().split(/\s+/).at(-1) ?? '')) return undefined;
    return hit(
      'diet',
      'fact',
      `Diet and food: avoids ${shortTitle(object)}`,
      withTime(toThirdPerson(body), when),
      {
        object: lowerWords(object),
      },
    );
  }
  const named = ON_NAMED_DIET.exec(body);
  if (named) {
    const kind = named[1]!.toLowerCase().replace(/^the\s+|\s+diet$/g, '');
    return hit('diet', 'fact', `Diet and food: ${kind} diet`, withTime(toThirdPerson(body), when), {
      object: kind,
    });
  }
  const onDiet = ON_DIET.exec(body);
  if (onDiet && !NOT_A_FOOD_DIET.test(onDiet[1]!)) {
    return hit(
      'diet',
      'fact',
      `Diet and food: ${clean(onDiet[1]!)} diet`,
      withTime(toThirdPerson(body), when),
      {
        object: lowerWords(onDiet[1]!),
      },
    );
  }
  return undefined;
}

// --- likes and dislikes -------------------------------------------------------------------------------

const LIKES =
  /^i(?:'ve|\s+have)?(?:\s+(?:really|absolutely|also|just|truly|do|totally|especially|genuinely|still|always|honestly|simply))*\s+(?:like|love|enjoy|adore|loved)\s+(.+)/i;
const INTO =
  /^i(?:'m|\s+am)(?:\s+(?:really|very|so|also|quite|totally|such|kind\s+of))*\s+(?:(?:a\s+)?(?:big|huge|massive|great|die-hard|lifelong)?\s*fan\s+of|into|passionate\s+about|obsessed\s+with|crazy\s+about|keen\s+on|fond\s+of)\s+(.+)/i;
const SUPPORTER =
  /^[Ii](?:'m|\s+am)\s+an?\s+(?:big\s+|huge\s+|lifelong\s+|die-hard\s+)?(\p{Lu}[\p{L}\s-]*?)\s+(?:supporter|fan)\b/u;
const FAVOURITE =
  /^my\s+(?:all[- ]time\s+)?(?:favou?rite|fav|preferred)\s+(.+?)\s+(?:is|are|was|has\s+to\s+be)\s+(.+)/i;
const IS_FAVOURITE = /^(.{2,40}?)\s+(?:is|are)\s+my\s+(?:all[- ]time\s+)?(?:favou?rite|fav)\b(.*)/i;
const PREFERS = /^i(?:\s+(?:really|generally|usually|always|much|definitely|still|mostly))?\s+prefer\s+(.+)/i;
const RATHER = /^i(?:'d|\s+would)\s+(?:much\s+)?rather\s+(.+)/i;
const DISLIKES =
  /^i(?:\s+(?:really|just|absolutely|truly|totally|honestly|genuinely|still|also))*\s+(?:hate|dislike|detest|loathe|can't\s+stand|cannot\s+stand|don't\s+like|do\s+not\s+like|don't\s+enjoy|do\s+not\s+enjoy|don't\s+care\s+for|do\s+not\s+care\s+for)\s+(.+)/i;
const NOT_INTO =
  /^i(?:'m|\s+am)\s+not(?:\s+(?:really|very|at\s+all))?\s+(?:a\s+)?(?:big\s+|huge\s+)?(?:fan\s+of|into|keen\s+on|fond\s+of)\s+(.+)/i;

// Sarcasm: what no one enjoys, said to be loved ("I just LOVE spending my Saturday on hold").
const UNPLEASANT =
  /\b(?:on\s+hold|stuck\s+(?:in|on|at|behind)|traffic\s+jams?|(?:in\s+)?traffic|queu(?:e|es|ing|eing)|waiting\s+(?:in\s+line|for|around|on)|in\s+line\s+(?:at|for)|(?:doing|filing)\s+(?:my\s+|the\s+)?tax(?:es)?|tax\s+returns?|paperwork|bureaucracy|red\s+tape|being\s+(?:ignored|stuck|sick|ill|late|lied\s+to|ghosted|interrupted|woken|yelled\s+at|left\s+on\s+read|on\s+hold)|getting\s+(?:up\s+at\s+[3-5]|rejected|ghosted|stuck|soaked|scammed|spammed|sick)|spam\s+(?:calls|emails)|hangovers?|migraines?|jet\s*lag|delays?|delayed|cancell?ed|cancell?ations?|mondays?|alarm\s+clocks?|root\s+canals?|(?:fill(?:ing)?)\s+(?:in|out)\s+forms?|customer\s+service|automated\s+(?:phone|menus?)|hold\s+music|unpaid\s+overtime|power\s+cuts?|roadworks|food\s+poisoning|burnt\s+toast|my\s+(?:landlord|boss)\s+(?:ignoring|yelling|calling))\b/i;
const SARCASTIC_LEAD =
  /^(?:oh\s+)?(?:yeah|great|wonderful|joy|boy|sure|fantastic|brilliant|perfect|lovely|just\s+great)\b[\s,!.]*/i;

/** Whether a like is said sarcastically: an unpleasant object, or "Oh yeah, I just LOVE…". */
function sarcastic(body: string, sentence: string): boolean {
  if (UNPLEASANT.test(body)) return true;
  const verb = /\b(LOVE|LIKE|ADORE|ENJOY)\b|\bjust\s+(?:love|adore|like|enjoy)\b/.exec(body);
  return (
    Boolean(verb) &&
    (SARCASTIC_LEAD.test(sentence.replace(/^(?:so|and|but|well)\s+/i, '')) || HYPERBOLE.test(sentence))
  );
}

// Not a lasting like: people and pointers ("I love all three", "I love her but…", "I like the
// Lisbon option"), the assistant's own output ("I love the plan"), and one-off occasions.
const LIKE_NOT_AN_OBJECT =
  /^(?:all|both|each|either|neither|everyone|everybody|everything|her|him|us|ya|u|y'all|the\s+lot|every\s+(?:single\s+)?one|(?:all|most|some|both|each|any|none)\s+of\s+(?:them|these|those|you|it)|(?:the\s+)?(?:two|three|four|five)\s+of\s+(?:them|these|those|you)|all\s+(?:two|three|four|five|six)|the\s+(?:two|three|four|five)\b|the\s+(?:sound|look|thought)\s+of|the\s+fact|my\s+(?:wife|husband|partner|boyfriend|girlfriend|fianc[ée]e?|spouse|son|sons|daughter|daughters|kids?|children|child|baby|babies|mum|mom|mother|dad|father|parents|brothers?|sisters?|siblings|grand\w+|family|friends?|bestie|bff|colleagues?|co-?workers?|boss|manager|team|neighbou?rs?|roommates?|flatmates?|classmates?|students?|teachers?|landlord|in-laws|aunt|uncle|cousins?|nieces?|nephews?)\b|the\s+(?:plan|answer|idea|suggestions?|list|itinerary|explanation|response|reply|summary|draft|options?|versions?|recipe|analogy|example|poem|story|joke|title|layout|design|format|tone|wording|edit|edits|changes|rewrite)(?:\s+(?:you|u|above|here|so\s+far)\b.*)?$|.*\b(?:one|option|version|suggestion)$)/iu;
const ONE_OFF =
  /\b(?:today|tonight|this\s+time|for\s+now|right\s+now|this\s+(?:evening|afternoon|morning|weekend)|for\s+this\s+(?:trip|one|project|time|meeting|call))\b/i;
// "I'd rather not say", "I'd rather wait", "I prefer you don't": answers to the conversation.
const NOT_A_PREFERENCE =
  /^(?:not\s+(?:to\s+)?(?:say|answer|share|discuss|disclose|talk|go\s+into|get\s+into|comment|tell)|(?:to\s+)?(?:wait|check|ask|think|sleep\s+on|leave\s+it|skip|keep\s+it|stick\s+with|go\s+with|hold\s+off|deal\s+with))\b/i;

function likeObject(object: string): string | undefined {
  const text = clean(object);
  const core = objectOf(text);
  if (!core || NOT_AN_OBJECT.test(core) || COURTESY.test(core)) return undefined;
  if (
    /\b(?:better|more)\s*$/i.test(core) ||
    /^(?:the|this|that)\s+(?:film|movie|book|show|answer|version|ending)\s+(?:we|you)\b/i.test(core)
  )
    return undefined;
  return text;
}

// "My favourite part of the article", "…bit of your answer": a moment of one thing, not a lasting like
// ("My favourite part of the day is the early morning" is one).
const PART_OF =
  /^(?:part|parts|bit|bits|moment|moments|scene|scenes|line|lines|quote|chapter|episode|section|paragraph|sentence|answer|suggestion|option|idea|one|thing|character|track|song|dish|course|stop|day)(?:\s+(?:of|in|from|about|on)\s+(.+))?$/i;
const LASTING_WHOLE =
  /^(?:the\s+)?(?:day|week|weekend|year|morning|evening|season|summer|winter|spring|autumn|holidays?|christmas|my\s+(?:job|work|day|week|routine|life|commute)|(?:being|living|working|travell?ing|cooking|running|teaching|gardening)\b)/i;

function readLikes(body: string, when: string, message = body): RuleHit | undefined {
  const sentence = sentenceOf(body, message);
  if (sarcastic(body, sentence) || ONE_OFF.test(body)) return undefined;
  const favourite = FAVOURITE.exec(body);
  if (favourite) {
    const what = clean(favourite[1]!);
    const object = clean(favourite[2]!);
    if (NOT_AN_OBJECT.test(object) || LIKE_NOT_AN_OBJECT.test(object)) return undefined;
    // A past favourite is not a current like; a part of one thing is not a lasting one.
    if (/\s(?:was|were)$/i.test(body.slice(0, favourite[0].length - favourite[2]!.length).trim()))
      return undefined;
    const part = PART_OF.exec(what);
    if (part && !(part[1] && LASTING_WHOLE.test(part[1]))) return undefined;
    return hit(
      'likes',
      'explicit_preference',
      `Favourite ${shortTitle(swapPronouns(what), 4)}`,
      withTime(toThirdPerson(body), when),
      {
        object: lowerWords(what),
      },
    );
  }
  const isFavourite = IS_FAVOURITE.exec(body);
  const partIs = PART_OF.exec(clean(isFavourite?.[2] ?? ''));
  if (
    isFavourite &&
    !/^(?:it|that|this|you|which|what)\b/i.test(isFavourite[1]!) &&
    !LIKE_NOT_AN_OBJECT.test(clean(isFavourite[1]!)) &&
    !(partIs && !(partIs[1] && LASTING_WHOLE.test(partIs[1])))
  ) {
    return hit(
      'likes',
      'explicit_preference',
      `Favourite: ${shortTitle(isFavourite[1]!, 4)}`,
      withTime(
        `The user's favourite${clean(isFavourite[2] ?? '') ? ` ${clean(swapPronouns(isFavourite[2]!))}` : ''} is ${clean(isFavourite[1]!)}.`,
        when,
      ),
      {
        object: lowerWords(isFavourite[1]!),
      },
    );
  }
  const supporter = SUPPORTER.exec(body);
  if (supporter) {
    return hit(
      'likes',
      'explicit_preference',
      `Likes: ${clean(supporter[1]!)}`,
      withTime(toThirdPerson(body), when),
      {
        object: lowerWords(supporter[1]!),
      },
    );
  }
  const match = LIKES.exec(body) ?? INTO.exec(body) ?? PREFERS.exec(body) ?? RATHER.exec(body);
  if (!match) return undefined;
  if (/^i\s+(?:\w+\s+)*loved\s/i.test(body) && !/^i(?:'ve|\s+have)\s+always\s+loved/i.test(body))
    return undefined;
  const object = likeObject(match[1]!);
  if (!object || LIKE_NOT_AN_OBJECT.test(objectOf(object)) || NOT_A_PREFERENCE.test(object)) return undefined;
  const prefer = match === PREFERS.exec(body) || /^i(?:'d|\s+would)\s+(?:much\s+)?rather/i.test(body);
  return hit(
    'likes',
    'explicit_preference',
    `${prefer ? 'Prefers' : 'Likes'}: ${shortTitle(swapPronouns(object))}`,
    withTime(toThirdPerson(body), when),
    {
      object: lowerWords(objectOf(object)),
    },
  );
}

function readDislikes(body: string, when: string): RuleHit | undefined {
  const match = DISLIKES.exec(body) ?? NOT_INTO.exec(body);
  if (!match) return undefined;
  const object = likeObject(match[1]!);
  if (!object) return undefined;
  return hit(
    'dislikes',
    'explicit_preference',
    `Dislikes: ${shortTitle(swapPronouns(object))}`,
    withTime(toThirdPerson(body), when),
    {
      object: lowerWords(objectOf(object)),
    },
  );
}

// --- family and pets ----------------------------------------------------------------------------------

const POSSESSIVE =
  /^(?:[Mm]y|[Oo]ur)\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+?)(?:'s|’s)?(?:,?\s+(\p{Lu}[\p{L}'-]+),?)?\s+(.+)$/u;
const PREDICATE =
  /^(?:(?:just|also|still|finally|recently|now|always|never|really|both)\s+)*(?:is|are|was|were|has|have|had|does|doesn't|do|don't|did|didn't|can|can't|will|won't|works|work|lives|live|lived|moved|starts|started|turns|turned|loves|love|hates|hate|likes|like|wants|got|gets|goes|went|plays|studies|teaches|runs|says|said|thinks|comes|came|passed|died|had|speaks|cooks|drives|name|called)\b/i;
const HAS_KIDS =
  /^(?:i|we)\s+(?:have|'ve\s+got|have\s+got)\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:(?:little|young|grown(?:-up)?|teenage|adult|small|beautiful|lovely|twin|identical|older|younger|elder|big|baby|half)\s+)*(?:kids?|children|child|sons?|daughters?|grandchildren|grandkids|grandsons?|granddaughters?|brothers?|sisters?|siblings|twins|stepkids|stepsons?|stepdaughters?)\b/i;
const MARRIED =
  /^i(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+(?:happily\s+)?(?:married|engaged|divorced|widowed|separated|an\s+only\s+child|a\s+(?:(?:single|stay-at-home|working|proud|busy|new|first-time|young|full-time|solo)\s+)?(?:mum|mom|dad|father|mother|parent|grandmother|grandfather|grandma|grandpa|stepmom|stepdad)\b)/i;
const EXPECTING = /^we(?:'re|\s+are)\s+expecting\b/i;
const HAS_PET =
  /^(?:i|we)\s+(?:have|'ve\s+got|have\s+got|own|adopted|got|rescued|brought\s+home|just\s+got|just\s+adopted)\s+(?:a|an|one|two|three|\d+)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)\b(.*)/iu;

// What may follow "I have two sisters", "I'm a single dad": the end, or a clause about them. "I have two
// kids in my class" (a teacher's), "a sister company", "a dad joke", "a kid's party" are no family.
const FAMILY_TAIL =
  /^(?:$|[,.!;:?)(—–-]|\s+(?:and|but|who|whom|whose|that|aged|age|of|in|at|from|with|called|named|now|too|so|both|each|living|under|over|to|by|since|for|\d))/i;
const NOT_OWN_KIDS =
  /^\s+(?:in\s+(?:my|the|our)\s+(?:class|classes|group|care|team|school|lessons?|club|ward)|to\s+(?:teach|look\s+after|babysit|mind|tutor|coach)|coming\s+over|over\s+(?:for|tonight|today)|staying|for\s+(?:the|a|this)\s+(?:day|weekend|week|night|afternoon|evening))\b/i;

function familyTail(body: string, pattern: RegExp): boolean {
  const match = pattern.exec(body);
  if (!match) return false;
  const tail = body.slice(match.index + match[0].length);
  return FAMILY_TAIL.test(tail) && !NOT_OWN_KIDS.test(tail);
}

// "Married to Julien" is family, "married to this project" or "engaged in a debate" is not: after
// "married/engaged to", a person (a name, a relation, "a doctor"), and no "in", "with the idea"…
const MARRIED_TO =
  /^i(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+(?:happily\s+)?(?:married|engaged|wedded)\s+to\s+(.+)/i;
const A_PERSON =
  /^(?:be\b|him\b|her\b|(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:man|woman|guy|girl|lady|gentleman|person|doctor|nurse|teacher|chef|lawyer|engineer|[\p{L}-]+(?:er|or|ist|ian|ant|ent))\b|(?:my|the)\s+(?:high\s+school\s+|college\s+|childhood\s+|university\s+)?(?:sweetheart|best\s+friend|partner|love|girlfriend|boyfriend|fianc[ée]e?|wife|husband|spouse)\b)/iu;
const MARRIED_NOT_FAMILY =
  /^i(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+(?:happily\s+)?(?:engaged\s+(?:in|with)|divorced\s+from\s+(?:reality|the|this|that|it)|separated\s+from\s+(?:the|my\s+(?:group|team|friends|luggage|bags?|stuff))|married\s+(?:with\s+(?:the|this|that)|into\s+the))\b/i;

function marriedTail(body: string): boolean {
  if (MARRIED_NOT_FAMILY.test(body)) return false;
  const to = MARRIED_TO.exec(body)?.[1];
  if (to !== undefined && !/^\p{Lu}/u.test(to) && !A_PERSON.test(to)) return false;
  // "I'm a single mum", not "I'm a dad joke connoisseur".
  return familyTail(body, MARRIED);
}

function readFamilyOrPet(body: string, when: string): RuleHit | undefined {
  const pet = HAS_PET.exec(body);
  if (pet) {
    const animal = pet[2]!.toLowerCase();
    if (PETS.has(animal)) {
      return hit(
        'pet',
        'fact',
        `Pet: ${clean(`${pet[1] ?? ''}${pet[2]}`)}`,
        withTime(toThirdPerson(body), when),
        {
          object: lowerWords(`${animal} ${pet[3] ?? ''}`)
            .split(' ')
            .slice(0, 4)
            .join(' '),
        },
      );
    }
  }
  if ((HAS_KIDS.test(body) && familyTail(body, HAS_KIDS)) || (MARRIED.test(body) && marriedTail(body))) {
    return hit(
      'family',
      'fact',
      `Family: ${shortTitle(body.replace(/^(?:i|we)(?:'m|'ve|'re)?\s+/i, ''), 5)}`,
      withTime(toThirdPerson(body), when),
    );
  }
  if (EXPECTING.test(body)) {
    return hit(
      'family',
      'fact',
      'Family: expecting a baby',
      withTime(`The user and their partner ${clean(body.replace(/^we(?:'re|\s+are)\s+/i, 'are '))}.`, when),
    );
  }
  const possessive = POSSESSIVE.exec(body);
  if (!possessive) return undefined;
  const head = possessive[2]!.toLowerCase();
  const modifiers = possessive[1] ?? '';
  const predicate = possessive[4]!;
  const withUser = /^and\s+i\b/i.test(predicate);
  if (!PREDICATE.test(predicate) && !withUser && !/^(?:'s|’s)?\s*name\b/i.test(predicate)) return undefined;
  const noun = clean(`${modifiers}${possessive[2]}`);
  if (RELATIONS.has(head) || RELATIONS.has(noun.toLowerCase())) {
    const value = withUser
      ? `The user and their ${swapPronouns(noun)} ${clean(swapPronouns(predicate.replace(/^and\s+i\s+/i, '')))}.`
      : toThirdPerson(body);
    return hit(
      'family',
      'fact',
      `Family: ${shortTitle(swapPronouns(noun), 3)}${possessive[3] ? ` ${possessive[3]}` : ''}`,
      withTime(value, when),
      {
        object: lowerWords(`${head} ${possessive[3] ?? ''}`).trim(),
      },
    );
  }
  if (PETS.has(head)) {
    return hit(
      'pet',
      'fact',
      `Pet: ${shortTitle(noun, 3)}${possessive[3] ? ` ${possessive[3]}` : ''}`,
      withTime(toThirdPerson(body), when),
      {
        object: lowerWords(`${head} ${possessive[3] ?? ''}`).trim(),
      },
    );
  }
  return undefined;
}

// --- plans --------------------------------------------------------------------------------------------

const PLANNED = /^i(?:'ve|\s+have)\s+(?:already\s+)?planned\s+(?:to|a|an|my)\s+(.+)/i;
const PLAN_TO = /^i(?:'m|\s+am)?\s+(?:plan|planning|intend|intending)\s+(?:to|a|an|on|my)\s+(.+)/i;
const GOING =
  /^(?:[Ii]|[Ww]e)(?:'m|\s+am|'re|\s+are)\s+(?:going|flying|heading|travell?ing|driving|taking\s+the\s+train|moving|relocating|staying)\s+(?:to|in|back\s+to|out\s+to)\s+(\p{Lu}.*)/u;
const BOOKED = /^(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?booked\s+(.+)/i;
const LIFE_EVENT =
  /^(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:getting\s+married|starting\s+(?:a|my)\s+(?:new\s+)?(?:job|course|degree|masters|phd|apprenticeship)|retiring)\b(.*)/i;
const WANT_TO =
  /^i\s+(?:want|hope|intend|would\s+like|'d\s+like|aim)\s+to\s+(?:travel|visit|go|walk|hike|climb|move|relocate|learn|study|run|cycle|swim|open|start|buy|build|retire|marry|adopt|see|do\s+the)\b(.*)/i;
const SIGNED_UP = /^i(?:'ve|\s+have)?\s+(?:signed\s+up|enrolled|registered)\s+for\s+(.+)/i;
// "I'm starting a pottery course in January", "I'm sitting the bar exam in July", "we're taking the kids
// to Disneyland in February": an arrangement, said in the present with a time still to come.
const ARRANGED =
  /^(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:visiting|flying|travell?ing|heading|driving|moving|relocating|staying|starting|running|doing|taking|sitting|hosting|attending|adopting|leaving|returning|spending|competing|hiking|walking|cycling|applying|graduating|beginning|going\s+to\s+(?:visit|apply|start|run|take|do|see|spend|travel|move|sit|study|stay))\b(.*)/i;
// "My exam is next Friday", "our wedding is in June".
const MY_EVENT =
  /^(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:exam|exams|interview|wedding|surgery|operation|flight|trip|holiday|vacation|move|test|defen[cs]e|graduation|due\s+date|marathon|race|conference|appointment)\s+is\s+(.+)/iu;
// Today's errands are not long-term plans.
const SOON =
  /\b(?:tonight|today|this\s+(?:afternoon|evening|morning)|after\s+(?:lunch|dinner|work)|later|in\s+a\s+(?:minute|bit|sec|second|moment)|right\s+now|tomorrow\s+morning|now)\b/i;
const PROPER_OR_DATE =
  /\b\p{Lu}[\p{L}'-]+|\b(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|spring|summer|autumn|fall|winter|weekend|next\s+(?:week|month|year)|this\s+(?:summer|winter|spring|autumn|year|month)|\d{1,2}(?:st|nd|rd|th))\b/u;
// A plan is concrete: a time to come ("in May", "next spring", "on the 14th", "over Christmas")…
const FUTURE_TIME =
  /\b(?:next|this\s+coming|coming)\s+(?:week(?:end)?|month|year|term|semester|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b|\bthis\s+(?:spring|summer|autumn|fall|winter|weekend|year|term|semester)\b|\b(?:in|by|for|from|until|around|over|during)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|weekend|holidays|christmas|easter|new\s+year|half[-\s]term|\d{4})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:in|by|for|from|until)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)\b|\bin\s+(?:a\s+(?:few|couple\s+of)|two|three|four|five|six|\d+)\s+(?:weeks|months|years)\b|\b(?:later\s+this|at\s+the\s+end\s+of\s+the)\s+(?:month|year)\b/i;
// …a place (a proper noun after a word of going or seeing, "to Lisbon", "visit Kyoto")…
const PLACE_NAMED =
  /\b(?:to|in|at|around|across|through|visit|visiting|see|hike|climb|explore|tour|walk)\s+((?:the\s+)?\p{Lu}[\p{L}'-]+)/u;
// …or an event ("a trip", "the Berlin marathon", "a pottery course").
const EVENT =
  /\b(?:trip|holiday|vacation|honeymoon|getaway|wedding|course|degree|masters|master's|phd|bootcamp|apprenticeship|internship|marathon|half[-\s]marathon|race|triathlon|exam|interview|conference|festival|concert|gig|retreat|pilgrimage|camino|trek|expedition|tour|cruise|move|relocation|surgery|operation)\b/i;
// …or how long it lasts ("for two weeks", "for the weekend").
const DURATION =
  /\bfor\s+(?:a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|\d+|the)\s+(?:days?|nights?|weeks?|months?|weekend|summer|winter|holidays)\b/i;
// "I'm doing nothing this weekend", "staying home this weekend", "doing laundry on the 3rd": no plan.
const NOT_ARRANGED =
  /^(?:nothing|home|in|up|out|fine|well|ok|okay|good|great|badly|late|busy|my\s+best|it\s+easy|quiet|(?:the\s+|my\s+|some\s+)?(?:laundry|dishes|washing|chores|homework|housework|shopping|groceries|cleaning|overtime))\b/i;
// Dreams, jokes and states are wishes, not plans: "I plan to be a millionaire by 30, lol", "I'm going
// to be famous", "I intend to live forever", "I'm planning to take over the world".
const DREAM =
  /^(?:to\s+)?(?:be|become|get)\s+(?:a\s+)?(?:millionaire|billionaire|rich|famous|happier|happy|better|healthier|fitter|the\s+best|president|a\s+legend|a\s+better)\b|\b(?:live\s+forever|take\s+over\s+the\s+world|win\s+the\s+lottery|the\s+moon|mars|retire\s+early\s+and\s+rich)\b/i;
// "I plan to be there", "I plan to be more careful": being is a state, unless at a named place and time.
const BEING = /^(?:to\s+)?be\b/i;
// What one plans to do in the next minutes: "to make coffee", "to read the rest", "to look into it".
const ERRAND =
  /^(?:to\s+)?(?:bed|sleep|try|ask|check|see\s+(?:if|what|how|whether)|reply|respond|answer|call|text|email|message|cook|make|eat|have\s+a\s+look|look\s+(?:into|at|over)|read|think|finish|fix|sort|deal\s+with|grab|get\s+(?:some|a|the|more|my)|ignore|rest|relax|nap|shower|clean|tidy|wash|write|google|do\s+(?:it|that|this|better|my\s+best)|win|need|use|be\s+(?:there|back|right|honest|careful))\b/i;

/** Whether a plan names a time to come, a place or an event. */
const concrete = (text: string) => FUTURE_TIME.test(text) || EVENT.test(text) || placeNamed(text);

function placeNamed(text: string): boolean {
  const place = PLACE_NAMED.exec(text)?.[1];
  return Boolean(place && !NOT_A_PLACE.test(place) && !/^(?:I|I'm|I've|I'll|I'd)$/.test(place));
}

function readPlan(body: string, when: string, message = body): RuleHit | undefined {
  if (SOON.test(body) || SOON.test(when)) return undefined;
  const sentence = sentenceOf(body, message);
  if (HYPERBOLE.test(sentence) || JOKE.test(sentence)) return undefined;
  const going = GOING.exec(body);
  const match =
    PLANNED.exec(body) ?? PLAN_TO.exec(body) ?? going ?? LIFE_EVENT.exec(body) ?? SIGNED_UP.exec(body);
  const booked = BOOKED.exec(body);
  const wants = WANT_TO.exec(body);
  const arranged = ARRANGED.exec(body);
  const event = MY_EVENT.exec(body);
  const chosen =
    match ??
    (booked && PROPER_OR_DATE.test(booked[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))
      ? booked
      : undefined) ??
    (wants && (when || PROPER_OR_DATE.test(wants[1] ?? '')) ? wants : undefined) ??
    // An arrangement or "my exam is…" is a plan only with its time to come said.
    (arranged && (when || FUTURE_TIME.test(arranged[1] ?? '')) ? arranged : undefined) ??
    (event && FUTURE_TIME.test(event[1] ?? '') ? event : undefined);
  if (!chosen) return undefined;
  const object = clean(chosen[1] ?? '');
  if (ERRAND.test(object) || DREAM.test(object)) return undefined;
  // "Going to Google it", "heading to Zoom": a proper noun that is software or an idiom is no place.
  if (chosen === going && NOT_A_PLACE.test(object)) return undefined;
  // "Heading to Starbucks for a coffee" is an errand; "going to Kyoto in April" a trip.
  if (
    chosen === going &&
    /^(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:going|heading)\b/i.test(body) &&
    !(when || FUTURE_TIME.test(object) || EVENT.test(object) || DURATION.test(object))
  )
    return undefined;
  if (chosen === arranged && NOT_ARRANGED.test(object)) return undefined;
  // "I plan to…", "I'm planning to…", "I want to…": a wish until it names a time, a place or an event.
  const wish = chosen === wants || /^i(?:'m|\s+am)?\s+(?:plan|planning|intend|intending)\b/i.test(body);
  if (wish && !(when || concrete(object))) return undefined;
  if (wish && BEING.test(object) && !(placeNamed(object) && (when || FUTURE_TIME.test(object))))
    return undefined;
  return hit(
    'plan',
    'fact',
    `Plan: ${shortTitle(swapPronouns(objectOf(object) || body))}`,
    withTime(toThirdPerson(body), when),
    {
      object: lowerWords(objectOf(object)),
    },
  );
}

// --- choices ------------------------------------------------------------------------------------------

/**
 * A choice among the options the assistant message before it offered ("I'll take the second one" after
 * "1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS"), restated with what was chosen and over what.
 *
 * @example
 * readChoice("I'll choose 7 Days Inn.", context)?.value; // 'The user chose 7 Days Inn for hotel accommodation, over All Seasons and Hilton.'
 */
export function readChoice(clause: string, context: RuleContext): RuleHit | undefined {
  const assistant = context.previous.at(-1);
  if (assistant?.role !== 'assistant') return undefined;
  const text = clause.replace(/’/g, "'").trim();
  if (text.split(/\s+/).length > 16) return undefined;
  // A choice is said as one: a choosing verb, or the pick itself ("The first one.", "…so the last one");
  // "We have done the first one ten times" only mentions an option.
  // "The hurley, so he does not forget…": the pick is the part before the comma.
  const short = text.split(/\s+/).length <= 6 || (text.split(/[,;]/)[0] ?? '').split(/\s+/).length <= 5;
  const choosing =
    /\b(?:take|took|choose|chose|pick|picked|go\s+with|going\s+with|went\s+with|go\s+for|settle|settled|opt|opted|book|booked|try|get|got|want|decided|prefer|let's\s+do|let\s+us\s+(?:do|try|go)|i'll\s+have|sounds\s+(?:like|good|right)|works\s+for\s+me)\b/i.test(
      text,
    ) ||
    /^(?:(?:yes|ok|okay|so|then|definitely)[,\s]+)?(?:the\s+)?(?:first|second|third|last|middle|former|latter|option|number)\b/i.test(
      text,
    ) ||
    /\b(?:the\s+)?(?:first|second|third|last|middle|former|latter)(?:\s+one)?[.!]?$/i.test(text);
  if (!short && !choosing) return undefined;
  const resolved = resolveChoice(text, offeredOptions(assistant.text), assistant.text);
  if (!resolved) return undefined;
  const { chosen, options } = resolved;
  const others = options.filter((option) => option !== chosen);
  const asked = [...context.previous].reverse().find((message) => message.role === 'user');
  // The topic comes from what the user asked for, not from the assistant's descriptions of the options.
  const topic = detectTopics([asked?.text, text].filter(Boolean).join(' '))[0];
  const name = clean(swapPronouns(chosen));
  return {
    family: 'choice',
    kind: 'explicit_preference',
    key: `Choice: ${shortTitle(name)}`,
    value: `The user chose ${name}${topic ? ` for ${topic.label}` : ''}${others.length > 0 ? `, over ${joinAnd(others.map((other) => clean(swapPronouns(other))))}` : ''}.`,
    tags: [...new Set([...(topic?.tags ?? []), ...tagsFor(` ${name}`), 'choice'])],
    reasoning: `The user explicitly said "${clean(text)}" after the assistant offered ${joinAnd(options)}.`,
    object: lowerWords(name),
    context: assistant,
  };
}

/**
 * Reads one English clause and returns the typed memory it states, if a rule reads it; a subordinate
 * clause ("while I'm away") is never one on its own.
 *
 * @example
 * readEnglishClause("I've planned to travel to Guangzhou this summer", context)?.value;
 * // 'The user has planned to travel to Guangzhou this summer.'
 */
export function readEnglishClause(clause: string, context: RuleContext): RuleHit | undefined {
  // Quoted, translated, role-played or hypothetical text, and irony, state nothing about the user.
  if (framedClause(clause, context.message.text) || IRONY.test(sentenceOf(clause, context.message.text)))
    return undefined;
  const { body, when, subordinate } = clauseSubject(clause.replace(/’/g, "'").trim());
  if (
    subordinate ||
    /\b(?:used\s+to|might|maybe|perhaps|probably|not\s+sure|someday|one\s+day|if\s+i)\b/i.test(body)
  )
    return readChoice(clause, context);
  return (
    readName(body, context.message.text) ??
    readName(clause.replace(/’/g, "'").trim(), context.message.text) ??
    readHome(body, when, context.message.text) ??
    readWork(body, when) ??
    readDiet(body, when, context.message.text) ??
    readDislikes(body, when) ??
    readLikes(body, when, context.message.text) ??
    readFamilyOrPet(body, when) ??
    readPlan(body, when, context.message.text) ??
    readChoice(clause, context)
  );
}
