import type { AddMessageRequest, MessageInput } from '../api/requests.ts';
import type { MemoryEvents, Reply, Turn } from '../types.ts';
import type { Writer } from '../writer/create-writer.ts';
import { type CaptureDeltaOptions, captureDelta } from './capture-delta.ts';
import { contentHash } from './content-hash.ts';
import type { ResolvedIdentity } from './identity.ts';
import type { LruCache } from './lru-cache.ts';
import type { MemoryOptions } from './types.ts';

/** What capture needs, resolved once by `createMemory`. */
export interface CaptureSettings {
  writer: Pick<Writer, 'enqueue'>;
  delta: CaptureDeltaOptions;
  addDefaults: MemoryOptions['addDefaults'];
  /** Hashes of recently captured deltas, per conversation. */
  seen: LruCache<string, true>;
  /** Called once a turn's write is enqueued: its recall cache entries are now stale. */
  onCaptured: (identity: ResolvedIdentity) => void;
  emit: (event: MemoryEvents['capture']) => void;
}

/**
 * The dedupe key: conversation plus a hash of the normalised delta and of how many messages preceded
 * it. A retried request or a re-sent history hashes the same and is dropped; the same words said again
 * later in the conversation sit at another position and are kept. `chat_time` is left out on purpose.
 */
function dedupeKey(
  identity: ResolvedIdentity,
  precedingCount: number,
  messages: readonly MessageInput[],
): string {
  const normalised = messages.map(({ chat_time: _time, ...message }) => message);
  const conversation = JSON.stringify([
    identity.userId,
    identity.conversationId ?? null,
    identity.agentId ?? null,
  ]);
  return `${conversation}:${contentHash(JSON.stringify([precedingCount, normalised]))}`;
}

/**
 * Builds the capture step: delta, dedupe, abort policy, `readOnly`/`skip`, and the `addMessage` body
 * handed to the writer. Never waits for the network.
 *
 * @example
 * const { capture, forget } = createCapture(settings);
 * capture(turn, identity, { status: 'complete', text: 'Noted.' });
 * memory.events.on('drop', (event) => forget(event.request));
 */
export function createCapture({ writer, delta, addDefaults, seen, onCaptured, emit }: CaptureSettings) {
  type Skipped = NonNullable<MemoryEvents['capture']['skipped']>;
  const plan = (
    turn: Turn,
    identity: ResolvedIdentity,
    reply: Reply,
  ): { request: AddMessageRequest; key: string } | Skipped => {
    if (identity.skip) return 'skip';
    if (identity.readOnly) return 'read-only';
    if (reply.status !== 'complete' && (delta.onAbort ?? 'user-only') === 'skip') return 'abort-policy';
    const { messages, precedingCount } = captureDelta(turn.messages, reply, turn.time ?? Date.now(), delta);
    if (messages.length === 0) return 'empty';
    const key = dedupeKey(identity, precedingCount, messages);
    if (seen.get(key)) return 'duplicate';
    seen.set(key, true);
    const request: AddMessageRequest = {
      ...addDefaults,
      user_id: identity.userId,
      ...(identity.conversationId ? { conversation_id: identity.conversationId } : {}),
      ...(identity.agentId ? { agent_id: identity.agentId } : {}),
      ...(identity.appId ? { app_id: identity.appId } : {}),
      messages,
    };
    return { request, key };
  };
  // The dedupe key of each request in the writer, so a dropped write does not block its retry.
  const keys = new WeakMap<AddMessageRequest, string>();
  return {
    capture(turn: Turn, identity: ResolvedIdentity, reply: Reply): void {
      const planned = plan(turn, identity, reply);
      if (typeof planned === 'string') {
        emit({ identity, request: undefined, skipped: planned });
        return;
      }
      keys.set(planned.request, planned.key);
      writer.enqueue(planned.request);
      onCaptured(identity);
      emit({ identity, request: planned.request });
    },
    /** Forgets a write the writer dropped: the same turn captured again (a client retry) is not a duplicate. */
    forget(request: AddMessageRequest): void {
      const key = keys.get(request);
      if (key !== undefined) seen.delete(key);
    },
  };
}
