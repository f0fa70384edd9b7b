import { MemOSError } from './memos-error.ts';

function markerClass(name: string) {
  return Symbol.for(`memos-middleware.error.${name}`);
}

const configSymbol = markerClass('MemOSConfigError');
/**
 * Wrong or missing options, found when a client or middleware is built or when a call lacks identity.
 *
 * @example
 * new MemOSClient({ apiKey: '' }); // throws MemOSConfigError: no API key
 */
export class MemOSConfigError extends MemOSError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [configSymbol] = true;
  override readonly name = 'MemOSConfigError';
  /** True for a `MemOSConfigError` from any copy of the package. */
  static override isInstance(error: unknown): error is MemOSConfigError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSConfigError');
  }
}

/** One problem found by a schema, as a path and a message. */
export interface MemOSIssue {
  readonly path: string;
  readonly message: string;
}

const invalidRequestSymbol = markerClass('MemOSInvalidRequestError');
/**
 * A request that breaks the MemOS limits or shapes, caught before it is sent (or a 400/400xx
 * answer from the server, see `MemOSBadRequestError`).
 *
 * @example
 * await client.searchMemory({ user_id: 'x'.repeat(101), query: 'q' }); // MemOSInvalidRequestError
 */
export class MemOSInvalidRequestError extends MemOSError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [invalidRequestSymbol] = true;
  override readonly name = 'MemOSInvalidRequestError';
  /** What was wrong, by field path. */
  readonly issues: readonly MemOSIssue[];
  constructor(message: string, options: { issues?: readonly MemOSIssue[]; cause?: unknown } = {}) {
    super(message, options);
    this.issues = options.issues ?? [];
  }
  /** True for a `MemOSInvalidRequestError` from any copy of the package. */
  static override isInstance(error: unknown): error is MemOSInvalidRequestError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSInvalidRequestError');
  }
}

const connectionSymbol = markerClass('MemOSConnectionError');
/**
 * The server could not be reached or the connection broke (refused, reset, DNS). Retryable.
 *
 * @example
 * if (MemOSConnectionError.isInstance(error)) console.log('MemOS unreachable:', error.code);
 */
export class MemOSConnectionError extends MemOSError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [connectionSymbol] = true;
  override readonly name = 'MemOSConnectionError';
  /** The transport's error code when known, e.g. `ECONNREFUSED`, `UND_ERR_SOCKET`. */
  readonly code: string | undefined;
  readonly isRetryable = true;
  constructor(message: string, options: { code?: string | undefined; cause?: unknown } = {}) {
    super(message, options);
    this.code = options.code;
  }
  /** True for a `MemOSConnectionError` from any copy of the package. */
  static override isInstance(error: unknown): error is MemOSConnectionError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSConnectionError');
  }
}

const timeoutSymbol = markerClass('MemOSTimeoutError');
/**
 * A request (or a recall) ran past its time budget and was abandoned.
 *
 * @example
 * new MemOSClient({ timeoutMs: 2000 }); // each attempt gets 2 s, then MemOSTimeoutError
 */
export class MemOSTimeoutError extends MemOSError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [timeoutSymbol] = true;
  override readonly name = 'MemOSTimeoutError';
  /** The budget that ran out, in milliseconds. */
  readonly timeoutMs: number;
  readonly isRetryable = true;
  constructor(message: string, options: { timeoutMs: number; cause?: unknown }) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
  }
  /** True for a `MemOSTimeoutError` from any copy of the package. */
  static override isInstance(error: unknown): error is MemOSTimeoutError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSTimeoutError');
  }
}

const abortSymbol = markerClass('MemOSAbortError');
/**
 * The caller's `AbortSignal` aborted the request. Never retried.
 *
 * @example
 * const controller = new AbortController(); controller.abort();
 * await client.searchMemory(body, { signal: controller.signal }); // MemOSAbortError
 */
export class MemOSAbortError extends MemOSError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [abortSymbol] = true;
  override readonly name = 'MemOSAbortError';
  readonly isRetryable = false;
  /** True for a `MemOSAbortError` from any copy of the package. */
  static override isInstance(error: unknown): error is MemOSAbortError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSAbortError');
  }
}

const responseSymbol = markerClass('MemOSResponseError');
/**
 * A 2xx answer whose body is not what MemOS documents (bad JSON, wrong shape). Never retried.
 *
 * @example
 * if (MemOSResponseError.isInstance(error)) console.log(error.issues);
 */
export class MemOSResponseError extends MemOSError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [responseSymbol] = true;
  override readonly name = 'MemOSResponseError';
  readonly status: number;
  readonly issues: readonly MemOSIssue[];
  readonly isRetryable = false;
  constructor(message: string, options: { status: number; issues?: readonly MemOSIssue[]; cause?: unknown }) {
    super(message, options);
    this.status = options.status;
    this.issues = options.issues ?? [];
  }
  /** True for a `MemOSResponseError` from any copy of the package. */
  static override isInstance(error: unknown): error is MemOSResponseError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSResponseError');
  }
}
