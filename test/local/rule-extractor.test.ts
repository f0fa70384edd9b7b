import { createRuleExtractor, type MemoryKind, type StoredMessage } from 'memos-middleware/local';
import { describe, expect, it } from 'vitest';

let nextId = 0;
function message(role: StoredMessage['role'], text: string): StoredMessage {
  nextId += 1;
  return { id: `m${nextId}`, role, text, chatTime: undefined, createTime: 0 };
}

async function extract(
  messages: StoredMessage[],
  options: Parameters<typeof createRuleExtractor>[0] = { rawFallback: false },
) {
  const { memories, operations } = await createRuleExtractor(options).extract({
    messages,
    existing: [],
    userId: 'u1',
    conversationId: 'c1',
  });
  expect(operations ?? []).toEqual([]);
  return memories;
}

const english: [string, MemoryKind, string][] = [
  [
    "I've planned to travel to Guangzhou this summer.",
    'fact',
    'The user has planned to travel to Guangzhou this summer.',
  ],
  ["I'm planning a trip to Japan next spring.", 'fact', 'The user is planning a trip to Japan next spring.'],
  ['I plan to learn Spanish.', 'fact', 'The user plans to learn Spanish.'],
  ["I'm going to run a marathon in October.", 'fact', 'The user is going to run a marathon in October.'],
  ['I will move to Shanghai next year.', 'fact', 'The user will move to Shanghai next year.'],
  ['I live in Berlin.', 'fact', 'The user lives in Berlin.'],
  ['I work as a software engineer at Google.', 'fact', 'The user works as a software engineer at Google.'],
  ["I'm from Chengdu.", 'fact', 'The user is from Chengdu.'],
  ['My name is Anna.', 'fact', "The user's name is Anna."],
  ['Call me Bob.', 'fact', "The user's name is Bob."],
  ['My wife is a doctor.', 'fact', "The user's wife is a doctor."],
  ['My birthday is on March 3rd.', 'fact', "The user's birthday is on March 3rd."],
  ['I have two cats.', 'fact', 'The user has two cats.'],
  ['I just bought a new car.', 'fact', 'The user just bought a new car.'],
  ["I've been to Paris twice.", 'fact', 'The user has been to Paris twice.'],
  ["I'm allergic to peanuts.", 'fact', 'The user is allergic to peanuts.'],
  ["I'm 34 years old.", 'fact', 'The user is 34 years old.'],
  ['I love spicy food.', 'explicit_preference', 'The user loves spicy food.'],
  ['I really like jazz music.', 'explicit_preference', 'The user really likes jazz music.'],
  ['I enjoy hiking with my dog.', 'explicit_preference', 'The user enjoys hiking with their dog.'],
  ['I hate waiting in line.', 'explicit_preference', 'The user hates waiting in line.'],
  ["I don't like coffee.", 'explicit_preference', "The user doesn't like coffee."],
  ["I'm not a fan of horror movies.", 'explicit_preference', 'The user is not a fan of horror movies.'],
  [
    'I prefer window seats over aisle seats.',
    'explicit_preference',
    'The user prefers window seats over aisle seats.',
  ],
  [
    "I'd rather take the train than fly.",
    'explicit_preference',
    'The user would rather take the train than fly.',
  ],
  ['My favorite color is blue.', 'explicit_preference', "The user's favorite color is blue."],
  ["I'm interested in photography.", 'explicit_preference', 'The user is interested in photography.'],
  ["I'll go with the blue one.", 'explicit_preference', 'The user chose the blue one.'],
];

const chinese: [string, MemoryKind, string][] = [
  ['我叫李雷。', 'fact', '用户叫李雷。'],
  ['我住在北京。', 'fact', '用户住在北京。'],
  ['我在腾讯工作。', 'fact', '用户在腾讯工作。'],
  ['我是一名教师。', 'fact', '用户是一名教师。'],
  ['我打算今年夏天去广州旅游。', 'fact', '用户打算今年夏天去广州旅游。'],
  ['我计划明年学日语。', 'fact', '用户计划明年学日语。'],
  ['我有一只狗。', 'fact', '用户有一只狗。'],
  ['我去过上海。', 'fact', '用户去过上海。'],
  ['我喜欢喝茶。', 'explicit_preference', '用户喜欢喝茶。'],
  ['我爱吃火锅。', 'explicit_preference', '用户爱吃火锅。'],
  ['我不喜欢吃辣。', 'explicit_preference', '用户不喜欢吃辣。'],
  ['我讨厌下雨天。', 'explicit_preference', '用户讨厌下雨天。'],
  ['我最喜欢的运动是篮球。', 'explicit_preference', '用户最喜欢的运动是篮球。'],
];

