import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { AddMessageData } from '../../api/responses.ts';

/** How long and how many `Idempotency-Key`s of `/add/message` are remembered. */
export interface IdempotencyOptions {
  /** A repeat within this long after the first success stores nothing. @default 86_400_000 (24 h) */
  retentionMs?: number | undefined;
  /** Most keys kept; past it the oldest are forgotten first. @default 100_000 */
  maxKeys?: number | undefined;
}

/** What a key remembers: the request it was first used for and the answer it got. */
export interface RememberedAnswer {
  readonly requestHash: string;
  readonly response: AddMessageData;
}

/**
 * A request's fingerprint: the same key sent again with other content is a client bug, refused
 * rather than answered with the first request's result.
 *
 * @example
 * requestFingerprint(parsedBody); // 43 base64url characters
 */
export function requestFingerprint(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url');
}

/**
 * The `idempotency_keys` table (schema 5): look up a key, claim it inside the add's own transaction
 * (so two processes on one file cannot both store), and prune by age and count. The count is kept in
 * memory after one `count(*)` at open, so pruning by count costs an index range, not a scan.
 *
 * @example
 * const keys = createIdempotencyStore(database, { retentionMs: 86_400_000, maxKeys: 100_000 });
 * const known = keys.lookup('k-1', Date.now());
 */
export function createIdempotencyStore(
  database: DatabaseSync,
  { retentionMs = 86_400_000, maxKeys = 100_000 }: IdempotencyOptions = {},
) {
  const select = database.prepare(
    'SELECT request_hash, response FROM idempotency_keys WHERE key = ? AND create_time > ?',
  );
  const insert = database.prepare(
    'INSERT INTO idempotency_keys (key, request_hash, response, create_time) VALUES (?, ?, ?, ?) ' +
      'ON CONFLICT (key) DO UPDATE SET request_hash = excluded.request_hash, response = excluded.response, ' +
      'create_time = excluded.create_time',
  );
  const expire = database.prepare('DELETE FROM idempotency_keys WHERE create_time <= ?');
  const dropOldest = database.prepare(
    'DELETE FROM idempotency_keys WHERE key IN (SELECT key FROM idempotency_keys ORDER BY create_time, key LIMIT ?)',
  );
  const countAll = database.prepare('SELECT count(*) AS n FROM idempotency_keys');
  const count = () => Number((countAll.get() as { n: number }).n);
  let keys = count();

  const lookup = (key: string, now: number): RememberedAnswer | undefined => {
    const row = select.get(key, now - retentionMs) as { request_hash: string; response: string } | undefined;
    if (!row) return undefined;
    return { requestHash: row.request_hash, response: JSON.parse(row.response) as AddMessageData };
  };

  return {
    lookup,
    /**
     * Inside the add's transaction: records the key unless a live one exists (another caller, maybe
     * another process, stored first). Returns `true` when this caller now owns the key.
     */
    claim(key: string, answer: RememberedAnswer, now: number): boolean {
      if (lookup(key, now)) return false;
      const { changes: expired } = expire.run(now - retentionMs);
      keys -= Number(expired);
      insert.run(key, answer.requestHash, JSON.stringify(answer.response), now);
      keys += 1;
      if (keys > maxKeys) {
        // Another process may have added keys too: count again before cutting.
        keys = count();
        if (keys > maxKeys) {
          dropOldest.run(keys - maxKeys);
          keys = maxKeys;
        }
      }
      return true;
    },
  };
}

/** The store `createIdempotencyStore` returns. */
export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;
