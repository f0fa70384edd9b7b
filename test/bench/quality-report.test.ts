import { describe, expect, it } from 'vitest';
import type { QualityReport, SystemScores } from '../../bench/quality/evaluate.ts';
import type { Estimate } from '../../bench/quality/intervals.ts';
import type { QualitySet } from '../../bench/quality/report-quality.ts';
import { type BenchResults, renderReport } from '../../bench/report.ts';

const at = (value: number): Estimate => ({ value, low: value - 0.05, high: value + 0.05 });
const system = (recallAt10: number): SystemScores => ({
  questions: 300,
  recallAt5: at(recallAt10 - 0.1),
  recallAt10: at(recallAt10),
  perKind: [{ kind: 'single-hop', questions: 300, recallAt10 }],
});

function report({
  engine,
  bm25,
  offTopic = 0.2,
  loss = 0.02,
  freshFirst = 0.95,
}: {
  engine: number;
  bm25: number;
  offTopic?: number;
  loss?: number;
  freshFirst?: number;
}): QualityReport {
  return {
    dataset: {
      personas: 20,
      userMessages: 2100,
      messages: 4200,
      questions: 340,
      questionsByKind: { 'single-hop': 300, 'off-topic': 40 },
      sessions: { min: 10, max: 12 },
      spanMonths: { min: 6, max: 12 },
    },
    systems: {
      engine: system(engine),
      engineAtZero: system(engine + loss),
      bm25: system(bm25),
      random: system(0.1),
    },
    gainOverBM25: at(engine - bm25),
    thresholdLoss: at(loss),
    offTopic: { questions: 40, engine: at(offTopic), engineNone: 0.9, bm25: at(8) },
    updated: { questions: 30, engineFreshFirst: at(freshFirst), bm25FreshFirst: at(0.5) },
    perPersona: [{ persona: 'p', name: 'P', questions: 15, engine, bm25 }],
    misses: [],
    missCauses: {
      'stale above fresh': 0,
      'under the threshold': 0,
      'ranked 11-25': 0,
      'not matched': 0,
      'not extracted': 0,
    },
    offTopicInjections: [],
    unmappedSources: 0,
    memories: { total: 3000, perUserMin: 100, perUserMax: 200 },
  };
}

const base: BenchResults = {
  machine: { cpu: 'cpu', cores: 2, ramGb: 4, os: 'linux', node: '22', loadAverage: 0 },
  date: '2026-01-01 00:00 UTC',
  command: 'node bench/run.ts quality',
  quick: false,
  durationS: 1,
};

const development: QualitySet = {
  label: 'development set',
  role: 'development',
  path: 'bench/quality/dev/',
  report: report({ engine: 0.9, bm25: 0.6 }),
};
const heldOut = (values: Parameters<typeof report>[0]): QualitySet => ({
  label: 'held-out set',
  role: 'held-out',
  path: 'bench/quality/heldout-2/',
  report: report(values),
});

const summary = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && / set/.test(line))
    .map((line) => line.split(' | ').at(-1));

describe('renderReport quality summary', () => {
  it('judges the held-out set against the issue targets and reports the development set unjudged', () => {
    const markdown = renderReport({
      ...base,
      quality: { sets: [development, heldOut({ engine: 0.8, bm25: 0.65, offTopic: 0.5 })], durationS: 1 },
    });
    const rows = markdown.split('\n').filter((line) => line.includes('held-out set'));
    expect(rows.find((row) => row.includes('| recall@10'))).toMatch(/≥ BM25 \+ 10 points \| yes \|$/);
    expect(rows.find((row) => row.includes('| memories injected'))).toMatch(/≤ 0.3 \| \*\*no\*\* \|$/);
    expect(rows.find((row) => row.includes('| on-topic recall@10 at relativity 0'))).toMatch(/\| yes \|$/);
    expect(rows.find((row) => row.includes('| updated facts'))).toMatch(/\| yes \|$/);
    const devRows = markdown
      .split('\n')
      .filter(
        (line) => line.startsWith('| ') && line.includes(', development set') && !line.includes('set size'),
      );
    expect(devRows.length).toBeGreaterThanOrEqual(4);
    for (const row of devRows) expect(row).toMatch(/\| report \(tuned on it\) \| — \|$/);
  });

  it('fails the gain when the engine is not 10 points above BM25 on the held-out set', () => {
    const markdown = renderReport({
      ...base,
      quality: { sets: [development, heldOut({ engine: 0.7, bm25: 0.65 })], durationS: 1 },
    });
    const row = markdown
      .split('\n')
      .find((line) => line.includes('| recall@10') && line.includes('held-out'));
    expect(row).toMatch(/\| \*\*no\*\* \|$/);
    expect(row).toContain('70.0 %');
  });

  it('says the held-out set was not run, and why', () => {
    const markdown = renderReport({
      ...base,
      quality: { sets: [development], heldOutSkipped: 'run with --dev-only', durationS: 1 },
    });
    expect(summary(markdown)[0]).toBe('**no** |');
    expect(markdown).toContain('not run (run with --dev-only)');
    expect(markdown).toContain('The held-out set was not measured in this run: run with --dev-only.');
  });

  it('lists per-kind recall for every system, and the set size against the issue target', () => {
    const markdown = renderReport({
      ...base,
      quality: { sets: [heldOut({ engine: 0.8, bm25: 0.6 })], durationS: 1 },
    });
    expect(markdown).toContain('| BM25 over user messages, stemmed, stop words (baseline) |');
    expect(markdown).toContain('| random 10 user messages |');
    expect(markdown).toMatch(/set size, held-out set.*\| 20, 2,100, 340 \| ≥ 20, ≥ 2,000, ≥ 300 \| yes \|/);
  });
});
