import { createAPIError, MemOSConfigError, MemOSConnectionError, MemOSError } from '../../errors/index.ts';

/** The two calls the local engine makes on an `openai` client (structural, so any compatible client fits). */
export interface OpenAIClientLike {
  readonly chat: { readonly completions: { create(params: Record<string, unknown>): Promise<unknown> } };
  readonly embeddings: { create(params: Record<string, unknown>): Promise<unknown> };
}

/**
 * Builds an `openai` client, importing the package only now: it is an optional peer, so
 * `memos-middleware/local` works without it until an LLM extractor or endpoint embeddings are used.
 *
 * @example
 * const client = await loadOpenAI({ baseURL: 'http://127.0.0.1:11434/v1', apiKey: 'local' });
 */
export async function loadOpenAI({
  baseURL,
  apiKey,
  maxRetries = 1,
}: {
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  maxRetries?: number | undefined;
}): Promise<OpenAIClientLike> {
  let module: { default: new (options: Record<string, unknown>) => OpenAIClientLike };
  try {
    module = (await import('openai')) as unknown as typeof module;
  } catch (error) {
    throw new MemOSConfigError(
      'The LLM extractor and endpoint embeddings need the "openai" package: npm install openai',
      {
        cause: error,
      },
    );
  }
  // Local OpenAI-compatible servers rarely check the key, but the client refuses to start without one.
  const key = apiKey ?? process.env.OPENAI_API_KEY ?? 'not-needed';
  return new module.default({ baseURL, apiKey: key, maxRetries });
}

/**
 * Maps an error thrown by the `openai` client to the package's error family, keeping the original as
 * `cause` and never copying a request header (the key) into the message.
 *
 * @example
 * catch (error) { throw wrapProviderError(error, 'chat.completions'); }
 */
export function wrapProviderError(error: unknown, endpoint: string): MemOSError {
  if (MemOSError.isInstance(error)) return error;
  const details = error as { status?: unknown; message?: unknown; name?: unknown };
  const message = typeof details.message === 'string' ? details.message.slice(0, 300) : 'request failed';
  if (typeof details.status !== 'number') {
    return new MemOSConnectionError(`The ${endpoint} endpoint could not be reached: ${message}`, {
      cause: error,
    });
  }
  const apiError = createAPIError({
    status: details.status,
    code: undefined,
    serverMessage: message,
    endpoint: `openai-compatible ${endpoint}`,
  });
  Object.defineProperty(apiError, 'cause', { value: error, enumerable: false });
  return apiError;
}
