import type { SQLInputValue } from 'node:sqlite';
import { MemOSInvalidRequestError } from '../../errors/index.ts';

/** A compiled filter: an SQL condition over the memories alias `m`, and its bound values. */
export interface CompiledFilter {
  readonly sql: string;
  readonly params: readonly SQLInputValue[];
}

const TIME_FIELDS = new Set(['create_time', 'update_time']);
const TIME_OPERATORS = { gte: '>=', gt: '>', lte: '<=', lt: '<' } as const;
const LOGICAL = new Set(['and', 'or']);
const SOURCES = new Set(['user', 'agent', 'public', 'knowledgebase']);
const DAY_MS = 86_400_000;

function invalid(message: string, path: string): never {
  throw new MemOSInvalidRequestError(`Invalid filter: ${message}`, {
    issues: [{ path: `filter${path}`, message }],
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Date-only bounds cover whole days (UTC): `lte: "2025-12-10"` includes all of the 10th, `gt` starts the 11th.
function timeCondition(field: string, operator: string, value: unknown, path: string): CompiledFilter {
  if (!(operator in TIME_OPERATORS)) invalid(`unknown operator "${operator}" on ${field}`, path);
  if (typeof value !== 'string' && typeof value !== 'number') invalid(`${field} needs a date string`, path);
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = typeof value === 'number' ? value : Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(time)) invalid(`"${String(value)}" is not a date`, path);
  let bound = time;
  let sqlOperator: string = TIME_OPERATORS[operator as keyof typeof TIME_OPERATORS];
  if (dateOnly && operator === 'lte') [bound, sqlOperator] = [time + DAY_MS, '<'];
  if (dateOnly && operator === 'gt') [bound, sqlOperator] = [time + DAY_MS, '>='];
  return { sql: `m.${field} ${sqlOperator} ?`, params: [bound] };
}

function condition(key: string, value: unknown, path: string): CompiledFilter {
  if (LOGICAL.has(key)) invalid('nested logical operators (and/or inside and/or) are not supported', path);
  if (TIME_FIELDS.has(key)) {
    if (!isPlainObject(value)) invalid(`${key} needs {gte|gt|lte|lt: "YYYY-MM-DD"}`, path);
    const parts = Object.entries(value).map(([operator, bound]) => timeCondition(key, operator, bound, path));
    if (parts.length === 0) invalid(`${key} needs an operator`, path);
    return { sql: parts.map((part) => part.sql).join(' AND '), params: parts.flatMap((part) => part.params) };
  }
  if (key === 'tags') {
    if (!isPlainObject(value) || typeof value.contains !== 'string' || Object.keys(value).length !== 1) {
      invalid('tags needs {contains: "tag"}', path);
    }
    return { sql: 'EXISTS (SELECT 1 FROM json_each(m.tags) WHERE value = ?)', params: [value.contains] };
  }
  if (key === 'related_id') {
    const ids = Array.isArray(value) ? value : [value];
    if (ids.length === 0 || !ids.every((id) => typeof id === 'string')) invalid('related_id needs ids', path);
    const list = JSON.stringify(ids);
    return {
      sql: '(m.user_id IN (SELECT value FROM json_each(?)) OR m.agent_id IN (SELECT value FROM json_each(?)))',
      params: [list, list],
    };
  }
  if (key === 'agent_id') {
    if (typeof value !== 'string') invalid('agent_id needs a string', path);
    // A user's memory written with several agents stores them as a JSON list.
    return {
      sql: `(m.agent_id = ? OR (m.agent_id LIKE '[%' AND EXISTS (SELECT 1 FROM json_each(m.agent_id) WHERE value = ?)))`,
      params: [value, value],
    };
  }
  if (key === 'app_id' || key === 'conversation_id') {
    if (typeof value !== 'string') invalid(`${key} needs a string`, path);
    return { sql: `m.${key} = ?`, params: [value] };
  }
  if (key === 'user_id') invalid('user_id cannot be used in a filter (it is the search scope)', path);
  // Any other key is an `info` field written directly, as MemOS does: {"scene": "chat"}.
  if (typeof value !== 'string' && typeof value !== 'number') {
    invalid(`info key "${key}" needs a string or number value`, path);
  }
  const jsonPath = `$."${key.replace(/["\\]/g, '')}"`;
  return {
    sql: `(json_extract(m.info, ?) = ? OR EXISTS (SELECT 1 FROM json_each(m.info, ?) WHERE value = ?))`,
    params: [jsonPath, value, jsonPath, value],
  };
}

function conditions(item: unknown, path: string): CompiledFilter {
  if (!isPlainObject(item)) invalid('each condition must be an object', path);
  const parts = Object.entries(item).map(([key, value]) => condition(key, value, `${path}.${key}`));
  if (parts.length === 0) invalid('empty condition', path);
  return {
    sql: parts.map((part) => `(${part.sql})`).join(' AND '),
    params: parts.flatMap((part) => part.params),
  };
}

function logical(filter: Record<string, unknown>, path: string): CompiledFilter | undefined {
  const keys = Object.keys(filter);
  if (keys.length === 0) return undefined;
  if (keys.length !== 1 || !LOGICAL.has(keys[0]!)) {
    invalid('the root must be {"and": [...]} or {"or": [...]}', path);
  }
  const operator = keys[0]!;
  const items = filter[operator];
  if (!Array.isArray(items)) invalid(`"${operator}" needs an array of conditions`, `${path}.${operator}`);
  if (items.length === 0) return undefined;
  const parts = items.map((item, index) => conditions(item, `${path}.${operator}[${index}]`));
  const joiner = operator === 'and' ? ' AND ' : ' OR ';
  return {
    sql: `(${parts.map((part) => `(${part.sql})`).join(joiner)})`,
    params: parts.flatMap((part) => part.params),
  };
}

/**
 * Compiles a MemOS filter (memos-api.md §4.5) to SQL: the global form `{and|or: [...]}` with agent_id,
 * app_id, info keys, `{tags: {contains}}` and create_time/update_time ranges, or the source-specific form
 * `{user: {...}, agent: {...}, ...}`, of which the part for the searched subject applies (the local
 * engine has no public or knowledge-base memory). Values are always bound, never spliced.
 *
 * @example
 * compileFilter({ and: [{ agent_id: 'a1' }, { tags: { contains: 'travel' } }] }, 'user');
 */
export function compileFilter(
  filter: Record<string, unknown> | undefined,
  source: 'user' | 'agent',
): CompiledFilter | undefined {
  if (filter === undefined) return undefined;
  const keys = Object.keys(filter);
  if (keys.length > 0 && keys.every((key) => SOURCES.has(key))) {
    const part = filter[source];
    if (part === undefined) return undefined;
    if (!isPlainObject(part)) invalid(`"${source}" must be an object`, `.${source}`);
    return logical(part, `.${source}`);
  }
  if (keys.some((key) => SOURCES.has(key))) {
    invalid('use either the global form or the source-specific form, not both', '');
  }
  return logical(filter, '');
}
