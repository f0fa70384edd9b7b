const marker = 'memos-middleware.error';
const symbol = Symbol.for(marker);

/**
 * Base class of every error this package throws. Use `MemOSError.isInstance(e)` rather than
 * `instanceof`: the marker survives two copies of the package and `cause` chains.
 *
 * @example
 * try { await client.searchMemory({ user_id: 'u1', query: 'hi' }); }
 * catch (error) { if (MemOSError.isInstance(error)) console.log(error.name, error.message); }
 */
export class MemOSError extends Error {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker is read through Symbol.for in isInstance
  private readonly [symbol] = true;
  /** Stable, machine-readable name of the error kind, e.g. `'MemOSTimeoutError'`. */
  override readonly name: string = 'MemOSError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }

  /** True for any error created by this package, from any copy of it. */
  static isInstance(error: unknown): error is MemOSError {
    return MemOSError.hasMarker(error, marker);
  }

  protected static hasMarker(error: unknown, name: string): boolean {
    if (error == null || typeof error !== 'object') return false;
    const key = Symbol.for(name);
    return key in error && (error as Record<symbol, unknown>)[key] === true;
  }
}
