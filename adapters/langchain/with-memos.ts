import type { BaseMessage } from '@langchain/core/messages';
import { ensureConfig, Runnable, type RunnableConfig } from '@langchain/core/runnables';
import {
  type Identity,
  MemOSConfigError,
  type Memory,
  type Reply,
  type Turn,
  type TurnMessage,
} from 'memos-middleware';
import { type MemoryOrOptions, resolveAdapterOptions } from './adapter-options.ts';
import { layeredIdentity } from './call-identity.ts';
import { readMessagesTurn } from './messages-to-turn.ts';
import { placeInMessages, takesMidConversationSystemMessages } from './place-memory-block.ts';
import { collectChunks, inputMessages, outputReply } from './runnable-io.ts';

/**
 * Options of `withMemOS`: the core's `createMemory` options (or `{ memory }` plus static ids), and
 * `resolveIdentity(input, config)` for identity the call's `configurable` does not carry.
 *
 * @example
 * withMemOS(model, { memory, resolveIdentity: (_input, config) => ({ userId: config?.metadata?.user as string }) });
 */
export type MemOSRunnableOptions<Input = unknown> = MemoryOrOptions & {
  resolveIdentity?:
    | ((
        input: Input,
        config: Partial<RunnableConfig> | undefined,
      ) => Identity | undefined | Promise<Identity | undefined>)
    | undefined;
};

/** A call made ready: what the wrapped runnable receives, and the turn to capture (none when skipped). */
interface Prepared {
  readonly input: unknown;
  readonly turn: Turn | undefined;
  readonly steps: readonly TurnMessage[];
  /** Settles the promise handed to the host's `waitUntil` when the call started. */
  readonly release: (captured: boolean) => void;
}

/**
 * Hands the host's `waitUntil` (`memory.keepAlive`), as the call starts, a promise that settles once
 * the call's capture is written or dropped (or at once when there is nothing to store): a serverless
 * function whose client left mid-stream lives until the turn is stored. The first report wins.
 */
function keepCallAlive(memory: Memory): (captured: boolean) => void {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  // Optional: a Memory from an older copy of the package has no keepAlive.
  memory.keepAlive?.(settled);
  let reported = false;
  return (captured) => {
    if (reported) return;
    reported = true;
    if (captured) memory.flush().then(settle, settle);
    else settle();
  };
}

const NOTHING_TO_KEEP = () => {};

const isAbort = (error: unknown, signal: AbortSignal | undefined) =>
  signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');

/**
 * The runnable `withMemOS` returns: a real `Runnable` (pipe it, batch it, stream it) over the wrapped
 * one, with `memory` for `flush()` and `events`.
 *
 * @example
 * const chain = prompt.pipe(withMemOS(model)).pipe(new StringOutputParser());
 */
export class MemOSRunnable<
  Input,
  Output,
  CallOptions extends RunnableConfig = RunnableConfig,
