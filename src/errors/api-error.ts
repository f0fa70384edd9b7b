import { MemOSError } from './memos-error.ts';

/** What the server said, as carried by every `MemOSAPIError`. */
export interface MemOSAPIErrorDetails {
  /** HTTP status of the answer (MemOS often answers 200 with a non-zero `code`). */
  readonly status: number;
  /** MemOS business code from the envelope (e.g. `40309`), when the body had one. */
  readonly code: number | undefined;
  /** The server's message, with any secret removed. */
  readonly serverMessage: string | undefined;
  /** The endpoint path, e.g. `/search/memory`. */
  readonly endpoint: string;
  /** Delay the server asked for (`Retry-After`), in milliseconds, when it gave one. */
  readonly retryAfterMs?: number | undefined;
}

const apiSymbol = Symbol.for('memos-middleware.error.MemOSAPIError');

/**
 * The MemOS server answered with an error: a non-2xx status or an envelope `code` other than 0/200.
 * Subclasses say which kind; `isRetryable` says whether the client retries it.
 *
 * @example
 * catch (error) { if (MemOSAPIError.isInstance(error)) console.log(error.status, error.code); }
 */
export class MemOSAPIError extends MemOSError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [apiSymbol] = true;
  override readonly name: string = 'MemOSAPIError';
  readonly status: number;
  readonly code: number | undefined;
  readonly serverMessage: string | undefined;
  readonly endpoint: string;
  readonly retryAfterMs: number | undefined;
  readonly isRetryable: boolean;

  constructor(details: MemOSAPIErrorDetails, isRetryable: boolean) {
    const codePart = details.code === undefined ? '' : ` code ${details.code}`;
    const text = details.serverMessage ? `: ${details.serverMessage}` : '';
    super(`MemOS ${details.endpoint} failed (HTTP ${details.status}${codePart})${text}`);
    this.status = details.status;
    this.code = details.code;
    this.serverMessage = details.serverMessage;
    this.endpoint = details.endpoint;
    this.retryAfterMs = details.retryAfterMs;
    this.isRetryable = isRetryable;
  }

  /** True for any `MemOSAPIError` (or subclass) from any copy of the package. */
  static override isInstance(error: unknown): error is MemOSAPIError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSAPIError');
  }
}

const authenticationSymbol = Symbol.for('memos-middleware.error.MemOSAuthenticationError');
/**
 * Missing, wrong or expired API key, or an operation the key may not do (401/403, 401xx, 40306).
 *
 * @example
 * if (MemOSAuthenticationError.isInstance(error)) console.log('check MEMOS_API_KEY');
 */
export class MemOSAuthenticationError extends MemOSAPIError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [authenticationSymbol] = true;
  override readonly name = 'MemOSAuthenticationError';
  /** True for a `MemOSAuthenticationError` from any copy of the package (not for other API errors). */
  static override isInstance(error: unknown): error is MemOSAuthenticationError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSAuthenticationError');
  }
}

const rateLimitSymbol = Symbol.for('memos-middleware.error.MemOSRateLimitError');
/**
 * Too many requests or tokens per time window (429, 40300, 40309). Retryable, honours `Retry-After`.
 *
 * @example
 * if (MemOSRateLimitError.isInstance(error)) console.log('retry in', error.retryAfterMs, 'ms');
 */
export class MemOSRateLimitError extends MemOSAPIError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [rateLimitSymbol] = true;
  override readonly name = 'MemOSRateLimitError';
  /** True for a `MemOSRateLimitError` from any copy of the package (not for other API errors). */
  static override isInstance(error: unknown): error is MemOSRateLimitError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSRateLimitError');
  }
}

const quotaSymbol = Symbol.for('memos-middleware.error.MemOSQuotaError');
/**
 * A plan quota is exhausted or a request is over the token limit (40301–40305). Not retried.
 *
 * @example
 * if (MemOSQuotaError.isInstance(error)) console.log('plan quota reached:', error.code);
 */
export class MemOSQuotaError extends MemOSAPIError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [quotaSymbol] = true;
  override readonly name = 'MemOSQuotaError';
  /** True for a `MemOSQuotaError` from any copy of the package (not for other API errors). */
  static override isInstance(error: unknown): error is MemOSQuotaError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSQuotaError');
  }
}

