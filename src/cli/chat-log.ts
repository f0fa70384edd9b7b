import { z } from 'zod';
import type { MessageInput } from '../api/requests.ts';

const RecordSchema = z.looseObject({
  role: z.enum(['user', 'assistant', 'system', 'tool'], {
    error: 'role must be user, assistant, system or tool',
  }),
  content: z.union(
    [z.string().min(1, 'content must not be empty'), z.array(z.looseObject({ type: z.string() })).min(1)],
    {
      error: 'content must be a non-empty string or an array of parts',
    },
  ),
  chat_time: z.string({ error: 'chat_time must be a string' }).optional(),
  conversation_id: z
    .string({ error: 'conversation_id must be a string' })
    .min(1)
    .max(100, 'conversation_id must be at most 100 characters')
    .optional(),
});

/**
 * One conversation of an imported chat log, messages in file order.
 *
 * @example
 * const conversation: ImportedConversation = { conversationId: 'c1', messages: [{ role: 'user', content: 'Hi' }] };
 */
export interface ImportedConversation {
  readonly conversationId: string;
  readonly messages: MessageInput[];
}

/**
 * Parses a chat log (a JSON array, or JSON Lines) of `{ role, content, chat_time?, conversation_id? }`
 * and groups it by conversation (first appearance order). Every record is checked before anything is
 * returned, so a bad file imports nothing; the error names the line or index of each problem.
 *
 * @example
 * const conversations = parseChatLog(text, { fileName: 'chat.jsonl', defaultConversationId: 'import-chat' });
 */
export function parseChatLog(
  text: string,
  { fileName, defaultConversationId }: { fileName: string; defaultConversationId: string },
): ImportedConversation[] {
  const entries: { where: string; value: unknown }[] = [];
  const problems: string[] = [];
  const trimmed = text.trim();
  if (trimmed === '') throw new Error(`${fileName} is empty`);
  if (trimmed.startsWith('[')) {
    let array: unknown;
    try {
      array = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(
        `${fileName} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!Array.isArray(array)) throw new Error(`${fileName} must hold a JSON array of messages`);
    array.forEach((value, index) => {
      entries.push({ where: `item ${index}`, value });
    });
  } else {
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        entries.push({ where: `line ${index + 1}`, value: JSON.parse(line) });
      } catch {
        problems.push(`line ${index + 1}: not valid JSON`);
      }
    });
  }

  const groups = new Map<string, MessageInput[]>();
  for (const { where, value } of entries) {
    const result = RecordSchema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      problems.push(`${where}: ${field}${issue?.message ?? 'invalid message'}`);
      continue;
    }
    const { role, content, chat_time, conversation_id } = result.data;
    const conversationId = conversation_id ?? defaultConversationId;
    const message = { role, content, ...(chat_time ? { chat_time } : {}) } as MessageInput;
    const list = groups.get(conversationId) ?? [];
    list.push(message);
    groups.set(conversationId, list);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((problem) => `  ${fileName} ${problem}`);
    const more = problems.length > 5 ? [`  ... and ${problems.length - 5} more`] : [];
    throw new Error(
      `${fileName} has ${problems.length} bad record(s); nothing was imported:\n${[...shown, ...more].join('\n')}`,
    );
  }
  if (groups.size === 0) throw new Error(`${fileName} holds no messages`);
  return [...groups].map(([conversationId, messages]) => ({ conversationId, messages }));
}

/**
 * Cuts a conversation into `addMessage` batches of at most `size` messages, starting a new batch only
 * where a user message begins (a question and its answer stay together when they fit).
 *
 * @example
 * batchMessages(messages, 20); // MessageInput[][]
 */
export function batchMessages(messages: readonly MessageInput[], size: number): MessageInput[][] {
  const turns: MessageInput[][] = [];
  for (const message of messages) {
    const last = turns.at(-1);
    if (message.role === 'user' || !last) turns.push([message]);
    else last.push(message);
  }
  const batches: MessageInput[][] = [];
  let current: MessageInput[] = [];
  for (const turn of turns) {
    if (current.length > 0 && current.length + turn.length > size) {
      batches.push(current);
      current = [];
    }
    // A single turn longer than the batch is split plainly.
    for (let start = 0; start < turn.length; start += size) {
      const piece = turn.slice(start, start + size);
      if (current.length > 0 && current.length + piece.length > size) {
        batches.push(current);
        current = [];
      }
      current.push(...piece);
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
