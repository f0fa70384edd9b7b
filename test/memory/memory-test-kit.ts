import { type Identity, MemOSClient, type Turn, type TurnMessage } from '../../src/index.ts';
import type { MemOSTestServer } from '../support/memos-test-server.ts';

/** A neutral text message. */
export const text = (role: TurnMessage['role'], value: string): TurnMessage => ({
  role,
  parts: [{ type: 'text', text: value }],
});

/** A turn of `userId` whose newest user message is `question`. */
export const turnOf = (
  question: string,
  identity: Identity = { userId: 'u-1' },
  extra: Partial<Turn> = {},
): Turn => ({
  ...identity,
  messages: [text('system', 'You are a travel agent.'), text('user', question)],
  ...extra,
});

/** The real client against the test server, without client-side retries so request counts are exact. */
export function clientFor(
  server: MemOSTestServer,
  options: ConstructorParameters<typeof MemOSClient>[0] = {},
) {
  return new MemOSClient({ apiKey: 'test-key', baseURL: server.url, maxRetries: 0, ...options });
}

/** A fetch that records the signal of every request, to see that abandoned requests are aborted. */
export function recordingFetch() {
  const signals: AbortSignal[] = [];
  const fetch = (url: string, init: RequestInit) => {
    if (init.signal) signals.push(init.signal);
    return globalThis.fetch(url, init);
  };
  return { fetch, signals };
}
