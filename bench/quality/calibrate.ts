// `node --conditions=memos-source bench/quality/calibrate.ts [--fit] [--weak] [--spent] [key=value ...]`: fits
// the engine's relevance calibration (src/local/search/relevance.ts) on the DEVELOPMENT set only; never
// pointed at the held-out set. The set is loaded once into a file database; each candidate calibration
// then answers every question at relativity 0 through a search built on that database, which traces
// each returned memory's match strength. From those traces the answerability model is fitted (logistic
// regression: answering memories against the memories an off-topic question would get) and its bias
// placed so that the product's threshold, 0.45, keeps off-topic injections at or under 0.2 per question
// (the issue allows 0.3) with the most on-topic recall. `--fit` also searches the match features by
// coordinate ascent. Prints the figures and the calibration to paste into relevance.ts.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchMemoryRequest } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import {
  type AnswerabilityModel,
  CALIBRATION,
  type RelevanceCalibration,
  relativityFromMatch,
} from '../../src/local/search/relevance.ts';
import { createSearch, type SearchTrace } from '../../src/local/search/search-memories.ts';
import { createMemoryStore } from '../../src/local/store/memory-store.ts';
import { openDatabase } from '../../src/local/store/open-database.ts';
import { createStatementCache } from '../../src/local/store/statement-cache.ts';
import { questionScore, type RankedItem } from './recall.ts';
import { createBM25Retriever, datasetTime, loadEngine } from './retrievers.ts';
import { legacySet, loadDevelopmentSet, loadSpentHeldOutSets } from './sets.ts';
import type { Dataset, DatasetQuestion, Persona } from './types.ts';

const args = process.argv.slice(2);
const OFF_TOPIC_BUDGET = 0.2;
const PROBE_WEIGHT = 0.3;
const PROBE_BUDGET = 1.75;
const development = await loadDevelopmentSet();
// --spent: also the spent held-out sets (2 to 17), development data since their one run as the verdict.
const spent = args.includes('--spent')
  ? (await loadSpentHeldOutSets()).flatMap(({ dataset }) => dataset.personas)
  : [];
const dataset: Dataset = args.includes('--legacy')
  ? { personas: [...development.personas, ...spent, ...legacySet().personas] }
  : { personas: [...development.personas, ...spent] };
const overrides = Object.fromEntries(
  args.filter((arg) => arg.includes('=')).map((arg) => [arg.split('=')[0], Number(arg.split('=')[1])]),
) as Partial<RelevanceCalibration>;

const folder = mkdtempSync(join(tmpdir(), 'memos-calibrate-'));
const path = join(folder, 'dev.db');
let calibration: RelevanceCalibration = { ...CALIBRATION, ...overrides };
let search: ReturnType<typeof createSearch> | undefined;
let lastTrace: SearchTrace | undefined;
const rebuilds: (() => void)[] = [];
const engine = await loadEngine(dataset, (now) => {
  const memos = new LocalMemOS({ path, now });
  const database = openDatabase(path);
  const statements = createStatementCache(database);
  const memories = createMemoryStore(database);
  const rebuild = () => {
    search = createSearch({
      statements,
      memories,
      calibration,
      now,
      trace: (event) => {
        lastTrace = event;
      },
    });
  };
  rebuild();
  rebuilds.push(rebuild);
  return {
    addMessage: (body) => memos.addMessage(body),
    searchMemory: async (body) => search!(body as SearchMemoryRequest, undefined),
    getMessage: (body) => memos.getMessage(body),
    getMemory: (body) => memos.getMemory(body),
    deleteMemory: (body) => memos.deleteMemory(body),
    close: async () => {
      database.close();
      await memos.close();
    },
  };
});

const DAY = 86_400_000;
const askedAt = (persona: Persona, question: DatasetQuestion) =>
  question.asked_at
    ? datasetTime(question.asked_at)
    : datasetTime(persona.sessions.at(-1)!.messages.at(-1)!.chat_time) + DAY;
// Off-topic questions about the user's own errands, asked of every persona: the development set's
// off-topic questions are almost all about the world ("How do typhoons get their names?"), and a model
// fitted on those alone learns that anything said in the first person is answered. These hold personal
// questions to a real match. Written for calibration only; the issue's own example is the first.
const PERSONAL_PROBES = [
  'Which food processor should I buy for my kitchen?',
  'Can you help me write a thank-you note to my neighbour?',
  'What should I name my new houseplant?',
  'How do I reset my router password?',
  'Which font should I use for my slides?',
  'What is the best way to clean my oven?',
  'Can you give me a fun fact to tell my friends?',
  'Suggest a name for my fantasy football team.',
  'How should I organise my email inbox?',
  'What colour should I paint my front door?',
];
const questions = [
  ...dataset.personas.flatMap((persona) => persona.questions.map((question) => ({ persona, question }))),
  ...dataset.personas.flatMap((persona) =>
    PERSONAL_PROBES.map((text, index) => ({
      persona,
      question: {
        id: `${persona.user_id}-probe${index}`,
        question: text,
        kind: 'off-topic' as const,
        answer_message_ids: [],
        probe: true,
      },
    })),
  ),
];
const isProbe = (question: DatasetQuestion) => (question as { probe?: boolean }).probe === true;
const onTopicCount = questions.filter(({ question }) => question.kind !== 'off-topic').length;
const bm25 =
  questions.reduce((sum, { persona, question }) => {
    if (question.kind === 'off-topic') return sum;
    return (
      sum + questionScore(question, createBM25Retriever(persona).retrieve(question.question).ranking, 10)
    );
  }, 0) / onTopicCount;

