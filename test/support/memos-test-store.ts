// The MemOS behaviour of the test server: per-user seeded memories, stored messages, tasks, and one
// handler per endpoint answering in the MemOS Cloud wire format (memos-api.md §2, memos-docs/).

/**
 * A fact to seed; unset fields get plausible MemOS values.
 *
 * @example
 * server.seed('u-1', { facts: [{ memory_value: 'Lives in Lyon', relativity: 0.8 }] });
 */
export interface SeedMemory {
  id?: string;
  memory_key?: string;
  memory_value: string;
  relativity?: number;
  create_time?: number;
  update_time?: number;
  conversation_id?: string;
  tags?: string[];
}

/**
 * A preference to seed; unset fields get plausible MemOS values.
 *
 * @example
 * server.seed('u-1', { preferences: [{ preference: 'Prefers trains', preference_type: 'implicit_preference' }] });
 */
export interface SeedPreference {
  id?: string;
  preference: string;
  preference_type?: 'explicit_preference' | 'implicit_preference';
  reasoning?: string;
  relativity?: number;
  create_time?: number;
  update_time?: number;
}

/** What one handler answers: envelope `data`, or a MemOS business error (HTTP 200, non-zero code). */
export type RouteResult =
  | { data: unknown }
  | { code: number; message: string }
  | { httpStatus: number; body: unknown };

/** MemOS's English preference note, as returned with preferences (memos-docs/quick-start.md). */
export const DEFAULT_PREFERENCE_NOTE =
  "\n# Note:\nFact memory are summaries of facts, while preference memory are summaries of user preferences.\nYour response must not violate any of the user's preferences, whether explicit or implicit, and briefly explain why you answer this way to avoid conflicts.\n";

type Fact = Record<string, unknown> & { id: string; memory_value: string };
type Preference = Record<string, unknown> & { id: string; preference: string };
type Tool = Record<string, unknown> & { id: string };
interface UserData {
  facts: Fact[];
  preferences: Preference[];
  toolMemories: Tool[];
  preferenceNote: string | undefined;
}

const badRequest = (message: string): RouteResult => ({
  code: 40000,
  message: `Invalid request parameters: ${message}`,
});
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const intOr = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isInteger(value) ? value : fallback;
// MemOS answers over-long ids with dedicated codes (40010, 40011) rather than 40000.
function checkIds(body: Record<string, unknown>): RouteResult | undefined {
  const tooLong = (value: unknown) =>
    (typeof value === 'string' && value.length > 100) ||
    (Array.isArray(value) && value.some((item) => typeof item === 'string' && item.length > 100));
  if (tooLong(body.user_id)) return { code: 40010, message: 'user_id exceeds 100 characters' };
  if (tooLong(body.conversation_id))
    return { code: 40011, message: 'conversation_id exceeds 100 characters' };
  return undefined;
}

/**
 * In-memory MemOS state plus the endpoint handlers; one per test server.
 *
 * @example
 * const store = createMemOSTestStore(); store.handle('POST', '/get/status', { task_id: 't' });
 */
