import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { type CommandSpec, integerOption, type ParsedCommand, stringOption } from '../args.ts';
import { BACKEND_OPTIONS, openBackend, TIMEOUT_OPTION, timeoutOption } from '../backend.ts';
import { batchMessages, parseChatLog } from '../chat-log.ts';
import type { CliContext } from '../context.ts';
import { createProgress } from '../output.ts';

/**
 * The `import` command's flags and help text.
 *
 * @example
 * stdout.write(commandHelp(importSpec));
 */
export const importSpec: CommandSpec = {
  name: 'import',
  summary: "Import a chat log into one user's memory (MemOS add/message, grouped by conversation).",
  usage: '<file> --user <id> [options]',
  positionals: [{ name: '<file>', required: true }],
  options: {
    user: { type: 'string', short: 'u', placeholder: '<id>', description: 'Whose memory (MemOS user_id)' },
    conversation: {
      type: 'string',
      short: 'c',
      placeholder: '<id>',
      description: 'Conversation of records without conversation_id (default import-<file name>)',
    },
    batch: {
      type: 'string',
      placeholder: '<n>',
      description: 'Messages per add/message request, 1-200 (default 20)',
    },
    ...BACKEND_OPTIONS,
    ...TIMEOUT_OPTION,
  },
  notes: [
    'FILE is a JSON array or JSON Lines of {"role", "content", "chat_time"?, "conversation_id"?}.',
    'chat_time ("2025-06-10 09:00:00") dates each message; without it MemOS uses the import time.',
    'Every record is checked first: a file with a bad record imports nothing.',
  ],
  examples: [
    'memos-middleware import history.jsonl --user memos_user_123',
    'memos-middleware import export.json --user memos_user_123 --conversation support-2025',
  ],
};

/**
 * Runs `import`: validates the whole file, then adds it conversation by conversation with a progress
 * bar on stderr, and reports the counts.
 *
 * @example
 * await executeImport(parseCommand(importSpec, ['chat.jsonl', '--user', 'u1']), context);
 */
export async function executeImport(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const userId = stringOption(parsed, 'user', { required: true, command: 'import' })!;
  const batchSize = integerOption(parsed, 'batch', { min: 1, max: 200, fallback: 20, command: 'import' });
  const file = resolve(context.cwd, parsed.positionals[0]!);
  const fileName = basename(file);
  const defaultConversationId =
    stringOption(parsed, 'conversation', { command: 'import' }) ??
    `import-${basename(file, extname(file))}`.slice(0, 100);

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file} (${code ?? 'error'})`);
  }
  const conversations = parseChatLog(text, { fileName, defaultConversationId });
  const total = conversations.reduce((sum, conversation) => sum + conversation.messages.length, 0);

  const opened = openBackend(context, {
    timeoutMs: timeoutOption(parsed, 'import'),
    db: stringOption(parsed, 'db', { command: 'import' }),
    local: parsed.values.local === true,
  });
  const progress = createProgress(context.stderr, total, 'messages');
  let imported = 0;
  let requests = 0;
  try {
    context.stderr.write(
      `Importing ${total} messages in ${conversations.length} conversation(s) into ${opened.description}\n`,
    );
    for (const { conversationId, messages } of conversations) {
      for (const batch of batchMessages(messages, batchSize)) {
        if (context.signal?.aborted) throw new Error(`Interrupted after ${imported} of ${total} messages`);
        try {
          await opened.backend.addMessage({
            user_id: userId,
            conversation_id: conversationId,
            messages: batch,
          });
        } catch (error) {
          progress.done();
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(
            `Import stopped in conversation ${conversationId} after ${imported} of ${total} messages: ${reason}`,
            { cause: error },
          );
        }
        imported += batch.length;
        requests += 1;
        progress.update(imported);
      }
    }
    progress.done();
  } finally {
    await opened.close();
  }
  context.stdout.write(
    `Imported ${imported} messages in ${conversations.length} conversation(s) (${requests} add/message requests) for ${userId}.\n` +
      `See the memories: memos-middleware list --user ${userId}${parsed.values.db ? ` --db ${String(parsed.values.db)}` : ''}\n`,
  );
  return 0;
}
