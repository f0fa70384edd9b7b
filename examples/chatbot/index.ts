// Terminal chatbot with long-term memory.
//   node --conditions=memos-source examples/chatbot/index.ts --user ada
//   printf 'I am going to Guangzhou and staying at 7 Days Inn.\nAny hotel ideas for National Day?\n' |
//     node --conditions=memos-source examples/chatbot/index.ts --user ada --script -
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { ModelMessage } from 'ai';
import { createBot } from './bot.ts';
import { openChatMemory } from './chat-memory.ts';
import { chooseChatModel } from './chat-model.ts';

const { values } = parseArgs({
  options: {
    user: { type: 'string', default: 'demo-user' },
    conversation: { type: 'string', default: `terminal-${new Date().toISOString().slice(0, 10)}` },
    script: { type: 'string' },
    db: { type: 'string' },
  },
});
const scripted = values.script !== undefined;

const { memory, label: memoryLabel } = openChatMemory(process.env, {
  userId: values.user,
  conversationId: values.conversation,
  ...(values.db ? { path: values.db } : {}),
});
const { model, label: modelLabel } = chooseChatModel(process.env, { wordDelayMs: scripted ? 0 : 25 });
const bot = createBot({ model, memory });
memory.events.on('error', ({ phase, error }) =>
  console.error(`[memory ${phase} error] ${(error as Error).message}`),
);
console.error(`model: ${modelLabel}\nmemory: ${memoryLabel}, user "${values.user}"\n`);

const history: ModelMessage[] = [];

async function turn(text: string): Promise<void> {
  history.push({ role: 'user', content: text });
  const result = bot.reply(history);
  process.stdout.write('bot> ');
  for await (const delta of result.textStream) process.stdout.write(delta);
  process.stdout.write('\n');
  history.push(...(await result.response).messages);
}

async function readScript(source: string): Promise<string[]> {
  if (source !== '-') return (await readFile(source, 'utf8')).split('\n');
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin })) lines.push(line);
  return lines;
}

try {
  if (scripted) {
    for (const line of await readScript(values.script!)) {
      if (!line.trim()) continue;
      console.log(`you> ${line}`);
      await turn(line);
      // A script has no human pause between lines: let this turn's write land before the next one.
      await memory.flush();
    }
  } else {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    terminal.on('SIGINT', () => terminal.close());
    console.log('Type a message (Ctrl+D or /exit to quit).');
    process.stdout.write('you> ');
    for await (const line of terminal) {
      if (line.trim() === '/exit') break;
      if (line.trim()) await turn(line);
      process.stdout.write('you> ');
    }
    terminal.close();
  }
} finally {
  // Background writes are flushed before the process exits.
  await memory.close();
}
