import type { StatementCache } from '../store/statement-cache.ts';
import { ftsString } from './text-terms.ts';

/** A full-text query ready to run: its MATCH expression and, for very common terms, a rowid floor. */
export interface MatchPlan {
  readonly match: string;
  /** Only rows at or above this rowid (the newest) are ranked; undefined ranks every match. */
  readonly minRowid: number | undefined;
  /** Terms of the input that matched no row at all (candidates for the trigram index). */
  readonly unknown: readonly string[];
}

/** Which full-text table a plan is for. */
export type FullTextTable = 'memory_words' | 'memory_trigrams';

/**
 * Plans full-text queries within a work budget. FTS5 scores every row a MATCH selects (BM25 costs about
 * a microsecond per row), so a query made of common terms ("trip" in thousands of travel memories)
 * would cost time in proportion to the store. The planner counts each term's rows (capped at the
 * budget, so counting stays cheap), keeps the rarest terms up to the budget (common terms carry the
 * least BM25 weight anyway), and when even the rarest term is over budget ranks only its newest
 * `budget` rows: between near-equal matches, recency decides. Result: bounded work per search at any
 * store size.
 *
 * @example
 * const plan = createMatchPlanner(statements)('memory_words', ['tea', 'paris'], undefined);
 * createMatchPlanner(statements)('memory_words', ['tea'], undefined, '{source}'); // source column only
 */
export function createMatchPlanner(statements: StatementCache, { budget = 1000 }: { budget?: number } = {}) {
  const scoped = (expression: string, scope: string | undefined) =>
    scope === undefined ? expression : `scope : ${ftsString(scope)} AND (${expression})`;

  return function planMatch(
    table: FullTextTable,
    terms: readonly string[],
    scope: string | undefined,
    columns?: string,
  ): MatchPlan | undefined {
    if (terms.length === 0) return undefined;
    // A column filter ("{memory_key memory_value}") keeps the term's match to those columns.
    const term = (text: string) =>
      columns === undefined ? ftsString(text) : `${columns} : ${ftsString(text)}`;
    // Only the word index has a scope column; the trigram index is scoped by the join alone.
    const scopeFor = table === 'memory_words' ? scope : undefined;
    const count = statements.get(
      `SELECT count(*) AS n FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`,
    );
    const counted = terms.map((entry) => ({
      term: entry,
      rows: (count.get(scoped(term(entry), scopeFor), budget + 1) as { n: number }).n,
    }));
    const unknown = counted.filter((entry) => entry.rows === 0).map((entry) => entry.term);
    const known = counted.filter((entry) => entry.rows > 0).sort((left, right) => left.rows - right.rows);
    if (known.length === 0) return { match: '', minRowid: undefined, unknown };

    const chosen: string[] = [];
    let total = 0;
    for (const entry of known) {
      if (chosen.length > 0 && total + entry.rows > budget) break;
      chosen.push(entry.term);
      total += entry.rows;
    }
    const match = scoped(chosen.map(term).join(' OR '), scopeFor);
    let minRowid: number | undefined;
    if (total > budget) {
      const floor = statements
        .get(
          `SELECT min(rowid) AS low FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?)`,
        )
        .get(match, budget) as { low: number | null };
      minRowid = floor.low ?? undefined;
    }
    return { match, minRowid, unknown };
  };
}

/** The planner function returned by `createMatchPlanner`. */
export type MatchPlanner = ReturnType<typeof createMatchPlanner>;
