import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Prepares each distinct SQL text once. Search builds its SQL from the filter's shape (never its values),
 * so the set of texts stays small; the cap only guards against a pathological caller.
 *
 * @example
 * const statements = createStatementCache(database);
 * statements.get('SELECT 1').get();
 */
export function createStatementCache(
  database: DatabaseSync,
  { maxEntries = 256 }: { maxEntries?: number } = {},
) {
  const statements = new Map<string, StatementSync>();
  return {
    get(sql: string): StatementSync {
      let statement = statements.get(sql);
      if (statement) return statement;
      statement = database.prepare(sql);
      if (statements.size >= maxEntries) statements.delete(statements.keys().next().value!);
      statements.set(sql, statement);
      return statement;
    },
  };
}

/** The cache type returned by `createStatementCache`. */
export type StatementCache = ReturnType<typeof createStatementCache>;

/**
 * Runs `work` in one transaction (BEGIN IMMEDIATE, so a concurrent writer waits on busy_timeout instead
 * of failing half-way); rolls back on any throw.
 *
 * @example
 * inTransaction(database, () => insertMany(rows));
 */
export function inTransaction<T>(database: DatabaseSync, work: () => T): T {
  database.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    database.exec('COMMIT');
    return result;
  } catch (error) {
    database.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Runs `work` in one read transaction: one snapshot and one lock for all of its statements, instead
 * of one implicit transaction each (a search runs a dozen). Inside an open transaction it just runs.
 *
 * @example
 * const found = inReadTransaction(database, () => search(request, undefined));
 */
export function inReadTransaction<T>(database: DatabaseSync, work: () => T): T {
  if (database.isTransaction) return work();
  database.exec('BEGIN');
  try {
    return work();
  } finally {
    if (database.isTransaction) database.exec('COMMIT');
  }
}
