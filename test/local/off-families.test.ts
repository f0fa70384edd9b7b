import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleFamilyOn } from '../../src/local/extraction/rule-extractor.ts';

// What a rule family turned off by the blind measurements (English diet and likes) would have stated
// must stay findable through the raw turn, at the product's settings (relativity 0.45). Each case
// failed before its fix: a short statement had too few words to be kept as a turn, so "I am
// vegetarian." was stored nowhere; a typed fact of one clause stood in for a turn of two, so a question
// about the other clause lost it; "allergies" did not reach "allergic".

let memos: LocalMemOS | undefined;
afterEach(async () => {
  await memos?.close();
  memos = undefined;
});

async function say(...contents: string[]) {
  memos ??= new LocalMemOS({ path: ':memory:' });
  for (const content of contents)
    await memos.addMessage({ user_id: 'u1', conversation_id: 'c1', messages: [{ role: 'user', content }] });
}

async function found(query: string): Promise<string[]> {
  const result = await memos!.searchMemory({ user_id: 'u1', query });
  return [
    ...(result.memory_detail_list ?? []).map((item) => item.memory_value ?? ''),
    ...(result.preference_detail_list ?? []).map((item) => item.preference ?? ''),
  ];
}

describe('families turned off leave their statements findable', () => {
  it('the measured families are off (these cases are about them)', () => {
    expect(ruleFamilyOn('diet', 'en')).toBe(false);
    expect(ruleFamilyOn('likes', 'en')).toBe(false);
  });

  it('keeps a short statement a rule reads as a whole turn', async () => {
    await say('I am vegetarian.');
    const { memory_detail_list } = await memos!.getMemory({ user_id: 'u1' });
    expect(memory_detail_list?.map((item) => item.memory_value)).toEqual([
      expect.stringMatching(/^user: \[.+\]: I am vegetarian\.$/),
    ]);
    expect((await found('Am I vegetarian?'))[0]).toContain('I am vegetarian.');
  });

  it('still drops small talk', async () => {
    await say('ok thanks!', 'Sure.');
    expect((await memos!.getMemory({ user_id: 'u1' })).memory_detail_list ?? []).toEqual([]);
  });

  it('answers a question about the clause no typed fact holds with the whole turn', async () => {
    await say('I moved to Porto last spring and I love hiking.');
    expect((await found('Which sport do I love?'))[0]).toContain('hiking');
    // The clause a fact holds is still answered by the fact.
    expect((await found('Where do I live?'))[0]).toContain('Porto');
  });

  it('finds an allergy asked about as "allergies"', async () => {
    await say('I am allergic to peanuts.', 'I work as a nurse in Leeds.');
    expect((await found('food allergies'))[0]).toContain('allergic to peanuts');
    expect((await found('Do I have any allergies?'))[0]).toContain('allergic to peanuts');
  });
});
