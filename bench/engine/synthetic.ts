import { createRandom, type Random } from './random.ts';
import {
  ACTIVITIES,
  ADJECTIVES,
  CITIES,
  DISLIKES,
  FOODS,
  GENRES,
  HOBBIES,
  JOBS,
  LANDMARKS,
  LANGUAGES,
  MEDIA,
  MONTHS,
  madeUpName,
  PETS,
  PLACES,
  RELATIVES,
} from './vocabulary.ts';

// Synthetic user statements of the kinds a chat user makes about themselves (facts, plans, likes and
// dislikes), varied enough that no two are the same string, plus questions about them.

/** Bump when the generated text changes, so cached benchmark databases are rebuilt. */
export const GENERATOR_VERSION = 1;

type Template = (random: Random) => string;

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const STATEMENTS: readonly Template[] = [
  (r) =>
    `I live in ${r.pick(CITIES)} now, in ${withArticle(r.pick(ADJECTIVES))} ${r.pick(PLACES)} near the ${r.pick(LANDMARKS)}.`,
  (r) =>
    `I work as ${withArticle(r.pick(JOBS))} at ${madeUpName(r)} ${r.pick(['Labs', 'Studio', 'Clinic', 'Group', 'and Sons', 'Works', 'Collective'])}.`,
  (r) =>
    `My ${r.pick(RELATIVES)} ${madeUpName(r)} lives in ${r.pick(CITIES)} and works as ${withArticle(r.pick(JOBS))}.`,
  (r) => `I'm planning a trip to ${r.pick(CITIES)} in ${r.pick(MONTHS)} to ${r.pick(ACTIVITIES)}.`,
  (r) => `I have ${withArticle(r.pick(PETS))} called ${madeUpName(r)}, ${2 + r.int(14)} years old.`,
  (r) => `I'm allergic to ${r.pick(FOODS)}, even a little makes me ill.`,
  (r) => `I'm learning ${r.pick(LANGUAGES)} because my ${r.pick(RELATIVES)} ${madeUpName(r)} speaks it.`,
  (r) => `I love ${r.pick(FOODS)} but I can't stand ${r.pick(FOODS)}.`,
  (r) =>
    `I prefer ${r.pick(HOBBIES)} to ${r.pick(HOBBIES)} on ${r.pick(['weekends', 'weekday evenings', 'holidays', 'rainy days', 'summer mornings'])}.`,
  (r) => `I really like ${r.pick(GENRES)} ${r.pick(MEDIA)}, especially ${madeUpName(r)} ${madeUpName(r)}.`,
  (r) => `I hate ${r.pick(DISLIKES)}, and ${r.pick(DISLIKES)} even more.`,
  (r) =>
    `My favourite restaurant is ${madeUpName(r)} in ${r.pick(CITIES)}, they make the best ${r.pick(FOODS)}.`,
  (r) => `I started ${r.pick(HOBBIES)} in ${r.pick(MONTHS)} with my ${r.pick(RELATIVES)} ${madeUpName(r)}.`,
  (r) =>
    `My ${r.pick(RELATIVES)} ${madeUpName(r)} is getting married in ${r.pick(CITIES)} in ${r.pick(MONTHS)}.`,
  (r) => `I moved from ${r.pick(CITIES)} to ${r.pick(CITIES)} for a job as ${withArticle(r.pick(JOBS))}.`,
  (r) => `I'm vegetarian except for ${r.pick(FOODS)} when I visit my ${r.pick(RELATIVES)} ${madeUpName(r)}.`,
];

const QUESTIONS: readonly Template[] = [
  () => 'Where do I live these days?',
  (r) => `What does my ${r.pick(RELATIVES)} do for work?`,
  (r) => `Any trips planned to ${r.pick(CITIES)}?`,
  () => 'What is my pet called?',
  () => 'Which foods am I allergic to?',
  (r) => `Suggest a restaurant in ${r.pick(CITIES)} I would like`,
  (r) => `Do I like ${r.pick(FOODS)}?`,
  (r) => `Who do I go ${r.pick(HOBBIES)} with?`,
  (r) => `Recommend some ${r.pick(GENRES)} ${r.pick(MEDIA)} for me`,
  () => 'What should I avoid when planning my weekend?',
  (r) => `When is ${madeUpName(r)} getting married?`,
  (r) => `Help me plan a dinner with ${r.pick(FOODS)} for my ${r.pick(RELATIVES)}`,
  (r) => `Which language am I learning and why?`.concat(r.next() < 0.5 ? '' : ` Is it ${r.pick(LANGUAGES)}?`),
  (r) => `I'm flying to ${r.pick(CITIES)} in ${r.pick(MONTHS)}, what should I pack?`,
];

/**
 * Endless distinct user statements from a seed (deterministic).
 *
 * @example
 * const next = createStatements(1);
 * next(); // "I live in Porto now, in a sunny loft near the harbour."
 */
export function createStatements(seed: number): () => string {
  const random = createRandom(seed);
  const seen = new Set<string>();
  return function nextStatement() {
    for (;;) {
      const text = random.pick(STATEMENTS)(random);
      if (!seen.has(text)) {
        seen.add(text);
        return text;
      }
    }
  };
}

/**
 * `count` search queries about the synthetic user (deterministic).
 *
 * @example
 * createQueries(2, 100); // ['What is my pet called?', ...]
 */
export function createQueries(seed: number, count: number): string[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.pick(QUESTIONS)(random));
}
