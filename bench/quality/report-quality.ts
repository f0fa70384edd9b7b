import type { QualityReport, SystemName, SystemScores } from './evaluate.ts';
import type { Estimate } from './intervals.ts';

/** One evaluated set and what it is for. */
export interface QualitySet {
  /** e.g. 'development set'. */
  readonly label: string;
  /** The held-out set carries the verdict; the others are reported only. */
  readonly role: 'held-out' | 'development';
  /** Where it lives, for the reader. */
  readonly path: string;
  readonly report: QualityReport;
}

/** The quality part of a bench run. */
export interface QualityFigures {
  readonly sets: readonly QualitySet[];
  /** Why the held-out set was not measured, when it was not. */
  readonly heldOutSkipped?: string | undefined;
  readonly durationS: number;
}

/** The issue's targets on the held-out set, at the product's settings. */
export const QUALITY_TARGETS = {
  gainOverBM25: 0.1,
  offTopicInjected: 0.3,
  thresholdLoss: 0.05,
  freshFirst: 0.9,
  personas: 20,
  userMessages: 2000,
  questions: 300,
} as const;

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : 'n/a');
const points = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}` : 'n/a');
const interval = (estimate: Estimate, format: (value: number) => string = percent) =>
  `${format(estimate.value)} [${format(estimate.low).replace(' %', '')}–${format(estimate.high)}]`;
const count = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max)}…` : text);

const SYSTEMS: readonly { name: SystemName; label: string }[] = [
  { name: 'engine', label: 'engine, product settings (relativity 0.45, 9 + 9)' },
  { name: 'engineAtZero', label: 'engine, relativity 0 (diagnostic)' },
  { name: 'bm25', label: 'BM25 over user messages, stemmed, stop words (baseline)' },
  { name: 'random', label: 'random 10 user messages' },
];

/**
 * The summary rows of the quality part: per set the recall@10 of engine vs BM25 vs random, off-topic
 * injections, the threshold's cost, fresh-first on updated facts and the set's size; judged on the
 * held-out set only.
 *
 * @example
 * qualitySummaryRows(figures).map((row) => row.join(' | '));
 */
export function qualitySummaryRows(quality: QualityFigures): string[][] {
  const rows: string[][] = [];
  const heldOut = quality.sets.find((set) => set.role === 'held-out');
  if (!heldOut) {
    rows.push([
      'retrieval quality, held-out set',
      `not run${quality.heldOutSkipped ? ` (${quality.heldOutSkipped})` : ''}`,
      'the targets below',
      '**no**',
    ]);
  }
  for (const set of [...quality.sets].sort((left) => (left.role === 'held-out' ? -1 : 1))) {
    const { report } = set;
    const judged = set.role === 'held-out';
    const target = (text: string) => (judged ? text : 'report (tuned on it)');
    const met = (ok: boolean) => (judged ? yes(ok) : '—');
    const name = `${set.label} (${report.systems.engine.questions} on-topic + ${report.offTopic.questions} off-topic questions)`;
    const { engine, bm25, random } = report.systems;
    rows.push([
      `recall@10, engine vs BM25-user vs random, ${name}`,
      `${interval(engine.recallAt10)} vs ${interval(bm25.recallAt10)} vs ${percent(random.recallAt10.value)}; gain ${interval(report.gainOverBM25, points)} points`,
      target(`≥ BM25 + ${QUALITY_TARGETS.gainOverBM25 * 100} points`),
      met(report.gainOverBM25.value >= QUALITY_TARGETS.gainOverBM25),
    ]);
    rows.push([
      `memories injected per off-topic question, ${set.label}`,
      `${interval(report.offTopic.engine, count)} (none for ${percent(report.offTopic.engineNone)})`,
      target(`≤ ${QUALITY_TARGETS.offTopicInjected}`),
      met(report.offTopic.engine.value <= QUALITY_TARGETS.offTopicInjected),
    ]);
    rows.push([
      `on-topic recall@10 at relativity 0 minus at 0.45, ${set.label}`,
      `${interval(report.thresholdLoss, points)} points (${percent(report.systems.engineAtZero.recallAt10.value)} vs ${percent(engine.recallAt10.value)})`,
      target(`≤ ${QUALITY_TARGETS.thresholdLoss * 100} points`),
      met(report.thresholdLoss.value <= QUALITY_TARGETS.thresholdLoss),
    ]);
    rows.push([
      `updated facts: fresh answer in the top 10 above every stale one, ${set.label} (${report.updated.questions} questions)`,
      `${interval(report.updated.engineFreshFirst)} (BM25 ${percent(report.updated.bm25FreshFirst.value)})`,
      target(`≥ ${QUALITY_TARGETS.freshFirst * 100} %`),
      met(report.updated.engineFreshFirst.value >= QUALITY_TARGETS.freshFirst),
    ]);
    const { dataset } = report;
    rows.push([
      `set size, ${set.label}: users, user messages, questions (one store)`,
      `${dataset.personas}, ${dataset.userMessages.toLocaleString('en')}, ${dataset.questions}`,
      `≥ ${QUALITY_TARGETS.personas}, ≥ ${QUALITY_TARGETS.userMessages.toLocaleString('en')}, ≥ ${QUALITY_TARGETS.questions}`,
      yes(
        dataset.personas >= QUALITY_TARGETS.personas &&
          dataset.userMessages >= QUALITY_TARGETS.userMessages &&
          dataset.questions >= QUALITY_TARGETS.questions,
      ),
    ]);
  }
  return rows;
}

