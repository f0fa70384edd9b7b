import { clauseSubject, possessiveSubject, weCompanion, wePredicate } from './clause-subject.ts';
import { isPastForm, joinAnd, swapPronouns, toThirdPerson } from './english-grammar.ts';
import { detectTopics, tagsFor } from './topics.ts';
import type { MemoryKind, StoredMessage } from './types.ts';

/** What a rule found in one clause. */
export interface RuleHit {
  readonly kind: MemoryKind;
  readonly key: string;
  readonly value: string;
  readonly tags: readonly string[];
  readonly reasoning?: string;
}

/** The message being read and the ones before it in the same batch (oldest first). */
export interface RuleContext {
  readonly message: StoredMessage;
  readonly previous: readonly StoredMessage[];
}

interface Rule {
  readonly kind: MemoryKind;
  readonly label: string;
  /** Must match at the clause's subject (after openers); group 1 (when present) is the object, for the key. */
  readonly pattern: RegExp;
  /** Objects that make the clause small talk, not a memory ("I have a question"). */
  readonly reject?: RegExp;
  /** A check on the object a pattern cannot make ("I went…" is past, "I wanted…" a rule of its own). */
  readonly isVerb?: (object: string) => boolean;
  readonly build?: (clause: string, object: string, context: RuleContext) => RuleHit | undefined;
}

const PRONOUN_OBJECT = /^(?:it|that|this|them|those|these|one|so|too|a lot|very much|you|your|yours)\b/i;

function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.!]+$/, '')
    .trim();
}

