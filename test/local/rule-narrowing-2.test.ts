import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/local/extraction/rule-extractor.ts';
import type { RuleFamily } from '../../src/local/extraction/rules-english.ts';
import type { StoredMessage } from '../../src/local/extraction/types.ts';

// The narrowing of the English name, diet and plan rules after blind set 2 (where they fell below 0.9
// precision and were turned off): general cases written for it, not taken from any measured set. Each
// negative is a class the rules misread before (demonyms, star signs, capitalised adjectives, jokes,
// relations; figures of speech and non-food "don't have"; dreams, vague wishes and errands); the
// positives are what the rules must still read. Measured with every family on, since the three are off.

function families(text: string): Set<RuleFamily> {
  const message: StoredMessage = { id: 'm1', role: 'user', text, chatTime: undefined, createTime: 0 };
  return new Set(readMessage({ message, previous: [] }, { allFamilies: true }).map((hit) => hit.family));
}

const NOT_A_NAME = [
  "I'm Texan, so barbecue is a religion.",
  "I'm Bavarian, we take beer seriously.",
  "I'm Glaswegian.",
  "I'm Californian, born and raised.",
  "I'm Kiwi, born in Auckland.",
  "I'm Aquarius, if that explains anything.",
  "I'm Scorpio, so yes, I hold grudges.",
  "I'm Exhausted.",
  "I'm Starving, what can I cook in ten minutes.",
  'This is Ridiculous.',
  "I'm Neurodivergent, so lists help me.",
  "I'm Team Edward, always.",
  "I'm Spartacus!",
  "I'm Groot.",
  'Call me Ishmael, as the book says.',
  "This is Sarah, my colleague, she'll join later.",
];
const NAMES: readonly [string, string][] = [
  ["I'm Mateo and I run a food truck.", 'Mateo'],
  ["Hello, I'm Anneliese from the design team.", 'Anneliese'],
  ['Name’s Priya, nice to meet you.', 'Priya'],
  ['hey i’m lucia, first time here', 'Lucia'],
  ['This is Kwame, we spoke yesterday.', 'Kwame'],
  ["I'm Brian, nice to meet you.", 'Brian'],
  ['Hi, I’m Siobhan.', 'Siobhan'],
];

const NOT_A_DIET = [
  "I'm on a steady diet of true crime podcasts.",
  "I'm on a news diet this month.",
  "I don't have any kids yet.",
  "I don't have any siblings.",
  "I can't have visitors this week.",
  "I don't take criticism well.",
  "I can't have my phone at work.",
  "I don't have any plans this weekend.",
  'I stopped going to the gym.',
  "I'm allergic to small talk.",
  "I'm allergic to bureaucracy, honestly.",
  "I'm vegan-curious.",
];
const DIETS = [
  "I'm pescatarian these days.",
  "I can't have caffeine after lunch, it keeps me up.",
  "I don't take sugar in my coffee.",
  'I keep kosher.',
  'We only eat halal at home.',
  "I'm on keto.",
  "I'm allergic to cats.",
  'I quit drinking last year.',
  'I gave up fizzy drinks in March.',
];

const NOT_A_PLAN = [
  "I plan to be happier this year, that's the resolution.",
  "I'm planning to take over the world.",
  'I intend to live forever.',
  'I plan to read the rest later.',
  'I intend to finish this chapter.',
  "I'm planning to get some sleep.",
  'I want to go to Mars.',
  "I'm going to Google it.",
  "I'm heading to Zoom for a call.",
  "I'm heading to Starbucks for a coffee.",
  'I plan to be there.',
  'I plan to look into it.',
];
const PLANS = [
  "I'm starting a pottery course in January.",
  'My exam is next Friday.',
  "We're visiting my in-laws in Leeds over Christmas.",
  "I'm going to apply for a master's in Amsterdam next year.",
  "I'm hosting a baby shower next Saturday.",
  'I plan to visit Kyoto next spring.',
  "I'm going to Portugal for two weeks.",
  "I'm flying to Oslo in March.",
];

describe('name: a name, not a demonym, star sign, adjective, joke or someone else', () => {
  it.each(NOT_A_NAME)('no name: %s', (text) => expect(families(text).has('name')).toBe(false));
  it.each(NAMES)('name: %s', (text, name) => {
    const message: StoredMessage = { id: 'm1', role: 'user', text, chatTime: undefined, createTime: 0 };
    const hit = readMessage({ message, previous: [] }, { allFamilies: true }).find(
      (candidate) => candidate.family === 'name',
    );
    expect(hit?.value).toBe(`The user's name is ${name}.`);
  });
});

describe('diet: food and drink, not figures of speech or other things one does not have', () => {
  it.each(NOT_A_DIET)('no diet: %s', (text) => expect(families(text).has('diet')).toBe(false));
  it.each(DIETS)('diet: %s', (text) => expect(families(text).has('diet')).toBe(true));
});

describe('plan: something concrete, not a dream, a vague wish or an errand', () => {
  it.each(NOT_A_PLAN)('no plan: %s', (text) => expect(families(text).has('plan')).toBe(false));
  it.each(PLANS)('plan: %s', (text) => expect(families(text).has('plan')).toBe(true));
});
