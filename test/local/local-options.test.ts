import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemOSConfigError } from 'memos-middleware';
import { LocalMemOS, type LocalMemOSOptions } from 'memos-middleware/local';
import { describe, expect, it } from 'vitest';
import { scriptedExtractor } from './helpers.ts';

/** The MemOSConfigError `options` are refused with (fails the test when they are accepted). */
function refusal(options: unknown): MemOSConfigError {
  let memos: LocalMemOS | undefined;
  try {
    memos = new LocalMemOS(options as LocalMemOSOptions);
  } catch (error) {
    expect(MemOSConfigError.isInstance(error)).toBe(true);
    return error as MemOSConfigError;
  }
  void memos.close();
  throw new Error(`accepted ${JSON.stringify(options)}`);
}

const WEIGHTS = ['words', 'topics', 'trigrams', 'vectors', 'conversation', 'minSimilarity'];

describe('LocalMemOS options are strict', () => {
  it('refuses a misspelt key instead of opening .memos/memory.db in the working directory', () => {
    const directory = mkdtempSync(join(tmpdir(), 'memos-options-'));
    const previous = process.cwd();
    process.chdir(directory);
    try {
      const error = refusal({ pth: ':memory:' });
      expect(error.message).toMatch(/^Invalid LocalMemOS options: /);
      expect(error.message).toContain('pth');
      expect(existsSync(join(directory, '.memos'))).toBe(false);
    } finally {
      process.chdir(previous);
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it.each(['topics', 'trigrams'])('checks the %s weight like the others', (weight) => {
    const error = refusal({ path: ':memory:', ranking: { [weight]: 5 } });
    expect(error.message).toContain(`ranking.${weight}`);
    expect(error.message).toContain('5');
  });

  it.each(WEIGHTS)('refuses ranking.%s outside 0–1, naming it and the value', (weight) => {
    for (const value of [1.5, -0.1]) {
      const error = refusal({ path: ':memory:', ranking: { [weight]: value } });
      expect(error.message).toContain(`ranking.${weight}`);
      expect(error.message).toContain(String(value));
    }
    expect(refusal({ path: ':memory:', ranking: { [weight]: '0.5' } }).message).toContain(
      `ranking.${weight}`,
    );
  });

  it('refuses an unknown ranking weight, naming it', () => {
    const error = refusal({ path: ':memory:', ranking: { wrds: 0.5 } });
    expect(error.message).toContain('ranking.wrds');
  });

  it('refuses an unknown embeddings field, naming it', () => {
    const error = refusal({ path: ':memory:', embeddings: { model: 'm', baseUrl: 'http://127.0.0.1:1/v1' } });
    expect(error.message).toContain('embeddings.baseUrl');
  });

  it('names each bad option of several', () => {
    const error = refusal({ path: 7, now: 'soon', ranking: { words: 2 } });
    expect(error.message).toContain('path');
    expect(error.message).toContain('now');
    expect(error.message).toContain('ranking.words');
  });

  it('accepts every documented option, weights at both bounds, and undefined for any of them', async () => {
    const accepted = [
      new LocalMemOS({
        path: ':memory:',
        extractor: scriptedExtractor(),
        embed: async (texts) => texts.map(() => [1, 0]),
        embeddings: { model: 'toy' },
        now: () => 0,
        ranking: Object.fromEntries(WEIGHTS.map((weight) => [weight, 1])),
      }),
      new LocalMemOS({ path: ':memory:', ranking: Object.fromEntries(WEIGHTS.map((weight) => [weight, 0])) }),
      new LocalMemOS({
        path: ':memory:',
        extractor: undefined,
        embed: undefined,
        embeddings: undefined,
        now: undefined,
        ranking: undefined,
      }),
    ];
    await Promise.all(accepted.map((memos) => memos.close()));
  });

  it('keeps relativity in 0–1 with every weight at its maximum', async () => {
    const memos = new LocalMemOS({
      path: ':memory:',
      extractor: scriptedExtractor(),
      ranking: Object.fromEntries(WEIGHTS.filter((weight) => weight !== 'minSimilarity').map((w) => [w, 1])),
    });
    try {
      await memos.addMessage({
        user_id: 'u1',
        conversation_id: 'c1',
        messages: [{ role: 'user', content: 'fact | Tea | The user drinks green tea every morning. | food' }],
      });
      const found = await memos.searchMemory({
        user_id: 'u1',
        conversation_id: 'c1',
        query: 'green tea morning',
        relativity: 0,
      });
      const relativities = (found.memory_detail_list ?? []).map((item) => item.relativity);
      expect(relativities.length).toBeGreaterThan(0);
      for (const relativity of relativities) {
        expect(relativity).toBeGreaterThanOrEqual(0);
        expect(relativity).toBeLessThanOrEqual(1);
      }
    } finally {
      await memos.close();
    }
  });
});