/** One question answered at relativity 0: its ranking and each item's match strength. */
interface Traced {
  question: DatasetQuestion;
  personal: boolean;
  best: number;
  items: { ids: RankedItem; match: number }[];
}

async function traceAll(candidate: RelevanceCalibration): Promise<Traced[]> {
  calibration = candidate;
  for (const rebuild of rebuilds) rebuild();
  const traced: Traced[] = [];
  for (const { persona, question } of questions) {
    const result = await engine.search(persona, question.question, askedAt(persona, question), {
      relativity: 0,
    });
    const trace = lastTrace!;
    // The bench merges lists by relativity (stable: facts first); the trace lists facts, then
    // preferences, then tools, so the same stable sort lines the two up.
    const matches = trace.items
      .map((item, index) => ({ ...item, index }))
      .sort((left, right) => right.relativity - left.relativity)
      .map((item) => item.match);
    traced.push({
      question,
      personal: trace.personal,
      best: trace.best,
      items: result.ranking.map((ids, index) => ({ ids, match: matches[index] ?? 0 })),
    });
  }
  return traced;
}

interface Figures {
  recall: number;
  atZero: number;
  offTopic: number;
  probes: number;
  freshFirst: number;
}

function figures(traced: readonly Traced[], model: AnswerabilityModel): Figures {
  let recall = 0;
  let atZero = 0;
  let injected = 0;
  let offTopic = 0;
  let probed = 0;
  let probes = 0;
  let fresh = 0;
  let updated = 0;
  for (const entry of traced) {
    const kept = entry.items.filter(
      (item) => relativityFromMatch(item.match, entry.best, entry.personal, model) >= 0.45,
    );
    if (isProbe(entry.question)) {
      probed += kept.length;
      probes += 1;
      continue;
    }
    if (entry.question.kind === 'off-topic') {
      injected += kept.length;
      offTopic += 1;
      continue;
    }
    const score = questionScore(
      entry.question,
      kept.map((item) => item.ids),
      10,
    );
    recall += score;
    atZero += questionScore(
      entry.question,
      entry.items.map((item) => item.ids),
      10,
    );
    if (entry.question.kind === 'updated') {
      updated += 1;
      fresh += score;
    }
  }
  return {
    recall: recall / onTopicCount,
    atZero: atZero / onTopicCount,
    offTopic: injected / Math.max(1, offTopic),
    probes: probed / Math.max(1, probes),
    freshFirst: fresh / Math.max(1, updated),
  };
}

/** Logistic regression on the traces, then the bias that keeps off-topic injections in budget. */
function fitModel(traced: readonly Traced[]): AnswerabilityModel {
  type Example = { x: number[]; y: number; weight: number };
  const examples: Example[] = [];
  for (const entry of traced) {
    const row = (match: number) => [1, match, entry.best, entry.personal ? 1 : 0];
    if (entry.question.kind === 'off-topic') {
      // A probe's matches are often loosely relevant (a kitchen renovation for a food processor), so
      // they count for less than the set's own off-topic questions.
      const weight = isProbe(entry.question) ? PROBE_WEIGHT : 1;
      for (const item of entry.items) examples.push({ x: row(item.match), y: 0, weight });
      continue;
    }
    const wanted = new Set(entry.question.answer_message_ids);
    for (const item of entry.items.slice(0, 10))
      if (item.ids.some((id) => wanted.has(id))) examples.push({ x: row(item.match), y: 1, weight: 1 });
  }
  const total = examples.reduce((sum, example) => sum + example.weight, 0);
  let weights = [0, 0, 0, 0];
  for (let step = 0; step < 8000; step += 1) {
    const gradient = [0, 0, 0, 0];
    for (const { x, y, weight } of examples) {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, value, index) => sum + value * weights[index]!, 0)));
      x.forEach((value, index) => {
        gradient[index]! += weight * (p - y) * value;
      });
    }
    weights = weights.map((value, index) => value - (2 * gradient[index]!) / total);
  }
  const [bias, match, best, personal] = weights as [number, number, number, number];
  let chosen: AnswerabilityModel = { bias, match, best, personal };
  let chosenRecall = -1;
  for (let shift = -6; shift <= 6; shift += 0.05) {
    const model = { bias: bias + shift, match, best, personal };
    const result = figures(traced, model);
    if (
      result.offTopic <= OFF_TOPIC_BUDGET &&
      result.probes <= PROBE_BUDGET &&
      result.recall > chosenRecall
    ) {
      chosen = model;
      chosenRecall = result.recall;
    }
  }
  return chosen;
}

