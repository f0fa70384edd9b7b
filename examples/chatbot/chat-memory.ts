// Where the chatbot's memory lives: MemOS Cloud when MEMOS_API_KEY is set, otherwise the embedded
// local engine in a SQLite file (no key, no network).
import { createMemory, MemOSClient, type Memory } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';

/**
 * Where the local engine keeps the chatbot's memories unless `--db` says otherwise.
 *
 * @example
 * new LocalMemOS({ path: DEFAULT_CHATBOT_DB });
 */
export const DEFAULT_CHATBOT_DB = '.memos/chatbot.db';

/**
 * The chatbot's memory for one user and conversation, and a line describing the backend.
 *
 * @example
 * const { memory } = openChatMemory(process.env, { userId: 'ada', conversationId: 'trip' });
 * await memory.close();
 */
export function openChatMemory(
  env: NodeJS.ProcessEnv,
  {
    userId,
    conversationId,
    path = DEFAULT_CHATBOT_DB,
  }: { userId: string; conversationId: string; path?: string },
): { memory: Memory; label: string } {
  const cloud = Boolean(env.MEMOS_API_KEY);
  const backend = cloud ? new MemOSClient() : new LocalMemOS({ path });
  const memory = createMemory({ backend, userId, conversationId });
  return { memory, label: cloud ? 'MemOS Cloud (MEMOS_API_KEY)' : `local engine at ${path}` };
}
