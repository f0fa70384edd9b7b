import { MemOSConfigError, MemOSResponseError } from '../../errors/index.ts';
import { loadOpenAI, type OpenAIClientLike, wrapProviderError } from '../extraction/openai-loader.ts';

/** Turns texts into vectors, one per text, in order. */
export type EmbedFunction = (texts: string[]) => Promise<number[][]>;

/** An OpenAI-compatible embeddings endpoint. */
export interface EmbeddingsEndpointOptions {
  /** e.g. `http://127.0.0.1:11434/v1`; the openai package's default when absent. */
  readonly baseURL?: string | undefined;
  readonly apiKey?: string | undefined;
  readonly model: string;
  /** An `openai` client to use instead of building one. */
  readonly client?: OpenAIClientLike | undefined;
}

/** The engine's view of an embedder: a model name (vectors are stored per model) and a batch call. */
export interface Embedder {
  readonly model: string;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

function checked(vectors: unknown, count: number, model: string): Float32Array[] {
  const valid =
    Array.isArray(vectors) &&
    vectors.length === count &&
    vectors.every(
      (vector) =>
        Array.isArray(vector) && vector.length > 0 && vector.every((value) => Number.isFinite(value)),
    );
  if (!valid) {
    throw new MemOSResponseError(
      `The embedder (${model}) returned ${count} texts' vectors in the wrong shape`,
      {
        status: 200,
        issues: [{ path: 'embeddings', message: `expected ${count} non-empty number arrays` }],
      },
    );
  }
  return (vectors as number[][]).map((vector) => Float32Array.from(vector));
}

/**
 * Builds the embedder from the engine options: a user `embed` function wins; otherwise an
 * OpenAI-compatible endpoint through the optional `openai` package; otherwise none.
 *
 * @example
 * const embedder = createEmbedder({ embed: async (texts) => texts.map(() => [1, 0]) });
 */
export function createEmbedder({
  embed,
  embeddings,
}: {
  embed?: EmbedFunction | undefined;
  embeddings?: EmbeddingsEndpointOptions | undefined;
}): Embedder | undefined {
  if (embed) {
    if (typeof embed !== 'function') throw new MemOSConfigError('embed must be a function');
    const model = embeddings?.model ?? 'custom';
    return {
      model,
      async embed(texts) {
        if (texts.length === 0) return [];
        return checked(await embed([...texts]), texts.length, model);
      },
    };
  }
  if (!embeddings) return undefined;
  if (!embeddings.model) throw new MemOSConfigError('embeddings.model is required');
  const { model, baseURL, apiKey, client } = embeddings;
  let clientPromise: Promise<OpenAIClientLike> | undefined;
  return {
    model,
    async embed(texts) {
      if (texts.length === 0) return [];
      clientPromise ??= client ? Promise.resolve(client) : loadOpenAI({ baseURL, apiKey });
      const openai = await clientPromise;
      let response: { data: { embedding: number[]; index: number }[] };
      try {
        response = (await openai.embeddings.create({ model, input: [...texts] })) as typeof response;
      } catch (error) {
        throw wrapProviderError(error, 'embeddings');
      }
      const ordered = [...(response?.data ?? [])].sort((left, right) => left.index - right.index);
      return checked(
        ordered.map((item) => item.embedding),
        texts.length,
        model,
      );
    },
  };
}
