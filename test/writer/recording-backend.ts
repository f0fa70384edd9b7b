import type { AddMessageRequest, MemoryBackend, RequestOptions } from '../../src/index.ts';

/** One `addMessage` call as the backend saw it. */
export interface RecordedAdd {
  body: AddMessageRequest;
  options: RequestOptions | undefined;
}

/**
 * A backend object for the writer's own logic (ordering, batching, retries): `addMessage` runs the
 * given behaviour, everything else is unused. HTTP behaviour is tested against the real client and
 * the MemOS test server elsewhere.
 */
export function recordingBackend(
  behaviour: (call: RecordedAdd, index: number) => Promise<void> | void = () => {},
) {
  const calls: RecordedAdd[] = [];
  let closed = 0;
  const unused = () => Promise.reject(new Error('not used by the writer'));
  const backend: MemoryBackend = {
    async addMessage(body, options) {
      const call = { body, options };
      calls.push(call);
      await behaviour(call, calls.length - 1);
      return { success: true, task_id: `task-${calls.length}`, status: 'running' };
    },
    searchMemory: unused,
    getMessage: unused,
    getMemory: unused,
    deleteMemory: unused,
    async close() {
      closed += 1;
    },
  };
  return {
    backend,
    calls,
    get closed() {
      return closed;
    },
  };
}

/** A promise with its resolver, to hold a write in flight until the test lets it go. */
export function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** An add request for `conversation` carrying one user message per text. */
export function turn(conversation: string, ...texts: string[]): AddMessageRequest {
  return {
    user_id: 'u-1',
    conversation_id: conversation,
    messages: texts.map((content) => ({ role: 'user' as const, content })),
  };
}

/** The texts of the messages a call carried, in order. */
export const textsOf = (call: RecordedAdd | undefined) =>
  call?.body.messages.map((message) => message.content);
