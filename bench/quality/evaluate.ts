import type { MemoryBackend } from 'memos-middleware';
import { firstHitRank, type Judged, recallAtK } from './recall.ts';
import {
  type BM25RetrieverOptions,
  createBM25Retriever,
  createEngineRetriever,
  type PersonaRetriever,
  type Retrieved,
} from './retrievers.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { Dataset, DatasetQuestion, Persona, QuestionKind } from './types.ts';

/** Recall of one system over a set of questions. */
export interface Scores {
  questions: number;
  recallAt5: number;
  recallAt10: number;
}

/**
 * Why the engine missed: the answer never became a memory; it did but the search found it only past
 * rank 10 (out of the API's maximum of 25); or it did and the search never matched it (no indexed term
 * in common with the question).
 */
export type MissCause = 'not extracted' | 'ranked 11-25' | 'not matched';

/** A question the engine missed at 10, with what each system returned, for analysis. */
export interface Miss {
  persona: string;
  question: DatasetQuestion;
  answers: string[];
  /** Whether extraction produced any memory from an answering message. */
  extracted: boolean;
  cause: MissCause;
  /** The memories the answering messages became (empty when not extracted). */
  answerMemories: string[];
  engineTop: string[];
  baselineRank: number | undefined;
}

/** The shape of the dataset, for the report. */
export interface DatasetStats {
  personas: number;
  messages: number;
  sessions: { min: number; max: number };
  spanMonths: { min: number; max: number };
}

/** The whole evaluation. */
export interface QualityReport {
  dataset: DatasetStats;
  perPersona: { persona: string; name: string; engine: Scores; baseline: Scores; extractedShare: number }[];
  perKind: { kind: QuestionKind; engine: Scores; baseline: Scores }[];
  overall: { engine: Scores; baseline: Scores; extractedShare: number };
  /** Diagnostic BM25 variants (not the baseline), overall. */
  variants: { name: string; scores: Scores }[];
  misses: Miss[];
  missCauses: Record<MissCause, number>;
  unmappedSources: number;
  memoriesPerPersona: number[];
}

const scores = (judged: readonly Judged[]): Scores => ({
  questions: judged.length,
  recallAt5: recallAtK(judged, 5),
  recallAt10: recallAtK(judged, 10),
});

interface QuestionResult {
  persona: Persona;
  question: DatasetQuestion;
  engine: Retrieved;
  baseline: Retrieved;
  extracted: boolean;
  deepRank: number | undefined;
  answerMemories: string[];
  variants: Retrieved[];
}

/** The API's largest `memory_limit_number`: how deep a miss is looked for. */
const DIAGNOSIS_LIMIT = 25;

const VARIANTS: { name: string; options: BM25RetrieverOptions }[] = [
  { name: 'BM25, raw messages, stop words removed', options: { stopWords: STOP_WORDS } },
  { name: 'BM25, user messages only', options: { userOnly: true } },
];

async function runPersona(
  persona: Persona,
  createBackend: () => MemoryBackend | Promise<MemoryBackend>,
): Promise<{ results: QuestionResult[]; unmapped: number; memories: number }> {
  const variants = VARIANTS.map(({ options }) => createBM25Retriever(persona, options));
  const baseline = createBM25Retriever(persona);
  const engine: PersonaRetriever = await createEngineRetriever(persona, createBackend);
  try {
    const results: QuestionResult[] = [];
    for (const question of persona.questions) {
      const deep = await engine.retrieve(question.question, DIAGNOSIS_LIMIT);
      results.push({
        persona,
        question,
        engine: await engine.retrieve(question.question),
        baseline: await baseline.retrieve(question.question),
        extracted: question.answer_message_ids.some((id) => engine.extractedSources?.has(id) ?? false),
        deepRank: firstHitRank(deep.ranking, question.answer_message_ids),
        variants: await Promise.all(variants.map((variant) => variant.retrieve(question.question))),
        answerMemories: question.answer_message_ids.flatMap((id) => engine.memoriesFrom?.get(id) ?? []),
      });
    }
    return { results, unmapped: engine.unmappedSources, memories: engine.memoryCount ?? 0 };
  } finally {
    await engine.close();
    await baseline.close();
  }
}

