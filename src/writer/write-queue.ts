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

/** Everything but the messages, as the test for "may be sent in one `addMessage`". */
export function mergeKeyOf(request: AddMessageRequest): string {
  const { messages: _messages, ...rest } = request;
  return JSON.stringify(rest);
}

/** Per-conversation order: user and conversation (a write without a conversation id queues per user). */
export function conversationKeyOf(request: AddMessageRequest): string {
  return JSON.stringify([request.user_id ?? null, request.conversation_id ?? null]);
}

/**
 * Per-conversation FIFO queues served round-robin: at most one write per conversation in flight (so
 * MemOS sees a conversation's turns in order), consecutive compatible turns merged into one batch.
 *
 * @example
 * const queue = createWriteQueue();
 * queue.push(write);
 * const batch = queue.takeBatch(20, (key) => !busy.has(key));
 */
export function createWriteQueue<Write extends QueuedWrite = QueuedWrite>() {
  const queues = new Map<string, Write[]>();
  let size = 0;

  return {
    /** Writes waiting (not in flight). */
    get size() {
      return size;
    },
    push(write: Write): void {
      const queue = queues.get(write.conversationKey);
      if (queue) queue.push(write);
      else queues.set(write.conversationKey, [write]);
      size += 1;
    },
    /**
     * Takes the next batch from the first ready conversation (in round-robin order): its oldest write
     * plus the following compatible ones while the messages fit in `maxBatchMessages`.
     */
    takeBatch(maxBatchMessages: number, isReady: (conversationKey: string) => boolean): Write[] | undefined {
      for (const [key, queue] of queues) {
        if (!isReady(key)) continue;
        const head = queue.shift()!;
        const batch = [head];
        let messages = head.request.messages.length;
        while (queue[0] && queue[0].mergeKey === head.mergeKey) {
          if (messages + queue[0].request.messages.length > maxBatchMessages) break;
          messages += queue[0].request.messages.length;
          batch.push(queue.shift()!);
        }
        // Re-inserting moves the conversation to the back: the next pick starts with the others.
        queues.delete(key);
        if (queue.length > 0) queues.set(key, queue);
        size -= batch.length;
        return batch;
      }
      return undefined;
    },
    /** Removes and returns the oldest waiting write of all (the overflow victim). */
    takeOldest(): Write | undefined {
      let oldest: { key: string; queue: Write[] } | undefined;
      for (const [key, queue] of queues) {
        if (!oldest || queue[0]!.sequence < oldest.queue[0]!.sequence) oldest = { key, queue };
      }
      if (!oldest) return undefined;
      const write = oldest.queue.shift()!;
      if (oldest.queue.length === 0) queues.delete(oldest.key);
      size -= 1;
      return write;
    },
  };
}

/** The queue `createWriteQueue` returns. */
export type WriteQueue<Write extends QueuedWrite = QueuedWrite> = ReturnType<typeof createWriteQueue<Write>>;
