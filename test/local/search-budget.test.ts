import { LocalMemOS } from 'memos-middleware/local';
import { describe, expect, it } from 'vitest';
import { scriptedExtractor } from './helpers.ts';

describe('every list is filled whatever the other kinds hold', () => {
  it('finds the one preference that holds the word among 120 facts that do, at 0 and at 0.45', async () => {
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
    for (const relativity of [0, undefined]) {
      const found = await memos.searchMemory({
        user_id: 'u1',
        query: 'tea',
        ...(relativity === undefined ? {} : { relativity }),
      });
      expect(found.memory_detail_list).toHaveLength(9);
      expect(found.preference_detail_list?.map((item) => item.preference)).toEqual([
        'The user likes tea brewed slowly in a clay pot on quiet weekend mornings.',
      ]);
    }
    await memos.close();
  });

  it('reads at most the budget of postings per word, the newest first', async () => {
    const memos = new LocalMemOS({ path: ':memory:', extractor: scriptedExtractor() });
    const notes = Array.from(
      { length: 1200 },
      (_, index) => `fact | Note ${index} | The user noted coffee number ${index}.`,
    );
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [{ role: 'user', content: notes.join('\n') }],
    });
    const found = await memos.searchMemory({
      user_id: 'u1',
      query: 'coffee',
      relativity: 0,
      memory_limit_number: 25,
    });
    // 1,200 memories hold the word; the newest ones are ranked (equal matches, newest first).
    expect(found.memory_detail_list?.[0]?.memory_value).toBe('The user noted coffee number 1199.');
    expect(found.memory_detail_list).toHaveLength(25);
    await memos.close();
  });
});
