import {
  createMemory,
  type Identity,
  MemOSConfigError,
  type Memory,
  type MemoryOptions,
  type RecallResult,
  type Reply,
  type Turn,
  type TurnMessage,
} from 'memos-middleware';
import { readCallIdentity, withoutMemosOptions } from './call-identity.ts';
import { toMemosMetadata } from './memories-metadata.ts';
import type { CallParamsLike, GenerateResultLike, PartLike, StreamResultLike } from './model-spec.ts';
import { placeMemoryBlock } from './place-memory-block.ts';
import { splitAtNewestUserMessage, toTurnMessages } from './prompt-to-turn.ts';
import {
  SPECIFICATION_VERSION,
  SUPPORTED_SPECIFICATION_VERSIONS,
  type SupportedSpecificationVersion,
} from './specification-version.ts';
import { tapStream } from './tap-stream.ts';
import { replyStatusOf, textOfContent, withMemosMetadata } from './turn-reply.ts';

/** Adapter options on top of the core's. */
interface AdapterOptions<Version extends SupportedSpecificationVersion> {
  /**
   * The middleware spec version to declare: `'v4'` for AI SDK 7, `'v3'` to satisfy AI SDK 6's types.
   * @default 'v4'
   */
  specificationVersion?: Version | undefined;
}

/**
 * Options of `memosMiddleware` and `withMemOS`: the core's `createMemory` options, or an existing
 * `memory` (shared with other adapters, flushed by the app) plus static ids.
 *
 * @example
 * memosMiddleware({ backend: new MemOSClient(), recallTimeoutMs: 800 });
 * memosMiddleware({ memory, userId: 'u-42' });
 */
export type MemOSMiddlewareOptions<
  Version extends SupportedSpecificationVersion = typeof SPECIFICATION_VERSION,
> = AdapterOptions<Version> & ((MemoryOptions & { memory?: undefined }) | (Identity & { memory: Memory }));

/**
 * The middleware object, usable in `wrapLanguageModel({ model, middleware })` of AI SDK 7 (and 6 with
 * `specificationVersion: 'v3'`). `memory` is the core it drives, for `flush()` and `events`.
 *
 * @example
 * const middleware = memosMiddleware({ userId: 'u-42' });
 * const model = wrapLanguageModel({ model: openai('gpt-4o-mini'), middleware });
 * await middleware.memory.flush();
 */
export interface MemOSMiddleware<
  Version extends SupportedSpecificationVersion = typeof SPECIFICATION_VERSION,
> {
  readonly specificationVersion: Version;
  readonly memory: Memory;
  /** Recalls once per turn (later steps hit the core's cache) and places the block in every step's prompt. */
  transformParams<Params extends CallParamsLike>(options: { readonly params: Params }): Promise<Params>;
  /** Calls the model, exposes the memories used, and captures the turn when it is final. */
  wrapGenerate<Result extends GenerateResultLike>(options: {
    readonly doGenerate: () => PromiseLike<Result>;
    readonly params: CallParamsLike;
  }): Promise<Result>;
  /** Taps the stream without delaying it; captures on finish, on cancel and on error. */
  wrapStream<Result extends StreamResultLike>(options: {
    readonly doStream: () => PromiseLike<Result>;
    readonly params: CallParamsLike;
  }): Promise<Result>;
}

/** What one step's call carries from `transformParams` to `wrapGenerate`/`wrapStream`. */
interface StepState {
  readonly turn: Turn;
  readonly steps: readonly TurnMessage[];
  readonly recall: RecallResult;
}

const IDENTITY_KEYS = ['userId', 'conversationId', 'agentId', 'appId', 'readOnly', 'skip'] as const;

function pickIdentity(options: Identity): Identity {
  const identity: Identity = {};
  for (const key of IDENTITY_KEYS) {
    if (options[key] !== undefined) Object.assign(identity, { [key]: options[key] });
  }
  return identity;
}

function isMemory(value: unknown): value is Memory {
  const candidate = value as Partial<Memory> | undefined;
  return typeof candidate?.recall === 'function' && typeof candidate.capture === 'function';
}

function resolveMemory(options: MemOSMiddlewareOptions<SupportedSpecificationVersion>): {
  memory: Memory;
  staticIdentity: Identity;
} {
  const { memory, specificationVersion: _version, ...rest } = options;
  if (memory === undefined) return { memory: createMemory(rest as MemoryOptions), staticIdentity: {} };
  if (!isMemory(memory)) {
    throw new MemOSConfigError('memosMiddleware: `memory` must be a Memory from createMemory()');
  }
  const extra = Object.keys(rest).filter(
    (key) =>
      !(IDENTITY_KEYS as readonly string[]).includes(key) && rest[key as keyof typeof rest] !== undefined,
  );
  if (extra.length > 0) {
    throw new MemOSConfigError(
      `memosMiddleware: with an existing \`memory\`, only ids may be passed (got ${extra.join(', ')}); ` +
        'give the other options to createMemory()',
    );
  }
  return { memory, staticIdentity: pickIdentity(rest as Identity) };
}

const isAbort = (error: unknown, signal: AbortSignal | undefined) =>
  signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
// AI SDK retries a call that failed with a retryable provider error (APICallError.isRetryable:
// 408/409/429/5xx, network) by calling the model again with the same prompt.
const isRetryable = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { isRetryable?: unknown }).isRetryable === true;

