import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { ModelMessage } from 'ai';
import { createMemory } from '../../index.ts';
import { type CommandSpec, type ParsedCommand, stringOption } from '../args.ts';
import { BACKEND_OPTIONS, openBackend, saveTimeoutMs, TIMEOUT_OPTION, timeoutOption } from '../backend.ts';
import { type CliContext, redactSecrets } from '../context.ts';
import { chooseModel, loadAISDK } from '../model.ts';

/**
 * The `chat` command's flags and help text.
 *
 * @example
 * stdout.write(commandHelp(chatSpec));
 */
export const chatSpec: CommandSpec = {
  name: 'chat',
  summary: 'Chat in the terminal with a model that remembers you (AI SDK + memory middleware).',
  usage: '[options]',
  positionals: [],
  options: {
    user: {
      type: 'string',
      short: 'u',
      placeholder: '<id>',
      description: 'Who you are (default MEMOS_USER_ID or your login)',
    },
    conversation: {
      type: 'string',
      short: 'c',
      placeholder: '<id>',
      description: 'Conversation id (default chat-<time>)',
    },
    ...BACKEND_OPTIONS,
    ...TIMEOUT_OPTION,
  },
  notes: [
    'Type /memories to list what is remembered, /exit (or Ctrl-D) to leave. Memories are saved as you go.',
  ],
  examples: [
    'memos-middleware chat --user memos_user_123',
    'OPENAI_API_KEY=sk-... memos-middleware chat --user me',
  ],
};

function defaultUser(context: CliContext): string {
  if (context.env.MEMOS_USER_ID) return context.env.MEMOS_USER_ID;
  try {
    return userInfo().username || 'local-user';
  } catch {
    return 'local-user';
  }
}

/**
 * Runs `chat`: each line is a turn through `withMemOS(model)` + `streamText`; the reply streams to stdout,
 * the turn is captured in the background, and everything is flushed on exit.
 *
 * @example
 * await executeChat(parseCommand(chatSpec, ['--user', 'u1']), { ...context, stdin: Readable.from(['hi\n']) });
 */
export async function executeChat(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const { stdout, stderr } = context;
  const userId = stringOption(parsed, 'user', { command: 'chat' }) ?? defaultUser(context);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const conversationId = stringOption(parsed, 'conversation', { command: 'chat' }) ?? `chat-${stamp}`;
  const timeoutMs = timeoutOption(parsed, 'chat');
  const saveMs = saveTimeoutMs(timeoutMs);
  const opened = openBackend(context, {
    timeoutMs,
    db: stringOption(parsed, 'db', { command: 'chat' }),
    local: parsed.values.local === true,
  });
  const memory = createMemory({
    backend: opened.backend,
    onError: ({ error, phase }) => {
      const reason = error instanceof Error ? error.message : String(error);
      stderr.write(redactSecrets(`[memory ${phase} failed: ${reason}]\n`, context.env));
    },
  });
  try {
    const chosen = await chooseModel(context);
    const { streamText, withMemOS } = await loadAISDK();
    const model = withMemOS(chosen.model, {
      memory,
      userId,
      conversationId,
    });
    stdout.write(
      `Chatting as ${userId} (conversation ${conversationId})\nmemory: ${opened.description}\nmodel:  ${chosen.description}\n` +
        'Type /memories to see what is remembered, /exit to leave.\n',
    );

    const lines = createInterface({ input: context.stdin ?? process.stdin, terminal: false });
    const stop = () => lines.close();
    context.signal?.addEventListener('abort', stop, { once: true });
    const history: ModelMessage[] = [];
    stdout.write('\nyou> ');
    try {
      for await (const line of lines) {
        const text = line.trim();
        if (text === '/exit' || text === '/quit') break;
        if (text === '/memories') {
          const data = await opened.backend.getMemory({ user_id: userId, size: 20 });
          const items = [
            ...(data.memory_detail_list ?? []).map(
              (fact) => `  fact: ${fact.memory_value ?? fact.memory_key ?? ''}`,
            ),
            ...(data.preference_detail_list ?? []).map(
              (preference) => `  preference: ${preference.preference ?? ''}`,
            ),
          ];
          stdout.write(`${items.length ? items.join('\n') : '  (nothing yet)'}\nyou> `);
          continue;
        }
        if (text === '') {
          stdout.write('you> ');
          continue;
        }
        history.push({ role: 'user', content: text });
        let failure: unknown;
        const result = streamText({
          model,
          instructions: 'You are a friendly assistant with long-term memory of this user.',
          messages: history,
          ...(context.signal ? { abortSignal: context.signal } : {}),
          onError: ({ error }) => {
            failure = error;
          },
        });
        stdout.write('bot> ');
        let reply = '';
        for await (const delta of result.textStream) {
          reply += delta;
          stdout.write(delta);
        }
        if (failure !== undefined) {
          history.pop();
          const reason = failure instanceof Error ? failure.message : String(failure);
          stderr.write(redactSecrets(`\n[the model failed: ${reason}]\n`, context.env));
        } else {
          history.push({ role: 'assistant', content: reply });
        }
        stdout.write('\nyou> ');
      }
    } finally {
      context.signal?.removeEventListener('abort', stop);
      // Leaving the loop (`/exit`) does not close the interface, and an open one keeps reading stdin, so
      // the process would stay alive until EOF (Ctrl-D). Closing it pauses the input.
      lines.close();
    }
    stdout.write('\nSaving memories...\n');
    await memory.flush({ timeoutMs: saveMs });
    stdout.write('Bye.\n');
    return 0;
  } finally {
    const { dropped } = await memory.close({ timeoutMs: saveMs });
    if (dropped > 0) {
      stderr.write(`warning: ${dropped} turn(s) not saved: MemOS did not take them within ${saveMs} ms\n`);
    }
    await opened.close();
  }
}
