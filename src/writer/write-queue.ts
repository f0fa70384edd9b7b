import type { AddMessageRequest } from '../api/requests.ts';

/** One enqueued turn, from `enqueue` until it is delivered or dropped. */
export interface QueuedWrite {
  /** Journal id and, for a write sent alone, its idempotency key. */
  readonly id: string;
  /** Enqueue order, across conversations. */
  readonly sequence: number;
  readonly request: AddMessageRequest;
  /** Writes of one conversation with equal keys share user, agent, app and defaults: they may merge. */
  readonly conversationKey: string;
  readonly mergeKey: string;
}

/**
 * Writes sent in one `addMessage`. Once sent (or found journaled) its members and key never change:
 * a retry, and a replay after a crash, carry the same key, so the server can store it at most once.
 */
export interface WriteBatch<Write extends QueuedWrite = QueuedWrite> {
  readonly writes: readonly Write[];
  /** The idempotency key; set when the batch is first sent (or read back from the journal). */
  key: string | undefined;
  /** Attempts made so far. */
  attempts: number;
}

/** Everything but the messages, as the test for "may be sent in one `addMessage`". */
export function mergeKeyOf(request: AddMessageRequest): string {
  const { messages: _messages, ...rest } = request;
  return JSON.stringify(rest);
}

/** Per-conversation order: user and conversation (a write without a conversation id queues per user). */
export function conversationKeyOf(request: AddMessageRequest): string {
  return JSON.stringify([request.user_id ?? null, request.conversation_id ?? null]);
}

// A waiting entry: a fresh write (may still merge with its neighbours) or a sealed batch (goes as is).
type Entry<Write extends QueuedWrite> = { readonly write: Write } | { readonly batch: WriteBatch<Write> };

const writesOf = <Write extends QueuedWrite>(entry: Entry<Write>): readonly Write[] =>
  'write' in entry ? [entry.write] : entry.batch.writes;

/**
 * Per-conversation FIFO queues served round-robin: the writer keeps at most one batch per conversation
 * in flight or backing off (so MemOS sees a conversation's turns in order); consecutive compatible
 * fresh turns merge into one batch, sealed batches (a retry, a replay) go exactly as they were.
 *
 * @example
 * const queue = createWriteQueue();
 * queue.push(write);
 * const batch = queue.takeBatch(20, (key) => !busy.has(key));
 */
export function createWriteQueue<Write extends QueuedWrite = QueuedWrite>() {
  const queues = new Map<string, Entry<Write>[]>();
  let size = 0;

  const add = (conversationKey: string, entry: Entry<Write>, atFront: boolean) => {
    const queue = queues.get(conversationKey);
    if (!queue) queues.set(conversationKey, [entry]);
    else if (atFront) queue.unshift(entry);
    else queue.push(entry);
    size += writesOf(entry).length;
  };

  return {
    /** Writes waiting (not in flight, not backing off). */
    get size() {
      return size;
    },
    /** A fresh write, at the back of its conversation. */
    push(write: Write): void {
      add(write.conversationKey, { write }, false);
    },
    /** A batch that must be sent as it is (replayed from the journal), at the back of its conversation. */
    pushSealed(batch: WriteBatch<Write>): void {
      add(batch.writes[0]!.conversationKey, { batch }, false);
    },
    /** A batch back from its backoff (or split), at the front of its conversation: it goes next. */
    requeue(batch: WriteBatch<Write>): void {
      add(batch.writes[0]!.conversationKey, { batch }, true);
    },
    /**
     * Takes the next batch from the first ready conversation (in round-robin order): a sealed batch as
     * it is, or the oldest fresh write plus the following fresh compatible ones while the messages fit
     * in `maxBatchMessages`.
     */
    takeBatch(
      maxBatchMessages: number,
      isReady: (conversationKey: string) => boolean,
    ): WriteBatch<Write> | undefined {
      for (const [key, queue] of queues) {
        if (!isReady(key)) continue;
        const head = queue.shift()!;
        let batch: WriteBatch<Write>;
        if ('batch' in head) batch = head.batch;
        else {
          const writes = [head.write];
          let messages = head.write.request.messages.length;
          for (let next = queue[0]; next && 'write' in next; next = queue[0]) {
            if (next.write.mergeKey !== head.write.mergeKey) break;
            if (messages + next.write.request.messages.length > maxBatchMessages) break;
            messages += next.write.request.messages.length;
            writes.push(next.write);
            queue.shift();
          }
          batch = { writes, key: undefined, attempts: 0 };
        }
        // Re-inserting moves the conversation to the back: the next pick starts with the others.
        queues.delete(key);
        if (queue.length > 0) queues.set(key, queue);
        size -= batch.writes.length;
        return batch;
      }
      return undefined;
    },
    /** Removes and returns the oldest fresh write of all (the overflow victim); sealed batches stay whole. */
    takeOldest(): Write | undefined {
      let oldest: { key: string; queue: Entry<Write>[]; index: number; write: Write } | undefined;
      for (const [key, queue] of queues) {
        const index = queue.findIndex((entry) => 'write' in entry);
        if (index === -1) continue;
        const { write } = queue[index] as { write: Write };
        if (!oldest || write.sequence < oldest.write.sequence) oldest = { key, queue, index, write };
      }
      if (!oldest) return undefined;
      oldest.queue.splice(oldest.index, 1);
      if (oldest.queue.length === 0) queues.delete(oldest.key);
      size -= 1;
      return oldest.write;
    },
    /** Empties the queue, returning every waiting write. */
    drain(): Write[] {
      const writes = [...queues.values()].flatMap((queue) => queue.flatMap(writesOf));
      queues.clear();
      size = 0;
      return writes;
    },
  };
}

/** The queue `createWriteQueue` returns. */
export type WriteQueue<Write extends QueuedWrite = QueuedWrite> = ReturnType<typeof createWriteQueue<Write>>;