const nothing = [
  "I'm sorry.",
  'I like that.',
  'Thanks, I will let you know.',
  'Do I like sushi?',
  'I have a question about hotels.',
  'What chain hotels are available for accommodation?',
  'Hello!',
  '你好，我想问一下天气怎么样？',
  'My question is about hotels.',
  'Our conversation was really helpful.',
  'We could try another approach.',
  'I asked you about this yesterday.',
  'I love you.',
  "I'm not sure.",
];

const raw = (text: string) => `user: ${text}`;

// Whole messages and every memory they give (raw fallback on): a rule reads a clause from its subject,
// rewriting all of it, or the user's own words are kept; never a fragment cut from inside a clause.
const statements: [string, string[]][] = [
  // Regressions: a rule used to match inside the clause and keep only the tail.
  [
    "My cat Bramble needs looking after while I'm away.",
    ["The user's cat Bramble needs looking after while they're away."],
  ],
  [
    'I spent forty years as a librarian before I retired, and now I finally have time for my garden.',
    [
      'The user spent forty years as a librarian before they retired, and now they finally have time for their garden.',
    ],
  ],
  ['When I go running my head is quiet.', [raw('When I go running my head is quiet.')]],
  // Subordinate clauses are not standalone facts.
  ['Because I work nights, I sleep until noon.', [raw('Because I work nights, I sleep until noon.')]],
  ["If I get the job, I'll move to Berlin.", [raw("If I get the job, I'll move to Berlin.")]],
  ['Although I like coffee, I mostly drink tea.', [raw('Although I like coffee, I mostly drink tea.')]],
  [
    "Until I find a flat I'm staying with my cousin.",
    [raw("Until I find a flat I'm staying with my cousin.")],
  ],
  // "my X" with any verb.
  ['My parents live in Kochi.', ["The user's parents live in Kochi."]],
  [
    'My sister just started a nursing course in Leeds.',
    ["The user's sister just started a nursing course in Leeds."],
  ],
  [
    'My daughter, Mia, starts school in September.',
    ["The user's daughter, Mia, starts school in September."],
  ],
  [
    'My grandmother used to make dumplings every Sunday.',
    ["The user's grandmother used to make dumplings every Sunday."],
  ],
  ['My knee surgery went well.', ["The user's knee surgery went well."]],
  ['My mum says I should learn to drive.', ["The user's mum says they should learn to drive."]],
  // "we" and "our".
  ['Our band plays on Fridays.', ["The user's band plays on Fridays."]],
  ['Our kids are 7 and 9.', ["The user's kids are 7 and 9."]],
  [
    'Our neighbours run a bakery on the corner of our street.',
    ["The user's neighbours run a bakery on the corner of their street."],
  ],
  [
    'We ship the mobile release every second Thursday at work.',
    ['The user and their colleagues ship the mobile release every second Thursday at work.'],
  ],
  ['I take the bus to work every day.', [raw('I take the bus to work every day.')]],
  ['We met in Porto.', ['The user and their partner or family met in Porto.']],
  [
    "We're relocating to Leeds in March.",
    ['The user and their partner or family are relocating to Leeds in March.'],
  ],
  ['We have two kids.', ['The user and their partner or family have two kids.']],
  [
    'My wife and I met in Porto, and we have two kids.',
    ['The user and their wife met in Porto.', 'The user and their wife have two kids.'],
  ],
  [
    'My friends and I are going to Lisbon in June.',
    ['The user and their friends are going to Lisbon in June.'],
  ],
  // Openers before the subject.
  ['Well, I live in Glasgow now.', ['The user lives in Glasgow now.']],
  [
    "So I'm planning to retake my driving test in May.",
    ['The user is planning to retake their driving test in May.'],
  ],
  ["Btw I'm allergic to shellfish.", ['The user is allergic to shellfish.']],
  ['Oh and my brother works at a bakery in Cork.', ["The user's brother works at a bakery in Cork."]],
  ['Actually, I prefer tea to coffee.', ['The user prefers tea to coffee.']],
  [
    "Next month I'm starting a new job at the hospital.",
    ['The user is starting a new job at the hospital next month.'],
  ],
  [
    'Honestly I hate cold weather, but I love the snow.',
    ['The user hates cold weather.', 'The user loves the snow.'],
  ],
  // Hedges and negations keep their meaning.
  ["I think I'll move to Leeds next year.", ["The user thinks they'll move to Leeds next year."]],
  ['I might move to Canada.', [raw('I might move to Canada.')]],
  ["I don't live in London anymore.", [raw("I don't live in London anymore.")]],
  ["I'm not from Leeds, I just work there.", ['The user is not from Leeds, they just work there.']],
  ["I'm not married.", ['The user is not married.']],
  [
    'Also my mom is visiting next week, so I will be busy.',
    ["The user's mom is visiting next week, so they will be busy."],
  ],
  ['I got your message.', [raw('I got your message.')]],
  ['We talked about this last week.', [raw('We talked about this last week.')]],
  ["I've never been to Japan.", ['The user has never been to Japan.']],
  [
    "I had a great time in Rome, but I wouldn't go back in August.",
    ['The user had a great time in Rome.', raw("I wouldn't go back in August.")],
  ],
  // Past and habits, read whole.
  ['I grew up in Nairobi.', ['The user grew up in Nairobi.']],
  ['I was a nurse for twenty years.', ['The user was a nurse for twenty years.']],
  [
    'I play bass in a covers band and I teach piano on weekends.',
    ['The user plays bass in a covers band.', 'The user teaches piano on weekends.'],
  ],
  // Questions mixed with statements: the question is dropped, the statements kept.
  [
    'Do you know any good cafés in Porto? I live near the river there.',
    ['The user lives near the river there.'],
  ],
  ['I live in Porto, can you suggest a café?', ['The user lives in Porto.']],
];

