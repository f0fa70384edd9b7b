import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREFERENCE_NOTE_ZH } from '../../src/local/search/preference-note.ts';
import { manualClock, scriptedExtractor } from './helpers.ts';

let memos: LocalMemOS;
let clock: ReturnType<typeof manualClock>;

beforeEach(() => {
  clock = manualClock();
  memos = new LocalMemOS({ path: ':memory:', extractor: scriptedExtractor(), now: clock.now });
});
afterEach(async () => memos.close());

async function remember(lines: string[], { conversation = 'c1', user = 'u1' } = {}) {
  for (const line of lines) {
    clock.advance(1000);
    await memos.addMessage({
      user_id: user,
      conversation_id: conversation,
      messages: [{ role: 'user', content: line }],
    });
  }
}
const values = (list: { memory_value?: string | null | undefined }[] | undefined) =>
  (list ?? []).map((item) => item.memory_value);

describe('searchMemory ranking', () => {
  it('weighs a hit in the key above one in the value, and stems (running ~ runs)', async () => {
    await remember([
      'fact | Morning routine | The user has coffee after the morning run.',
      'fact | Coffee | The user drinks two cups every morning.',
      'fact | Weekend | The user runs marathons on weekends.',
      'fact | Garden | The user grows tomatoes.',
    ]);
    const coffee = await memos.searchMemory({ user_id: 'u1', query: 'coffee', relativity: 0 });
    expect(values(coffee.memory_detail_list)).toEqual([
      'The user drinks two cups every morning.',
      'The user has coffee after the morning run.',
    ]);
    const running = await memos.searchMemory({ user_id: 'u1', query: 'running', relativity: 0 });
    expect(values(running.memory_detail_list)).toContain('The user runs marathons on weekends.');
    expect(values(running.memory_detail_list)).not.toContain('The user grows tomatoes.');
  });

  it('finds a part of a word by its prefix', async () => {
    await remember(['fact | Trip | The user has planned to travel to Guangzhou this summer.']);
    const partial = await memos.searchMemory({ user_id: 'u1', query: 'Guangzh', relativity: 0 });
    expect(values(partial.memory_detail_list)).toEqual([
      'The user has planned to travel to Guangzhou this summer.',
    ]);
  });

  it('reports relativity in 0–1, sorted, and applies the threshold (default 0.45, 0 disables)', async () => {
    await remember(
      Array.from(
        { length: 20 },
        (_, index) =>
          `fact | Note ${index} | The user keeps a garden note${' and more words'.repeat(index)}.`,
      ),
    );
    const all = await memos.searchMemory({
      user_id: 'u1',
      query: 'garden',
      relativity: 0,
      memory_limit_number: 25,
    });
    expect(all.memory_detail_list).toHaveLength(20);
    const scores = (all.memory_detail_list ?? []).map((item) => item.relativity!);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    for (const score of scores) expect(score).toBeGreaterThan(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
    // Every note holds the question's one word: all of them are relevant.
    const kept = await memos.searchMemory({ user_id: 'u1', query: 'garden', memory_limit_number: 25 });
    expect(kept.memory_detail_list).toHaveLength(20);
    for (const item of kept.memory_detail_list ?? []) expect(item.relativity).toBeGreaterThanOrEqual(0.45);

    // A question mostly about things the user never mentioned: the notes still rank at 0, none passes 0.45.
    const weak = await memos.searchMemory({
      user_id: 'u1',
      query: 'garden tulips bulbs frost',
      relativity: 0,
      memory_limit_number: 25,
    });
    expect(weak.memory_detail_list).toHaveLength(20);
    for (const item of weak.memory_detail_list ?? []) expect(item.relativity).toBeLessThan(0.45);
    const none = await memos.searchMemory({
      user_id: 'u1',
      query: 'garden tulips bulbs frost',
      memory_limit_number: 25,
    });
    expect(none.memory_detail_list).toEqual([]);
  });

  it('caps each list at its limit (default 9)', async () => {
    await remember(
      Array.from({ length: 12 }, (_, index) => `fact | Tea ${index} | The user tried tea blend ${index}.`),
    );
    await remember(
      Array.from(
        { length: 4 },
        (_, index) => `explicit_preference | Tea pref ${index} | The user likes tea style ${index}.`,
      ),
    );
    const defaults = await memos.searchMemory({ user_id: 'u1', query: 'tea', relativity: 0 });
    expect(defaults.memory_detail_list).toHaveLength(9);
    expect(defaults.preference_detail_list).toHaveLength(4);
    const limited = await memos.searchMemory({
      user_id: 'u1',
      query: 'tea',
      relativity: 0,
      memory_limit_number: 2,
      preference_limit_number: 1,
    });
    expect(limited.memory_detail_list).toHaveLength(2);
    expect(limited.preference_detail_list).toHaveLength(1);
  });

  it('boosts the current conversation without filtering the others', async () => {
    await remember(['fact | Tea | The user drinks green tea.'], { conversation: 'older' });
    await remember(['fact | Tea | The user drinks black tea.'], { conversation: 'newer' });
    const plain = await memos.searchMemory({ user_id: 'u1', query: 'tea', relativity: 0 });
    // Same score: the most recent first.
    expect(values(plain.memory_detail_list)).toEqual([
      'The user drinks black tea.',
      'The user drinks green tea.',
    ]);
    const boosted = await memos.searchMemory({
      user_id: 'u1',
      query: 'tea',
      relativity: 0,
      conversation_id: 'older',
    });
    expect(values(boosted.memory_detail_list)).toEqual([
      'The user drinks green tea.',
      'The user drinks black tea.',
    ]);
    const [first, second] = boosted.memory_detail_list ?? [];
    expect(first!.relativity!).toBeGreaterThan(second!.relativity!);
  });

  it('splits facts, preferences and tool memories and honours the include flags', async () => {
    await remember([
      'fact | Hotel | The user stayed at a hotel in Paris.',
      'explicit_preference | Hotel choice | The user prefers small hotel chains.',
      'tool | hotel_search | hotel_search({"city":"Paris"}) -> 3 results',
    ]);
    const defaults = await memos.searchMemory({ user_id: 'u1', query: 'hotel', relativity: 0 });
    expect(defaults.memory_detail_list).toHaveLength(1);
    expect(defaults.preference_detail_list).toHaveLength(1);
    expect(defaults.tool_memory_detail_list).toEqual([]);
    expect(defaults.preference_note).not.toBe('');

    const noPreferences = await memos.searchMemory({
      user_id: 'u1',
      query: 'hotel',
      relativity: 0,
      include_preference: false,
    });
    expect(noPreferences.preference_detail_list).toEqual([]);
    expect(noPreferences.preference_note).toBe('');

    const tools = await memos.searchMemory({
      user_id: 'u1',
      query: 'hotel',
      relativity: 0,
      include_tool_memory: true,
    });
    expect(tools.tool_memory_detail_list).toEqual([
      expect.objectContaining({
        tool_type: 'ToolTrajectoryMemory',
        tool_value: 'hotel_search({"city":"Paris"}) -> 3 results',
      }),
    ]);

    const onlyPreferences = await memos.searchMemory({
      user_id: 'u1',
      query: 'hotel',
      relativity: 0,
      include_memory_view: ['preference'],
    });
    expect(onlyPreferences.memory_detail_list).toEqual([]);
    expect(onlyPreferences.preference_detail_list).toHaveLength(1);
  });

  it('returns only activated memories', async () => {
    await remember(['fact | Pet | The user has a parrot.']);
    const [parrot] =
      (await memos.searchMemory({ user_id: 'u1', query: 'parrot', relativity: 0 })).memory_detail_list ?? [];
    await memos.updateMemory({ memory_id: parrot!.id, status: 'archived' });
    expect(
      (await memos.searchMemory({ user_id: 'u1', query: 'parrot', relativity: 0 })).memory_detail_list,
    ).toEqual([]);
  });
});

describe('Chinese retrieval', () => {
  it('finds Chinese memories by bigrams and trigrams, and answers with the Chinese note', async () => {
    memos.close();
    memos = new LocalMemOS({ path: ':memory:', now: clock.now });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'zh',
      messages: [
        { role: 'user', content: '我住在广州。我喜欢喝茶。' },
        { role: 'assistant', content: '好的，记住了。' },
        { role: 'user', content: '我不喜欢吃辣。' },
      ],
    });
    const city = await memos.searchMemory({ user_id: 'u1', query: '广州有什么好玩的', relativity: 0 });
    expect(values(city.memory_detail_list)).toEqual(['用户住在广州。']);

    const tea = await memos.searchMemory({ user_id: 'u1', query: '推荐一种茶' });
    expect((tea.preference_detail_list ?? []).map((item) => item.preference)).toEqual(['用户喜欢喝茶。']);
    // With the threshold off, the other food preference follows through the shared topic, below it.
    const food = await memos.searchMemory({ user_id: 'u1', query: '推荐一种茶', relativity: 0 });
    expect((food.preference_detail_list ?? []).map((item) => item.preference)).toEqual([
      '用户喜欢喝茶。',
      '用户不喜欢吃辣。',
    ]);
    expect(tea.preference_note).toBe(PREFERENCE_NOTE_ZH);

    const spicy = await memos.searchMemory({ user_id: 'u1', query: '晚饭吃辣的可以吗', relativity: 0 });
    expect((spicy.preference_detail_list ?? []).map((item) => item.preference)).toContain('用户不喜欢吃辣。');
  });
});

