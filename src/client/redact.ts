// The API key must never travel inside an error: not in a message, not in a property, not through a
// `cause` whose own fields (request options, headers) could hold it. These helpers keep it out.

const REDACTED = '[redacted]';
const MAX_CAUSE_DEPTH = 4;

/**
 * Replaces every occurrence of `secret` in `text`, and `Token <anything>` auth values, with `[redacted]`.
 *
 * @example
 * redactSecret('bad key mpg-1', 'mpg-1'); // 'bad key [redacted]'
 */
export function redactSecret(text: string, secret: string): string {
  const withoutSecret = secret.length > 0 ? text.split(secret).join(REDACTED) : text;
  return withoutSecret.replace(/\b(Token|Bearer)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`);
}

/**
 * A plain copy of a transport error chain (name, message, code), redacted, so nothing else the
 * original held (sockets, request options, headers) is reachable from our error's `cause`.
 *
 * @example
 * new MemOSConnectionError('connection failed', { cause: sanitizeCause(error, apiKey) });
 */
export function sanitizeCause(error: unknown, secret: string, depth = 0): Error | undefined {
  if (error === undefined || error === null || depth >= MAX_CAUSE_DEPTH) return undefined;
  const source =
    typeof error === 'object' ? (error as { name?: unknown; message?: unknown; code?: unknown }) : {};
  const message = typeof source.message === 'string' ? source.message : String(error);
  const nested =
    typeof error === 'object'
      ? sanitizeCause((error as { cause?: unknown }).cause, secret, depth + 1)
      : undefined;
  const copy = new Error(redactSecret(message, secret), nested === undefined ? undefined : { cause: nested });
  copy.name = typeof source.name === 'string' ? source.name : 'Error';
  if (typeof source.code === 'string' || typeof source.code === 'number') {
    Object.defineProperty(copy, 'code', { value: source.code, enumerable: true });
  }
  // The stack names our files, never data; dropping the original keeps its frames' text out too.
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}

/**
 * The transport error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, ...), looking through fetch's `TypeError.cause`.
 *
 * @example
 * transportErrorCode(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })); // 'ECONNRESET'
 */
export function transportErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.length > 0) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
