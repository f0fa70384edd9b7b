/**
 * Waits for `promise`, or for `timeoutMs` when given, whichever comes first; `true` when it settled.
 * The timer is cleared either way, so nothing outlives the wait.
 *
 * @example
 * const settled = await waitWithin(Promise.all(pending), options.timeoutMs);
 */
export async function waitWithin(promise: Promise<unknown>, timeoutMs: number | undefined): Promise<boolean> {
  if (timeoutMs === undefined) {
    await promise;
    return true;
  }
  // No time at all: do not wait a tick for it.
  if (timeoutMs <= 0) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([promise.then(() => true), timeUp]);
  } finally {
    clearTimeout(timer);
  }
}