describe('query sanitising', () => {
  const hostile = [
    '"',
    '""unbalanced "quote',
    'AND',
    'tea AND OR NOT coffee',
    'NEAR(tea coffee, 2)',
    'tea*',
    '*',
    '^tea',
    'memory_value: tea',
    '{memory_key}: tea',
    "'; DROP TABLE memories; --",
    '😀🍵 tea ☕',
    '\u0000\u0001 tea',
    'tea'.repeat(3334),
    'x'.repeat(10_000),
    Array.from({ length: 2000 }, (_, index) => `w${index}`).join(' '),
    '的了是',
    'the and of',
  ];

  it.each(hostile.map((query) => [query.slice(0, 40), query]))(
    'never throws for %j',
    async (_label, query) => {
      await remember(['fact | Tea | The user drinks green tea.']);
      const result = await memos.searchMemory({ user_id: 'u1', query, relativity: 0 });
      expect(Array.isArray(result.memory_detail_list)).toBe(true);
      for (const item of result.memory_detail_list ?? [])
        expect(item.memory_value).toBe('The user drinks green tea.');
    },
  );

  it('still finds the real words around the syntax', async () => {
    await remember(['fact | Tea | The user drinks green tea.']);
    for (const query of ['NEAR(tea', 'tea*', '"tea', 'tea AND', '😀tea']) {
      const result = await memos.searchMemory({ user_id: 'u1', query, relativity: 0 });
      expect(values(result.memory_detail_list)).toEqual(['The user drinks green tea.']);
    }
  });

  it('answers a query of only stopwords with nothing', async () => {
    await remember(['fact | Tea | The user drinks green tea.']);
    const result = await memos.searchMemory({ user_id: 'u1', query: 'what is the', relativity: 0 });
    expect(result).toMatchObject({ memory_detail_list: [], preference_detail_list: [], preference_note: '' });
  });
});