function systemsTable(report: QualityReport): string {
  const kinds = [
    ...new Set(SYSTEMS.flatMap(({ name }) => report.systems[name].perKind.map((row) => row.kind))),
  ];
  const kindCell = (scores: SystemScores, kind: string) => {
    const row = scores.perKind.find((entry) => entry.kind === kind);
    return row ? percent(row.recallAt10) : '—';
  };
  return table(
    [
      'system',
      'recall@5',
      'recall@10 [95% interval]',
      ...kinds.map((kind) => `${kind} @10 (${report.dataset.questionsByKind[kind as never] ?? 0})`),
    ],
    SYSTEMS.map(({ name, label }) => {
      const scores = report.systems[name];
      return [
        label,
        percent(scores.recallAt5.value),
        interval(scores.recallAt10),
        ...kinds.map((kind) => kindCell(scores, kind)),
      ];
    }),
  );
}

function setSection(set: QualitySet): string {
  const { report } = set;
  const { dataset } = report;
  const personas = table(
    ['persona', 'on-topic questions', 'engine @10', 'BM25 @10'],
    report.perPersona.map((row) => [row.name, String(row.questions), percent(row.engine), percent(row.bm25)]),
  );
  const causes = table(
    ['cause of a (partial) miss at 10', 'questions'],
    Object.entries(report.missCauses).map(([cause, total]) => [cause, String(total)]),
  );
  const misses = report.misses.length
    ? table(
        ['persona', 'kind', 'question', 'answering message(s)', 'cause', "engine's top 3", 'BM25 rank'],
        report.misses.map((miss) => [
          miss.persona,
          miss.kind,
          escapeCell(miss.question),
          escapeCell(miss.answers.map((answer) => clip(answer)).join(' / ')),
          miss.cause,
          escapeCell(
            miss.engineTop
              .map((item, index) => `${index + 1}. (${item.relativity.toFixed(2)}) ${clip(item.text, 90)}`)
              .join(' ') || '(nothing)',
          ),
          miss.bm25Rank === undefined ? '—' : String(miss.bm25Rank),
        ]),
      )
    : 'None.';
  const injections = report.offTopicInjections.length
    ? table(
        ['persona', 'off-topic question', 'injected (top 3, relativity)'],
        report.offTopicInjections.map((entry) => [
          entry.persona,
          escapeCell(entry.question),
          escapeCell(
            entry.injected
              .map((item) => `(${item.relativity.toFixed(2)}) ${clip(item.text, 90)}`)
              .join(' / '),
          ),
        ]),
      )
    : 'None.';
  const kinds = Object.entries(dataset.questionsByKind)
    .map(([kind, total]) => `${total} ${kind}`)
    .join(', ');
  return `### ${set.label[0]!.toUpperCase()}${set.label.slice(1)} (\`${set.path}\`)

${dataset.personas} personas in one store, ${dataset.userMessages.toLocaleString('en')} user messages (${dataset.messages.toLocaleString('en')} messages), ${dataset.sessions.min}–${dataset.sessions.max} sessions each over ${dataset.spanMonths.min}–${dataset.spanMonths.max} months; ${dataset.questions} questions (${kinds}). The engine holds ${report.memories.total.toLocaleString('en')} memories (${report.memories.perUserMin}–${report.memories.perUserMax} per user). Unmatched sources: ${report.unmappedSources}.

${systemsTable(report)}

Engine minus BM25 at 10: ${interval(report.gainOverBM25, points)} points (paired bootstrap). Off-topic: ${interval(report.offTopic.engine, count)} memories injected per question by the engine (none for ${percent(report.offTopic.engineNone)} of them); BM25, which has no threshold, returns ${count(report.offTopic.bm25.value)} messages. Updated facts, fresh above stale in the top 10: engine ${interval(report.updated.engineFreshFirst)}, BM25 ${percent(report.updated.bm25FreshFirst.value)}.

${personas}

#### Questions the engine missed (fully or partly) at 10

"stale above fresh": the fresh answer was found but a superseded statement ranked above it. "under the threshold": in the top 10 at relativity 0, not at 0.45. "ranked 11-25": found only deeper (relativity 0, limit 25). "not matched": a memory from the answer exists but the search does not return it. "not extracted": the answer never became a memory.

${causes}

${misses}

#### Off-topic questions that got memories

${injections}
`;
}

