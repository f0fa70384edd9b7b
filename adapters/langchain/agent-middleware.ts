import { type BaseMessage, SystemMessage } from '@langchain/core/messages';
import type { AgentMiddleware, Runtime } from 'langchain';
import type { Identity, Memory, RecallResult, Turn } from 'memos-middleware';
import { type MemoryOrOptions, resolveAdapterOptions } from './adapter-options.ts';
import { layeredIdentity, type MemOSAgentContext, memosContextSchema } from './call-identity.ts';
import { type MessagesTurn, readMessagesTurn } from './messages-to-turn.ts';
import { placeInMessages, takesMidConversationSystemMessages } from './place-memory-block.ts';

/**
 * The part of the agent state the middleware reads (and hands to `resolveIdentity`).
 *
 * @example
 * const resolveIdentity = (state: MemOSAgentState) => ({ appId: state.messages.length > 20 ? 'long' : 'short' });
 */
export interface MemOSAgentState {
  readonly messages: BaseMessage[];
  readonly structuredResponse?: Record<string, unknown> | undefined;
}

/**
 * Options of `memosAgentMiddleware`: the core's `createMemory` options (or `{ memory }` plus static
 * ids), and `resolveIdentity(state, runtime)` for identity the context does not carry. It is called
 * on every hook of a run (before the agent, each model call, after it): keep it cheap.
 *
 * @example
 * memosAgentMiddleware({ recallTimeoutMs: 800, resolveIdentity: (_state, runtime) => ({ userId: lookup(runtime) }) });
 */
export type MemOSAgentMiddlewareOptions = MemoryOrOptions & {
  resolveIdentity?:
    | ((
        state: MemOSAgentState,
        runtime: Runtime<MemOSAgentContext>,
      ) => Identity | undefined | Promise<Identity | undefined>)
    | undefined;
};

/**
 * The middleware `createAgent({ middleware: [...] })` takes; `memory` is the core it drives, for
 * `flush()` and `events`.
 *
 * @example
 * const memos = memosAgentMiddleware();
 * const agent = createAgent({ model, tools, middleware: [memos] });
 * await memos.memory.flush();
 */
export type MemOSAgentMiddleware = AgentMiddleware<
  undefined,
  typeof memosContextSchema,
  MemOSAgentContext
> & {
  readonly memory: Memory;
};

type Hooks = Required<Pick<MemOSAgentMiddleware, 'beforeAgent' | 'wrapModelCall' | 'afterAgent'>>;

/** One run's view: its turn for the core, where it stands, and the key of its recall. */
interface Run extends MessagesTurn {
  readonly key: string;
  readonly turn: Turn;
}

// LangChain brands middleware with this registry symbol (`createMiddleware`); built here so that
// importing the entry does not load `langchain`, an optional peer the other adapters do not need.
const MIDDLEWARE_BRAND = Symbol.for('AgentMiddleware');
/** Recalls kept for runs in progress; a run that fails before its end leaves one until it is pushed out. */
const MAX_RUNS = 1000;

const isAbort = (error: unknown, signal: AbortSignal | undefined) =>
  signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
// LangGraph's control flow (an interrupt, a command to the parent graph) travels as a thrown
// `GraphBubbleUp`: the run pauses or moves on, it has not failed, and its end captures the turn.
const isControlFlow = (error: unknown) =>
  (error as { is_bubble_up?: unknown } | undefined)?.is_bubble_up === true;

/**
 * Long-term memory for a LangChain v1 agent (`createAgent`): recalls once per run (`beforeAgent`,
 * within the budget, tied to the run's abort signal), places the block on every model call
 * (`wrapModelCall`, through `systemMessage.concat`), and captures the run once at its end
 * (`afterAgent`: the new human message(s) and the final answer, tool calls with `includeToolCalls`).
 * The block never enters graph state or checkpoints: it is kept in-process per user, thread and newest
 * human message. Identity comes from `runtime.context`, `configurable` (`thread_id` as the
 * conversation), `resolveIdentity` or static ids; no user id is a `MemOSConfigError` before the model
 * is called.
 *
 * @example
 * import { createAgent } from 'langchain';
 * const agent = createAgent({ model, tools, middleware: [memosAgentMiddleware()] });
 * await agent.invoke({ messages: [{ role: 'user', content: 'Any hotel ideas?' }] }, { context: { userId: 'u-42' } });
 */