describe('query expansion', () => {
  it('finds a memory through a related word, below the word match; a shared topic alone never passes 0.45', async () => {
    const engine = new LocalMemOS({ path: ':memory:' });
    try {
      await engine.addMessage({
        user_id: 'u1',
        conversation_id: 'c1',
        messages: [
          { role: 'user', content: 'Put Katrin as the contact for anything urgent, she is my manager.' },
          { role: 'user', content: 'My brother Paul repairs old bicycles in his free time.' },
          { role: 'user', content: 'Our boss retreat was cancelled because of the storm.' },
        ],
      });
      const boss = await engine.searchMemory({ user_id: 'u1', query: 'Who is my boss?', relativity: 0 });
      const found = values(boss.memory_detail_list);
      // The word match first, the related word (manager ~ boss) next, the unrelated memory not at all.
      expect(found[0]).toContain('retreat');
      expect(found[1]).toContain('Katrin');
      expect(found.some((value) => value?.includes('bicycles'))).toBe(false);
      // "supervisor" shares only a topic (work) with the manager memory: too weak for the default threshold.
      const strict = await engine.searchMemory({ user_id: 'u1', query: 'Who is my supervisor?' });
      expect(values(strict.memory_detail_list)).toEqual([]);
      const loose = await engine.searchMemory({
        user_id: 'u1',
        query: 'Who is my supervisor?',
        relativity: 0,
      });
      expect(values(loose.memory_detail_list).some((value) => value?.includes('Katrin'))).toBe(true);
    } finally {
      await engine.close();
    }
  });
});
