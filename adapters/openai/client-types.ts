import type { APIPromise, OpenAI } from 'openai';
import type { Stream } from 'openai/core/streaming';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParamsBase,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
} from 'openai/resources/chat/completions';
import type {
  Response,
  ResponseCreateParamsBase,
  ResponseCreateParamsNonStreaming,
  ResponseCreateParamsStreaming,
  ResponseStreamEvent,
} from 'openai/resources/responses/responses';
import type { MemOSParams } from './call-identity.ts';

/** The per-request options of the SDK's `create` (signal, timeout, headers...). */
type RequestOptions = Parameters<OpenAI['chat']['completions']['create']>[1];

/**
 * `chat.completions.create` of a wrapped client: the SDK's overloads, each also taking `memos`.
 *
 * @example
 * const create: MemOSChatCompletionsCreate = client.chat.completions.create;
 */
export interface MemOSChatCompletionsCreate {
  (
    body: ChatCompletionCreateParamsNonStreaming & MemOSParams,
    options?: RequestOptions,
  ): APIPromise<ChatCompletion>;
  (
    body: ChatCompletionCreateParamsStreaming & MemOSParams,
    options?: RequestOptions,
  ): APIPromise<Stream<ChatCompletionChunk>>;
  (
    body: ChatCompletionCreateParamsBase & MemOSParams,
    options?: RequestOptions,
  ): APIPromise<Stream<ChatCompletionChunk> | ChatCompletion>;
}

/**
 * `responses.create` of a wrapped client: the SDK's overloads, each also taking `memos`.
 *
 * @example
 * const create: MemOSResponsesCreate = client.responses.create;
 */
export interface MemOSResponsesCreate {
  (body: ResponseCreateParamsNonStreaming & MemOSParams, options?: RequestOptions): APIPromise<Response>;
  (
    body: ResponseCreateParamsStreaming & MemOSParams,
    options?: RequestOptions,
  ): APIPromise<Stream<ResponseStreamEvent>>;
  (
    body: ResponseCreateParamsBase & MemOSParams,
    options?: RequestOptions,
  ): APIPromise<Stream<ResponseStreamEvent> | Response>;
}

/**
 * The client `withMemOS` returns: the same class as the one given (`OpenAI`, `AzureOpenAI`...), its
 * `create` methods also typed to take `memos`. The helpers (`stream()`, `parse()`, `runTools()`)
 * accept the field as it is, since their params are generic.
 *
 * @example
 * const client: MemOSOpenAI<OpenAI> = withMemOS(new OpenAI());
 */
export type MemOSOpenAI<Client extends OpenAI = OpenAI> = Client & {
  readonly chat: { readonly completions: { readonly create: MemOSChatCompletionsCreate } };
  readonly responses: { readonly create: MemOSResponsesCreate };
};
