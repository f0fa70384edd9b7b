import { z } from 'zod';
import { MemOSConfigError } from '../errors/index.ts';
import type { EmbeddingsEndpointOptions, EmbedFunction } from './embeddings/embedder.ts';
import type { Extractor } from './extraction/types.ts';
import type { RankingWeights } from './search/search-memories.ts';
import type { IdempotencyOptions } from './store/idempotency-store.ts';

/**
 * Options of `new LocalMemOS(…)`; unknown keys are refused (a typo like `pth` would otherwise open the
 * default database in the working directory).
 *
 * @example
 * const options: LocalMemOSOptions = { path: ':memory:', ranking: { conversation: 0.3 } };
 */
export interface LocalMemOSOptions {
  /** SQLite file, created with its folder when missing; `':memory:'` for a throw-away store. @default '.memos/memory.db' */
  path?: string | undefined;
  /** Turns messages into memories. @default createRuleExtractor() */
  extractor?: Extractor | undefined;
  /** Your own embedding function; vectors are stored at add time and fused into search. */
  embed?: EmbedFunction | undefined;
  /** An OpenAI-compatible embeddings endpoint (needs the `openai` package); ignored when `embed` is set. */
  embeddings?: EmbeddingsEndpointOptions | undefined;
  /** The clock, in epoch milliseconds (tests pin it). @default Date.now */
  now?: (() => number) | undefined;
  /** Weights of the ranked lists fused into `relativity`, each 0–1 (so relativity stays 0–1). */
  ranking?: RankingWeights | undefined;
  /**
   * How long (and how many) `Idempotency-Key`s of `addMessage` are kept in the database: a repeat in
   * the window stores nothing and gets the first answer.
   * @default { retentionMs: 86_400_000, maxKeys: 100_000 }
   */
  idempotency?: IdempotencyOptions | undefined;
}

// Messages leave the option's name out: the issue's path, put in front of each, names it.
const fn = z.custom<(...args: never[]) => unknown>(
  (value) => typeof value === 'function',
  'must be a function',
);

// Values are numbers the caller chose, never secrets, so the message may repeat them.
const weight = z
  .number({ error: 'must be a number between 0 and 1' })
  .refine((value) => value >= 0 && value <= 1, {
    error: (issue) => `must be between 0 and 1 (got ${String(issue.input)})`,
  })
  .optional();

// Every key of RankingWeights: the mapped type makes the compiler catch a weight added there only.
const RANKING_SHAPE: { [Key in keyof Required<RankingWeights>]: typeof weight } = {
  words: weight,
  topics: weight,
  trigrams: weight,
  vectors: weight,
  conversation: weight,
  minSimilarity: weight,
};

// Strict at every level, like createMemory's options: an unknown key is almost always a typo.
const LocalMemOSOptionsSchema = z.strictObject({
  path: z.string({ error: 'must be a string (a file, or ":memory:")' }).optional(),
  extractor: z
    .custom<Extractor>(
      (value) => typeof (value as Extractor | undefined)?.extract === 'function',
      'must have an extract() method',
    )
    .optional(),
  embed: fn.optional(),
  embeddings: z
    .strictObject({
      model: z.string().min(1, 'must not be empty'),
      baseURL: z.string().optional(),
      apiKey: z.string().optional(),
      client: z
        .custom((value) => typeof value === 'object' && value !== null, 'must be an object')
        .optional(),
    })
    .optional(),
  now: fn.optional(),
  ranking: z.strictObject(RANKING_SHAPE).optional(),
  idempotency: z
    .strictObject({
      retentionMs: z.int('must be a positive integer').positive('must be a positive integer').optional(),
      maxKeys: z.int('must be a positive integer').positive('must be a positive integer').optional(),
    })
    .optional(),
});

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const at = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${at ? `${at}.` : ''}${key}: unknown option`);
  }
  return [at ? `${at}: ${issue.message}` : issue.message];
}

/**
 * Checks `new LocalMemOS(…)` options before anything is opened; throws `MemOSConfigError` naming each
 * bad key (and the bad value of a weight).
 *
 * @example
 * validateLocalOptions({ path: ':memory:', ranking: { words: 0.8 } }); // ok
 * validateLocalOptions({ pth: ':memory:' } as never); // MemOSConfigError: pth: unknown option
 */
export function validateLocalOptions(options: LocalMemOSOptions): void {
  const parsed = LocalMemOSOptionsSchema.safeParse(options);
  if (parsed.success) return;
  const problems = parsed.error.issues.flatMap(describeIssue);
  throw new MemOSConfigError(`Invalid LocalMemOS options: ${problems.join('; ')}`);
}
