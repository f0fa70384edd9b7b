import { describe, expect, it } from 'vitest';
import { readMessage, ruleFamilyOn } from '../../src/local/extraction/rule-extractor.ts';
import type { RuleFamily } from '../../src/local/extraction/rules-english.ts';
import type { StoredMessage } from '../../src/local/extraction/types.ts';
import { BLIND_RULE_SENTENCES } from './fixtures/rule-precision-blind.ts';
import { BLIND_RULE_SENTENCES_2 } from './fixtures/rule-precision-blind-2.ts';

// Precision and recall of each rule family on sentences written blind, by authors who had not read the
// rules, never edited after a measurement:
// - set 1 (fixtures/rule-precision-blind.ts: 320 English, 80 Chinese), measured once on 2026-12-02.
//   Decided before that measurement: a family below 0.9 precision in a language is turned off there.
//   English choice 0.85, family 0.89, home 0.64 and likes 0.74 were turned off; every other family in
//   both languages was at or above 0.9.
// - set 2 (fixtures/rule-precision-blind-2.ts: 400 English, weighted to those four families), written
//   after that, while the four families were narrowed on set 1 (so set 1 is no longer blind for them)
//   and the non-blind sentences. Decided before its one measurement: an English family is on if and
//   only if its precision is at least 0.9 on set 2 and, for the six families never tuned on set 1, on
//   set 1 too; a family that never fires on a set is not judged by it. The rules are not tuned on set 2.
// Precision is the share of the sentences a family fires on (with every family on) that are labelled
// with it; recall the share of the sentences labelled with it that it fires on. This test keeps the
// decision true: which families are on follows from the figures, and a family turned off states nothing.

const MIN_PRECISION = 0.9;
const FAMILIES: readonly RuleFamily[] = [
  'choice',
  'diet',
  'dislikes',
  'family',
  'home',
  'likes',
  'name',
  'pet',
  'plan',
  'work',
];
/** The English families narrowed on set 1 after its measurement: set 1 no longer judges them. */
const TUNED_ON_SET_1: ReadonlySet<RuleFamily> = new Set(['choice', 'family', 'home', 'likes']);

interface Sentence {
  readonly id: string;
  readonly language: 'en' | 'zh';
  readonly text: string;
  readonly assistantBefore?: string;
  readonly families: readonly string[];
}
interface Figures {
  fired: number;
  correct: number;
  labelled: number;
  found: number;
  misfires: string[];
}

function measure(sentences: readonly Sentence[], allFamilies: boolean): Map<RuleFamily, Figures> {
  const figures = new Map<RuleFamily, Figures>(
    FAMILIES.map((family) => [family, { fired: 0, correct: 0, labelled: 0, found: 0, misfires: [] }]),
  );
  sentences.forEach((sentence, index) => {
    const message: StoredMessage = {
      id: `m${index}`,
      role: 'user',
      text: sentence.text,
      chatTime: undefined,
      createTime: 0,
    };
    const previous: StoredMessage[] = sentence.assistantBefore
      ? [
          {
            id: `a${index}`,
            role: 'assistant',
            text: sentence.assistantBefore,
            chatTime: undefined,
            createTime: 0,
          },
        ]
      : [];
    const fired = new Set(readMessage({ message, previous }, { allFamilies }).map((hit) => hit.family));
    for (const family of fired) {
      const figure = figures.get(family)!;
      figure.fired += 1;
      if (sentence.families.includes(family)) figure.correct += 1;
      else figure.misfires.push(`${sentence.id}: ${sentence.text}`);
    }
    for (const family of sentence.families as RuleFamily[]) {
      const figure = figures.get(family)!;
      figure.labelled += 1;
      if (fired.has(family)) figure.found += 1;
    }
  });
  return figures;
}

const precise = (figure: Figures) => figure.fired === 0 || figure.correct / figure.fired >= MIN_PRECISION;
const ratio = (part: number, whole: number) =>
  `${part}/${whole}${whole ? ` = ${(part / whole).toFixed(2)}` : ''}`;
const describeFigures = (set: string, family: RuleFamily, figure: Figures) =>
  `${set} ${family}: precision ${ratio(figure.correct, figure.fired)}, recall ${ratio(figure.found, figure.labelled)}${figure.misfires.length ? `; misfires: ${figure.misfires.join(' | ')}` : ''}`;

describe('rule precision on the blind sentences, English', () => {
  const set1 = measure(
    BLIND_RULE_SENTENCES.filter((sentence) => sentence.language === 'en'),
    true,
  );
  const set2 = measure(BLIND_RULE_SENTENCES_2, true);

  it.each(FAMILIES)('%s is on exactly when its blind figures reach 0.9', (family) => {
    console.info(describeFigures('set 1 (en)', family, set1.get(family)!));
    console.info(describeFigures('set 2', family, set2.get(family)!));
    const judgedBySet1 = !TUNED_ON_SET_1.has(family);
    const earned = precise(set2.get(family)!) && (!judgedBySet1 || precise(set1.get(family)!));
    expect(ruleFamilyOn(family, 'en')).toBe(earned);
  });

  it('a family turned off states nothing', () => {
    const live = measure(BLIND_RULE_SENTENCES_2, false);
    for (const family of FAMILIES.filter((candidate) => !ruleFamilyOn(candidate, 'en')))
      expect(live.get(family)!.fired).toBe(0);
  });
});

describe('rule precision on the blind sentences, Chinese (set 1)', () => {
  const set1 = measure(
    BLIND_RULE_SENTENCES.filter((sentence) => sentence.language === 'zh'),
    true,
  );

  it.each(FAMILIES)('%s is on exactly when its blind figures reach 0.9', (family) => {
    console.info(describeFigures('set 1 (zh)', family, set1.get(family)!));
    expect(ruleFamilyOn(family, 'zh')).toBe(precise(set1.get(family)!));
  });
});
