import type { MemoryBackend } from 'memos-middleware';
import { type Estimate, meanWithInterval, pairedDifference } from './intervals.ts';
import { firstHitRank, questionScore } from './recall.ts';
import {
  createBM25Retriever,
  createRandomRetriever,
  datasetTime,
  loadEngine,
  type Retrieved,
} from './retrievers.ts';
import type { Dataset, DatasetQuestion, Persona, QuestionKind } from './types.ts';

// The quality evaluation of one question set (FORMAT.md): every persona in one engine store, each
// question asked at its time through the product's settings (relativity 0.45, default limits), against
// a random draw and BM25 over the user's own messages, with 95% bootstrap intervals.

/** The systems compared. `engine` runs at the product's settings, `engineAtZero` with relativity 0. */
export type SystemName = 'random' | 'bm25' | 'engine' | 'engineAtZero';

/** Recall of one system over the on-topic questions. */
export interface SystemScores {
  questions: number;
  recallAt5: Estimate;
  recallAt10: Estimate;
  perKind: { kind: QuestionKind; questions: number; recallAt10: number }[];
}

/**
 * Why the engine missed (part of) a question at 10: the fresh answer was found but a stale one ranked
 * above it; the answer was in the top 10 at relativity 0 but under the 0.45 threshold; it ranked 11–25;
 * its memory exists but the search never returned it; or it never became a memory.
 */
export type MissCause =
  | 'stale above fresh'
  | 'under the threshold'
  | 'ranked 11-25'
  | 'not matched'
  | 'not extracted';

/** A question the engine missed (fully or partly) at 10, for analysis. */
export interface Miss {
  persona: string;
  kind: QuestionKind;
  question: string;
  answers: string[];
  cause: MissCause;
  answerMemories: string[];
  engineTop: { text: string; relativity: number }[];
  bm25Rank: number | undefined;
}

/** An off-topic question that got memories injected. */
export interface OffTopicInjection {
  persona: string;
  question: string;
  injected: { text: string; relativity: number }[];
}

/** The shape of the set, for the report. */
export interface DatasetStats {
  personas: number;
  userMessages: number;
  messages: number;
  questions: number;
  questionsByKind: Partial<Record<QuestionKind, number>>;
  sessions: { min: number; max: number };
  spanMonths: { min: number; max: number };
}

/** The whole evaluation of one set. */
export interface QualityReport {
  dataset: DatasetStats;
  systems: Record<SystemName, SystemScores>;
  /** Engine (product settings) minus BM25 at 10, paired over the same questions. */
  gainOverBM25: Estimate;
  /** On-topic recall@10 at relativity 0 minus at 0.45: what the threshold costs. */
  thresholdLoss: Estimate;
  offTopic: {
    questions: number;
    /** Memories injected per off-topic question at the product's settings. */
    engine: Estimate;
    /** Share of off-topic questions that got no memory at all. */
    engineNone: number;
    /** Messages BM25 returns for them (it has no threshold). */
    bm25: Estimate;
  };
  updated: { questions: number; engineFreshFirst: Estimate; bm25FreshFirst: Estimate };
  perPersona: { persona: string; name: string; questions: number; engine: number; bm25: number }[];
  misses: Miss[];
  missCauses: Record<MissCause, number>;
  offTopicInjections: OffTopicInjection[];
  unmappedSources: number;
  memories: { total: number; perUserMin: number; perUserMax: number };
}

/** The API's largest `memory_limit_number`: how deep a miss is looked for. */
const DIAGNOSIS_LIMIT = 25;
/** Random draws per question (the random baseline's expected score). */
const RANDOM_DRAWS = 20;
const DAY = 86_400_000;

interface QuestionResult {
  persona: Persona;
  question: DatasetQuestion;
  scores: Record<SystemName, { at5: number; at10: number }>;
  engine: Retrieved;
  engineAtZero: Retrieved;
  deep: Retrieved;
  bm25: Retrieved;
}

const isOnTopic = (question: DatasetQuestion) => question.kind !== 'off-topic';

function askedAt(persona: Persona, question: DatasetQuestion): number {
  if (question.asked_at) return datasetTime(question.asked_at);
  const last = persona.sessions.at(-1)?.messages.at(-1)?.chat_time;
  return (last ? datasetTime(last) : 0) + DAY;
}

