import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { demoModel } from 'memos-middleware/ai-sdk/demo';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../examples/chatbot/bot.ts';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { closeMemories, memoryOn, seedQuickStart, startServer } from './helpers.ts';

const run = promisify(execFile);
const question = 'National Day is coming. Any travel and hotel recommendations?';

describe('the chatbot example, in process', () => {
  let server: MemOSTestServer;
  beforeAll(async () => {
    server = await startServer();
    seedQuickStart(server, 'ada');
  });
  afterAll(() => server.close());
  afterEach(closeMemories);

  it('reply(history) streams an answer that uses the memories, and the turn is stored', async () => {
    const memory = memoryOn(server, { userId: 'ada', conversationId: 'terminal' });
    const bot = createBot({ model: demoModel(), memory });
    let streamed = '';
    for await (const delta of bot.reply([{ role: 'user', content: question }]).textStream) streamed += delta;
    await memory.flush();

    expect(bot.model.provider).toBe('memos-demo');
    expect(streamed).toContain('a destination other than Guangzhou');
    expect(server.requestsTo('/search/memory').map((request) => request.body.user_id)).toEqual(['ada']);
    expect(server.messages('ada', 'terminal').map((message) => message.role)).toEqual(['user', 'assistant']);
  });
});

describe('the chatbot example, as a program (no key, no network: demo model and local engine)', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'memos-chatbot-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const env = { PATH: process.env.PATH ?? '' }; // no OPENAI_API_KEY, no MEMOS_API_KEY
  const chatbot = (args: string[], input?: string) => {
    const child = run(
      process.execPath,
      ['--conditions=memos-source', 'examples/chatbot/index.ts', '--db', join(directory, 'chat.db'), ...args],
      { env, cwd: process.cwd() },
    );
    if (input !== undefined) child.child.stdin?.end(input);
    return child;
  };

  it('remembers across turns of a --script run', async () => {
    const script = join(directory, 'script.txt');
    await writeFile(
      script,
      `I'm planning a summer trip to Guangzhou and I'll stay at 7 Days Inn.\n${question}\n`,
    );
    const { stdout, stderr } = await chatbot([
      '--user',
      'ada',
      '--conversation',
      'first',
      '--script',
      script,
    ]);
    expect(stderr).toContain('offline demo model');
    expect(stderr).toContain(`local engine at ${join(directory, 'chat.db')}`);
    const answers = stdout.split('\n').filter((line) => line.startsWith('bot> '));
    expect(answers).toHaveLength(2);
    expect(answers[0]).toContain('[offline demo model] Noted.');
    expect(answers[1]).toContain('From what I remember');
    expect(answers[1]).toContain('7 Days Inn');
  });

  it('what the REPL heard before Ctrl+D is remembered by the next run, for that user only', async () => {
    await chatbot(['--user', 'bob', '--conversation', 'one'], 'My name is Bob and I love sushi.\n');
    const { stdout } = await chatbot(
      ['--user', 'bob', '--conversation', 'two', '--script', '-'],
      'What is my name?\n',
    );
    expect(stdout).toContain('Your name is Bob.');
    // Another user of the same file sees none of it.
    const other = await chatbot(['--user', 'carol', '--script', '-'], 'What is my name?\n');
    expect(other.stdout).toContain("I don't know anything about you yet");
  });
});
