import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemOSClient } from 'memos-middleware';
import { createMemOSServer, LocalMemOS } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliContext, run } from '../../src/cli/run.ts';
import { capture, runCli, tempDir } from './cli-helpers.ts';
import { startStreamingOpenAIServer } from './streaming-openai-server.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

const COMMANDS = ['demo', 'chat', 'search', 'list', 'import', 'serve'];

describe('help', () => {
  it('prints the program help with every command', async () => {
    const { code, stdout } = await runCli(['--help'], { cwd: dir.path });
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(stdout).toContain('MEMOS_API_KEY');
  });

  it.each(COMMANDS)('prints the help of %s (--help and -h) without touching a database', async (command) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await runCli([command, flag], { cwd: dir.path });
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain(`Usage: memos-middleware ${command}`);
      expect(stdout).toContain('--help');
    }
    expect((await runCli(['help', command], { cwd: dir.path })).stdout).toContain(
      `Usage: memos-middleware ${command}`,
    );
    expect(existsSync(join(dir.path, '.memos'))).toBe(false);
  });

  it('prints the version from package.json', async () => {
    const { code, stdout } = await runCli(['--version'], { cwd: dir.path });
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('bad input', () => {
  const cases: { argv: string[]; message: RegExp; hint: string }[] = [
    { argv: [], message: /Usage: memos-middleware <command>/, hint: '' },
    { argv: ['frobnicate'], message: /unknown command 'frobnicate'/, hint: "Run 'memos-middleware --help'" },
    { argv: ['--user', 'x'], message: /unknown option '--user'/, hint: "Run 'memos-middleware --help'" },
    {
      argv: ['search', '--user', 'u1'],
      message: /missing argument <query>/,
      hint: "Run 'memos-middleware search --help'",
    },
    { argv: ['search', 'hotels'], message: /missing --user/, hint: "Run 'memos-middleware search --help'" },
    {
      argv: ['search', 'hotels', '--user'],
      message: /argument missing/,
      hint: "Run 'memos-middleware search --help'",
    },
    {
      argv: ['search', 'q', '--user', 'u', '--limit', '99'],
      message: /--limit must be an integer from 1 to 25/,
      hint: 'search --help',
    },
    {
      argv: ['search', 'q', '--user', 'u', '--relativity', '2'],
      message: /--relativity must be a number from 0 to 1/,
      hint: 'search --help',
    },
    { argv: ['list', '--user', 'u', '--bogus'], message: /unknown option '--bogus'/, hint: 'list --help' },
    {
      argv: ['list', '--user', 'u', '--size', 'ten'],
      message: /--size must be an integer/,
      hint: 'list --help',
    },
    { argv: ['list', 'extra', '--user', 'u'], message: /unexpected argument 'extra'/, hint: 'list --help' },
    { argv: ['import', '--user', 'u'], message: /missing argument <file>/, hint: 'import --help' },
    {
      argv: ['serve', '--port', '70000'],
      message: /--port must be an integer from 0 to 65535/,
      hint: 'serve --help',
    },
    { argv: ['list', '--user', ''], message: /--user must not be empty/, hint: 'list --help' },
  ];
  it.each(cases)('exits 2 for $argv', async ({ argv, message, hint }) => {
    const { code, stdout, stderr } = await runCli(argv, { cwd: dir.path });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(hint);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with a clear message for runtime failures, and never prints a stack or a key', async () => {
    const missingDb = await runCli(['list', '--user', 'u1'], { cwd: dir.path });
    expect(missingDb.code).toBe(1);
    expect(missingDb.stderr).toMatch(/^error: No local database at .*memory\.db/);
    expect(missingDb.stderr).not.toMatch(/\n\s+at /);

    const missingFile = await runCli(['import', 'nope.jsonl', '--user', 'u1'], { cwd: dir.path });
    expect(missingFile.code).toBe(1);
    expect(missingFile.stderr).toContain('No such file');

    // A cloud failure (nothing listens on this port) names the problem, not the key.
    const key = 'mpg-super-secret-key-123456';
    const cloud = await runCli(['search', 'q', '--user', 'u1'], {
      cwd: dir.path,
      env: { MEMOS_API_KEY: key, MEMOS_BASE_URL: 'http://127.0.0.1:9/api/openmem/v1' },
    });
    expect(cloud.code).toBe(1);
    expect(cloud.stderr).toMatch(/^error: /);
    expect(cloud.stdout + cloud.stderr).not.toContain(key);

    const debug = await runCli(['list', '--user', 'u1'], { cwd: dir.path, env: { DEBUG: 'memos' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('rejects a chat log with bad records before importing anything', async () => {
    const file = join(dir.path, 'bad.jsonl');
    writeFileSync(
      file,
      '{"role":"user","content":"I live in Lyon."}\n{"role":"robot","content":"x"}\nnot json\n',
    );
    const { code, stderr } = await runCli(['import', 'bad.jsonl', '--user', 'u1', '--db', 'm.db'], {
      cwd: dir.path,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('bad.jsonl has 2 bad record(s); nothing was imported');
    expect(stderr).toContain('bad.jsonl line 2: role: role must be user, assistant, system or tool');
    expect(stderr).toContain('bad.jsonl line 3: not valid JSON');
    expect(existsSync(join(dir.path, 'm.db'))).toBe(false);
  });
});

const CHAT_LOG = [
  {
    role: 'user',
    content: 'I live in Lyon and I work as a baker.',
    chat_time: '2025-03-01 08:00:00',
    conversation_id: 'morning',
  },
  {
    role: 'assistant',
    content: 'Nice! Early mornings then.',
    chat_time: '2025-03-01 08:00:05',
    conversation_id: 'morning',
  },
  { role: 'user', content: 'I love hiking in the Alps.', chat_time: '2025-03-02 19:00:00' },
  { role: 'assistant', content: 'The Alps are close to Lyon.', chat_time: '2025-03-02 19:00:03' },
  { role: 'user', content: "I can't stand planes, trains are better.", chat_time: '2025-03-02 19:01:00' },
];

describe('import, search, list on a local database', () => {
  it('imports a JSONL chat log grouped by conversation, with plain progress lines off a terminal', async () => {
    writeFileSync(
      join(dir.path, 'history.jsonl'),
      CHAT_LOG.map((record) => JSON.stringify(record)).join('\n'),
    );
    const imported = await runCli(
      ['import', 'history.jsonl', '--user', 'ana', '--db', 'data/ana.db', '--batch', '2'],
      {
        cwd: dir.path,
      },
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(
      'Imported 5 messages in 2 conversation(s) (3 add/message requests) for ana.',
    );
    expect(imported.stderr).toContain('progress: 5/5 messages (100%)');
    expect(imported.stderr).not.toContain('\r');
    expect(existsSync(join(dir.path, 'data/ana.db'))).toBe(true);

    const searched = await runCli(
      ['search', 'Where do I live?', '--user', 'ana', '--db', 'data/ana.db', '--json'],
      {
        cwd: dir.path,
      },
    );
    expect(searched.code).toBe(0);
    const data = JSON.parse(searched.stdout);
    expect(
      data.memory_detail_list.map((fact: { memory_value: string }) => fact.memory_value).join(' '),
    ).toMatch(/Lyon/);

    const readable = await runCli(
      ['search', 'trains or planes', '--user', 'ana', '--db', 'data/ana.db', '--relativity', '0'],
      {
        cwd: dir.path,
      },
    );
    expect(readable.code).toBe(0);
    expect(readable.stdout).toMatch(/Preferences \(\d+\):/);
    expect(readable.stdout).toMatch(/trains/);

    const listed = await runCli(['list', '--user', 'ana', '--db', 'data/ana.db'], { cwd: dir.path });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^id\s+kind\s+updated\s+text$/m);
    expect(listed.stdout).toMatch(/^[0-9a-z-]{1,8}\s+fact\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+.*Lyon/m);
    expect(listed.stdout).toMatch(/explicit pref/);
    expect(listed.stdout).toMatch(/page 1 of 1/);

    const otherUser = await runCli(['list', '--user', 'bob', '--db', 'data/ana.db'], { cwd: dir.path });
    expect(otherUser.stdout).toContain('No memories on page 1.');
  });

  it('imports a JSON array with a progress bar on a terminal, into the default .memos/memory.db', async () => {
    writeFileSync(join(dir.path, 'export.json'), JSON.stringify(CHAT_LOG.slice(2)));
    const imported = await runCli(['import', 'export.json', '--user', 'ana', '--conversation', 'evening'], {
      cwd: dir.path,
      ttyErr: true,
    });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/\r█+ 100% {2}3\/3 messages/);
    expect(existsSync(join(dir.path, '.memos/memory.db'))).toBe(true);
    const listed = await runCli(['list', '--user', 'ana', '--json'], { cwd: dir.path });
    expect(JSON.parse(listed.stdout).total).toBeGreaterThan(0);
  });
});

describe('serve', () => {
  it('serves the local database until its signal aborts; MemOSClient works against it', async () => {
    const stdout = capture();
    const stderr = capture();
    const stop = new AbortController();
    const context: CliContext = {
      stdout,
      stderr,
      env: { MEMOS_SERVER_TOKEN: 'serve-token' },
      cwd: dir.path,
      signal: stop.signal,
    };
    const exited = run(['serve', '--port', '0', '--db', 'served.db'], context);
    const [, baseURL] = await stdout.waitFor(/MEMOS_BASE_URL=(http:\/\/127\.0\.0\.1:\d+\/api\/openmem\/v1)/);
    expect(stdout.text).toContain('Authorization: Token <your token> required');
    expect(stdout.text).not.toContain('serve-token');

    const client = new MemOSClient({ apiKey: 'serve-token', baseURL: baseURL!, maxRetries: 0 });
    await client.addMessage({
      user_id: 'srv',
      conversation_id: 'c1',
      messages: [{ role: 'user', content: 'I live in Porto and I love surfing.' }],
    });
    const found = await client.searchMemory({ user_id: 'srv', query: 'Where do I live?', relativity: 0 });
    expect((found.memory_detail_list ?? []).map((fact) => fact.memory_value).join(' ')).toMatch(/Porto/);
    await client.close();

    stop.abort();
    expect(await exited).toBe(0);
    expect(stderr.text).toContain('Stopped.');
    // What it served is on disk for the other commands.
    const listed = await runCli(['list', '--user', 'srv', '--db', 'served.db'], { cwd: dir.path });
    expect(listed.stdout).toMatch(/Porto/);
  });

  it('fails with exit 1 when the port is taken', async () => {
    const stop = new AbortController();
    const stdout = capture();
    const first = run(['serve', '--port', '0', '--db', 'a.db'], {
      stdout,
      stderr: capture(),
      env: {},
      cwd: dir.path,
      signal: stop.signal,
    });
    const [, port] = await stdout.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    const second = await runCli(['serve', '--port', port!, '--db', 'b.db'], { cwd: dir.path });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/error: Address 127\.0\.0\.1:\d+ is already in use/);
    stop.abort();
    expect(await first).toBe(0);
  });
});

describe('demo', () => {
  it('runs the quick-start scenario offline through the AI SDK middleware', async () => {
    const { code, stdout, stderr } = await runCli(['demo'], { cwd: dir.path });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('backend: embedded LocalMemOS');
    expect(stdout).toContain('model:   demoModel()');
    // Stored: the Guangzhou fact and the 7 Days Inn preference.
    const stored = stdout.slice(stdout.indexOf('What MemOS stored'), stdout.indexOf('Conversation B'));
    expect(stored).toMatch(/facts \([1-9]\d*\):[\s\S]*Guangzhou/);
    expect(stored).toMatch(/preferences \([1-9]\d*\):[\s\S]*\(explicit\)[^\n]*7 Days Inn/);
    // Recalled, with relativity.
    const recalled = stdout.slice(
      stdout.indexOf('What was recalled'),
      stdout.indexOf('The prompt the model received'),
    );
    expect(recalled).toMatch(/0\.\d\d {2}.*Guangzhou/);
    expect(recalled).toMatch(/0\.\d\d {2}\(explicit\).*7 Days Inn/);
    // The block as the model saw it, inside the system prompt after the app's instructions.
    const prompt = stdout.slice(stdout.indexOf('The prompt the model received'), stdout.indexOf('Reply ('));
    expect(prompt).toMatch(/\[system\]\nYou are a helpful travel assistant/);
    expect(prompt).toMatch(/<memories>[\s\S]*Guangzhou[\s\S]*7 Days Inn[\s\S]*<\/memories>/);
    expect(prompt).toContain('[user]\nI want to travel during the National Day holiday.');
    // The demo model's reply, answered from the memory block.
    const reply = stdout.slice(stdout.indexOf('Reply ('));
    expect(reply).toMatch(/Guangzhou|7 Days Inn/);
    expect(existsSync(join(dir.path, '.memos'))).toBe(false);
  });
});

describe('demo on other backends and models', () => {
  it('uses the MemOS API through MemOSClient when MEMOS_API_KEY is set, never printing the key', async () => {
    const engine = new LocalMemOS({ path: ':memory:' });
    const server = createMemOSServer({ backend: engine, token: 'mpg-demo-secret-key' });
    const { baseURL } = await server.listen(0);
    try {
      const { code, stdout, stderr } = await runCli(['demo'], {
        cwd: dir.path,
        env: { MEMOS_API_KEY: 'mpg-demo-secret-key', MEMOS_BASE_URL: baseURL },
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain(`backend: MemOS API at ${baseURL} (key from MEMOS_API_KEY)`);
      expect(stdout).toMatch(/<memories>[\s\S]*Guangzhou[\s\S]*7 Days Inn/);
      expect(stdout).not.toContain('mpg-demo-secret-key');
      // The memories live behind the API, not in a local file.
      const stored = await engine.getMemory({ user_id: 'memos_user_123', size: 50 });
      expect(stored.memory_detail_list?.map((fact) => fact.memory_value).join(' ')).toMatch(/Guangzhou/);
    } finally {
      await server.close();
      await engine.close();
    }
  });

  it('streams a real model (OpenAI-compatible endpoint) when OPENAI_API_KEY is set; the model gets the block', async () => {
    const openai = await startStreamingOpenAIServer('Try Chengdu, and a Hanting hotel for a change.');
    try {
      const { code, stdout, stderr } = await runCli(['demo'], {
        cwd: dir.path,
        env: {
          OPENAI_API_KEY: 'sk-test-secret',
          OPENAI_BASE_URL: openai.baseURL,
          OPENAI_MODEL: 'fake-model',
        },
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain(`model:   OpenAI fake-model at ${openai.baseURL} (key from OPENAI_API_KEY)`);
      expect(stdout).toMatch(
        /Reply \(model, streamed\) =+\nTry Chengdu, and a Hanting hotel for a change\.\n/,
      );
      expect(stdout).not.toContain('sk-test-secret');
      expect(openai.bodies).toHaveLength(1);
      const system = openai.bodies[0].messages.find((message: { role: string }) => message.role === 'system');
      expect(system.content).toMatch(/<memories>[\s\S]*Guangzhou[\s\S]*7 Days Inn/);
      expect(openai.bodies[0].stream).toBe(true);
    } finally {
      await openai.close();
    }
  });

  it('fails with exit 1 and the model error, without the key, when the model endpoint fails', async () => {
    const openai = await startStreamingOpenAIServer('', { failStatus: 401 });
    try {
      const { code, stderr } = await runCli(['demo'], {
        cwd: dir.path,
        env: { OPENAI_API_KEY: 'sk-test-secret', OPENAI_BASE_URL: openai.baseURL },
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^error: the model failed: Incorrect API key provided/);
      expect(stderr).not.toContain('sk-test-secret');
    } finally {
      await openai.close();
    }
  });
});

describe('chat', () => {
  it('answers each line through the middleware, remembers across turns and sessions, and flushes on EOF', async () => {
    const first = await runCli(['chat', '--user', 'zed', '--conversation', 'c1', '--db', 'chat.db'], {
      cwd: dir.path,
      stdin: ['I live in Lisbon and I love jazz.\n', 'Where do I live?\n', '/memories\n'],
    });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Chatting as zed (conversation c1)');
    const replies = first.stdout.split('bot> ').slice(1);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatch(/Lisbon/);
    expect(first.stdout).toMatch(/fact: .*Lisbon/);
    expect(first.stdout).toContain('Saving memories...');

    const second = await runCli(['chat', '--user', 'zed', '--db', 'chat.db'], {
      cwd: dir.path,
      stdin: ['What music do I like?\n', '/exit\n', 'never read\n'],
    });
    expect(second.code).toBe(0);
    expect(second.stdout.split('bot> ')).toHaveLength(2);
    expect(second.stdout.split('bot> ')[1]).toMatch(/jazz/);
    const other = await runCli(['chat', '--user', 'someone-else', '--db', 'chat.db'], {
      cwd: dir.path,
      stdin: ['Where do I live?\n'],
    });
    expect(other.stdout.split('bot> ')[1]).not.toMatch(/Lisbon/);
  });
});