function datasetStats(dataset: Dataset): DatasetStats {
  const messages = dataset.personas.flatMap((persona) =>
    persona.sessions.flatMap((session) => session.messages),
  );
  const questions = dataset.personas.flatMap((persona) => persona.questions);
  const questionsByKind: Partial<Record<QuestionKind, number>> = {};
  for (const question of questions)
    questionsByKind[question.kind] = (questionsByKind[question.kind] ?? 0) + 1;
  const spans = dataset.personas.map((persona) => {
    const times = persona.sessions.flatMap((session) => session.messages.map((message) => message.chat_time));
    return (datasetTime(times.at(-1)!) - datasetTime(times[0]!)) / (30.44 * DAY);
  });
  const sessionCounts = dataset.personas.map((persona) => persona.sessions.length);
  return {
    personas: dataset.personas.length,
    userMessages: messages.filter((message) => message.role === 'user').length,
    messages: messages.length,
    questions: questions.length,
    questionsByKind,
    sessions: { min: Math.min(...sessionCounts), max: Math.max(...sessionCounts) },
    spanMonths: { min: Math.floor(Math.min(...spans)), max: Math.ceil(Math.max(...spans)) },
  };
}

function systemScores(results: readonly QuestionResult[], system: SystemName, seed: number): SystemScores {
  const onTopic = results.filter((result) => isOnTopic(result.question));
  const kinds = [...new Set(onTopic.map((result) => result.question.kind))];
  return {
    questions: onTopic.length,
    recallAt5: meanWithInterval(
      onTopic.map((result) => result.scores[system].at5),
      { seed },
    ),
    recallAt10: meanWithInterval(
      onTopic.map((result) => result.scores[system].at10),
      { seed },
    ),
    perKind: kinds.map((kind) => {
      const ofKind = onTopic.filter((result) => result.question.kind === kind);
      return {
        kind,
        questions: ofKind.length,
        recallAt10: ofKind.reduce((sum, result) => sum + result.scores[system].at10, 0) / ofKind.length,
      };
    }),
  };
}

function missCause(result: QuestionResult, extracted: (id: string) => boolean): MissCause {
  const { question } = result;
  const answers = question.answer_message_ids;
  const fresh = firstHitRank(result.engine.ranking, answers);
  if (question.kind === 'updated' && fresh !== undefined && fresh <= 10) return 'stale above fresh';
  const missing =
    question.kind === 'multi-hop'
      ? answers.filter((id) => !result.engine.ranking.slice(0, 10).some((item) => item.includes(id)))
      : answers;
  const atZero = firstHitRank(result.engineAtZero.ranking, missing);
  if (atZero !== undefined && atZero <= 10) return 'under the threshold';
  if (firstHitRank(result.deep.ranking, missing) !== undefined) return 'ranked 11-25';
  return missing.some(extracted) ? 'not matched' : 'not extracted';
}

const top = (retrieved: Retrieved, count: number) =>
  retrieved.texts.slice(0, count).map((text, index) => ({ text, relativity: retrieved.scores[index] ?? 0 }));

/**
 * Loads the set into one engine and scores the engine, BM25 over user messages and a random draw on
 * every question, at the product's settings.
 *
 * @example
 * const report = await evaluateQuality(dataset, (now) => new LocalMemOS({ path: ':memory:', now }));
 */
