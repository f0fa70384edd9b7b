import type { IncomingMessage } from 'node:http';
import { SERVER_CODES, ServerRequestError } from './envelope.ts';

function tooLarge(maxBodyBytes: number): ServerRequestError {
  // The rest of an oversized body is never read, so the connection cannot be reused.
  return new ServerRequestError(
    413,
    SERVER_CODES.bodyTooLarge,
    `Request body exceeds the limit of ${maxBodyBytes} bytes`,
    { connection: 'close' },
  );
}

/**
 * Reads a request body as a JSON object, refusing more than `maxBodyBytes` (checked against the
 * declared length first, then while reading) and anything that is not a JSON object.
 *
 * @example
 * const body = await readJsonBody(request, 1024 * 1024); // Record<string, unknown>
 */
export async function readJsonBody(
  request: IncomingMessage,
  maxBodyBytes: number,
): Promise<Record<string, unknown>> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes) throw tooLarge(maxBodyBytes);

  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > maxBodyBytes) throw tooLarge(maxBodyBytes);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    throw new ServerRequestError(
      200,
      SERVER_CODES.invalidRequest,
      'Invalid request parameters: the body must be a JSON object',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'malformed JSON';
    throw new ServerRequestError(
      200,
      SERVER_CODES.invalidRequest,
      `Invalid request parameters: bad JSON (${reason})`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ServerRequestError(
      200,
      SERVER_CODES.invalidRequest,
      'Invalid request parameters: the body must be a JSON object',
    );
  }
  return parsed as Record<string, unknown>;
}
