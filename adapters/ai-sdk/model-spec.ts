import type { wrapLanguageModel } from 'ai';

// Structural views of the AI SDK model spec, covering LanguageModelV4 (AI SDK 7) and LanguageModelV3
// (AI SDK 6) at once: the adapter reads only what the two share (system content as a string, parts
// by `type`, `text-delta.delta`, the `finish` part). Typing against these rather than one major's
// package keeps one middleware assignable to both majors' `wrapLanguageModel`, and keeps our
// declarations free of a hard dependency on `@ai-sdk/provider`.

/**
 * A prompt or content part, read by its `type`.
 *
 * @example
 * const part: PartLike = { type: 'text' };
 */
export interface PartLike {
  readonly type: string;
}

/**
 * A prompt message: system content is a plain string, every other role carries parts.
 *
 * @example
 * const system: PromptMessageLike = { role: 'system', content: 'You are terse.' };
 */
export interface PromptMessageLike {
  readonly role: string;
  readonly content: string | readonly PartLike[];
}

/**
 * The call options the middleware reads and rewrites.
 *
 * @example
 * const params: CallParamsLike = { prompt: [], providerOptions: { memos: { userId: 'u-1' } } };
 */
export interface CallParamsLike {
  readonly prompt: readonly PromptMessageLike[];
  readonly providerOptions?: Readonly<Record<string, unknown>> | undefined;
  readonly abortSignal?: AbortSignal | undefined;
}

/**
 * A finish reason: `{ unified, raw }` since spec v3, a bare string in v2.
 *
 * @example
 * const reasons: FinishReasonLike[] = ['stop', { unified: 'tool-calls' }];
 */
export type FinishReasonLike = string | { readonly unified: string };

/**
 * A `doGenerate` result.
 *
 * @example
 * const result: GenerateResultLike = { content: [], finishReason: { unified: 'stop' } };
 */
export interface GenerateResultLike {
  readonly content: readonly PartLike[];
  readonly finishReason: FinishReasonLike;
  readonly providerMetadata?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * A `doStream` result.
 *
 * @example
 * const result: StreamResultLike = { stream: new ReadableStream() };
 */
export interface StreamResultLike {
  readonly stream: ReadableStream<PartLike>;
}

/**
 * The language model type of the installed AI SDK (`LanguageModelV4` with ai@7, V3 with ai@6).
 *
 * @example
 * const model: InstalledLanguageModel = withMemOS(demoModel());
 */
export type InstalledLanguageModel = ReturnType<typeof wrapLanguageModel>;

/**
 * Any model the installed AI SDK's `wrapLanguageModel` accepts.
 *
 * @example
 * const base: WrappableLanguageModel = demoModel();
 */
export type WrappableLanguageModel = Parameters<typeof wrapLanguageModel>[0]['model'];

/**
 * The unified finish reason of either spec.
 *
 * @example
 * unifiedFinishReason('stop') === unifiedFinishReason({ unified: 'stop' }); // true
 */
export function unifiedFinishReason(finishReason: FinishReasonLike | undefined): string | undefined {
  return typeof finishReason === 'string' ? finishReason : finishReason?.unified;
}

/**
 * Reads a field of a part whose exact shape depends on the spec version.
 *
 * @example
 * fieldOf(part, 'text'); // the text of a text part, undefined otherwise
 */
export function fieldOf(part: PartLike, name: string): unknown {
  return (part as unknown as Record<string, unknown>)[name];
}
