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
  /** Called once a complete turn's write is enqueued: its recall cache entries are now stale. */
  onCaptured: (identity: ResolvedIdentity) => void;
  emit: (event: MemoryEvents['capture']) => void;
}

/**
 * A dedupe key: conversation plus a hash of the normalised messages and of how many messages preceded
 * them. A retried request or a re-sent history hashes the same and is dropped; the same words said again
 * later in the conversation sit at another position and are kept. `chat_time` is left out on purpose.
 * `kind` separates a whole delta (`'delta'`) from the user messages of a turn (`'users'`).
 */
function dedupeKey(
  identity: ResolvedIdentity,
  kind: 'delta' | 'users',
  precedingCount: number,
  messages: readonly MessageInput[],
): string {
  const normalised = messages.map(({ chat_time: _time, ...message }) => message);
  const conversation = JSON.stringify([
    identity.userId,
    identity.conversationId ?? null,
    identity.agentId ?? null,
  ]);
  return `${conversation}:${contentHash(JSON.stringify([kind, precedingCount, normalised]))}`;
}

/**
 * Builds the capture step: delta, dedupe, abort policy, `readOnly`/`skip`, and the `addMessage` body
 * handed to the writer. Never waits for the network.
 *
 * A turn may be captured more than once: each failed attempt of a retried model call (under the abort
 * policy), then the attempt that answers; or an app regenerating an answer. The user messages of a
 * turn (same conversation, same preceding count, same messages) are stored once, by whichever capture
 * comes first; a later capture of the turn adds only what was not stored yet (the answer, tool calls),
 * and one with nothing new is a `'duplicate'`.
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
  ): { request: AddMessageRequest; keys: string[] } | Skipped => {
    if (identity.skip) return 'skip';
    if (identity.readOnly) return 'read-only';
    if (reply.status !== 'complete' && (delta.onAbort ?? 'user-only') === 'skip') return 'abort-policy';
    const { messages, precedingCount } = captureDelta(turn.messages, reply, turn.time ?? Date.now(), delta);
    if (messages.length === 0) return 'empty';
    const key = dedupeKey(identity, 'delta', precedingCount, messages);
    if (seen.get(key)) return 'duplicate';
    // The delta's user messages are the turn's new ones (tool calls and the answer follow them).
    const users = messages.filter((message) => message.role === 'user');
    const usersKey = users.length > 0 ? dedupeKey(identity, 'users', precedingCount, users) : undefined;
    const usersStored = usersKey !== undefined && seen.get(usersKey) === true;
    const fresh = usersStored ? messages.filter((message) => message.role !== 'user') : messages;
    if (fresh.length === 0) return 'duplicate';
    seen.set(key, true);
    // Only the request that carries the user messages owns their key: its drop alone frees them.
    const owned = [key];
    if (usersKey !== undefined && !usersStored) {
      seen.set(usersKey, true);
      owned.push(usersKey);
    }
    const request: AddMessageRequest = {
      ...addDefaults,
      user_id: identity.userId,
      ...(identity.conversationId ? { conversation_id: identity.conversationId } : {}),
      ...(identity.agentId ? { agent_id: identity.agentId } : {}),
      ...(identity.appId ? { app_id: identity.appId } : {}),
      messages: fresh,
    };
    return { request, keys: owned };
  };
  // The dedupe keys of each request in the writer, so a dropped write does not block its retry.
  const keysOf = new WeakMap<AddMessageRequest, readonly string[]>();
  return {
    capture(turn: Turn, identity: ResolvedIdentity, reply: Reply): void {
      const planned = plan(turn, identity, reply);
      if (typeof planned === 'string') {
        emit({ identity, request: undefined, skipped: planned });
        return;
      }
      keysOf.set(planned.request, planned.keys);
      writer.enqueue(planned.request);
      // A failed attempt leaves the turn open: its retry asks the same query and should reuse the
      // memories recalled for it (not search again, nor find its own question just stored).
      if (reply.status === 'complete') onCaptured(identity);
      emit({ identity, request: planned.request });
    },
    /** Forgets a write the writer dropped: the same turn captured again (a client retry) is not a duplicate. */
    forget(request: AddMessageRequest): void {
      for (const key of keysOf.get(request) ?? []) seen.delete(key);
    },
  };
}
