import type { z } from 'zod';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from '../api/json-depth.ts';
import {
  createAPIError,
  MemOSAbortError,
  MemOSAPIError,
  MemOSConfigError,
  MemOSConnectionError,
  MemOSInvalidRequestError,
  type MemOSIssue,
  MemOSResponseError,
  MemOSTimeoutError,
} from '../errors/index.ts';

/**
 * MemOS business codes the local engine answers with (memos-api.md §3).
 *
 * @example
 * memosErrorCode(error) === LOCAL_ERROR_CODES.memoryNotFound; // 40307
 */
export const LOCAL_ERROR_CODES = {
  invalidRequest: 40000,
  notFound: 40001,
  userIdTooLong: 40010,
  conversationIdTooLong: 40011,
  memoryNotFound: 40307,
  userNotFound: 40308,
  internal: 50000,
  operationFailed: 50002,
  memoryServiceUnavailable: 50004,
  addMemoryFailed: 50143,
  taskNotFound: 50131,
} as const;

function toIssues(error: z.ZodError): MemOSIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Parses a request body with its strict schema; a mismatch is a `MemOSInvalidRequestError` with every
 * issue by field path (nothing is written).
 *
 * @example
 * const body = parseRequest(SearchMemoryRequestSchema, input, '/search/memory');
 */
export function parseRequest<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  endpoint: string,
): z.output<Schema> {
  if (jsonDepthExceeds(body)) {
    const message = `nested deeper than ${MAX_JSON_DEPTH} levels`;
    throw new MemOSInvalidRequestError(`Invalid ${endpoint} request: ${message}`, {
      issues: [{ path: '', message }],
    });
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = toIssues(result.error);
  const summary = issues.map((issue) => `${issue.path || '(body)'}: ${issue.message}`).join('; ');
  throw new MemOSInvalidRequestError(`Invalid ${endpoint} request: ${summary}`, {
    issues,
    cause: result.error,
  });
}

/**
 * A MemOS "not found" error as the cloud reports it (HTTP 200, business code), e.g. 40307 for a memory
 * id that does not exist.
 *
 * @example
 * throw notFound(40307, 'memory abc does not exist', '/delete/memory');
 */
export function notFound(code: number, message: string, endpoint: string): MemOSAPIError {
  return createAPIError({ status: 200, code, serverMessage: message, endpoint });
}

/**
 * Throws `MemOSAbortError` when the caller's signal has fired.
 *
 * @example
 * throwIfAborted(options?.signal);
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new MemOSAbortError('The local MemOS request was aborted', { cause: signal.reason });
}

/**
 * The MemOS envelope code for any error the local engine throws, so a server in front of it can answer
 * like the cloud: API errors keep their code, invalid requests map to the 400xx family (40010/40011 for
 * over-long ids), extraction output errors to 50143, unreachable LLM/embedding endpoints to 50004.
 *
 * @example
 * catch (error) { reply({ code: memosErrorCode(error, '/add/message'), data: null, message: error.message }); }
 */
export function memosErrorCode(error: unknown, endpoint?: string): number {
  if (MemOSAPIError.isInstance(error)) return error.code ?? LOCAL_ERROR_CODES.internal;
  if (MemOSInvalidRequestError.isInstance(error)) {
    const tooLong = (field: string) =>
      error.issues.some((issue) => issue.path.split('.')[0] === field && /at most 100/.test(issue.message));
    if (tooLong('user_id')) return LOCAL_ERROR_CODES.userIdTooLong;
    if (tooLong('conversation_id')) return LOCAL_ERROR_CODES.conversationIdTooLong;
    return LOCAL_ERROR_CODES.invalidRequest;
  }
  if (MemOSResponseError.isInstance(error)) {
    return endpoint === '/add/message'
      ? LOCAL_ERROR_CODES.addMemoryFailed
      : LOCAL_ERROR_CODES.operationFailed;
  }
  if (MemOSConnectionError.isInstance(error) || MemOSTimeoutError.isInstance(error)) {
    return LOCAL_ERROR_CODES.memoryServiceUnavailable;
  }
  if (MemOSAbortError.isInstance(error) || MemOSConfigError.isInstance(error))
    return LOCAL_ERROR_CODES.operationFailed;
  return LOCAL_ERROR_CODES.internal;
}
