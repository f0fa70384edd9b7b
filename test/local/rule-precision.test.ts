import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/local/extraction/rule-extractor.ts';
import type { RuleFamily } from '../../src/local/extraction/rules-english.ts';
import type { StoredMessage } from '../../src/local/extraction/types.ts';
import { CHINESE_SENTENCES, ENGLISH_SENTENCES, type RuleSentence } from './rule-precision/sentences.ts';

// Precision of each rule family on sentences written before the rules (rule-precision/sentences.ts,
// never edited after a measurement): of the typed memories a family states, the share that a careful
// reader would have stored from that sentence as that family. The bar is 0.9 per family.

const MIN_PRECISION = 0.9;

function measure(sentences: readonly RuleSentence[]) {
  const fired = new Map<RuleFamily, { correct: number; total: number; wrong: string[] }>();
  const expected = new Map<RuleFamily, { found: number; total: number }>();
  sentences.forEach((sentence, index) => {
    const message: StoredMessage = {
      id: `m${index}`,
      role: 'user',
      text: sentence.text,
      chatTime: undefined,
      createTime: 0,
    };
    const previous: StoredMessage[] = sentence.offered
      ? [{ id: `a${index}`, role: 'assistant', text: sentence.offered, chatTime: undefined, createTime: 0 }]
      : [];
    const families = new Set(readMessage({ message, previous }).map((hit) => hit.family));
    for (const family of families) {
      const entry = fired.get(family) ?? { correct: 0, total: 0, wrong: [] };
      entry.total += 1;
      if (sentence.families.includes(family)) entry.correct += 1;
      else entry.wrong.push(sentence.text);
      fired.set(family, entry);
    }
    for (const family of sentence.families) {
      const entry = expected.get(family) ?? { found: 0, total: 0 };
      entry.total += 1;
      if (families.has(family)) entry.found += 1;
      expected.set(family, entry);
    }
  });
  return { fired, expected };
}

describe.each([
  { language: 'English', sentences: ENGLISH_SENTENCES },
  { language: 'Chinese', sentences: CHINESE_SENTENCES },
])('rule precision per family ($language)', ({ sentences }) => {
  const { fired, expected } = measure(sentences);
  const families = [...new Set([...fired.keys(), ...expected.keys()])].sort();

  it.each(families)(`%s: precision ≥ ${MIN_PRECISION}`, (family) => {
    const entry = fired.get(family) ?? { correct: 0, total: 0, wrong: [] };
    const recall = expected.get(family);
    const precision = entry.total === 0 ? 1 : entry.correct / entry.total;
    // The measured figures, for the report (vitest prints them with --reporter=verbose).
    console.info(
      `${family}: precision ${entry.correct}/${entry.total} = ${precision.toFixed(2)}, recall ${recall?.found ?? 0}/${recall?.total ?? 0}`,
    );
    expect(precision, `misfires: ${entry.wrong.join(' | ')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
