import { DEFAULTS } from '../api/limits.ts';
import type { SearchMemoryData } from '../api/responses.ts';
import type { RecalledMemories } from '../types.ts';

/** What `selectMemories` keeps. */
export interface SelectMemoriesOptions {
  /** Relevance floor 0–1; items below it are dropped, items without a relevance count as 1. @default 0.45 */
  relativity?: number;
  /** Keep preferences (and the preference note). @default true */
  includePreferences?: boolean;
  /** Keep tool memories. @default false */
  includeToolMemory?: boolean;
}

interface Ranked {
  readonly id: string;
  readonly relativity?: number | undefined;
}

/** Missing relevance counts as 1, as MemOS's own plugin does: an unscored item was not filtered out. */
export const relevanceOf = (item: Ranked): number => item.relativity ?? 1;

/**
 * Ranking used everywhere: relevance descending, then id. Plain code-unit comparison, not
 * `localeCompare`, so the order (and the block's bytes) never depend on the host's locale.
 *
 * @example
 * facts.toSorted(compareByRank);
 */
export function compareByRank(left: Ranked, right: Ranked): number {
  const byRelevance = relevanceOf(right) - relevanceOf(left);
  if (byRelevance !== 0) return byRelevance;
  if (left.id === right.id) return 0;
  return left.id < right.id ? -1 : 1;
}

function keep<T extends Ranked>(
  items: readonly T[] | undefined,
  floor: number,
  hasText: (item: T) => boolean,
): T[] {
  return (items ?? []).filter((item) => relevanceOf(item) >= floor && hasText(item)).sort(compareByRank);
}

const hasValue = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Filters a search answer by relevance and orders each list, so the same memories in any order give
 * the same selection.
 *
 * @example
 * const memories = selectMemories(searchData, { relativity: 0.45 });
 * memories.facts.map((fact) => fact.memory_value);
 */
export function selectMemories(
  data: SearchMemoryData,
  {
    relativity = DEFAULTS.relativity,
    includePreferences = true,
    includeToolMemory = false,
  }: SelectMemoriesOptions = {},
): RecalledMemories {
  const preferences = includePreferences
    ? keep(data.preference_detail_list, relativity, (preference) => hasValue(preference.preference?.trim()))
    : [];
  const note = data.preference_note?.trim();
  return {
    facts: keep(data.memory_detail_list, relativity, (fact) =>
      hasValue(fact.memory_value || fact.memory_key),
    ),
    preferences,
    toolMemories: includeToolMemory
      ? keep(
          data.tool_memory_detail_list,
          relativity,
          (tool) => hasValue(tool.tool_value) || hasValue(tool.experience),
        )
      : [],
    preferenceNote: preferences.length > 0 && note ? note : undefined,
  };
}
