import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SERVER_CODES, ServerRequestError } from './envelope.ts';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Builds the check of the `Authorization` header against the server's token: `Token <key>` as MemOS
 * documents, `Bearer <key>` as its CLI falls back to. Compares digests in constant time so neither
 * the token's content nor its length leaks through timing.
 *
 * @example
 * const authorize = createTokenCheck('s3cret');
 * authorize(request.headers); // throws ServerRequestError 40100 / 40132 when it does not match
 */
export function createTokenCheck(token: string | undefined): (headers: IncomingHttpHeaders) => void {
  if (token === undefined) return function allowAll() {};
  const expected = digest(token);
  return function checkToken(headers) {
    const header = headers.authorization;
    if (header === undefined || header.trim() === '') {
      throw new ServerRequestError(
        200,
        SERVER_CODES.tokenRequired,
        'API key required: send Authorization: Token <key>',
      );
    }
    const match = /^(?:Token|Bearer)\s+(.+)$/i.exec(header.trim());
    const presented = match?.[1]?.trim() ?? '';
    if (!timingSafeEqual(digest(presented), expected)) {
      throw new ServerRequestError(200, SERVER_CODES.tokenInvalid, 'Invalid or expired API key');
    }
  };
}
