import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { DEFAULT_BASE_URL } from '../api/limits.ts';
import { MemOSConfigError, MemOSInvalidRequestError } from '../errors/index.ts';
import { redactSecret } from './redact.ts';
import { toIssues } from './response.ts';
import type { FetchLike } from './transport.ts';

/**
 * Options of `new MemOSClient(options)`.
 *
 * @example
 * new MemOSClient({ apiKey: process.env.MEMOS_API_KEY, timeoutMs: 2_000, maxRetries: 1 });
 */
export interface MemOSClientOptions {
  /** MemOS Cloud API key (`mpg-…`). @default process.env.MEMOS_API_KEY */
  apiKey?: string | undefined;
  /** @default process.env.MEMOS_BASE_URL, then `https://memos.memtensor.cn/api/openmem/v1` */
  baseURL?: string | undefined;
  /** Budget of one attempt, in milliseconds (callers on a chat hot path pass less per request). @default 10_000 */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt, for retryable failures. @default 2 */
  maxRetries?: number | undefined;
  /** A `fetch` to use instead of undici (edge runtimes). undici is then never loaded. */
  fetch?: FetchLike | undefined;
  /** An undici dispatcher (Agent, Pool, ProxyAgent, MockAgent) instead of the client's own keep-alive Agent. */
  dispatcher?: Dispatcher | undefined;
  /** Extra headers on every request (e.g. `X-Source`). `Authorization` cannot be overridden. */
  headers?: Record<string, string> | undefined;
}

/**
 * The options once defaults and environment are applied.
 *
 * @example
 * const { baseURL, timeoutMs }: ResolvedClientOptions = resolveClientOptions({ apiKey: 'mpg-…' });
 */
export interface ResolvedClientOptions {
  /** `undefined` when neither the option nor MEMOS_API_KEY had one (yet). */
  readonly apiKey: string | undefined;
  readonly baseURL: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly fetch: FetchLike | undefined;
  readonly dispatcher: Dispatcher | undefined;
  readonly headers: Readonly<Record<string, string>>;
}

const headerValue = z.string().regex(/^[^\r\n]*$/, 'header values must not contain line breaks');
const timeout = z.number().int('timeoutMs must be an integer').positive('timeoutMs must be > 0');
const retries = z
  .number()
  .int('maxRetries must be an integer')
  .min(0)
  .max(10, 'maxRetries must be at most 10');

// Messages name the option, never its value: the value may be the API key.
const ClientOptionsSchema = z.strictObject({
  apiKey: z.string().optional(),
  baseURL: z.url({ protocol: /^https?$/, error: 'baseURL must be an http(s) URL' }).optional(),
  timeoutMs: timeout.optional(),
  maxRetries: retries.optional(),
  fetch: z.custom<FetchLike>((value) => typeof value === 'function', 'fetch must be a function').optional(),
  dispatcher: z
    .custom<Dispatcher>(
      (value) =>
        typeof value === 'object' && value !== null && typeof (value as Dispatcher).dispatch === 'function',
      'dispatcher must be an undici Dispatcher',
    )
    .optional(),
  headers: z
    .record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'invalid header name'), headerValue)
    .optional(),
});

const RequestOptionsSchema = z.strictObject({
  signal: z
    .custom<AbortSignal>(
      (value) =>
        typeof value === 'object' && value !== null && typeof (value as AbortSignal).aborted === 'boolean',
      'signal must be an AbortSignal',
    )
    .optional(),
  timeoutMs: timeout.optional(),
  maxRetries: retries.optional(),
  idempotencyKey: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, 'idempotencyKey must be printable ASCII')
    .optional(),
});

function environment(): Record<string, string | undefined> {
  // Read through globalThis so that edge runtimes without `process` work.
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}

const clean = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function checkApiKey(apiKey: string): string {
  if (/\s/.test(apiKey)) throw new MemOSConfigError('MemOSClient apiKey must not contain whitespace');
  return apiKey;
}

/**
 * The key a request is sent with: the one given at construction, else MEMOS_API_KEY as it is now.
 * MemOS Cloud needs one: without it the first request (not the construction, so builds need no
 * secret) throws `MemOSConfigError`. Another base URL (`memos-middleware serve`, a proxy) may run
 * without a token, so there the request goes without `Authorization`.
 *
 * @example
 * const apiKey = requireApiKey(resolved.apiKey, client.baseURL); // undefined for a tokenless local server
 */
export function requireApiKey(apiKey: string | undefined, baseURL: string): string | undefined {
  const key = apiKey ?? clean(environment().MEMOS_API_KEY);
  if (key !== undefined) return checkApiKey(key);
  if (baseURL !== DEFAULT_BASE_URL) return undefined;
  throw new MemOSConfigError(
    'MemOSClient has no API key for MemOS Cloud: pass { apiKey } or set MEMOS_API_KEY (checked at the first request, so builds need no secret)',
  );
}

/**
 * Validates the client options and applies defaults and environment; throws `MemOSConfigError`.
 *
 * @example
 * resolveClientOptions({ apiKey: 'mpg-…' }).baseURL; // 'https://memos.memtensor.cn/api/openmem/v1'
 */
export function resolveClientOptions(options: MemOSClientOptions): ResolvedClientOptions {
  const env = environment();
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const withEnv = {
    ...defined,
    baseURL: clean(options.baseURL) ?? clean(env.MEMOS_BASE_URL),
  };
  const parsed = ClientOptionsSchema.safeParse(
    Object.fromEntries(Object.entries(withEnv).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) {
    // Issue paths and zod's unknown-key messages repeat option and header names: a key pasted as a
    // name would travel in the error.
    const secrets = [options.apiKey, env.MEMOS_API_KEY].flatMap((key) => (key?.trim() ? [key.trim()] : []));
    const detail = toIssues(parsed.error)
      .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
      .join('; ');
    const safe = secrets.reduce((text, secret) => redactSecret(text, secret), detail);
    throw new MemOSConfigError(`Invalid MemOSClient options: ${safe}`);
  }
  const { fetch, dispatcher, headers = {} } = parsed.data;
  // A missing key is not an error yet: building the client at module scope (a Next.js route) must not
  // need secrets at build time. The first request asks `requireApiKey` again.
  const apiKey = clean(parsed.data.apiKey) ?? clean(env.MEMOS_API_KEY);
  if (apiKey !== undefined) checkApiKey(apiKey);
  if (fetch && dispatcher) {
    throw new MemOSConfigError('MemOSClient takes either fetch or dispatcher, not both');
  }
  return {
    apiKey,
    baseURL: (parsed.data.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    timeoutMs: parsed.data.timeoutMs ?? 10_000,
    maxRetries: parsed.data.maxRetries ?? 2,
    fetch,
    dispatcher,
    headers,
  };
}

/**
 * Validates per-request options; a mistake here is the caller's, so `MemOSInvalidRequestError`.
 * `secret` (the API key) is redacted from the issues, which repeat the option names.
 *
 * @example
 * checkRequestOptions({ timeoutMs: 800 }, apiKey);
 */
export function checkRequestOptions(options: unknown, secret = ''): void {
  const parsed = RequestOptionsSchema.safeParse(
    Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) {
    const issues = toIssues(parsed.error).map((issue) => ({
      path: redactSecret(issue.path, secret),
      message: redactSecret(issue.message, secret),
    }));
    throw new MemOSInvalidRequestError(
      `Invalid request options: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      { issues },
    );
  }
}
