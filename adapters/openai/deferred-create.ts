import type { APIPromise, OpenAI } from 'openai';
import { DeferredAPIPromise } from './deferred-api-promise.ts';

/** A request ready to go, and what to do with its outcome. */
export interface PreparedCall {
  /** The params as they leave: `memos` removed, the memory block placed. */
  readonly params: object;
  /** Sees the parsed result (a `Stream` when streamed) when the caller reads it; returns what the caller gets. */
  readonly onResult?: ((result: unknown) => unknown) | undefined;
  /** Told when the request fails before there is a result (after the SDK's own retries). */
  readonly onFailure?: ((error: unknown) => void) | undefined;
}

/** A resource's own `create`, bound to it. */
export type CreateFunction = (params: object, options: unknown) => APIPromise<unknown>;

/**
 * A `create` that first runs `prepare` (recall and placement), then calls the SDK's own `create` with
 * the prepared params and the caller's request options, and returns at once an `APIPromise` standing
 * for the real one. A `prepare` that throws (a `MemOSConfigError`) rejects it: no request is sent.
 *
 * @example
 * completions.create = deferredCreate(client, original, (body, options) => prepareChat(body, options));
 */
export function deferredCreate(
  client: OpenAI,
  original: CreateFunction,
  prepare: (body: unknown, options: unknown) => Promise<PreparedCall>,
) {
  return function create(body: unknown, options?: unknown): APIPromise<unknown> {
    const real = prepare(body, options).then(({ params, onResult, onFailure }) => {
      const promise = original(params, options);
      // asResponse() waits for the response without reading its body, which stays the caller's.
      if (onFailure) promise.asResponse().then(undefined, onFailure);
      return { promise: onResult ? promise._thenUnwrap(onResult) : promise };
    });
    return new DeferredAPIPromise(client, real);
  };
}
