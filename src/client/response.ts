import type { z } from 'zod';
import { EnvelopeSchema } from '../api/responses.ts';
import { createAPIError, type MemOSIssue, MemOSResponseError } from '../errors/index.ts';
import type { EndpointSpec } from './endpoints.ts';
import { redactSecret } from './redact.ts';
import { parseRetryAfter } from './retry.ts';
import type { TransportResponse } from './transport.ts';

const MAX_SERVER_MESSAGE_CHARS = 300;

/**
 * zod issues as `{ path, message }` pairs (no input values, which may be user data).
 *
 * @example
 * toIssues(SearchMemoryRequestSchema.safeParse({}).error!); // [{ path: 'query', message: '…' }, …]
 */
export function toIssues(error: z.ZodError): MemOSIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function codeOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

function serverMessageOf(value: unknown, secret: string): string | undefined {
  const raw = typeof value === 'string' ? value : undefined;
  if (raw === undefined || raw.trim() === '') return undefined;
  // Redact the whole message, then cut: cut first, a key straddling the cut would keep its head.
  const redacted = redactSecret(raw.trim(), secret);
  return redacted.length > MAX_SERVER_MESSAGE_CHARS
    ? `${redacted.slice(0, MAX_SERVER_MESSAGE_CHARS)}…`
    : redacted;
}

/**
 * Turns one HTTP answer into the endpoint's parsed `data`, or throws the error it stands for: an API
 * error (non-2xx, envelope code other than 0/200, `data.success === false`) or a `MemOSResponseError`
 * (a 2xx whose body is not JSON or fails the schema). An empty 2xx body is `{}` (async adds answer 202).
 *
 * @example
 * const data = readResponse(ENDPOINTS.searchMemory, response, apiKey);
 */
export function readResponse<Data extends z.ZodType>(
  spec: EndpointSpec<z.ZodType, Data>,
  response: TransportResponse,
  secret: string,
): z.output<Data> {
  const { status, text } = response;
  const endpoint = spec.path;
  const empty = text.trim() === '';
  const json = empty ? ({ ok: true, value: undefined } as const) : parseJson(text);

  if (status < 200 || status > 299) {
    const body = json.ok && isRecord(json.value) ? json.value : undefined;
    throw createAPIError({
      status,
      code: codeOf(body?.code),
      serverMessage: serverMessageOf(body ? (body.message ?? body.detail ?? body.error) : text, secret),
      endpoint,
      retryAfterMs: parseRetryAfter(response.header),
    });
  }

  if (!json.ok) {
    throw new MemOSResponseError(`MemOS ${endpoint} answered HTTP ${status} with a body that is not JSON`, {
      status,
    });
  }
  let data: unknown = {};
  if (!empty) {
    const envelope = EnvelopeSchema.safeParse(json.value);
    if (!envelope.success) {
      throw new MemOSResponseError(`MemOS ${endpoint} answered without the { code, data } envelope`, {
        status,
        issues: toIssues(envelope.error),
      });
    }
    const { code, message } = envelope.data;
    if (code !== 0 && code !== 200) {
      throw createAPIError({
        status,
        code,
        serverMessage: serverMessageOf(message, secret),
        endpoint,
        retryAfterMs: parseRetryAfter(response.header),
      });
    }
    data = envelope.data.data ?? {};
    if (isRecord(data) && data.success === false) {
      throw createAPIError({
        status,
        code,
        serverMessage: serverMessageOf(message, secret) ?? 'the server reported success: false',
        endpoint,
      });
    }
  }
  const parsed = spec.response.safeParse(data);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    const first = issues[0];
    const detail = first ? `: ${first.path || '(data)'}: ${first.message}` : '';
    throw new MemOSResponseError(`MemOS ${endpoint} answered data that does not match the schema${detail}`, {
      status,
      issues,
    });
  }
  return parsed.data;
}
