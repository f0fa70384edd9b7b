import { describe, expect, it } from 'vitest';
import { readMessage, ruleFamilyOn } from '../../src/local/extraction/rule-extractor.ts';
import type { RuleFamily } from '../../src/local/extraction/rules-english.ts';
import type { StoredMessage } from '../../src/local/extraction/types.ts';
import { BLIND_RULE_SENTENCES } from './fixtures/rule-precision-blind.ts';
import { BLIND_RULE_SENTENCES_2 } from './fixtures/rule-precision-blind-2.ts';
import { BLIND_RULE_SENTENCES_3 } from './fixtures/rule-precision-blind-3.ts';

// Precision and recall of each rule family on sentences written blind, by authors who had not read the
// rules, never edited after a measurement. Each set is measured once for a decision taken before it
// ran, then kept here as a guard:
// - set 1 (fixtures/rule-precision-blind.ts: 320 English, 80 Chinese): a family below 0.9 precision in a
//   language is off there. English choice 0.85, family 0.89, home 0.64, likes 0.74 were turned off and
//   then narrowed on set 1 and the non-blind sentences (set 1 no longer judges them).
// - set 2 (fixtures/rule-precision-blind-2.ts: 400 English, weighted to those four): an English family
//   is on iff it reaches 0.9 on set 2 and, for the six never tuned on set 1, on set 1 too. The four came
//   back on; diet 0.71, name 0.80 and plan 0.75 were turned off and then narrowed on sets 1 and 2 and
//   the non-blind sentences (sets 1 and 2 no longer judge them).
// - set 3 (fixtures/rule-precision-blind-3.ts: 400 English, weighted to diet, name and plan), the rule
//   decided before its one measurement: an English family is on iff it reaches 0.9 on every blind set
//   written after it was last tuned (diet, name, plan: set 3; choice, family, home, likes: sets 2 and 3;
//   dislikes, pet, work: sets 1, 2 and 3). A family that never fires on a set is not judged by it.
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
/** The first blind set each English family is judged by: the first written after its last tuning. */
const JUDGED_FROM: Readonly<Record<RuleFamily, 1 | 2 | 3>> = {
  choice: 2,
  family: 2,
  home: 2,
  likes: 2,
  diet: 3,
  name: 3,
  plan: 3,
  dislikes: 1,
  pet: 1,
  work: 1,
};

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
  const sets = [
    measure(
      BLIND_RULE_SENTENCES.filter((sentence) => sentence.language === 'en'),
      true,
    ),
    measure(BLIND_RULE_SENTENCES_2, true),
    measure(BLIND_RULE_SENTENCES_3, true),
  ];

  it.each(FAMILIES)('%s is on exactly when its blind figures reach 0.9', (family) => {
    sets.forEach((set, index) => {
      console.info(
        describeFigures(`set ${index + 1}${index === 0 ? ' (en)' : ''}`, family, set.get(family)!),
      );
    });
    const earned = sets.every((set, index) => index + 1 < JUDGED_FROM[family] || precise(set.get(family)!));
    expect(ruleFamilyOn(family, 'en')).toBe(earned);
  });

  it('a family turned off states nothing', () => {
    for (const sentences of [BLIND_RULE_SENTENCES_2, BLIND_RULE_SENTENCES_3]) {
      const live = measure(sentences, false);
      for (const family of FAMILIES.filter((candidate) => !ruleFamilyOn(candidate, 'en')))
        expect(live.get(family)!.fired).toBe(0);
    }
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
