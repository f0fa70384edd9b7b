import type { GetMemoryRequest } from '../../api/requests.ts';
import type { GetMemoryData } from '../../api/responses.ts';
import type { MemoryKind } from '../extraction/types.ts';
import { MEMORY_COLUMNS, type MemoryRow, type MemoryStore } from '../store/memory-store.ts';
import { subjectOf } from '../store/message-store.ts';
import type { StatementCache } from '../store/statement-cache.ts';
import { toMemoryDetail, toPreferenceDetail, toToolMemoryDetail } from '../store/wire-shapes.ts';
import { compileFilter } from './filter.ts';

const DEFAULT_PAGE_SIZE = 10;

/**
 * `/get/memory`: one page per category (facts, preferences, tool memories), newest first, each item
 * with its `info` and `sources`; `total` is the largest category count, as the cloud reports it.
 *
 * @example
 * listMemories(statements, memories, { user_id: 'u1', page: 1, size: 10 });
 */
export function listMemories(
  statements: StatementCache,
  memories: MemoryStore,
  request: GetMemoryRequest,
): GetMemoryData {
  const subject = subjectOf({ userId: request.user_id, agentId: request.agent_id });
  const filter = compileFilter(request.filter, request.user_id !== undefined ? 'user' : 'agent');
  const page = request.page ?? 1;
  const size = request.size ?? DEFAULT_PAGE_SIZE;
  const views = request.include_memory_view;
  const groups: { kinds: MemoryKind[]; enabled: boolean }[] = [
    { kinds: ['fact'], enabled: views ? views.includes('detail_factual') : true },
    {
      kinds: ['explicit_preference', 'implicit_preference'],
      enabled: views ? views.includes('preference') : (request.include_preference ?? true),
    },
    {
      kinds: ['tool'],
      enabled: views ? views.includes('tool_memory') : (request.include_tool_memory ?? true),
    },
  ];
  const where = `m.subject = ? AND m.status = 'activated' AND m.kind IN (SELECT value FROM json_each(?))${
    filter ? ` AND ${filter.sql}` : ''
  }`;
  const countSql = `SELECT count(*) AS total FROM memories m WHERE ${where}`;
  const pageSql = `SELECT ${MEMORY_COLUMNS} FROM memories m WHERE ${where}
    ORDER BY m.update_time DESC, m.seq DESC LIMIT ? OFFSET ?`;

  const results = groups.map(({ kinds, enabled }) => {
    if (!enabled) return { total: 0, rows: [] as MemoryRow[] };
    const params = [subject, JSON.stringify(kinds), ...(filter?.params ?? [])];
    const total = (statements.get(countSql).get(...params) as { total: number }).total;
    const rows = statements.get(pageSql).all(...params, size, (page - 1) * size) as unknown as MemoryRow[];
    return { total, rows };
  });
  const [facts, preferences, tools] = results as [
    (typeof results)[0],
    (typeof results)[0],
    (typeof results)[0],
  ];
  const sources = memories.sources(results.flatMap((result) => result.rows.map((row) => row.seq)));
  const options = (row: MemoryRow) => ({ sources: sources.get(row.seq), withInfo: true });
  const total = Math.max(facts.total, preferences.total, tools.total);
  return {
    memory_detail_list: facts.rows.map((row) => toMemoryDetail(row, options(row))),
    preference_detail_list: preferences.rows.map((row) => toPreferenceDetail(row, options(row))),
    tool_memory_detail_list: tools.rows.map((row) => toToolMemoryDetail(row, options(row))),
    total,
    size,
    current: page,
    pages: Math.ceil(total / size),
  } as GetMemoryData;
}