export async function evaluateQuality(
  dataset: Dataset,
  createBackend: (now: () => number) => MemoryBackend | Promise<MemoryBackend>,
): Promise<QualityReport> {
  const engine = await loadEngine(dataset, createBackend);
  const results: QuestionResult[] = [];
  try {
    for (const [personaIndex, persona] of dataset.personas.entries()) {
      const bm25 = createBM25Retriever(persona);
      const random = createRandomRetriever(persona, 1000 + personaIndex);
      for (const question of persona.questions) {
        const time = askedAt(persona, question);
        const product = await engine.search(persona, question.question, time);
        const atZero = await engine.search(persona, question.question, time, { relativity: 0 });
        const deep = await engine.search(persona, question.question, time, {
          relativity: 0,
          limit: DIAGNOSIS_LIMIT,
        });
        const lexical = bm25.retrieve(question.question);
        const score = (retrieved: Retrieved) =>
          isOnTopic(question)
            ? {
                at5: questionScore(question, retrieved.ranking, 5),
                at10: questionScore(question, retrieved.ranking, 10),
              }
            : { at5: 0, at10: 0 };
        const draws = Array.from({ length: RANDOM_DRAWS }, () => score(random.retrieve(question.question)));
        results.push({
          persona,
          question,
          engine: product,
          engineAtZero: atZero,
          deep,
          bm25: lexical,
          scores: {
            engine: score(product),
            engineAtZero: score(atZero),
            bm25: score(lexical),
            random: {
              at5: draws.reduce((sum, draw) => sum + draw.at5, 0) / RANDOM_DRAWS,
              at10: draws.reduce((sum, draw) => sum + draw.at10, 0) / RANDOM_DRAWS,
            },
          },
        });
      }
    }
  } finally {
    await engine.close();
  }

  const onTopic = results.filter((result) => isOnTopic(result.question));
  const offTopic = results.filter((result) => !isOnTopic(result.question));
  const updated = results.filter((result) => result.question.kind === 'updated');
  const contentOf = (persona: Persona, id: string) =>
    persona.sessions.flatMap((session) => session.messages).find((message) => message.id === id)?.content ??
    id;

  const misses: Miss[] = onTopic
    .filter((result) => result.scores.engine.at10 < 1)
    .map((result) => ({
      persona: result.persona.user_id,
      kind: result.question.kind,
      question: result.question.question,
      answers: result.question.answer_message_ids.map((id) => contentOf(result.persona, id)),
      cause: missCause(result, (id) => engine.extractedSources.has(id)),
      answerMemories: [
        ...new Set(result.question.answer_message_ids.flatMap((id) => engine.memoriesFrom.get(id) ?? [])),
      ],
      engineTop: top(result.engine, 3),
      bm25Rank: firstHitRank(result.bm25.ranking, result.question.answer_message_ids),
    }));
  const missCauses: Record<MissCause, number> = {
    'stale above fresh': 0,
    'under the threshold': 0,
    'ranked 11-25': 0,
    'not matched': 0,
    'not extracted': 0,
  };
  for (const miss of misses) missCauses[miss.cause] += 1;

  const perUser = [...engine.memoriesPerUser.values()];
  return {
    dataset: datasetStats(dataset),
    systems: {
      random: systemScores(results, 'random', 1),
      bm25: systemScores(results, 'bm25', 2),
      engine: systemScores(results, 'engine', 3),
      engineAtZero: systemScores(results, 'engineAtZero', 4),
    },
    gainOverBM25: pairedDifference(
      onTopic.map((result) => result.scores.engine.at10),
      onTopic.map((result) => result.scores.bm25.at10),
      { seed: 5 },
    ),
    thresholdLoss: pairedDifference(
      onTopic.map((result) => result.scores.engineAtZero.at10),
      onTopic.map((result) => result.scores.engine.at10),
      { seed: 6 },
    ),
    offTopic: {
      questions: offTopic.length,
      engine: meanWithInterval(
        offTopic.map((result) => result.engine.ranking.length),
        { seed: 7 },
      ),
      engineNone:
        offTopic.length === 0
          ? Number.NaN
          : offTopic.filter((result) => result.engine.ranking.length === 0).length / offTopic.length,
      bm25: meanWithInterval(
        offTopic.map((result) => result.bm25.ranking.length),
        { seed: 8 },
      ),
    },
    updated: {
      questions: updated.length,
      engineFreshFirst: meanWithInterval(
        updated.map((result) => result.scores.engine.at10),
        { seed: 9 },
      ),
      bm25FreshFirst: meanWithInterval(
        updated.map((result) => result.scores.bm25.at10),
        { seed: 10 },
      ),
    },
    perPersona: dataset.personas.map((persona) => {
      const own = onTopic.filter((result) => result.persona === persona);
      const mean = (system: SystemName) =>
        own.length === 0
          ? Number.NaN
          : own.reduce((sum, result) => sum + result.scores[system].at10, 0) / own.length;
      return {
        persona: persona.user_id,
        name: persona.name,
        questions: own.length,
        engine: mean('engine'),
        bm25: mean('bm25'),
      };
    }),
    misses,
    missCauses,
    offTopicInjections: offTopic
      .filter((result) => result.engine.ranking.length > 0)
      .map((result) => ({
        persona: result.persona.user_id,
        question: result.question.question,
        injected: top(result.engine, 3),
      })),
    unmappedSources: engine.unmappedSources,
    memories: {
      total: perUser.reduce((sum, count) => sum + count, 0),
      perUserMin: Math.min(...perUser),
      perUserMax: Math.max(...perUser),
    },
  };
}
