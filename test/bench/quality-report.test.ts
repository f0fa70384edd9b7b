import { describe, expect, it } from 'vitest';
import type { QualityReport, Scores } from '../../bench/quality/evaluate.ts';
import { type BenchResults, renderReport } from '../../bench/report.ts';

const scores = (recallAt5: number, recallAt10: number, questions: number): Scores => ({
  questions,
  recallAt5,
  recallAt10,
});

function report(engine: Scores, baseline: Scores, personas: number): QualityReport {
  return {
    dataset: { personas, messages: 100, sessions: { min: 8, max: 9 }, spanMonths: { min: 6, max: 9 } },
    perPersona: [{ persona: 'p', name: 'P', engine, baseline, extractedShare: 1 }],
    perKind: [{ kind: 'stable', engine, baseline }],
    overall: { engine, baseline, extractedShare: 1 },
    variants: [],
    misses: [],
    missCauses: { 'not extracted': 0, 'ranked 11-25': 0, 'not matched': 0 },
    unmappedSources: 0,
    memoriesPerPersona: [5],
  };
}

const base: BenchResults = {
  machine: { cpu: 'cpu', cores: 2, ramGb: 4, os: 'linux', node: '22', loadAverage: 0 },
  date: '2026-01-01 00:00 UTC',
  command: 'node bench/run.ts quality',
  quick: false,
  durationS: 1,
};

const summaryLines = (markdown: string) =>
  markdown.split('\n').filter((line) => line.startsWith('| retrieval recall'));

describe('renderReport quality summary', () => {
  // The development set beats the baseline, the held-out set does not: the verdict must follow the
  // held-out set only.
  const development = report(scores(0.9, 0.95, 81), scores(0.6, 0.7, 81), 7);
  const heldOutLosing = report(scores(0.5, 0.6, 43), scores(0.55, 0.65, 43), 4);

  it('has one row per set and judges "engine > baseline" on the held-out set', () => {
    const markdown = renderReport({
      ...base,
      quality: { ...development, heldOut: heldOutLosing, durationS: 1 },
    });
    const [devRow, heldOutRow, ...rest] = summaryLines(markdown);
    expect(rest).toEqual([]);
    expect(devRow).toContain('development set (81 questions, used for tuning)');
    expect(devRow).toMatch(/\| report \(tuned on it\) \| — \|$/);
    expect(heldOutRow).toContain('held-out set (43 questions, never used for tuning)');
    expect(heldOutRow).toContain('50.0 % / 60.0 % vs 55.0 % / 65.0 %');
    expect(heldOutRow).toMatch(/\| engine > baseline \| \*\*no\*\* \|$/);
  });

  it('says yes when the engine beats the baseline on the held-out set at both depths', () => {
    const heldOutWinning = report(scores(0.7, 0.8, 43), scores(0.6, 0.7, 43), 4);
    const markdown = renderReport({
      ...base,
      quality: { ...development, heldOut: heldOutWinning, durationS: 1 },
    });
    expect(summaryLines(markdown)[1]).toMatch(/\| engine > baseline \| yes \|$/);
  });

  it("states which set was used for tuning and shows both sets' tables", () => {
    const markdown = renderReport({
      ...base,
      quality: { ...development, heldOut: heldOutLosing, durationS: 1 },
    });
    expect(markdown).toContain('### Development set (7 personas, used while tuning the engine)');
    expect(markdown).toContain('### Held-out set (4 personas, written after tuning, never used for tuning)');
    expect(markdown).toContain('topic vocabulary was extended after');
    expect(markdown.match(/\| \*\*all\*\* \|/g)).toHaveLength(2);
  });

  it('fails the verdict when the held-out set was not run', () => {
    const markdown = renderReport({ ...base, quality: { ...development, durationS: 1 } });
    expect(summaryLines(markdown)[1]).toMatch(
      /held-out set \| not run \| engine > baseline \| \*\*no\*\* \|$/,
    );
  });
});
