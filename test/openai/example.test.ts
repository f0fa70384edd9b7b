// The OpenAI SDK chatbot example: in process against the test servers, and as a program (offline: the
// fake OpenAI server in process and the local engine; "real": OPENAI_API_KEY with OPENAI_BASE_URL
// pointing at a fake server process).
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, INSTRUCTIONS } from '../../examples/openai/bot.ts';
import { QUESTION, stored, USER, useTestbed } from './helpers.ts';

const run = promisify(execFile);
const TRIP = "I'm planning a summer trip to Guangzhou and I'll stay at 7 Days Inn.";

describe('the OpenAI chatbot example, in process', () => {
  const bed = useTestbed();

  it('reply(history) streams an answer that used the memories, and the turn is stored', async () => {
    const memory = bed.memory({ userId: USER, conversationId: 'terminal' });
    const bot = createBot({ client: bed.client(), memory, model: 'gpt-fake' });
    let answer = '';
    for await (const delta of bot.reply([{ role: 'user', content: QUESTION }])) answer += delta;
    await memory.flush();
    expect(answer).toContain('7 Days Inn');
    expect(bed.lastSystem().startsWith(`${INSTRUCTIONS}\n\n<memories>`)).toBe(true);
    expect(bed.memosCalls()).toEqual({ search: 1, add: 1 });
    expect(stored(bed, 'terminal').map((message) => message.role)).toEqual(['user', 'assistant']);
  });
});

describe('the OpenAI chatbot example, as a program', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'memos-openai-chatbot-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const chatbot = (args: string[], input: string, env: Record<string, string> = {}) => {
    const child = run(
      process.execPath,
      ['--conditions=memos-source', 'examples/openai/index.ts', '--script', '-', ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, cwd: process.cwd() },
    );
    child.child.stdin?.end(input);
    return child;
  };

  it('offline (no key, no endpoint): remembers across turns and runs, for that user only', async () => {
    const db = join(directory, 'offline.db');
    const first = await chatbot(['--user', 'ada', '--db', db], `${TRIP}\n`);
    expect(first.stderr).toContain('fake OpenAI server');
    expect(first.stderr).toContain(`local engine at ${db}`);
    const { stdout } = await chatbot(
      ['--user', 'ada', '--db', db, '--conversation', 'later'],
      `${QUESTION}\n`,
    );
    const answers = stdout.split('\n').filter((line) => line.startsWith('bot> '));
    expect(answers).toHaveLength(1);
    expect(answers[0]).toContain('7 Days Inn');
    const other = await chatbot(['--user', 'bob', '--db', db], `${QUESTION}\n`);
    expect(other.stdout).toContain("I don't remember anything about you yet.");
  });

  it('with OPENAI_API_KEY and OPENAI_BASE_URL: the real client path, memory in the system prompt', async () => {
    const server = spawn(process.execPath, ['test/support/fake-openai-server.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [baseURL] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
      const env = { OPENAI_API_KEY: 'sk-example', OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'gpt-example' };
      const db = join(directory, 'real.db');
      await chatbot(['--user', 'ada', '--db', db], `${TRIP}\n`, env);
      const { stdout, stderr } = await chatbot(['--user', 'ada', '--db', db], `${QUESTION}\n`, env);
      expect(stderr).toContain(`gpt-example via ${baseURL}`);
      expect(stdout).toContain('I remember:');
      expect(stdout).toContain('7 Days Inn');
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });
});
