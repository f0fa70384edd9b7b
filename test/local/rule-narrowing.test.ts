import { describe, expect, it } from 'vitest';
import { type RuleFamily, readEnglishClause } from '../../src/local/extraction/rules-english.ts';
import type { StoredMessage } from '../../src/local/extraction/types.ts';

// The four English families a blind measurement found imprecise (choice, family, home, likes), read by
// narrower general rules. These call readEnglishClause directly, so they test the rules whether or not
// a family is turned off in readMessage (OFF_FAMILIES). The sentences are new, none from the blind set.
// Each case is [clause, the whole message (when the clause is part of one), the assistant message].

const stored = (role: StoredMessage['role'], text: string): StoredMessage => ({
  id: role,
  role,
  text,
  chatTime: undefined,
  createTime: 0,
});

function familyOf(clause: string, message?: string, offered?: string): RuleFamily | undefined {
  const previous = offered ? [stored('assistant', offered)] : [];
  return readEnglishClause(clause, { message: stored('user', message ?? clause), previous })?.family;
}

type Case = readonly [clause: string, message?: string | undefined, offered?: string | undefined];

const POSITIVES: Readonly<Record<'home' | 'family' | 'likes' | 'choice', readonly Case[]>> = {
  home: [
    ['I live in Rotterdam with my girlfriend.'],
    ["We're based in Nairobi."],
    ['I live in a small village near Kraków.'],
    ['I live on a farm outside Cork.'],
    ["I've lived in Lisbon for six years now."],
    ['i live in porto'],
    ['I moved to Lisbon in March'],
    ["I don't live in London anymore."],
  ],
  family: [
    ["I'm married to Julien."],
    ["I'm married to a wonderful man."],
    ['I have two daughters.'],
    ['I have a twin brother named Arjun.'],
    ["I'm a stay-at-home dad to three boys."],
    ['My wife is a paediatric nurse.'],
  ],
  likes: [
    ['I love hiking in the Alps.'],
    ['My favourite band is Radiohead.'],
    ["I'm a huge fan of Korean dramas."],
    ['I LOVE sushi!'],
    ['My favourite part of the day is the early morning.'],
    ['Friday is my favourite day of the week.'],
    ['I prefer aisle seats on long flights.'],
  ],
  choice: [
    ["I'll take the second one.", undefined, 'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.'],
    ['Second, please.', undefined, 'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.'],
    [
      'The last one sounds perfect.',
      undefined,
      'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.',
    ],
    ["I'll go with the Ibis.", undefined, 'You could stay at the Hilton, the Ibis or a guesthouse.'],
  ],
};

const NEGATIVES: Readonly<Record<'home' | 'family' | 'likes' | 'choice' | 'framed', readonly Case[]>> = {
  // Not a place: food, a workplace, a state of mind, software, clothes; a plain negation.
  home: [
    ['I live on instant noodles during crunch week.'],
    ['I live in Slack basically.'],
    ['I live at the library during finals lol'],
    ['I live in fear of my inbox.'],
    ['I live in sweatpants now that I work from home.'],
    ["I don't live in Madrid."],
    ['I moved to tears by the ending, honestly.'],
    ['I moved to a standing desk last week.'],
    ['I relocated to the spare room because of the snoring.'],
  ],
  // "Married" to a thing, kids that are not one's own, compounds of relation words.
  family: [
    ["I'm married to my job at this point."],
    ["I'm engaged in a long argument with my landlord."],
    ['I have 28 kids in my class this year.'],
    ['I have a sister company in Ohio.'],
    ["I'm a dad joke connoisseur."],
    ["I have two kids' parties to cater this weekend."],
  ],
  // Sarcasm, a part of one thing, pointers and people, refusals and one-offs.
  likes: [
    ['Oh yeah, I just LOVE queueing at the post office.'],
    ['I love being stuck in traffic on a Monday morning.'],
    ['My favourite bit of the video was the blooper reel.'],
    ['My favourite line in that song is the chorus.'],
    ['The ending is my favourite part.'],
    ['I love both, honestly.'],
    ['I love all four of them, that is the problem.'],
    ['I love him but he never listens.'],
    ['I love my sister to bits.'],
    ['My favourite toy was a red truck.'],
    ["I'd rather not say."],
    ['I prefer the aisle this time.'],
    ['I love the plan you made.'],
    ['I like the Lisbon option.'],
  ],
  // An option judged, asked about, deferred, already owned, or a condition.
  choice: [
    ['The Dell is way too heavy.', undefined, 'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.'],
    [
      'the third one looks too fragile tbh',
      undefined,
      'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.',
    ],
    ['let me ask my partner first', undefined, 'Options: 1. the 9am slot, 2. the 2pm slot.'],
    [
      'I already have the first one.',
      undefined,
      'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.',
    ],
    ['What about the third one', undefined, 'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.'],
    [
      'If the first one has a backlit keyboard I will take it.',
      undefined,
      'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.',
    ],
    [
      'The first one looks nice but the battery is weak.',
      undefined,
      'Here are three: 1. ThinkPad X1, 2. MacBook Air, 3. Dell XPS.',
    ],
  ],
  // Quoted, translated, role-played or hypothetical text is no statement about the user, in any family.
  framed: [
    ['we have three kids', "How do you say 'my husband is Greek and we have three kids' in German?"],
    ['I live in Vienna and love opera.', 'Pretend you are my pen pal. I live in Vienna and love opera.'],
    ['my wife is a pilot', 'For a role-play: my wife is a pilot and you are her co-pilot.'],
    ['I live in Paris in my dreams.'],
    ['I love long walks', 'His dating bio says "I love long walks and I live in Leeds".'],
    ['I live in Tokyo', 'Imagine I live in Tokyo: what would my commute look like'],
  ],
};

describe('narrowed English rules: what they still read', () => {
  for (const [family, cases] of Object.entries(POSITIVES)) {
    it.each(cases.map((entry) => [...entry]))(`${family}: %s`, (...entry) => {
      const [clause = '', message, offered] = entry;
      expect(familyOf(clause, message, offered)).toBe(family);
    });
  }
});

describe('narrowed English rules: what they no longer read', () => {
  for (const [kind, cases] of Object.entries(NEGATIVES)) {
    it.each(cases.map((entry) => [...entry]))(`${kind}: %s`, (...entry) => {
      const [clause = '', message, offered] = entry;
      expect(familyOf(clause, message, offered)).toBeUndefined();
    });
  }
});
