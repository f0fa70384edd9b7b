import type { IncomingMessage } from 'node:http';
import { jsonTextDepthExceeds, MAX_JSON_DEPTH } from '../../api/json-depth.ts';
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

function tooSlow(timeoutMs: number): ServerRequestError {
  return new ServerRequestError(
    408,
    SERVER_CODES.invalidRequest,
    `Request body not received within ${timeoutMs} ms`,
    { connection: 'close' },
  );
}

// The body as bytes, within the size limit and by the deadline (a client trickling a byte every few
// seconds must not hold the connection for a minute).
function readBody(request: IncomingMessage, maxBodyBytes: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanUp = () => {
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onError);
    };
    const fail = (error: unknown) => {
      cleanUp();
      // Stop reading: the rest of the body is never wanted (the reply closes the connection).
      request.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBodyBytes) return fail(tooLarge(maxBodyBytes));
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error?: unknown) => fail(error ?? new Error('request aborted'));
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => fail(tooSlow(timeoutMs)), timeoutMs)
      : undefined;
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onError);
  });
}

/**
 * Reads a request body as a JSON object, refusing more than `maxBodyBytes` (checked against the
 * declared length first, then while reading), a body not complete within `timeoutMs` (HTTP 408),
 * nesting deeper than `MAX_JSON_DEPTH`, and anything that is not a JSON object.
 *
 * @example
 * const body = await readJsonBody(request, 1024 * 1024, 10_000); // Record<string, unknown>
 */
export async function readJsonBody(
  request: IncomingMessage,
  maxBodyBytes: number,
  timeoutMs = Number.POSITIVE_INFINITY,
): Promise<Record<string, unknown>> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes) throw tooLarge(maxBodyBytes);

  const text = (await readBody(request, maxBodyBytes, timeoutMs)).toString('utf8');
  if (jsonTextDepthExceeds(text)) {
    throw new ServerRequestError(
      200,
      SERVER_CODES.invalidRequest,
      `Invalid request parameters: JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
    );
  }
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
