import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMatchPlanner } from '../../src/local/search/match-planner.ts';
import { createMemoryStore } from '../../src/local/store/memory-store.ts';
import { migrate } from '../../src/local/store/migrations.ts';
import { createStatementCache } from '../../src/local/store/statement-cache.ts';
import { scriptedExtractor } from './helpers.ts';

const { DatabaseSync } = process.getBuiltinModule('node:sqlite');

describe('match planner (bounded work per search)', () => {
  let database: InstanceType<typeof DatabaseSync>;
  beforeEach(() => {
    database = new DatabaseSync(':memory:');
    migrate(database);
    const memories = createMemoryStore(database);
    const add = (value: string, index: number) =>
      memories.insertOrTouch({
        subject: 'u:u1',
        userId: 'u1',
        agentId: undefined,
        appId: undefined,
        conversationId: 'c1',
        kind: 'fact',
        key: `Note ${index}`,
        value,
        reasoning: '',
        memoryType: 'UserMemory',
        tags: [],
        info: {},
        extra: {},
        confidence: 0.9,
        now: index,
      });
    for (let index = 0; index < 50; index += 1) add(`The user mentioned coffee in note ${index}.`, index);
    for (let index = 0; index < 3; index += 1)
      add(`The user mentioned matcha in note ${100 + index}.`, 100 + index);
  });
  afterEach(() => database.close());

  it('keeps the rarest terms within the budget and reports unknown ones', () => {
    const plan = createMatchPlanner(createStatementCache(database), { budget: 10 });
    expect(plan('memory_words', ['coffee', 'matcha', 'guangzh'], undefined)).toEqual({
      match: '"matcha"',
      minRowid: undefined,
      unknown: ['guangzh'],
    });
  });

  it('ranks only the newest budget rows when even the rarest term is over budget', () => {
    const statements = createStatementCache(database);
    const plan = createMatchPlanner(statements, { budget: 10 })('memory_words', ['coffee'], undefined)!;
    expect(plan.match).toBe('"coffee"');
    const inWindow = statements
      .get('SELECT count(*) AS n FROM memory_words WHERE memory_words MATCH ? AND rowid >= ?')
      .get(plan.match, plan.minRowid!) as { n: number };
    expect(inWindow.n).toBe(10);
    const newest = statements
      .get('SELECT max(rowid) AS top FROM memory_words WHERE memory_words MATCH ?')
      .get(plan.match) as {
      top: number;
    };
    expect(plan.minRowid).toBe(newest.top - 9);
  });

  it('plans nothing for terms no row has', () => {
    const plan = createMatchPlanner(createStatementCache(database))('memory_words', ['zzz'], undefined);
    expect(plan).toEqual({ match: '', minRowid: undefined, unknown: ['zzz'] });
  });
});

describe('search past the candidate pool', () => {
  it('still fills a kind crowded out of the top candidates when the threshold is 0', async () => {
    const memos = new LocalMemOS({ path: ':memory:', extractor: scriptedExtractor() });
    const facts = Array.from({ length: 120 }, (_, index) => `fact | Tea ${index} | Tea ${index}.`);
    const preferences = [
      'explicit_preference | Tea style | The user likes tea brewed slowly in a clay pot on quiet weekend mornings.',
    ];
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [{ role: 'user', content: [...facts, ...preferences].join('\n') }],
    });
    const deep = await memos.searchMemory({ user_id: 'u1', query: 'tea', relativity: 0 });
    expect(deep.memory_detail_list).toHaveLength(9);
    expect(deep.preference_detail_list?.map((item) => item.preference)).toEqual([
      'The user likes tea brewed slowly in a clay pot on quiet weekend mornings.',
    ]);
    expect(deep.preference_detail_list?.[0]?.relativity).toBeLessThan(0.45);
    // With the default threshold the same preference is too far down to count.
    const normal = await memos.searchMemory({ user_id: 'u1', query: 'tea' });
    expect(normal.preference_detail_list).toEqual([]);
    await memos.close();
  });
});