/**
 * Long-term memory as an AI SDK language-model middleware: before each call it recalls the user's
 * memories (once per turn, within a latency budget, failing open) and places them in the prompt;
 * after the final step it captures the turn in the background. Identity comes per call from
 * `providerOptions.memos`, from `resolveIdentity`, or from static ids.
 *
 * @example
 * import { wrapLanguageModel, generateText } from 'ai';
 * const model = wrapLanguageModel({ model: openai('gpt-4o-mini'), middleware: memosMiddleware({ backend }) });
 * await generateText({ model, prompt: 'Where should I stay?', providerOptions: { memos: { userId: 'u-42' } } });
 */
export function memosMiddleware<Version extends SupportedSpecificationVersion = typeof SPECIFICATION_VERSION>(
  options: MemOSMiddlewareOptions<Version> = {},
): MemOSMiddleware<Version> {
  const specificationVersion = (options.specificationVersion ?? SPECIFICATION_VERSION) as Version;
  if (!SUPPORTED_SPECIFICATION_VERSIONS.includes(specificationVersion)) {
    throw new MemOSConfigError(
      `memosMiddleware: specificationVersion must be one of ${SUPPORTED_SPECIFICATION_VERSIONS.join(', ')}`,
    );
  }
  const { memory, staticIdentity } = resolveMemory(options);
  // Keyed by the params object transformParams returns: AI SDK hands that same object to
  // wrapGenerate/wrapStream, whatever other middlewares do around us.
  const stepStates = new WeakMap<object, StepState>();

  const capture = (state: StepState, reply: Reply) => memory.capture(state.turn, reply);
  // A model call that fails before any output ends the turn, and the abort policy decides, unless
  // the failure is one AI SDK retries: the retry is the same turn, captured when it ends (capturing
  // both would store the user message twice, as the two deltas differ).
  async function callModel<Result>(
    state: StepState,
    signal: AbortSignal | undefined,
    call: () => PromiseLike<Result>,
  ) {
    try {
      return await call();
    } catch (error) {
      const aborted = isAbort(error, signal);
      if (!aborted && isRetryable(error)) throw error;
      capture(state, {
        status: aborted ? 'aborted' : 'error',
        text: '',
        steps: state.steps,
        error,
      });
      throw error;
    }
  }

  return {
    specificationVersion,
    memory,

    async transformParams({ params }) {
      const callIdentity = readCallIdentity(params);
      const { conversation, steps } = splitAtNewestUserMessage(toTurnMessages(params.prompt));
      const turn: Turn = {
        ...staticIdentity,
        ...callIdentity,
        messages: conversation,
        signal: params.abortSignal,
        context: params,
      };
      // The query is the newest user message, identical on every step: steps 2..N are cache hits.
      const recall = await memory.recall(turn);
      const transformed = {
        ...params,
        prompt: placeMemoryBlock(params.prompt, recall.block, memory.placement),
        ...(params.providerOptions === undefined
          ? {}
          : { providerOptions: withoutMemosOptions(params.providerOptions) }),
      };
      stepStates.set(transformed, { turn, steps, recall });
      return transformed;
    },

    async wrapGenerate({ doGenerate, params }) {
      const state = stepStates.get(params);
      if (state === undefined) return doGenerate();
      const result = await callModel(state, params.abortSignal, doGenerate);
      const status = replyStatusOf(result.finishReason);
      if (status !== 'continue')
        capture(state, { status, text: textOfContent(result.content), steps: state.steps });
      return withMemosMetadata(result, toMemosMetadata(state.recall));
    },

    async wrapStream({ doStream, params }) {
      const state = stepStates.get(params);
      if (state === undefined) return doStream();
      const result = await callModel(state, params.abortSignal, doStream);
      const metadata = toMemosMetadata(state.recall);
      const signal = params.abortSignal;
      let text = '';
      let streamError: unknown;
      let settled = false;
      const settle = (reply: Omit<Reply, 'text' | 'steps'> | undefined) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        if (reply !== undefined) capture(state, { ...reply, text, steps: state.steps });
      };
      // An abort between two parts is captured at once, even if the reader never cancels.
      const onAbort = () => settle({ status: 'aborted', error: signal?.reason });
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });

      const stream = tapStream<PartLike>(result.stream, {
        onPart(part) {
          if (part.type === 'text-delta') text += String((part as { delta?: unknown }).delta ?? '');
          else if (part.type === 'error') streamError = (part as { error?: unknown }).error;
          else if (part.type === 'finish') {
            const status = replyStatusOf(
              (part as { finishReason?: GenerateResultLike['finishReason'] }).finishReason,
            );
            // A tool-call step ends the stream, not the turn: the next step captures.
            if (status === 'continue') settle(undefined);
            else settle(streamError === undefined ? { status } : { status: 'error', error: streamError });
            return withMemosMetadata(part as PartLike & { readonly providerMetadata?: unknown }, metadata);
          }
          return part;
        },
        onEnd(outcome) {
          if (outcome.status === 'cancelled') settle({ status: 'aborted', error: outcome.reason });
          else if (outcome.status === 'failed') settle({ status: 'error', error: outcome.error });
          else
            settle(
              streamError === undefined ? { status: 'complete' } : { status: 'error', error: streamError },
            );
        },
      });
      return { ...result, stream } as typeof result;
    },
  };
}