export function createMemOSTestStore() {
  let users = new Map<string, UserData>();
  let messages = new Map<string, Record<string, unknown>[]>();
  let tasks = new Map<string, string>();
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}-${++counter}`;
  const user = (userId: string): UserData => {
    let data = users.get(userId);
    if (!data) {
      data = { facts: [], preferences: [], toolMemories: [], preferenceNote: undefined };
      users.set(userId, data);
    }
    return data;
  };
  const newTask = (status: 'running' | 'completed') => {
    const taskId = nextId('task');
    tasks.set(taskId, 'completed');
    return { success: true, task_id: taskId, status };
  };
  const findMemory = (memoryId: string) => {
    for (const [userId, data] of users) {
      for (const [kind, list] of [
        ['detail_factual', data.facts],
        ['preference', data.preferences],
        ['tool_memory', data.toolMemories],
      ] as const) {
        const index = list.findIndex((item) => item.id === memoryId);
        if (index >= 0) return { userId, kind, list: list as Record<string, unknown>[], index };
      }
    }
    return undefined;
  };

  function seed(
    userId: string,
    seedData: {
      facts?: SeedMemory[];
      preferences?: SeedPreference[];
      toolMemories?: unknown[];
      preferenceNote?: string;
    },
  ): void {
    const data = user(userId);
    const now = Date.now();
    for (const fact of seedData.facts ?? []) {
      const created = fact.create_time ?? now;
      data.facts.push({
        id: fact.id ?? nextId('mem'),
        memory_key: fact.memory_key ?? fact.memory_value.split(/\s+/).slice(0, 5).join(' '),
        memory_value: fact.memory_value,
        memory_type: 'LongTermMemory',
        create_time: created,
        update_time: fact.update_time ?? created,
        conversation_id: fact.conversation_id ?? 'default_session',
        status: 'activated',
        confidence: 0.99,
        tags: fact.tags ?? [],
        relativity: fact.relativity ?? 0.9,
      });
    }
    for (const preference of seedData.preferences ?? []) {
      const created = preference.create_time ?? now;
      data.preferences.push({
        id: preference.id ?? nextId('pref'),
        preference_type: preference.preference_type ?? 'explicit_preference',
        preference: preference.preference,
        reasoning: preference.reasoning ?? 'Stated by the user.',
        create_time: created,
        update_time: preference.update_time ?? created,
        conversation_id: 'default_session',
        status: 'activated',
        relativity: preference.relativity ?? 0.9,
      });
    }
    for (const tool of seedData.toolMemories ?? []) {
      const item = (typeof tool === 'object' && tool !== null ? tool : { tool_value: tool }) as Tool;
      data.toolMemories.push({
        relativity: 0.9,
        status: 'activated',
        ...item,
        id: item.id ?? nextId('tool'),
      });
    }
    if (seedData.preferenceNote !== undefined) data.preferenceNote = seedData.preferenceNote;
  }

  function search(body: Record<string, unknown>): RouteResult {
    if (!isText(body.query)) return badRequest('query is required');
    const owner = body.user_id ?? body.agent_id;
    if (!isText(owner)) return badRequest('user_id is required');
    const data = users.get(owner) ?? user(owner);
    const views = Array.isArray(body.include_memory_view)
      ? (body.include_memory_view as string[])
      : undefined;
    const wants = (view: string, legacy: boolean) => (views ? views.includes(view) : legacy);
    const facts = wants('detail_factual', true)
      ? data.facts.slice(0, intOr(body.memory_limit_number, 9))
      : [];
    const preferences = wants('preference', body.include_preference !== false)
      ? data.preferences.slice(0, intOr(body.preference_limit_number, 9))
      : [];
    const tools = wants('tool_memory', body.include_tool_memory === true)
      ? data.toolMemories.slice(0, intOr(body.tool_memory_limit_number, 6))
      : [];
    return {
      data: {
        memory_detail_list: facts,
        preference_detail_list: preferences,
        tool_memory_detail_list: tools,
        preference_note: preferences.length > 0 ? (data.preferenceNote ?? DEFAULT_PREFERENCE_NOTE) : '',
      },
    };
  }

  function addMessage(body: Record<string, unknown>): RouteResult {
    const owners = Array.isArray(body.user_id) ? body.user_id : [body.user_id ?? body.agent_id];
    if (!owners.every(isText)) return badRequest('user_id is required');
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return badRequest('messages is required');
    const conversationId = isText(body.conversation_id) ? body.conversation_id : nextId('conversation');
    const now = Date.now();
    for (const owner of owners) {
      const key = `${owner}\u0000${conversationId}`;
      const stored = messages.get(key) ?? [];
      for (const message of body.messages as Record<string, unknown>[]) {
        stored.push({ ...message, chat_time: message.chat_time ?? null, create_time: now, update_time: now });
      }
      messages.set(key, stored);
    }
    return { data: newTask(body.async_mode === false ? 'completed' : 'running') };
  }

  function storedMessages(userId: string, conversationId?: string): Record<string, unknown>[] {
    if (conversationId !== undefined) return messages.get(`${userId}\u0000${conversationId}`) ?? [];
    return [...messages].filter(([key]) => key.startsWith(`${userId}\u0000`)).flatMap(([, list]) => list);
  }

  function getMessage(body: Record<string, unknown>): RouteResult {
    if (!isText(body.user_id) || !isText(body.conversation_id)) {
      return badRequest('user_id and conversation_id are required');
    }
    const limit = intOr(body.message_limit_number, 6);
    const list = storedMessages(body.user_id, body.conversation_id).slice(-limit);
    return {
      data: {
        message_detail_list: list.map(({ role, content, chat_time, create_time, update_time }) => ({
          role,
          content,
          chat_time,
          create_time,
          update_time,
        })),
      },
    };
  }

  function getMemory(body: Record<string, unknown>): RouteResult {
    const owner = body.user_id ?? body.agent_id;
    if (!isText(owner)) return badRequest('user_id is required');
    const data = users.get(owner) ?? { facts: [], preferences: [], toolMemories: [] };
    const page = Math.max(1, intOr(body.page, 1));
    const size = Math.min(50, Math.max(1, intOr(body.size, 10)));
    const slice = <T>(list: T[]) => list.slice((page - 1) * size, page * size);
    const preferences = body.include_preference === false ? [] : data.preferences;
    const tools = body.include_tool_memory === false ? [] : data.toolMemories;
    const total = Math.max(data.facts.length, preferences.length, tools.length);
    return {
      data: {
        memory_detail_list: slice(data.facts),
        preference_detail_list: slice(preferences),
        tool_memory_detail_list: slice(tools),
        total,
        size,
        current: page,
        pages: Math.ceil(total / size),
      },
    };
  }

  function getMemoryById(memoryId: string): RouteResult {
    const found = findMemory(memoryId);
    if (!found) return { code: 40001, message: 'Requested data not found' };
    const item = found.list[found.index] as Record<string, unknown>;
    return {
      data: {
        id: item.id,
        memory_view: found.kind,
        title: item.memory_key ?? null,
        content: item.memory_value ?? item.preference ?? item.tool_value,
        conversation_id: item.conversation_id ?? null,
        message_ids: [],
        status: item.status ?? 'activated',
        algorithm_updatable: true,
        created_at: item.create_time,
        updated_at: item.update_time,
        user_id: found.userId,
        agent_id: null,
        tags: item.tags ?? [],
        info: {},
      },
    };
  }

  function deleteMemory(body: Record<string, unknown>): RouteResult {
    const modes = [body.memory_ids, body.user_id, body.agent_id].filter((value) => value !== undefined);
    if (modes.length !== 1) return badRequest('exactly one of memory_ids, user_id or agent_id');
    if (Array.isArray(body.memory_ids)) {
      const found = body.memory_ids.map((memoryId) => findMemory(String(memoryId)));
      if (found.some((item) => item === undefined)) return { code: 40307, message: 'Memory does not exist' };
      for (const memoryId of body.memory_ids) {
        const item = findMemory(String(memoryId));
        item?.list.splice(item.index, 1);
      }
      return { data: { success: true } };
    }
    const owner = String(body.user_id ?? body.agent_id);
    if (!users.has(owner)) return { code: 40308, message: 'User does not exist' };
    users.delete(owner);
    return { data: { success: true } };
  }

  function updateMemory(body: Record<string, unknown>): RouteResult {
    if (!isText(body.memory_id)) return badRequest('memory_id is required');
    const found = findMemory(body.memory_id);
    if (!found) return { code: 40307, message: 'Memory does not exist' };
    const item = found.list[found.index] as Record<string, unknown>;
    if (typeof body.content === 'string') {
      item[found.kind === 'preference' ? 'preference' : 'memory_value'] = body.content;
    }
    if (typeof body.title === 'string') item.memory_key = body.title;
    if (typeof body.status === 'string') item.status = body.status;
    item.update_time = Date.now();
    return { data: { success: true } };
  }

  function addFeedback(body: Record<string, unknown>): RouteResult {
    if (!isText(body.user_id) || !isText(body.feedback_content)) {
      return badRequest('user_id and feedback_content are required');
    }
    return { data: newTask('running') };
  }

  function getStatus(body: Record<string, unknown>): RouteResult {
    if (!isText(body.task_id)) return badRequest('task_id is required');
    const status = tasks.get(body.task_id);
    if (!status) return { code: 50131, message: 'Task not found' };
    return { data: { task_id: body.task_id, status } };
  }

  const posts: Record<string, (body: Record<string, unknown>) => RouteResult> = {
    '/search/memory': search,
    '/add/message': addMessage,
    '/get/message': getMessage,
    '/get/memory': getMemory,
    '/delete/memory': deleteMemory,
    '/update/memory': updateMemory,
    '/add/feedback': addFeedback,
    '/get/status': getStatus,
  };

  /** Routes one authenticated request (endpoint relative to the base path) to its handler. */
  function handle(method: string, endpoint: string, body: unknown): RouteResult {
    const byId = /^\/get\/memory\/([^/]+)$/.exec(endpoint);
    if (byId) {
      if (method !== 'GET') return { httpStatus: 405, body: { detail: 'Method Not Allowed' } };
      return getMemoryById(decodeURIComponent(byId[1]!));
    }
    const handler = posts[endpoint];
    if (!handler) return { httpStatus: 404, body: { detail: 'Not Found' } };
    if (method !== 'POST') return { httpStatus: 405, body: { detail: 'Method Not Allowed' } };
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return badRequest('body must be a JSON object');
    const record = body as Record<string, unknown>;
    return checkIds(record) ?? handler(record);
  }

  function reset(): void {
    users = new Map();
    messages = new Map();
    tasks = new Map();
  }

  return { seed, handle, messages: storedMessages, reset };
}
