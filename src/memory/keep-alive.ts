/** A host's `waitUntil`: keeps the function alive until the promise settles. */
export type WaitUntil = (promise: Promise<unknown>) => void;

// Request contexts that serverless platforms put on globalThis, each with `get()` returning the current
// request's `{ waitUntil }`: Vercel's (what `@vercel/functions`' waitUntil reads) and the one Next.js
// reads for `after()` when a platform provides it (Vercel, OpenNext, Netlify).
const PLATFORM_CONTEXTS = [Symbol.for('@vercel/request-context'), Symbol.for('@next/request-context')];

/**
 * The platform's `waitUntil` for the request being served, when the host provides one on globalThis
 * (Vercel, and hosts that run Next.js with a request context); `undefined` elsewhere (`next start`,
 * plain Node, outside a request).
 *
 * @example
 * platformWaitUntil()?.(writePromise);
 */
export function platformWaitUntil(): WaitUntil | undefined {
  const scope = globalThis as Record<symbol, unknown>;
  for (const symbol of PLATFORM_CONTEXTS) {
    const context = scope[symbol] as { get?: () => { waitUntil?: unknown } | undefined } | undefined;
    const waitUntil = typeof context?.get === 'function' ? context.get()?.waitUntil : undefined;
    if (typeof waitUntil === 'function') return waitUntil as WaitUntil;
  }
  return undefined;
}

/**
 * Builds `memory.keepAlive`: hands a promise to the app's `waitUntil` or, without one, to the
 * platform's (looked up per call: it belongs to the request being served). Never throws: a
 * `waitUntil` that does (Next.js `after` outside a request) is reported, and the work goes on.
 *
 * @example
 * const keepAlive = createKeepAlive(options.waitUntil, (error) => emit({ error, phase: 'keep-alive' }));
 * keepAlive(turnWritten);
 */
export function createKeepAlive(
  waitUntil: WaitUntil | undefined,
  report: (error: unknown) => void,
): (promise: Promise<unknown>) => void {
  return function keepAlive(promise) {
    try {
      (waitUntil ?? platformWaitUntil())?.(promise);
    } catch (error) {
      report(error);
    }
  };
}
