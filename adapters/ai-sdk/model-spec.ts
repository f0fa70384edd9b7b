import type { wrapLanguageModel } from 'ai';

// Structural views of the AI SDK model spec, covering LanguageModelV4 (AI SDK 7) and LanguageModelV3
// (AI SDK 6) at once: the adapter reads only what the two share (system content as a string, parts
// by `type`, `text-delta.delta`, the `finish` part). Typing against these rather than one major's
// package keeps one middleware assignable to both majors' `wrapLanguageModel`, and keeps our
// declarations free of a hard dependency on `@ai-sdk/provider`.

/** A prompt or content part, read by its `type`. */
export interface PartLike {
  readonly type: string;
}

/** A prompt message: system content is a plain string, every other role carries parts. */
export interface PromptMessageLike {
  readonly role: string;
  readonly content: string | readonly PartLike[];
}

/** The call options the middleware reads and rewrites. */
export interface CallParamsLike {
  readonly prompt: readonly PromptMessageLike[];
  readonly providerOptions?: Readonly<Record<string, unknown>> | undefined;
  readonly abortSignal?: AbortSignal | undefined;
}

/** A finish reason: `{ unified, raw }` since spec v3, a bare string in v2. */
export type FinishReasonLike = string | { readonly unified: string };

/** A `doGenerate` result. */
export interface GenerateResultLike {
  readonly content: readonly PartLike[];
  readonly finishReason: FinishReasonLike;
  readonly providerMetadata?: Readonly<Record<string, unknown>> | undefined;
}

/** A `doStream` result. */
export interface StreamResultLike {
  readonly stream: ReadableStream<PartLike>;
}

/** The language model type of the installed AI SDK (`LanguageModelV4` with ai@7, V3 with ai@6). */
export type InstalledLanguageModel = ReturnType<typeof wrapLanguageModel>;

/** Any model the installed AI SDK's `wrapLanguageModel` accepts. */
export type WrappableLanguageModel = Parameters<typeof wrapLanguageModel>[0]['model'];

/** The unified finish reason of either spec. */
export function unifiedFinishReason(finishReason: FinishReasonLike | undefined): string | undefined {
  return typeof finishReason === 'string' ? finishReason : finishReason?.unified;
}

/** Reads a field of a part whose exact shape depends on the spec version. */
export function fieldOf(part: PartLike, name: string): unknown {
  return (part as unknown as Record<string, unknown>)[name];
}
