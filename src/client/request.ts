import type { z } from 'zod';
import { MemOSAbortError, MemOSConnectionError, MemOSError, MemOSTimeoutError } from '../errors/index.ts';
import type { EndpointSpec } from './endpoints.ts';
import { sanitizeCause, transportErrorCode } from './redact.ts';
import { readResponse } from './response.ts';
import type { Transport, TransportRequest } from './transport.ts';

/**
 * Everything one attempt needs; built once per logical call and reused by its retries.
 *
 * @example
 * const context: AttemptContext<typeof SearchMemoryDataSchema> = { spec, transport, request, timeoutMs, signal, lifetime, secret };
 */
export interface AttemptContext<Data extends z.ZodType> {
  readonly spec: EndpointSpec<z.ZodType, Data>;
  readonly transport: Transport;
  readonly request: Omit<TransportRequest, 'signal'>;
  /** Per-attempt budget in milliseconds. */
  readonly timeoutMs: number;
  /** The caller's signal: aborting it ends the attempt with `MemOSAbortError`. */
  readonly signal: AbortSignal | undefined;
  /** The client's own signal, aborted by `destroy()`. */
  readonly lifetime: AbortSignal;
  /** The API key, only so that it can be scrubbed from whatever the server or transport says. */
  readonly secret: string;
}

function abortedError(context: AttemptContext<z.ZodType>): MemOSAbortError | undefined {
  const { spec, signal, lifetime } = context;
  if (signal?.aborted) return new MemOSAbortError(`MemOS ${spec.path} request aborted by the caller`);
  if (lifetime.aborted)
    return new MemOSAbortError(`MemOS ${spec.path} request aborted: the client was destroyed`);
  return undefined;
}

/**
 * One HTTP attempt with its own timeout. The attempt's signal follows the caller's signal, the
 * client's lifetime and the timer; listeners and timer are removed in `finally`, so nothing outlives
 * the attempt. (Explicit links rather than `AbortSignal.any`: the client's lifetime signal lives long
 * and should not collect a dependent per request.)
 *
 * @example
 * const data = await sendAttempt({ spec, transport, request, timeoutMs: 800, signal, lifetime, secret });
 */
export async function sendAttempt<Data extends z.ZodType>(
  context: AttemptContext<Data>,
): Promise<z.output<Data>> {
  const before = abortedError(context);
  if (before) throw before;
  const { spec, transport, request, timeoutMs, signal, lifetime, secret } = context;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  lifetime.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Awaited<ReturnType<Transport['send']>>;
    try {
      response = await transport.send({ ...request, signal: controller.signal });
    } catch (error) {
      // Our own errors (undici missing) are not network failures: pass them through, unretried.
      if (MemOSError.isInstance(error)) throw error;
      const aborted = abortedError(context);
      if (aborted) throw aborted;
      const cause = sanitizeCause(error, secret);
      if (timedOut) {
        throw new MemOSTimeoutError(`MemOS ${spec.path} timed out after ${timeoutMs} ms`, {
          timeoutMs,
          cause,
        });
      }
      const code = transportErrorCode(error);
      let innermost: Error | undefined = cause;
      while (innermost?.cause instanceof Error) innermost = innermost.cause;
      const detail = code ?? innermost?.message ?? 'network error';
      throw new MemOSConnectionError(`MemOS ${spec.path} connection failed (${detail})`, {
        code,
        cause,
      });
    }
    return readResponse(spec, response, secret);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    lifetime.removeEventListener('abort', onAbort);
  }
}
