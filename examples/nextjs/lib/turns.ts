// The answers being generated, so the Stop button can stop one. A disconnect (tab closed, network
// lost) is not a stop: the answer completes and is stored. Only POST /api/chat/stop aborts it. This
// registry lives in one server process: with several instances, carry the stop over a shared channel
// (Redis pub/sub, say), or the answer simply completes.
const running = new Map<string, AbortController>();

const keyOf = (userId: string, chatId: string) => JSON.stringify([userId, chatId]);

/** Registers the chat's answer now being generated; `end()` when it is done. */
export function startTurn(userId: string, chatId: string): { signal: AbortSignal; end: () => void } {
  const key = keyOf(userId, chatId);
  running.get(key)?.abort(new Error('A newer message replaced this answer'));
  const controller = new AbortController();
  running.set(key, controller);
  return {
    signal: controller.signal,
    end: () => {
      if (running.get(key) === controller) running.delete(key);
    },
  };
}

/** Stops the user's answer in this chat, if one is being generated. */
export function stopTurn(userId: string, chatId: string): boolean {
  const controller = running.get(keyOf(userId, chatId));
  controller?.abort(new Error('Stopped by the user'));
  return controller !== undefined;
}