/**
 * Runs the engine and the BM25 baseline over every persona and question of the dataset.
 *
 * @example
 * const report = await evaluateQuality(dataset, () => new LocalMemOS({ path: ':memory:' }));
 */
export async function evaluateQuality(
  dataset: Dataset,
  createBackend: () => MemoryBackend | Promise<MemoryBackend>,
): Promise<QualityReport> {
  const all: QuestionResult[] = [];
  let unmappedSources = 0;
  const memoriesPerPersona: number[] = [];
  for (const persona of dataset.personas) {
    const { results, unmapped, memories } = await runPersona(persona, createBackend);
    all.push(...results);
    unmappedSources += unmapped;
    memoriesPerPersona.push(memories);
  }
  const judge = (results: readonly QuestionResult[], system: 'engine' | 'baseline'): Judged[] =>
    results.map((result) => ({
      ranking: result[system].ranking,
      answers: result.question.answer_message_ids,
    }));
  const both = (results: readonly QuestionResult[]) => ({
    engine: scores(judge(results, 'engine')),
    baseline: scores(judge(results, 'baseline')),
  });
  const share = (results: readonly QuestionResult[]) =>
    results.length === 0 ? 0 : results.filter((result) => result.extracted).length / results.length;
  const contentOf = (persona: Persona, id: string) =>
    persona.sessions.flatMap((session) => session.messages).find((message) => message.id === id)?.content ??
    id;

  const misses: Miss[] = all
    .filter((result) => firstHitRank(result.engine.ranking, result.question.answer_message_ids) === undefined)
    .map((result) => ({
      persona: result.persona.user_id,
      question: result.question,
      answers: result.question.answer_message_ids.map((id) => contentOf(result.persona, id)),
      extracted: result.extracted,
      cause: !result.extracted
        ? 'not extracted'
        : result.deepRank !== undefined
          ? 'ranked 11-25'
          : 'not matched',
      answerMemories: [...new Set(result.answerMemories)],
      engineTop: result.engine.texts.slice(0, 3),
      baselineRank: firstHitRank(result.baseline.ranking, result.question.answer_message_ids),
    }));
  const missCauses: Record<MissCause, number> = { 'not extracted': 0, 'ranked 11-25': 0, 'not matched': 0 };
  for (const miss of misses) missCauses[miss.cause] += 1;

  const spans = dataset.personas.map((persona) => {
    const times = persona.sessions.flatMap((session) => session.messages.map((message) => message.chat_time));
    const first = Date.parse(`${times[0]!.replace(' ', 'T')}Z`);
    const last = Date.parse(`${times.at(-1)!.replace(' ', 'T')}Z`);
    return (last - first) / (30.44 * 86_400_000);
  });
  const sessionCounts = dataset.personas.map((persona) => persona.sessions.length);
  return {
    dataset: {
      personas: dataset.personas.length,
      messages: dataset.personas.reduce(
        (sum, persona) =>
          sum + persona.sessions.reduce((count, session) => count + session.messages.length, 0),
        0,
      ),
      sessions: { min: Math.min(...sessionCounts), max: Math.max(...sessionCounts) },
      spanMonths: { min: Math.floor(Math.min(...spans)), max: Math.ceil(Math.max(...spans)) },
    },
    perPersona: dataset.personas.map((persona) => {
      const results = all.filter((result) => result.persona === persona);
      return {
        persona: persona.user_id,
        name: persona.name,
        ...both(results),
        extractedShare: share(results),
      };
    }),
    perKind: (['stable', 'updated', 'indirect'] as const).map((kind) => ({
      kind,
      ...both(all.filter((result) => result.question.kind === kind)),
    })),
    overall: { ...both(all), extractedShare: share(all) },
    misses,
    missCauses,
    variants: VARIANTS.map(({ name }, index) => ({
      name,
      scores: scores(
        all.map((result) => ({
          ranking: result.variants[index]!.ranking,
          answers: result.question.answer_message_ids,
        })),
      ),
    })),
    unmappedSources,
    memoriesPerPersona,
  };
}