describe('rule extractor', () => {
  it.each(english)('English: %s', async (text, kind, value) => {
    const memories = await extract([message('user', text)]);
    expect(memories).toHaveLength(1);
    expect(memories[0]).toMatchObject({ kind, value });
    expect(memories[0]?.key).toMatch(/^\S/);
    expect(memories[0]?.key).not.toMatch(/^(?:Plan|Likes): to /);
  });

  it.each(chinese)('Chinese: %s', async (text, kind, value) => {
    const memories = await extract([message('user', text)]);
    expect(memories).toHaveLength(1);
    expect(memories[0]).toMatchObject({ kind, value });
  });

  it.each(nothing)('nothing from small talk and questions: %s', async (text) => {
    expect(await extract([message('user', text)])).toEqual([]);
  });

  it.each(statements)(
    'reads a clause whole from its subject, or keeps the words: %s',
    async (text, values) => {
      const memories = await extract([message('user', text)], {});
      expect(memories.map((memory) => memory.value)).toEqual(values);
    },
  );

  it('reads several clauses of one message, and tags by topic, names and season', async () => {
    const memories = await extract([
      message(
        'user',
        "I'm planning to visit my parents in Hangzhou this summer, and I love hiking. I don't like crowded places.",
      ),
    ]);
    expect(memories.map((memory) => memory.value)).toEqual([
      'The user is planning to visit their parents in Hangzhou this summer.',
      'The user loves hiking.',
      "The user doesn't like crowded places.",
    ]);
    expect(memories[0]?.tags).toEqual(expect.arrayContaining(['travel', 'family', 'Hangzhou', 'summer']));
    expect(memories[1]?.tags).toEqual(expect.arrayContaining(['sport']));
  });

  it('never learns from assistant or system messages', async () => {
    const memories = await extract([
      message('system', 'I am a helpful assistant.'),
      message('assistant', 'I love helping people. I live in the cloud.'),
    ]);
    expect(memories).toEqual([]);
  });

  it('reads a choice against the options the assistant offered (English and Chinese)', async () => {
    const offer = message('assistant', 'You can consider options like 7 Days Inn, All Seasons, Hilton, etc.');
    const choice = message('user', "I'll choose 7 Days Inn.");
    const [english] = await extract([message('user', 'What chain hotels are there?'), offer, choice]);
    expect(english).toMatchObject({
      kind: 'explicit_preference',
      value: 'The user chose 7 Days Inn for hotel accommodation, over All Seasons and Hilton.',
      sourceMessageIds: [offer.id, choice.id],
    });
    expect(english?.reasoning).toBe(
      'The user explicitly said "I\'ll choose 7 Days Inn" after the assistant offered 7 Days Inn, All Seasons and Hilton.',
    );

    const [chinese] = await extract([
      message('user', '广州有哪些连锁酒店？'),
      message('assistant', '可以考虑7天、全季、希尔顿等。'),
      message('user', '我会选7天。'),
    ]);
    expect(chinese).toMatchObject({
      kind: 'explicit_preference',
      value: '用户选择了7天作为酒店住宿（而不是全季、希尔顿）。',
    });
  });

  it('produces no implicit preferences: inferring motives is left to the LLM extractor', async () => {
    const memories = await extract([
      message('assistant', 'Options: Hilton, 7 Days Inn.'),
      message('user', "I'll choose 7 Days Inn. I love cheap food and I hate expensive bars."),
    ]);
    expect(memories.length).toBeGreaterThan(0);
    expect(memories.some((memory) => memory.kind === 'implicit_preference')).toBe(false);
  });

  it('keeps an unmatched user statement as a low-confidence raw memory, but not questions or greetings', async () => {
    const statement = message('user', 'Sprint reviews happen every second Thursday with the whole team.');
    const memories = await createRuleExtractor().extract({
      messages: [
        { ...statement, chatTime: '2025-06-10 09:00' },
        message('user', 'How are you?'),
        message('user', 'Hi there'),
        message('user', 'I live in Lyon.'),
      ],
      existing: [],
      userId: 'u1',
      conversationId: 'c1',
    });
    expect(memories.memories).toEqual([
      expect.objectContaining({
        kind: 'fact',
        value: 'user: [2025-06-10 09:00]: Sprint reviews happen every second Thursday with the whole team.',
        tags: ['mode:fast', 'work', 'job', 'career', 'colleagues', 'Thursday'],
        confidence: 0.3,
        memoryType: 'WorkingMemory',
      }),
      expect.objectContaining({ value: 'The user lives in Lyon.', confidence: 0.9 }),
    ]);
  });

  it('splits before "and my" only when a verb follows, so a list of relatives stays whole', async () => {
    const memories = await createRuleExtractor().extract({
      messages: [
        message('user', 'My son Daniel lives in Perth with his wife and my two grandsons.'),
        message('user', 'I live in Lyon and my sister works in Paris.'),
      ],
      existing: [],
      userId: 'u1',
      conversationId: 'c1',
    });
    expect(memories.memories.map((memory) => memory.value)).toEqual([
      "The user's son Daniel lives in Perth with his wife and their two grandsons.",
      'The user lives in Lyon.',
      "The user's sister works in Paris.",
    ]);
  });

  it('keeps the statements a rule did not read and the statements around a question', async () => {
    const memories = await createRuleExtractor().extract({
      messages: [
        message('user', 'I live in Lyon. The bakery on the corner of the street opens at six.'),
        message('user', '我在准备雅思考试，目标是总分7分，你能陪我练一下吗？'),
      ],
      existing: [],
      userId: 'u1',
      conversationId: 'c1',
    });
    expect(memories.memories.map((memory) => memory.value)).toEqual([
      'The user lives in Lyon.',
      'user: The bakery on the corner of the street opens at six.',
      'user: 我在准备雅思考试 目标是总分7分',
    ]);
  });

  it('turns tool calls and their results into tool memories', async () => {
    const call: StoredMessage = {
      ...message('assistant', ''),
      toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' }],
    };
    const result: StoredMessage = { ...message('tool', '{"temp":21}'), toolCallId: 'call_1' };
    const memories = await extract([call, result]);
    expect(memories).toEqual([
      expect.objectContaining({
        kind: 'tool',
        key: 'get_weather',
        value: 'get_weather({"city":"Paris"}) -> {"temp":21}',
        sourceMessageIds: [call.id, result.id],
      }),
    ]);
  });

  // The extractor keeps module-level state (word sets, /g regexes reused across calls): a call must not
  // see what an earlier call on the same instance read, whatever the order or interleaving.
  it('reads each conversation the same whatever was extracted before it, on one instance', async () => {
    const first = [message('user', "I'm a nurse and I live in Berlin. I love tea. My wife is a doctor.")];
    const second = [
      message('user', 'Which hotels are there in Guangzhou?'),
      message('assistant', 'You can consider 7 Days Inn, Hilton or Hyatt.'),
      message('user', "I'll choose 7 Days Inn. 我喜欢喝茶。我住在上海。"),
    ];
    const input = (messages: StoredMessage[]) => ({
      messages,
      existing: [],
      userId: 'u1',
      conversationId: 'c1',
    });
    const alone = async (messages: StoredMessage[]) =>
      (await createRuleExtractor({ rawFallback: false }).extract(input(messages))).memories;
    const expectedFirst = await alone(first);
    const expectedSecond = await alone(second);
    expect(expectedFirst.length).toBeGreaterThanOrEqual(3);
    expect(expectedSecond.length).toBeGreaterThanOrEqual(2);

    const forward = createRuleExtractor({ rawFallback: false });
    const forwardFirst = (await forward.extract(input(first))).memories;
    const forwardSecond = (await forward.extract(input(second))).memories;
    const backward = createRuleExtractor({ rawFallback: false });
    const backwardSecond = (await backward.extract(input(second))).memories;
    const backwardFirst = (await backward.extract(input(first))).memories;
    const shared = createRuleExtractor({ rawFallback: false });
    const [concurrentFirst, concurrentSecond] = await Promise.all([
      shared.extract(input(first)),
      shared.extract(input(second)),
    ]);

    for (const result of [forwardFirst, backwardFirst, concurrentFirst.memories]) {
      expect(result).toEqual(expectedFirst);
    }
    for (const result of [forwardSecond, backwardSecond, concurrentSecond.memories]) {
      expect(result).toEqual(expectedSecond);
    }
  });
});
