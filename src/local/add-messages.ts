import type { DatabaseSync } from 'node:sqlite';
import type { AddMessageRequest } from '../api/requests.ts';
import type { Embedder } from './embeddings/embedder.ts';
import { throwIfAborted } from './errors.ts';
import { type AppliedChanges, applyExtraction, validateExtraction } from './extraction/apply-extraction.ts';
import { parseChatTime } from './extraction/chat-time.ts';
import type { ExistingMemory, Extractor, StoredMessage } from './extraction/types.ts';
import type { createSearch } from './search/search-memories.ts';
import type { MemoryStore } from './store/memory-store.ts';
import {
  type MessageRow,
  type MessageStore,
  messageText,
  type NewMessageRow,
  subjectOf,
  toStoredMessage,
} from './store/message-store.ts';
import { inTransaction } from './store/statement-cache.ts';

/** What an add needs from the engine. */
export interface AddDependencies {
  readonly database: DatabaseSync;
  readonly messages: MessageStore;
  readonly memories: MemoryStore;
  readonly extractor: Extractor;
  readonly embedder: Embedder | undefined;
  readonly search: ReturnType<typeof createSearch>;
  readonly now: () => number;
}

/**
 * The add pipeline: extract (and embed) first, outside any transaction, since an LLM call can take
 * seconds; then write messages and memories for every owner in one transaction. A failing extractor
 * or embedder therefore leaves nothing behind, not even the messages. `claim`, when given, runs first
 * inside that transaction (an `Idempotency-Key` check): `false` writes nothing and resolves `undefined`.
 *
 * @example
 * const changes = await addMessages(dependencies, validatedRequest, signal);
 */
export async function addMessages(
  dependencies: AddDependencies,
  request: AddMessageRequest,
  signal: AbortSignal | undefined,
  claim?: () => boolean,
): Promise<AppliedChanges | undefined> {
  const { database, messages, memories, extractor, embedder } = dependencies;
  const now = dependencies.now();
  const conversationId = request.conversation_id ?? `conv-${crypto.randomUUID()}`;
  const userIds = request.user_id === undefined ? [] : [request.user_id].flat();
  const agentIds = request.agent_id === undefined ? [] : [request.agent_id].flat();
  // One copy per owner: a group chat (user_id list) writes into each user's memory; without a user,
  // each listed agent gets its own memory.
  const owners =
    userIds.length > 0
      ? userIds.map((userId) => ({
          userId,
          agentId: agentIds.length > 1 ? JSON.stringify(agentIds) : agentIds[0],
        }))
      : agentIds.map((agentId) => ({ userId: undefined, agentId }));
  const texts = request.messages.map((message) => messageText(message));

  const batches = await Promise.all(
    owners.map(async (owner) => {
      const subject = subjectOf(owner);
      const rows: NewMessageRow[] = request.messages.map((message, index) => ({
        id: crypto.randomUUID(),
        subject,
        userId: owner.userId,
        agentId: owner.agentId,
        appId: request.app_id,
        conversationId,
        message,
        text: texts[index]!,
        createTime: now,
      }));
      const existing = existingFor(dependencies, subject, owner, texts);
      const stored = rows.map(toStoredMessage);
      // The conversation's last stored messages: a reply read against the assistant message it answers
      // ("I'll take the second one" arrives in the next add).
      const context = messages.tail(subject, conversationId, CONTEXT_MESSAGES);
      const result = validateExtraction(
        await extractor.extract({
          messages: stored,
          context: context.map(contextMessage),
          existing,
          userId: owner.userId,
          conversationId,
        }),
      );
      return { owner, subject, rows, context, existing, result };
    }),
  );
  throwIfAborted(signal);

  let vectors: { model: string; byText: Map<string, Float32Array> } | undefined;
  if (embedder) {
    const newTexts = [
      ...new Set(
        batches.flatMap(({ result }) => [
          ...result.memories.map((memory) => memory.value),
          ...(result.operations ?? []).flatMap((operation) =>
            operation.type === 'update'
              ? [operation.value]
              : operation.type === 'merge'
                ? [operation.into.value]
                : [],
          ),
        ]),
      ),
    ];
    const embedded = await embedder.embed(newTexts);
    vectors = {
      model: embedder.model,
      byText: new Map(newTexts.map((text, index) => [text, embedded[index]!])),
    };
    throwIfAborted(signal);
  }

  return inTransaction(database, () => {
    if (claim && !claim()) return undefined;
    const total: AppliedChanges = { added: [], updated: [], retired: [] };
    for (const { owner, subject, rows, context, existing, result } of batches) {
      const seqs = messages.insertMany(rows);
      const applied = applyExtraction(memories, result, {
        subject,
        userId: owner.userId,
        agentId: owner.agentId,
        appId: request.app_id,
        conversationId,
        tags: request.tags ?? [],
        info: request.info ?? {},
        messageSeqs: new Map(rows.map((row, index) => [row.id, seqs[index]!])),
        contextSeqs: new Map(context.map((row) => [row.id, row.seq])),
        messageTimes: new Map(
          rows.flatMap((row) => {
            const time = parseChatTime(row.message.chat_time);
            return time === undefined ? [] : [[row.id, time] as const];
          }),
        ),
        existingIds: new Set(existing.map((memory) => memory.id)),
        now,
        vectors,
      });
      total.added.push(...applied.added);
      total.updated.push(...applied.updated);
      total.retired.push(...applied.retired);
    }
    return total;
  });
}

/** Earlier messages of the conversation an extractor sees (a reply's context). */
const CONTEXT_MESSAGES = 4;

const contextMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  role: row.role as StoredMessage['role'],
  text: row.text,
  chatTime: row.chat_time ?? undefined,
  createTime: row.create_time,
});

/** The related memories an extractor is shown (for update/merge/retire), found with the add's own text. */
function existingFor(
  { extractor, search, memories }: AddDependencies,
  subject: string,
  owner: { userId: string | undefined; agentId: string | undefined },
  texts: readonly string[],
): ExistingMemory[] {
  const limit = extractor.existingLimit ?? 20;
  if (limit <= 0) return [];
  const query = texts.join('\n').slice(0, 2000);
  const found = query.trim()
    ? search(
        {
          query,
          ...(owner.userId !== undefined ? { user_id: owner.userId } : { agent_id: owner.agentId ?? '' }),
          memory_limit_number: Math.min(limit, 25),
          preference_limit_number: Math.min(limit, 25),
          relativity: 0,
        },
        undefined,
      )
    : undefined;
  const ids = new Set([
    ...(found?.memory_detail_list ?? []).map((item) => item.id),
    ...(found?.preference_detail_list ?? []).map((item) => item.id),
  ]);
  // Raw turns are records of what was said, not statements to update or merge: extractors see the others.
  const statement = (row: { tags: string }) => !row.tags.includes('"mode:fast"');
  const rows = memories.byIds([...ids]).filter(statement);
  for (const row of memories.recent(subject, limit * 3))
    if (rows.length < limit && !ids.has(row.id) && statement(row)) rows.push(row);
  return rows.slice(0, limit).map((row) => ({
    id: row.id,
    kind: row.kind,
    key: row.memory_key,
    value: row.memory_value,
    tags: JSON.parse(row.tags) as string[],
    updateTime: row.update_time,
  }));
}