function shortTitle(text: string, maxWords = 7): string {
  const words = clean(text).split(' ');
  const title = words.slice(0, maxWords).join(' ');
  return words.length > maxWords ? `${title}…` : title;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Options an assistant offered, read from its last message: the list after "like", "such as",
 * "including", "either" or a colon ("7 Days Inn, All Seasons, Hilton, etc.").
 *
 * @example
 * offeredOptions('You can consider options like 7 Days Inn, All Seasons, Hilton, etc.'); // ['7 Days Inn', 'All Seasons', 'Hilton']
 */
export function offeredOptions(text: string): string[] {
  // The list starts after the last marker ("consider options like A, B" → after "like").
  const markers = [
    ...text.matchAll(
      /(?:\blike\b|\bsuch as\b|\binclud(?:e|es|ing)\b|\beither\b|\bconsider\b|\boptions? (?:are|is)\b|:)\s*/gi,
    ),
  ];
  const marker = markers.filter((candidate) => /,|\bor\b/i.test(text.slice(candidate.index))).at(-1);
  if (!marker) return [];
  const tail = text.slice(marker.index + marker[0].length).split(/[.!?\n](?:\s|$)/)[0] ?? '';
  return tail
    .split(/\s*(?:,|;|\bor\b|\band\b|\/)\s*/i)
    .map((option) => clean(option.replace(/\b(?:etc|and so on|among others)\.?$/i, '')))
    .filter((option) => option.length > 0 && option.split(' ').length <= 5 && !/^options?$/i.test(option));
}

function buildChoice(clause: string, object: string, context: RuleContext): RuleHit | undefined {
  const chosen = clean(object.replace(/\s+(?:for|as)\s+(?:the|my|our)\s+.+$/i, ''));
  if (!chosen || PRONOUN_OBJECT.test(chosen)) return undefined;
  const assistant = [...context.previous].reverse().find((message) => message.role === 'assistant');
  const asked = [...context.previous].reverse().find((message) => message.role === 'user');
  const options = assistant ? offeredOptions(assistant.text) : [];
  const matched = options.find(
    (option) =>
      option.toLowerCase() === chosen.toLowerCase() || chosen.toLowerCase().includes(option.toLowerCase()),
  );
  const others = matched ? options.filter((option) => option !== matched) : [];
  const topicText = [asked?.text, assistant?.text, clause].filter(Boolean).join(' ');
  const topic = detectTopics(topicText)[0];
  const value = `The user chose ${swapPronouns(chosen)}${topic ? ` for ${topic.label}` : ''}${
    others.length > 0 ? `, over ${joinAnd(others)}` : ''
  }.`;
  const offered = options.length > 0 ? ` after the assistant offered ${joinAnd(options)}` : '';
  return {
    kind: 'explicit_preference',
    key: `Choice: ${shortTitle(chosen)}`,
    value,
    tags: [...new Set([...(topic?.tags ?? []), ...tagsFor(` ${chosen}`), 'choice'])],
    reasoning: `The user explicitly said "${clean(clause)}"${offered}.`,
  };
}

// First match wins per clause, so specific rules come before general ones ("I'm planning" before "I'm").
const RULES: readonly Rule[] = [
  {
    kind: 'fact',
    label: 'Name',
    pattern:
      /\b(?:[Cc]all me|I'm called|I am called|[Mm]y name's)\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/u,
    build: (_clause, object) => ({
      kind: 'fact',
      key: 'Name',
      value: `The user's name is ${object}.`,
      tags: ['name', object],
    }),
  },
  {
    kind: 'explicit_preference',
    label: 'Choice',
    pattern:
      /\bi(?:(?:'ll|\s+will|'d|\s+would|\s+think\s+i'll)\s+take|(?:'ll|\s+will|'d|\s+would|'ve|\s+have|\s+think\s+i'll)?\s+(?:decided\s+to\s+)?(?:choose|chose|pick|picked|go\s+with|went\s+with|select|selected|opt\s+for|opted\s+for|decided\s+on|settle\s+on|settled\s+on))\s+(.+)/i,
    reject:
      /^(?:a look|care|a break|some time|a while|a nap|a walk|a shower|the time|my time|place|part|a seat|a photo|a picture|notes)\b/i,
    build: buildChoice,
  },
  {
    kind: 'explicit_preference',
    label: 'Favorite',
    pattern: /\bmy\s+(?:all[- ]time\s+)?(?:favou?rite|fav|preferred)\s+(.+?)\s+(?:is|are|was)\s+.+/i,
  },
  {
    kind: 'explicit_preference',
    label: 'Prefers',
    pattern:
      /\bi(?:\s+(?:really|generally|usually|always|much|definitely))?(?:'d|\s+would)?\s+prefer\s+(.+)/i,
  },
  { kind: 'explicit_preference', label: 'Would rather', pattern: /\bi(?:'d|\s+would)\s+rather\s+(.+)/i },
  {
    kind: 'fact',
    label: 'Plan',
    pattern:
      /\bi\s+(?:think|guess|suppose|reckon)\s+(?:that\s+)?i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'d\s+like\s+to)\s+(.+)/i,
    reject: /^(?:let you know|try|check|see|ask|be back|get back)\b/i,
  },
  {
    kind: 'explicit_preference',
    label: 'Dislikes',
    pattern:
      /\bi(?:\s+(?:really|just|absolutely|truly|totally))?\s+(?:hate|dislike|detest|can't\s+stand|cannot\s+stand|don't\s+like|do\s+not\s+like|don't\s+enjoy|do\s+not\s+enjoy|don't\s+care\s+for|avoid|never\s+eat|never\s+drink)\s+(.+)/i,
    reject: PRONOUN_OBJECT,
  },
  {
    kind: 'explicit_preference',
    label: 'Dislikes',
    pattern:
      /\bi(?:'m|\s+am)\s+not\s+(?:a\s+)?(?:big\s+|huge\s+)?(?:fan\s+of|into|interested\s+in|keen\s+on|fond\s+of)\s+(.+)/i,
  },
  {
    kind: 'explicit_preference',
    label: 'Interested in',
    pattern:
      /\bi(?:'m|\s+am)\s+(?:really\s+|very\s+|so\s+|also\s+)?(?:interested\s+in|into|a\s+(?:big\s+|huge\s+)?fan\s+of|passionate\s+about|keen\s+on|fond\s+of|obsessed\s+with|crazy\s+about)\s+(.+)/i,
  },
  {
    kind: 'explicit_preference',
    label: 'Likes',
    pattern:
      /\bi(?:\s+(?:really|absolutely|also|just|truly|do|totally|especially))*\s+(?:like|love|enjoy|adore)\s+(.+)/i,
    reject: PRONOUN_OBJECT,
  },
  {
    kind: 'fact',
    label: 'Visited',
    pattern:
      /\bi(?:'ve|\s+have)\s+(?:already\s+|never\s+|once\s+|also\s+)?(?:been\s+to|visited|travell?ed\s+to)\s+(.+)/i,
  },
  {
    kind: 'fact',
    label: 'Visited',
    pattern: /\bi\s+(?:once\s+|recently\s+|also\s+)?(?:visited|went\s+to|travell?ed\s+to)\s+(.+)/i,
  },
  {
    kind: 'fact',
    label: 'Home',
    pattern:
      /\bi(?:\s+(?:currently|now|still))?(?:\s+live|'m\s+living|\s+am\s+living|\s+reside|\s+moved|'ve\s+moved|\s+have\s+moved)\s+(?:in|to|at|near)\s+(.+)/i,
  },
  {
    kind: 'fact',
    label: 'From',
    pattern: /\bi(?:'m|\s+am|\s+come|\s+originally\s+come)\s+(?:originally\s+)?from\s+(.+)/i,
  },
  {
    kind: 'fact',
    label: 'Work',
    pattern: /\bi(?:\s+(?:currently|now|still))?\s+work\s+(?:as|at|for|in|on)\s+(.+)/i,
  },
  {
    kind: 'fact',
    label: 'Study',
    pattern: /\bi(?:'m|\s+am)?\s+(?:study|studying|major\s+in|majoring\s+in)\s+(.+)/i,
  },
  {
    kind: 'fact',
    label: 'Plan',
    pattern:
      /\bi(?:'ve|\s+have)?\s+(?:(?:already|just|also|finally)\s+)?(?:planned|plan|intend|hope|want|wish|aim|decided|promised|need)\s+(?:to|on)\s+(.+)/i,
    reject: /^(?:know|ask|say|see|check|understand|confirm)\b/i,
  },
  {
    kind: 'fact',
    label: 'Plan',
    pattern:
      /\bi(?:'m|\s+am)\s+(?:planning|going|hoping|intending|thinking\s+(?:of|about)|about|considering|preparing|aiming|scheduled|flying|leaving|heading|moving|starting|getting\s+married|traveling|travelling)\b\s*(.*)/i,
    reject: /^(?:to\s+)?(?:ask|say|be honest|need)\b/i,
  },
  {
    kind: 'fact',
    label: 'Plan',
    pattern: /\bi(?:'ll|\s+will|'d\s+like\s+to|\s+would\s+like\s+to)\s+(.+)/i,
    reject: /^(?:let you know|think|try|check|see|ask|be back|get back)\b/i,
  },
  { kind: 'fact', label: 'Recent', pattern: /\bi\s+(?:just|recently|finally)\s+(.+)/i },
  {
    kind: 'fact',
    label: 'Got',
    pattern:
      /\bi(?:'ve|\s+have)?\s+(?:booked|bought|purchased|reserved|ordered|adopted|started|quit|joined|finished|graduated|married|retired)\b\s*(.*)/i,
  },
  {
    kind: 'fact',
    label: 'Has',
    pattern:
      /\bi(?:\s+(?:also|still))?\s+(?:have|'ve\s+got|have\s+got|own)\s+((?:a|an|two|three|four|five|one|\d+|some|many|no)\s+.+)/i,
    reject:
      /^(?:a|an|one|some)\s+(?:question|problem|idea|look|doubt|feeling|minute|moment|second|quick|few questions|request)\b|^no\s+(?:idea|clue|time\s+to\s+(?:explain|chat|talk))\b/i,
  },
  {
    kind: 'fact',
    label: 'Past',
    pattern: /\bi\s+(?:(?:just|also|once|first|actually|finally|recently|already|never)\s+)?([a-z]+\b.*)/i,
    reject:
      /^(?:asked|said|meant|mentioned|wondered|tried|thought|forgot|noticed|told|guessed|hoped|wanted|saw|heard|was\s+(?:wondering|thinking|asking|going\s+to\s+ask|just|looking|curious|trying|hoping|told|confused|sorry)|(?:had|got)\s+(?:a|an|one|some)\s+(?:question|problem|idea|look|doubt|feeling|quick)|\w+\s+(?:it|that|this|them)\b|.*\byou(?:r|rs)?\b)/i,
    isVerb: (object) => isPastForm(object.split(' ')[0] ?? ''),
  },
  {
    kind: 'fact',
    label: 'Habit',
    pattern:
      /\bi\s+(?:(?:usually|often|always|mostly|sometimes|also|still|regularly|normally)\s+)?((?:play|teach|run|speak|drive|cook|bake|write|swim|cycle|ride|walk|volunteer|coach|paint|draw|sing|practi[cs]e|own|rent|use|wear|attend|manage|lead|grow|collect|sell|build|go|commute|train|eat|drink|visit|sleep|wake|cook|knit|dance|surf|climb|fish|garden)\b.*)/i,
    reject: /^\w+\s+(?:it|that|this|them)\b|\byou(?:r|rs)?\b/i,
  },
  {
    kind: 'fact',
    label: 'Not',
    pattern: /\bi(?:'m|\s+am)\s+not\s+(.+)/i,
    reject:
      /^(?:sure|certain|saying|asking|trying|looking|going|able|really|very|so|that|too|quite|exactly|talking|kidding|joking|done|ready|convinced|a\s+fan|into|interested|keen|fond|here|there|the|a\s+big|you|your|well|ok|okay|feeling|getting|doing|having)\b/i,
  },
  {
    kind: 'fact',
    label: 'About',
    pattern: /\bi(?:'m|\s+am)\s+(.+)/i,
    reject:
      /^(?:sorry|fine|ok|okay|good|great|glad|happy\s+to|here|back|sure|not\s+sure|wondering|curious|looking|trying|asking|done|ready|tired|hungry|bored|busy|confused|lost|stuck|afraid|excited|just|so|very|really|not|still|also|the|a\s+bit|kind\s+of|trying|alright|all\s+right|well|in|on|at|with|having|doing|feeling|getting)\b/i,
  },
];

function withTime(value: string, when: string): string {
  return when ? `${value.replace(/\.$/, '')} ${when}.` : value;
}

/** "My cat Bramble needs…", "Our band plays…", "My wife and I met…", "We met…". */
function readGroupClause(body: string, context: RuleContext, when: string): RuleHit | undefined {
  const possessive = possessiveSubject(body);
  if (possessive) {
    const predicate = swapPronouns(possessive.predicate);
    const noun = swapPronouns(possessive.noun);
    const value = possessive.withUser
      ? `The user and their ${noun} ${predicate}`
      : `The user's ${noun} ${predicate}`;
    return {
      kind: 'fact',
      key: capitalise(shortTitle(noun)),
      value: withTime(`${clean(value)}.`, when),
      tags: tagsFor(` ${body}`),
    };
  }
  const predicate = wePredicate(body);
  if (!predicate || predicate.split(' ').length < 2) return undefined;
  const companion = weCompanion(body, context.message, context.previous);
  return {
    kind: 'fact',
    key: capitalise(shortTitle(`With ${companion.replace(/^their /, '')}: ${swapPronouns(predicate)}`)),
    value: withTime(`The user and ${companion} ${clean(swapPronouns(predicate))}.`, when),
    tags: tagsFor(` ${body} ${companion}`),
  };
}

/**
 * Reads one English clause and returns the memory it states, if any. Rules read the clause only from
 * its subject (the user, after openers such as "well," or "oh and") and restate all of it; a
 * subordinate clause ("while I'm away") is never a fact on its own.
 *
 * @example
 * readEnglishClause("I've planned to travel to Guangzhou this summer", context)?.value;
 * // 'The user has planned to travel to Guangzhou this summer.'
 */
export function readEnglishClause(clause: string, context: RuleContext): RuleHit | undefined {
  const { body, when, subordinate } = clauseSubject(clause.replace(/’/g, "'").trim());
  if (subordinate) return undefined;
  for (const rule of RULES) {
    const match = rule.pattern.exec(body);
    if (match?.index !== 0) continue;
    const object = clean(match[1] ?? '');
    if (rule.reject?.test(object)) continue;
    if (rule.isVerb && !rule.isVerb(object)) continue;
    if (rule.build) {
      const hit = rule.build(body, object, context);
      if (hit) return hit;
      continue;
    }
    const statement = clean(body);
    if (statement.split(' ').length < 3 && rule.label !== 'About') continue;
    const value = withTime(toThirdPerson(statement), when);
    const title = shortTitle(swapPronouns(object.replace(/^to\s+/i, '')));
    const key =
      rule.label && rule.label !== 'Past' && rule.label !== 'Habit'
        ? `${rule.label}: ${title}`
        : capitalise(title);
    return { kind: rule.kind, key: key.replace(/: $/, ''), value, tags: tagsFor(` ${statement}`) };
  }
  return readGroupClause(body, context, when);
}
