// The API key must never travel inside an error: not in a message, not in a property, not through a
// `cause` whose own fields (request options, headers) could hold it. These helpers keep it out.

const REDACTED = '[redacted]';
const MAX_CAUSE_DEPTH = 4;
/** A run of the key this long is a leak even without the rest (a server echoing half, a cut). */
const MIN_SECRET_RUN = 8;

// Every stretch of `text` that is a run of at least MIN_SECRET_RUN characters of `secret`, merged.
function secretRuns(text: string, secret: string): [start: number, end: number][] {
  if (secret.length < MIN_SECRET_RUN) {
    const ranges: [number, number][] = [];
    // One to three characters are no secret, and redacting every 'k' of a message helps nobody.
    if (secret.length < 4) return ranges;
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) {
      ranges.push([at, at + secret.length]);
    }
    return ranges;
  }
  const grams = new Set<string>();
  for (let index = 0; index + MIN_SECRET_RUN <= secret.length; index++) {
    grams.add(secret.slice(index, index + MIN_SECRET_RUN));
  }
  const ranges: [number, number][] = [];
  for (let index = 0; index + MIN_SECRET_RUN <= text.length; index++) {
    if (!grams.has(text.slice(index, index + MIN_SECRET_RUN))) continue;
    const last = ranges.at(-1);
    if (last && index <= last[1]) last[1] = index + MIN_SECRET_RUN;
    else ranges.push([index, index + MIN_SECRET_RUN]);
  }
  return ranges;
}

/**
 * Replaces every run of 8 or more characters of `secret` in `text` (the whole key, or any part of it
 * a server echoed or a cut left; a secret of 4 to 7 characters only whole), and `Token <anything>`
 * auth values, with `[redacted]`. Redact first,
 * cut after: a cut made first can leave part of the key where the whole key would have been caught.
 *
 * @example
 * redactSecret('bad key mpg-1', 'mpg-1'); // 'bad key [redacted]'
 */
export function redactSecret(text: string, secret: string): string {
  let withoutSecret = text;
  for (const [start, end] of secretRuns(text, secret).toReversed()) {
    withoutSecret = `${withoutSecret.slice(0, start)}${REDACTED}${withoutSecret.slice(end)}`;
  }
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