export function memosAgentMiddleware(options: MemOSAgentMiddlewareOptions = {}): MemOSAgentMiddleware {
  const { memory, staticIdentity, extras } = resolveAdapterOptions('memosAgentMiddleware', options, [
    'resolveIdentity',
  ]);
  const resolveIdentity = extras.resolveIdentity as MemOSAgentMiddlewareOptions['resolveIdentity'];
  const recalls = new Map<string, RecallResult>();
  const keep = (key: string, recall: RecallResult) => {
    recalls.delete(key);
    recalls.set(key, recall);
    if (recalls.size > MAX_RUNS) recalls.delete(recalls.keys().next().value!);
  };

  // Every hook reads the run the same way, so the key found after the model calls is the one set
  // before them: hooks get no run id, and the newest human message the user typed is the turn.
  async function readRun(
    messages: readonly BaseMessage[],
    state: MemOSAgentState,
    runtime: Runtime<MemOSAgentContext>,
  ): Promise<Run | undefined> {
    const resolved = resolveIdentity ? await resolveIdentity(state, runtime) : undefined;
    const identity = layeredIdentity({
      configurable: runtime.configurable,
      context: runtime.context,
      staticIdentity,
      resolved,
    });
    // A run marked `skip` is left alone entirely, with no user id needed.
    if (identity.skip === true) return undefined;
    const read = readMessagesTurn(messages);
    const newest = read.newestUser;
    const key = JSON.stringify([
      identity.userId ?? null,
      identity.conversationId ?? null,
      newest?.id ?? newest?.text ?? null,
    ]);
    const turn: Turn = {
      ...identity,
      messages: read.conversation,
      signal: runtime.signal,
      context: { state, runtime },
    };
    return { ...read, key, turn };
  }

  const hooks: Hooks = {
    async beforeAgent(state, runtime) {
      const run = await readRun(state.messages, state, runtime);
      if (run === undefined) return;
      keep(run.key, await memory.recall(run.turn));
    },

    async wrapModelCall(request, handler) {
      const run = await readRun(request.messages, request.state, request.runtime);
      if (run === undefined) return handler(request);
      // A miss: a run resumed after an interrupt (possibly in another process), or pushed out.
      let recall = recalls.get(run.key);
      if (recall === undefined) {
        recall = await memory.recall(run.turn);
        keep(run.key, recall);
      }
      const given = [request.systemMessage, ...request.messages];
      const placed = placeInMessages(
        given,
        recall.block,
        memory.placement,
        takesMidConversationSystemMessages(request.model),
      );
      const [first] = placed;
      const hasSystem = first !== undefined && SystemMessage.isInstance(first);
      const unchanged =
        placed.length === given.length && placed.every((message, at) => message === given[at]);
      try {
        if (unchanged) return await handler(request);
        return await handler({
          ...request,
          systemMessage: hasSystem ? first : new SystemMessage(''),
          messages: hasSystem ? placed.slice(1) : placed,
        });
      } catch (error) {
        if (isControlFlow(error)) throw error;
        // The model call failed: the turn is stored under the abort policy (the user's message is
        // not lost to an outage); a retry that then answers adds only the answer.
        const status = isAbort(error, request.runtime.signal) ? 'aborted' : 'error';
        memory.capture(run.turn, { status, text: '', steps: run.steps, error });
        throw error;
      }
    },

    async afterAgent(state, runtime) {
      const run = await readRun(state.messages, state, runtime);
      if (run === undefined) return;
      recalls.delete(run.key);
      const structured = state.structuredResponse;
      const text = run.answer || (structured === undefined ? '' : JSON.stringify(structured));
      memory.capture(run.turn, { status: 'complete', text, steps: run.steps });
    },
  };

  return {
    [MIDDLEWARE_BRAND]: true,
    name: 'MemOSMemory',
    contextSchema: memosContextSchema,
    ...hooks,
    memory,
  } as MemOSAgentMiddleware;
}
