import type {
  MemoryByIdData,
  MemoryDetail,
  MemorySource,
  PreferenceDetail,
  ToolMemoryDetail,
} from '../../api/responses.ts';
import type { MemoryRow, SourceRow } from './memory-store.ts';

// Rows to the cloud's snake_case shapes (memos-api.md §2.2, §2.5, §2.6). Timestamps are epoch
// milliseconds, as every real cloud example returns them.

function parseObject(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function parseTags(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

/**
 * Source messages in the shape search items carry them (extension field `sources`).
 *
 * @example
 * toSources(rows); // [{ role: 'user', content: 'I live in Paris.', chat_time: null, message_id: '…' }]
 */
export function toSources(rows: readonly SourceRow[] | undefined): MemorySource[] {
  return (rows ?? []).map((row) => ({
    role: row.role,
    content: row.text,
    chat_time: row.chat_time,
    message_id: row.message_id,
  }));
}

/** Extra fields a listing item carries beyond a search item. */
interface DetailOptions {
  readonly relativity?: number | undefined;
  readonly sources?: readonly SourceRow[] | undefined;
  readonly withInfo?: boolean | undefined;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * A fact row as a `memory_detail_list` item.
 *
 * @example
 * toMemoryDetail(row, { relativity: 0.9, sources });
 */
export function toMemoryDetail(row: MemoryRow, options: DetailOptions = {}): MemoryDetail {
  return {
    id: row.id,
    memory_key: row.memory_key,
    memory_value: row.memory_value,
    memory_type: row.memory_type,
    create_time: row.create_time,
    update_time: row.update_time,
    conversation_id: row.conversation_id,
    status: row.status,
    confidence: row.confidence,
    tags: parseTags(row.tags),
    ...(options.relativity === undefined ? {} : { relativity: round(options.relativity) }),
    ...(options.withInfo ? { info: parseObject(row.info) } : {}),
    sources: toSources(options.sources),
  } as MemoryDetail;
}

/**
 * A preference row as a `preference_detail_list` item.
 *
 * @example
 * toPreferenceDetail(row, { relativity: 0.8 });
 */
export function toPreferenceDetail(row: MemoryRow, options: DetailOptions = {}): PreferenceDetail {
  return {
    id: row.id,
    preference_type: row.kind,
    preference: row.memory_value,
    reasoning: row.reasoning,
    create_time: row.create_time,
    update_time: row.update_time,
    conversation_id: row.conversation_id,
    status: row.status,
    ...(options.relativity === undefined ? {} : { relativity: round(options.relativity) }),
    ...(options.withInfo ? { info: parseObject(row.info), tags: parseTags(row.tags) } : {}),
    sources: toSources(options.sources),
  } as PreferenceDetail;
}

/**
 * A tool memory row as a `tool_memory_detail_list` item.
 *
 * @example
 * toToolMemoryDetail(row, { relativity: 0.7 });
 */
export function toToolMemoryDetail(row: MemoryRow, options: DetailOptions = {}): ToolMemoryDetail {
  const extra = parseObject(row.extra);
  return {
    id: row.id,
    tool_type: typeof extra.tool_type === 'string' ? extra.tool_type : 'ToolTrajectoryMemory',
    tool_value: row.memory_value,
    tool_used_status: Array.isArray(extra.tool_used_status) ? extra.tool_used_status : [],
    experience: row.reasoning,
    create_time: row.create_time,
    update_time: row.update_time,
    conversation_id: row.conversation_id,
    status: row.status,
    ...(options.relativity === undefined ? {} : { relativity: round(options.relativity) }),
    ...(options.withInfo ? { info: parseObject(row.info) } : {}),
    sources: toSources(options.sources),
  } as ToolMemoryDetail;
}

const VIEW_OF_KIND = {
  fact: 'detail_factual',
  explicit_preference: 'preference',
  implicit_preference: 'preference',
  tool: 'tool_memory',
} as const;

/**
 * A row as `GET /get/memory/{id}` returns it (`title` = key, `content` = value).
 *
 * @example
 * toMemoryById(row, sources);
 */
export function toMemoryById(row: MemoryRow, sources: readonly SourceRow[] | undefined): MemoryByIdData {
  return {
    id: row.id,
    memory_view: VIEW_OF_KIND[row.kind],
    title: row.memory_key,
    content: row.memory_value,
    conversation_id: row.conversation_id,
    message_ids: (sources ?? []).map((source) => source.message_id),
    status: row.status,
    algorithm_updatable: true,
    created_at: row.create_time,
    updated_at: row.update_time,
    user_id: row.user_id,
    agent_id: row.agent_id,
    tags: parseTags(row.tags),
    info: parseObject(row.info),
    ...(row.kind.endsWith('_preference') ? { preference_type: row.kind } : {}),
    sources: toSources(sources),
  } as MemoryByIdData;
}
