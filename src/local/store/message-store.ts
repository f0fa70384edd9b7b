import type { DatabaseSync } from 'node:sqlite';
import type { MessageInput } from '../../api/requests.ts';
import type { StoredMessage } from '../extraction/types.ts';

/** Who owns a row: `u:<user_id>` or, for an agent's own memory, `a:<agent_id>`. */
export type Subject = string;

/**
 * The subject key of a user, or of an agent searched or written without a user.
 *
 * @example
 * subjectOf({ userId: 'alice' }); // 'u:alice'
 */
export function subjectOf({
  userId,
  agentId,
}: {
  userId?: string | undefined;
  agentId?: string | undefined;
}): Subject {
  return userId !== undefined ? `u:${userId}` : `a:${agentId ?? ''}`;
}

/** A message row ready to insert, with its flattened text. */
export interface NewMessageRow {
  readonly id: string;
  readonly subject: Subject;
  readonly userId: string | undefined;
  readonly agentId: string | undefined;
  readonly appId: string | undefined;
  readonly conversationId: string;
  readonly message: MessageInput;
  readonly text: string;
  readonly createTime: number;
}

/** A raw message as `/get/message` returns it. */
export interface MessageRow {
  readonly seq: number;
  readonly id: string;
  readonly role: string;
  readonly text: string;
  readonly chat_time: string | null;
  readonly create_time: number;
}

/**
 * Plain text of a message's content: text parts as they are, images and files as short placeholders
 * (their bytes are never indexed or echoed back).
 *
 * @example
 * messageText({ role: 'user', content: [{ type: 'text', text: 'hi' }] }); // 'hi'
 */
export function messageText(message: MessageInput): string {
  const { content } = message;
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part) => {
      if (part.type === 'text') return part.text;
      if (part.type === 'image_url') {
        const url = part.image_url.url;
        return url.startsWith('data:') ? '[image]' : `[image: ${url}]`;
      }
      return '[file]';
    })
    .join('\n');
}

/**
 * The raw-message table: inserts in batches with cached statements, reads a conversation's tail.
 *
 * @example
 * const messages = createMessageStore(database);
 */
export function createMessageStore(database: DatabaseSync) {
  const insert = database.prepare(
    `INSERT INTO messages (id, subject, user_id, agent_id, app_id, conversation_id, role, content,
       content_is_json, text, chat_time, tool_calls, tool_call_id, role_id, role_name, create_time)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const conversationTail = database.prepare(
    `SELECT seq, id, role, text, chat_time, create_time FROM messages
     WHERE subject = ? AND conversation_id = ? AND role IN ('user', 'assistant')
     ORDER BY seq DESC LIMIT ?`,
  );
  const hasSubject = database.prepare('SELECT 1 AS found FROM messages WHERE subject = ? LIMIT 1');

  return {
    /** Inserts the rows (call inside a transaction); returns their sequence numbers in order. */
    insertMany(rows: readonly NewMessageRow[]): number[] {
      return rows.map((row) => {
        const { message } = row;
        const content = message.content;
        const isJson = content !== undefined && typeof content !== 'string';
        const result = insert.run(
          row.id,
          row.subject,
          row.userId ?? null,
          row.agentId ?? null,
          row.appId ?? null,
          row.conversationId,
          message.role,
          typeof content === 'string' ? content : content === undefined ? '' : JSON.stringify(content),
          isJson ? 1 : 0,
          row.text,
          message.chat_time ?? null,
          message.tool_calls ? JSON.stringify(message.tool_calls) : null,
          message.tool_call_id ?? null,
          message.role_id ?? null,
          message.role_name ?? null,
          row.createTime,
        );
        return Number(result.lastInsertRowid);
      });
    },
    /** The last `limit` user/assistant messages of a conversation, oldest first. */
    tail(subject: Subject, conversationId: string, limit: number): MessageRow[] {
      const rows = conversationTail.all(subject, conversationId, limit) as unknown as MessageRow[];
      return rows.reverse();
    },
    /** True when the subject ever wrote a message. */
    hasSubject(subject: Subject): boolean {
      return hasSubject.get(subject) !== undefined;
    },
  };
}

/** The store type returned by `createMessageStore`. */
export type MessageStore = ReturnType<typeof createMessageStore>;

/**
 * The extractor's view of a message being added.
 *
 * @example
 * toStoredMessage(row); // { id, role, text, chatTime, createTime }
 */
export function toStoredMessage(row: NewMessageRow): StoredMessage {
  const { message } = row;
  return {
    id: row.id,
    role: message.role,
    text: row.text,
    chatTime: message.chat_time,
    createTime: row.createTime,
    toolCalls: message.tool_calls?.map((call) => ({
      id: call.id,
      name: call.function.name,
      arguments: call.function.arguments,
    })),
    toolCallId: message.tool_call_id,
    roleName: message.role_name,
  };
}