const badRequestSymbol = Symbol.for('memos-middleware.error.MemOSBadRequestError');
/**
 * The server rejected the request's shape or values (400, 400xx). Not retried.
 *
 * @example
 * if (MemOSBadRequestError.isInstance(error)) console.log('rejected:', error.serverMessage);
 */
export class MemOSBadRequestError extends MemOSAPIError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [badRequestSymbol] = true;
  override readonly name = 'MemOSBadRequestError';
  /** True for a `MemOSBadRequestError` from any copy of the package (not for other API errors). */
  static override isInstance(error: unknown): error is MemOSBadRequestError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSBadRequestError');
  }
}

const notFoundSymbol = Symbol.for('memos-middleware.error.MemOSNotFoundError');
/**
 * The memory, user, task or data asked for does not exist (404, 40001, 40307, 40308, 50131).
 *
 * @example
 * if (MemOSNotFoundError.isInstance(error)) return undefined; // nothing stored under that id
 */
export class MemOSNotFoundError extends MemOSAPIError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [notFoundSymbol] = true;
  override readonly name = 'MemOSNotFoundError';
  /** True for a `MemOSNotFoundError` from any copy of the package (not for other API errors). */
  static override isInstance(error: unknown): error is MemOSNotFoundError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSNotFoundError');
  }
}

const serverSymbol = Symbol.for('memos-middleware.error.MemOSServerError');
/**
 * The service failed (5xx, 50xxx). Retryable unless the code names a permanent failure.
 *
 * @example
 * if (MemOSServerError.isInstance(error) && error.isRetryable) scheduleRetry();
 */
export class MemOSServerError extends MemOSAPIError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [serverSymbol] = true;
  override readonly name = 'MemOSServerError';
  /** True for a `MemOSServerError` from any copy of the package (not for other API errors). */
  static override isInstance(error: unknown): error is MemOSServerError {
    return MemOSError.hasMarker(error, 'memos-middleware.error.MemOSServerError');
  }
}

const NOT_FOUND_CODES = new Set([40001, 40307, 40308, 50131, 50120, 50123]);
const RATE_LIMIT_CODES = new Set([40300, 40309]);
const AUTH_CODES = new Set([40100, 40103, 40130, 40132, 40306, 40020]);
/** 501xx: file and knowledge-base limits, permanent for the same request. */
const isPermanentServerCode = (code: number) => code >= 50100 && code < 50130;

/**
 * Builds the right `MemOSAPIError` subclass from the HTTP status and the MemOS code, the one place
 * where that mapping lives.
 *
 * @example
 * const error = createAPIError({ status: 200, code: 40309, serverMessage: 'rate limited', endpoint: '/add/message' });
 * error instanceof MemOSRateLimitError; // true
 */
export function createAPIError(details: MemOSAPIErrorDetails): MemOSAPIError {
  const { status, code } = details;
  if (code !== undefined && code !== 0 && code !== 200) {
    if (NOT_FOUND_CODES.has(code)) return new MemOSNotFoundError(details, false);
    if (RATE_LIMIT_CODES.has(code)) return new MemOSRateLimitError(details, true);
    if (code >= 40301 && code <= 40305) return new MemOSQuotaError(details, false);
    if (AUTH_CODES.has(code) || (code >= 40100 && code < 40200)) {
      return new MemOSAuthenticationError(details, false);
    }
    if (code >= 40000 && code < 41000) return new MemOSBadRequestError(details, false);
    if (code >= 50000 && code < 60000) {
      return new MemOSServerError(details, !isPermanentServerCode(code));
    }
  }
  if (status === 401 || status === 403) return new MemOSAuthenticationError(details, false);
  if (status === 429) return new MemOSRateLimitError(details, true);
  if (status === 404) return new MemOSNotFoundError(details, false);
  if (status === 408 || status === 409) return new MemOSServerError(details, true);
  if (status >= 500) return new MemOSServerError(details, true);
  if (status >= 400) return new MemOSBadRequestError(details, false);
  // A 2xx with an unknown non-zero code: report it, do not retry blindly.
  return new MemOSAPIError(details, false);
}
