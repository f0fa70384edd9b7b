// Terminal chatbot on the OpenAI SDK, with long-term memory.
//   node --conditions=memos-source examples/openai/index.ts --user ada
//   printf 'I am going to Guangzhou and staying at 7 Days Inn.\nAny hotel ideas for National Day?\n' |
//     node --conditions=memos-source examples/openai/index.ts --user ada --script -
// Model: OPENAI_API_KEY (and OPENAI_BASE_URL for any OpenAI-compatible endpoint); OPENAI_BASE_URL alone
// for a local endpoint that needs no key; neither: the fake OpenAI server of the tests, in process.
// Memory: MemOS Cloud with MEMOS_API_KEY, else the embedded local engine in a SQLite file.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createMemory, MemOSClient } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { startFakeOpenAIServer } from '../../test/support/fake-openai-server.ts';
import { createBot } from './bot.ts';

const { values } = parseArgs({
  options: {
    user: { type: 'string', default: 'demo-user' },
    conversation: { type: 'string', default: `terminal-${new Date().toISOString().slice(0, 10)}` },
    script: { type: 'string' },
    db: { type: 'string', default: '.memos/openai-chatbot.db' },
  },
});

const { OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL = 'gpt-4o-mini', MEMOS_API_KEY } = process.env;
// No key and no endpoint: a fake OpenAI server that only repeats the memories it is sent (no LLM).
const fake = OPENAI_API_KEY || OPENAI_BASE_URL ? undefined : await startFakeOpenAIServer();
const client = new OpenAI({
  apiKey: OPENAI_API_KEY || 'local',
  ...(fake ? { baseURL: fake.baseURL } : OPENAI_BASE_URL ? { baseURL: OPENAI_BASE_URL } : {}),
});
const memory = createMemory({
  backend: MEMOS_API_KEY ? new MemOSClient() : new LocalMemOS({ path: values.db }),
  userId: values.user,
  conversationId: values.conversation,
});
memory.events.on('error', ({ phase, error }) =>
  console.error(`[memory ${phase} error] ${(error as Error).message}`),
);
const bot = createBot({ client, memory, model: OPENAI_MODEL });
const modelLabel = fake
  ? 'fake OpenAI server (no OPENAI_API_KEY: it answers only with the memories it is sent, no LLM)'
  : `${OPENAI_MODEL} via ${client.baseURL}`;
const memoryLabel = MEMOS_API_KEY ? 'MemOS Cloud (MEMOS_API_KEY)' : `local engine at ${values.db}`;
console.error(`model: ${modelLabel}\nmemory: ${memoryLabel}, user "${values.user}"\n`);

const history: ChatCompletionMessageParam[] = [];

async function turn(text: string): Promise<void> {
  history.push({ role: 'user', content: text });
  process.stdout.write('bot> ');
  let answer = '';
  for await (const delta of bot.reply(history)) {
    answer += delta;
    process.stdout.write(delta);
  }
  process.stdout.write('\n');
  history.push({ role: 'assistant', content: answer });
}

async function readScript(source: string): Promise<string[]> {
  if (source !== '-') return (await readFile(source, 'utf8')).split('\n');
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin })) lines.push(line);
  return lines;
}

try {
  if (values.script !== undefined) {
    for (const line of await readScript(values.script)) {
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
  await fake?.close();
}
