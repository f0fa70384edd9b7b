import {
  MemOSAPIError,
  MemOSAuthenticationError,
  MemOSBadRequestError,
  MemOSConnectionError,
  MemOSInvalidRequestError,
  type MemOSIssue,
  MemOSNotFoundError,
  MemOSRateLimitError,
  MemOSServerError,
  MemOSTimeoutError,
} from '../../errors/index.ts';

/**
 * What the server answers: an HTTP status and a MemOS envelope. Business errors keep HTTP 200 and carry
 * a non-zero `code`, as MemOS Cloud does (memos-api.md §3).
 *
 * @example
 * const reply: ServerReply = { status: 200, body: { code: 0, data: { success: true }, message: 'ok' } };
 */
export interface ServerReply {
  readonly status: number;
  readonly body: { readonly code: number; readonly data: unknown; readonly message: string };
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The MemOS codes this server answers with, beside those a backend throws. Documented in the README.
 *
 * @example
 * SERVER_CODES.invalidRequest; // 40000
 */
export const SERVER_CODES = {
  ok: 0,
  /** Bad JSON, wrong types, failed validation; also a wrong method. */
  invalidRequest: 40000,
  /** Unknown endpoint (HTTP 404), or data the backend did not find. */
  notFound: 40001,
  userIdTooLong: 40010,
  conversationIdTooLong: 40011,
  /** No `Authorization` header while the server has a token. */
  tokenRequired: 40100,
  /** A token that does not match. */
  tokenInvalid: 40132,
  /** Too many requests, e.g. a proxied upstream's bare 429 (its `Retry-After` is passed on). */
  rateLimited: 40300,
  /** Body over `maxBodyBytes` (HTTP 413): MemOS's "input exceeds the per-request limit". */
  bodyTooLarge: 40305,
  /** Anything unexpected; the message stays generic. */
  internal: 50000,
  /** The backend could not be reached or timed out (a proxying backend). */
  serviceUnavailable: 50004,
} as const;

/**
 * A request the server refuses before or instead of calling the backend.
 *
 * @example
 * throw new ServerRequestError(404, SERVER_CODES.notFound, 'Unknown endpoint: POST /nope');
 */
export class ServerRequestError extends Error {
  override readonly name = 'ServerRequestError';
  readonly status: number;
  readonly code: number;
  readonly headers: Readonly<Record<string, string>> | undefined;
  constructor(status: number, code: number, message: string, headers?: Record<string, string>) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/**
 * Wraps `data` in the success envelope.
 *
 * @example
 * okReply({ success: true }); // { status: 200, body: { code: 0, data: { success: true }, message: 'ok' } }
 */
export function okReply(data: unknown): ServerReply {
  return { status: 200, body: { code: SERVER_CODES.ok, data, message: 'ok' } };
}

/**
 * Renders validation issues as one line, the way they appear in a 40000 message.
 *
 * @example
 * formatIssues([{ path: 'query', message: 'query must not be empty' }]); // 'query: query must not be empty'
 */
export function formatIssues(issues: readonly MemOSIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

// MemOS has dedicated codes for over-long ids; everything else about the shape is 40000.
function invalidRequestCode(issues: readonly MemOSIssue[]): number {
  const tooLong = (field: string) =>
    issues.some(
      (issue) => issue.path.split('.')[0] === field && /at most 100 characters/.test(issue.message),
    );
  if (tooLong('user_id')) return SERVER_CODES.userIdTooLong;
  if (tooLong('conversation_id')) return SERVER_CODES.conversationIdTooLong;
  return SERVER_CODES.invalidRequest;
}

// A backend error without a MemOS code (a proxied upstream's bare 503, 429, 404...) gets the code of its
// kind, so our own callers classify and retry it as the upstream's callers would.
function apiErrorCode(error: MemOSAPIError): number {
  if (error.code !== undefined && error.code !== 0 && error.code !== 200) return error.code;
  if (MemOSNotFoundError.isInstance(error)) return SERVER_CODES.notFound;
  if (MemOSBadRequestError.isInstance(error)) return SERVER_CODES.invalidRequest;
  if (MemOSAuthenticationError.isInstance(error)) return SERVER_CODES.tokenInvalid;
  if (MemOSRateLimitError.isInstance(error)) return SERVER_CODES.rateLimited;
  if (MemOSServerError.isInstance(error) && error.status === 503) return SERVER_CODES.serviceUnavailable;
  return SERVER_CODES.internal;
}

// The upstream's Retry-After travels on, in whole seconds (what every client reads).
function retryAfterHeaders(error: MemOSAPIError): Record<string, string> | undefined {
  if (error.retryAfterMs === undefined) return undefined;
  return { 'retry-after': String(Math.ceil(error.retryAfterMs / 1000)) };
}

/**
 * The real HTTP status for a MemOS code, used when `errorStatus: 'http'`.
 *
 * @example
 * httpStatusForCode(40132); // 401
 */
export function httpStatusForCode(code: number): number {
  if (code === 40001 || code === 40307 || code === 40308 || code === 50131) return 404;
  if (code === 40300 || code === 40309) return 429;
  if (code === 40306) return 403;
  if (code >= 40100 && code < 40200) return 401;
  if (code === 40305) return 413;
  if (code >= 40000 && code < 41000) return 400;
  if (code === 50004 || code === 50005) return 503;
  return 500;
}

/**
 * Turns anything thrown while serving a request into a reply, and says whether it was unexpected
 * (unexpected errors get a generic message: never a stack trace, never internal details).
 *
 * @example
 * const { reply, unexpected } = errorReply(new MemOSNotFoundError(details, false));
 */
export function errorReply(error: unknown): { reply: ServerReply; unexpected: boolean } {
  const envelope = (status: number, code: number, message: string, headers?: Record<string, string>) => ({
    status,
    body: { code, data: null, message },
    ...(headers ? { headers } : {}),
  });
  if (error instanceof ServerRequestError) {
    return { reply: envelope(error.status, error.code, error.message, error.headers), unexpected: false };
  }
  if (MemOSInvalidRequestError.isInstance(error)) {
    const detail = error.issues.length > 0 ? formatIssues(error.issues) : error.message;
    const code = invalidRequestCode(error.issues);
    return { reply: envelope(200, code, `Invalid request parameters: ${detail}`), unexpected: false };
  }
  if (MemOSAPIError.isInstance(error)) {
    const message = error.serverMessage ?? error.message;
    return {
      reply: envelope(200, apiErrorCode(error), message, retryAfterHeaders(error)),
      unexpected: false,
    };
  }
  if (MemOSConnectionError.isInstance(error) || MemOSTimeoutError.isInstance(error)) {
    const message = 'Memory service unavailable';
    return { reply: envelope(200, SERVER_CODES.serviceUnavailable, message), unexpected: true };
  }
  return { reply: envelope(200, SERVER_CODES.internal, 'Internal server error'), unexpected: true };
}