const show = (result: Figures) =>
  `recall@10 ${(result.recall * 100).toFixed(1)} (at 0: ${(result.atZero * 100).toFixed(1)}, cost ${((result.atZero - result.recall) * 100).toFixed(1)}), off-topic ${result.offTopic.toFixed(2)}, personal probes ${result.probes.toFixed(2)}, fresh first ${(result.freshFirst * 100).toFixed(1)}`;

async function evaluate(candidate: RelevanceCalibration) {
  const traced = await traceAll(candidate);
  const model = fitModel(traced);
  return { calibration: { ...candidate, model }, traced, figures: figures(traced, model) };
}

console.log(
  `${dataset.personas.length} personas, ${onTopicCount} on-topic questions; BM25-user recall@10 ${(bm25 * 100).toFixed(1)}`,
);
const current = await traceAll(calibration);
console.log(`as calibrated now: ${show(figures(current, calibration.model))}`);
let best = await evaluate(calibration);
console.log(`model refitted:    ${show(best.figures)}`);

const GRID: Partial<Record<keyof RelevanceCalibration, number[]>> = {
  coverageAtThreshold: [0.2, 0.3, 0.4],
  unknownWeight: [0.5, 0.7, 0.9, 1.1, 1.3],
  lengthExponent: [0, 0.1, 0.2],
  characterWeight: [0.35, 0.5, 0.7],
  relatedWeight: [0.4, 0.6, 0.8],
  partialWeight: [0.4, 0.6, 0.8],
  recency: [0, 0.05, 0.1],
  latestRecency: [0.15, 0.25, 0.4],
  superseded: [0.4, 0.6, 0.8],
  topicEvidence: [0, 0.2, 0.3, 0.4],
};
const objective = (result: Figures) =>
  result.recall - 2 * Math.max(0, result.atZero - result.recall - 0.04) + 0.05 * result.freshFirst;
if (args.includes('--fit')) {
  for (let round = 0; round < 2; round += 1) {
    for (const [key, values] of Object.entries(GRID) as [keyof RelevanceCalibration, number[]][]) {
      for (const value of values) {
        if (best.calibration[key] === value) continue;
        const candidate = await evaluate({ ...best.calibration, [key]: value });
        if (objective(candidate.figures) > objective(best.figures) + 1e-9) {
          best = candidate;
          console.log(`  ${key} = ${value}: ${show(best.figures)}`);
        }
      }
    }
  }
}
console.log(`calibration: ${JSON.stringify(best.calibration)}\n  ${show(best.figures)}`);

if (args.includes('--weak')) {
  for (const entry of best.traced) {
    const off = entry.question.kind === 'off-topic';
    if ((off && entry.best >= 0.4) || (!off && entry.best < 0.5))
      console.log(
        `${off ? 'OFF' : 'ON '} ${entry.best.toFixed(2)} ${entry.personal ? 'P' : ' '} ${entry.question.question}`,
      );
  }
}
if (args.includes('--probes')) {
  const byProbe = new Map<string, number[]>();
  for (const entry of best.traced.filter((item) => isProbe(item.question))) {
    const top = entry.items[0];
    const list = byProbe.get(entry.question.question) ?? [];
    list.push(top ? top.match : 0);
    byProbe.set(entry.question.question, list);
  }
  for (const [probe, values] of byProbe)
    console.log(
      `${probe}: best matches ${values
        .map((value) => value.toFixed(2))
        .sort()
        .reverse()
        .slice(0, 8)
        .join(' ')}`,
    );
}
if (args.includes('--updated')) {
  for (const entry of best.traced.filter((item) => item.question.kind === 'updated')) {
    const kept = entry.items.filter(
      (item) => relativityFromMatch(item.match, entry.best, entry.personal, best.calibration.model) >= 0.45,
    );
    const ranking = kept.map((item) => item.ids);
    if (questionScore(entry.question, ranking, 10) === 1) continue;
    const fresh = ranking.findIndex((ids) =>
      ids.some((id) => entry.question.answer_message_ids.includes(id)),
    );
    const stale = ranking.findIndex((ids) =>
      ids.some((id) => (entry.question.stale_message_ids ?? []).includes(id)),
    );
    const atZeroFresh = entry.items.findIndex((item) =>
      item.ids.some((id) => entry.question.answer_message_ids.includes(id)),
    );
    const atZeroStale = entry.items.findIndex((item) =>
      item.ids.some((id) => (entry.question.stale_message_ids ?? []).includes(id)),
    );
    console.log(
      `UPD fresh ${fresh} stale ${stale} (at 0: fresh ${atZeroFresh} stale ${atZeroStale}) ${entry.question.question}`,
    );
  }
}
await engine.close();
rmSync(folder, { recursive: true, force: true });