/**
 * The quality section of BENCHMARKS.md: method, then one part per set (held-out first).
 *
 * @example
 * qualitySection(figures);
 */
export function qualitySection(quality: QualityFigures): string {
  const ordered = [...quality.sets].sort((left) => (left.role === 'held-out' ? -1 : 1));
  const skipped = quality.sets.some((set) => set.role === 'held-out')
    ? ''
    : `\nThe held-out set was not measured in this run${quality.heldOutSkipped ? `: ${quality.heldOutSkipped}` : ''}.\n`;
  return `## Retrieval quality

Each set is loaded into **one** \`LocalMemOS\` (every persona's sessions in time order, one \`addMessage\` per session
with its \`conversation_id\` and \`chat_time\`s), so every other persona is a distractor. Each question is asked as the
product asks it: \`searchMemory\` with the asking user, the query, and the API's defaults (\`relativity\` 0.45,
\`memory_limit_number\` 9, \`preference_limit_number\` 9), the engine's clock at the question's time. Facts and preferences
are merged by relativity; an item counts for the messages in its \`sources\`. Scoring (\`bench/quality/FORMAT.md\`): a
single-hop or temporal question is a hit at k when an answering message is among the sources of the first k items; a
multi-hop question scores the share of its answering messages reached; an updated question is a hit only when the fresh
answer is in the top k and no stale statement ranks above it; an off-topic question counts the memories injected (every
item returned). Baselines over the same user's own messages: **BM25** (Okapi, k1 1.2, b 0.75, NLTK stop words, Porter
stems, CJK characters as tokens, top 10; the verdict's baseline) and **random** (10 user messages, mean of 20 draws).
Intervals: 95% percentile bootstrap over questions (2,000 resamples; the gain is a paired bootstrap). The held-out set is
written blind and measured once; the development sets were used for tuning, so their figures are reported, not judged.
Run time: ${quality.durationS.toFixed(1)} s.
${skipped}
${ordered.map(setSection).join('\n')}`;
}