> extends Runnable<Input, Output, CallOptions> {
  static override lc_name(): string {
    return 'MemOSRunnable';
  }
  override lc_namespace = ['memos_middleware', 'langchain'];
  /** The memory core this runnable drives. */
  readonly memory: Memory;
  /** The wrapped runnable. */
  readonly bound: Runnable<Input, Output, CallOptions>;
  readonly #staticIdentity: Identity;
  readonly #resolveIdentity: MemOSRunnableOptions<Input>['resolveIdentity'];

  constructor(bound: Runnable<Input, Output, CallOptions>, options: MemOSRunnableOptions<Input>) {
    super();
    if (!Runnable.isRunnable(bound)) {
      throw new MemOSConfigError(
        'withMemOS: the first argument must be a LangChain Runnable (a chat model, a chain)',
      );
    }
    const { memory, staticIdentity, extras } = resolveAdapterOptions('withMemOS', options, [
      'resolveIdentity',
    ]);
    this.memory = memory;
    this.bound = bound;
    this.#staticIdentity = staticIdentity;
    this.#resolveIdentity = extras.resolveIdentity as MemOSRunnableOptions<Input>['resolveIdentity'];
  }

  async #prepare(input: Input, options: Partial<CallOptions> | undefined): Promise<Prepared> {
    const messages = inputMessages(input);
    const resolved = this.#resolveIdentity ? await this.#resolveIdentity(input, options) : undefined;
    // ensureConfig: a call nested in a traced function inherits the caller's configurable, as LangChain's own runnables do.
    const identity = layeredIdentity({
      configurable: ensureConfig(options as RunnableConfig | undefined).configurable,
      staticIdentity: this.#staticIdentity,
      resolved,
    });
    // A call marked `skip` goes through untouched (a title or summary made on the side).
    if (identity.skip === true) return { input, turn: undefined, steps: [], release: NOTHING_TO_KEEP };
    const { conversation, steps } = readMessagesTurn(messages);
    const turn: Turn = {
      ...identity,
      messages: conversation,
      signal: options?.signal,
      context: { input, options },
    };
    const recall = await this.memory.recall(turn);
    const placed = placeInMessages(
      messages,
      recall.block,
      this.memory.placement,
      takesMidConversationSystemMessages(this.bound),
    );
    const unchanged =
      placed.length === messages.length && placed.every((message, at) => message === messages[at]);
    return {
      input: unchanged ? input : (placed satisfies BaseMessage[]),
      turn,
      steps,
      release: keepCallAlive(this.memory),
    };
  }

  #capture(prepared: Prepared, reply: Omit<Reply, 'steps'>): void {
    if (!prepared.turn) return;
    try {
      this.memory.capture(prepared.turn, { ...reply, steps: prepared.steps });
    } finally {
      prepared.release(true);
    }
  }

  /** Recalls, calls the wrapped runnable with the block placed, and captures the turn once it resolves. */
  override async invoke(input: Input, options?: Partial<CallOptions>): Promise<Output> {
    const prepared = await this.#prepare(input, options);
    try {
      const output = await this.bound.invoke(prepared.input as Input, options);
      const { text, asksForTools } = outputReply(output);
      // An answer that asks for tools is a step: the turn goes on with their results.
      if (asksForTools) prepared.release(false);
      else this.#capture(prepared, { status: 'complete', text });
      return output;
    } catch (error) {
      this.#capture(prepared, {
        status: isAbort(error, options?.signal) ? 'aborted' : 'error',
        text: '',
        error,
      });
      throw error;
    }
  }

  /**
   * Streams the wrapped runnable's chunks as they come, and captures the turn once the stream is fully
   * consumed; a stream that fails, or that the reader leaves early, is captured under `onAbort`.
   */
  override async *_streamIterator(input: Input, options?: Partial<CallOptions>): AsyncGenerator<Output> {
    const prepared = await this.#prepare(input, options);
    const total = collectChunks();
    let settled = false;
    try {
      for await (const chunk of await this.bound.stream(prepared.input as Input, options)) {
        total.add(chunk);
        yield chunk;
      }
      settled = true;
      const { text, asksForTools } = outputReply(total.value);
      if (asksForTools) prepared.release(false);
      else this.#capture(prepared, { status: 'complete', text });
    } catch (error) {
      settled = true;
      const status = isAbort(error, options?.signal) ? 'aborted' : 'error';
      this.#capture(prepared, { status, text: outputReply(total.value).text, error });
      throw error;
    } finally {
      // Neither finished nor failed: the reader stopped early (a `break`, a cancelled response).
      if (!settled) this.#capture(prepared, { status: 'aborted', text: outputReply(total.value).text });
    }
  }
}

/**
 * Long-term memory around a chat model, or any runnable that takes messages (an array, a prompt value
 * or a string): before each call it recalls the user's memories (once per turn, within the budget,
 * failing open) and places them per `placement` (appended to the system message by default); the turn
 * is captured after `invoke` resolves, after a stream is fully consumed, or under `onAbort` when a
 * stream fails or is left early. `batch` stores one turn per input. Identity comes per call from
 * `configurable` (`userId`, `conversationId`; `thread_id` or `sessionId` as the conversation),
 * `resolveIdentity(input, config)` or static ids.
 *
 * @example
 * const model = withMemOS(new ChatOpenAI({ model: 'gpt-4o-mini' }));
 * await model.invoke('Any hotel ideas?', { configurable: { userId: 'u-42', thread_id: 'chat-7' } });
 */
export function withMemOS<Input, Output, CallOptions extends RunnableConfig = RunnableConfig>(
  runnable: Runnable<Input, Output, CallOptions>,
  options: MemOSRunnableOptions<Input> = {},
): MemOSRunnable<Input, Output, CallOptions> {
  return new MemOSRunnable(runnable, options);
}
