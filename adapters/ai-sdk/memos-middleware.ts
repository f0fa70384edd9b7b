import {
  type Memory,
  placeMemoryBlock,
  type RecallResult,
  type Reply,
  type Turn,
  type TurnMessage,
} from 'memos-middleware';
import { readCallIdentity, withoutMemosOptions } from './call-identity.ts';
import { keepTurnAlive, type TurnKeepAlive } from './keep-turn-alive.ts';
import { toMemosMetadata } from './memories-metadata.ts';
import { type MemOSMiddlewareOptions, resolveMiddlewareOptions } from './middleware-options.ts';
import type { CallParamsLike, GenerateResultLike, StreamResultLike } from './model-spec.ts';
import { aiSdkPromptCodec } from './prompt-codec.ts';
import { splitAtNewestUserMessage, toTurnMessages } from './prompt-to-turn.ts';
import type { SPECIFICATION_VERSION, SupportedSpecificationVersion } from './specification-version.ts';
import { tapStreamedStep } from './stream-turn.ts';
import { replyStatusOf, textOfContent, withMemosMetadata } from './turn-reply.ts';

export type { MemOSMiddlewareOptions } from './middleware-options.ts';

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
  /**
   * Calls the model, exposes the memories used, and captures the turn when it is final. The host's
   * `waitUntil` gets the promise of the turn's write as the call starts.
   */
  wrapGenerate<Result extends GenerateResultLike>(options: {
    readonly doGenerate: () => PromiseLike<Result>;
    readonly params: CallParamsLike;
  }): Promise<Result>;
  /**
   * Taps the stream without delaying it; captures on finish, on cancel and on error. The host's
   * `waitUntil` gets the promise of the turn's write as the stream starts, not when it ends.
   */
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

const isAbort = (error: unknown, signal: AbortSignal | undefined) =>
  signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');

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
  const { memory, staticIdentity, specificationVersion } = resolveMiddlewareOptions(options);
  // Keyed by the params object transformParams returns: AI SDK hands that same object to
  // wrapGenerate/wrapStream, whatever other middlewares do around us.
  const stepStates = new WeakMap<object, StepState>();

  const capture = (state: StepState, reply: Reply, alive: TurnKeepAlive) => {
    try {
      memory.capture(state.turn, reply);
    } finally {
      alive.captured();
    }
  };
  // A model call that fails before any output is captured under the abort policy, every time, even
  // when the failure is one AI SDK retries (408/409/429/5xx, network): nothing says a retry will
  // come or succeed, and an outage must not lose the user's message. The core stores a turn's user
  // messages once, so a retry that fails again adds nothing, and one that answers adds the answer.
  async function callModel<Result>(
    state: StepState,
    signal: AbortSignal | undefined,
    alive: TurnKeepAlive,
    call: () => PromiseLike<Result>,
  ) {
    try {
      return await call();
    } catch (error) {
      const aborted = isAbort(error, signal);
      capture(state, { status: aborted ? 'aborted' : 'error', text: '', steps: state.steps, error }, alive);
      throw error;
    }
  }

  return {
    specificationVersion,
    memory,

    async transformParams({ params }) {
      const callIdentity = readCallIdentity(params);
      const providerOptions =
        params.providerOptions === undefined
          ? {}
          : { providerOptions: withoutMemosOptions(params.providerOptions) };
      // A call marked `skip` is left alone entirely (no user id needed): e.g. a title or a summary
      // the app generates on the side.
      if (callIdentity.skip === true) return { ...params, ...providerOptions };
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
        prompt: placeMemoryBlock(params.prompt, recall.block, memory.placement, aiSdkPromptCodec),
        ...providerOptions,
      };
      stepStates.set(transformed, { turn, steps, recall });
      return transformed;
    },

    async wrapGenerate({ doGenerate, params }) {
      const state = stepStates.get(params);
      // No state: a skipped call.
      if (state === undefined) return doGenerate();
      const alive = keepTurnAlive(memory);
      const result = await callModel(state, params.abortSignal, alive, doGenerate);
      const status = replyStatusOf(result.finishReason);
      if (status === 'continue') alive.released();
      else capture(state, { status, text: textOfContent(result.content), steps: state.steps }, alive);
      return withMemosMetadata(result, toMemosMetadata(state.recall));
    },

    async wrapStream({ doStream, params }) {
      const state = stepStates.get(params);
      // No state: a skipped call.
      if (state === undefined) return doStream();
      // Registered now: a client that disconnects mid-stream must not end the function before the
      // turn is stored (consumeStream finishes the answer, this promise keeps the host waiting for it).
      const alive = keepTurnAlive(memory);
      const result = await callModel(state, params.abortSignal, alive, doStream);
      const stream = tapStreamedStep(result.stream, {
        signal: params.abortSignal,
        metadata: toMemosMetadata(state.recall),
        onReply: (reply) => capture(state, { ...reply, steps: state.steps }, alive),
        onContinue: alive.released,
        // A stream nobody reads (its client left, the route does not consume it) releases the host.
        onDemand: alive.demand,
      });
      alive.demand(false);
      return { ...result, stream } as typeof result;
    },
  };
}
