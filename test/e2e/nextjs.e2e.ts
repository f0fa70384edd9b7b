// The Next.js example (examples/nextjs), end to end in Debian's Chromium: the package and the app are
// built as a user builds them (dist, `next build` with no secrets), then served by `next start` with
// the local MemOS server (`memos-middleware serve`) and a fake OpenAI-compatible server (both separate
// processes, reached over HTTP through MEMOS_BASE_URL and OPENAI_BASE_URL), and by a second
// `next start` with no environment at all (the embedded engine and the offline demo model). Turbopack
// builds the app first (Next 16's default), webpack for the last scenario.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemOSClient } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  echoMemories,
  INSPECT_PATH,
  lastUserTextOf,
  memoriesIn,
  systemTextOf,
} from '../support/fake-openai-server.ts';
import { freePort, runCommand, type Service, startService, stopAllServices } from './support/processes.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP = join(ROOT, 'examples', 'nextjs');
const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const ARTIFACTS = join(ROOT, 'test', 'e2e', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Slow enough to stop a reply (or close the page) after its first words, fast enough for a quick run.
const CHUNK_DELAY_MS = 120;

// A dislike: the embedded engine states it as an explicit preference in English (its likes rule is off
// after the blind precision measurement; the raw turn would still carry "I prefer…").
const FACTS = "I can't stand loud restaurants. I live in Lyon.";
const QUESTION = 'Can you recommend a restaurant for dinner in Lyon tonight?';
// What the engine must have kept of FACTS, whatever its wording: the fact (home) and the preference.
const FACT = /Lyon/;
const PREFERENCE = /loud restaurants/;

const timings: Record<string, number> = {};
const apps: Service[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'memos-e2e-'));
let browser: Browser;
let memosBaseURL: string;
let fakeBaseURL: string;
let appURL: string;
let defaultAppURL: string;
let firstUser: { context: BrowserContext; userId: () => Promise<string> };

/** The environment of every child: nothing inherited that would pick another backend, model or mode. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(MEMOS_|OPENAI_|SESSION_SECRET$|NODE_ENV$|NODE_OPTIONS$|VITEST|NEXT_|__NEXT)/.test(key))
      env[key] = value;
  }
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[label] = Math.round(performance.now() - started);
  }
}

async function buildApp(bundler: 'turbopack' | 'webpack'): Promise<void> {
  const { output } = await timed(`next build (${bundler})`, () =>
    runCommand(`next build --${bundler}`, process.execPath, [NEXT_BIN, 'build', `--${bundler}`], {
      cwd: APP,
      env: childEnv(),
    }),
  );
  // The default backend is visible to the bundler (no "Critical dependency", nothing missing), and
  // the module-scope model needs no secret at build time.
  expect(output).not.toMatch(/Critical dependency|Module not found|MemOSConfigError/);
}

async function startApp(name: string, env: Record<string, string>, cwd: string): Promise<string> {
  const port = await freePort();
  const { service } = await timed(`${name} ready`, () =>
    startService(
      name,
      process.execPath,
      [NEXT_BIN, 'start', APP, '--port', String(port), '--hostname', '127.0.0.1'],
      {
        cwd,
        env: childEnv(env),
        ready: /Ready in/,
      },
    ),
  );
  apps.push(service);
  return `http://127.0.0.1:${port}`;
}

const appLogs: { name: string; output: string }[] = [];

async function stopApps(): Promise<void> {
  const stopping = apps.splice(0);
  await Promise.all(stopping.map((service) => service.stop()));
  appLogs.push(...stopping.map((service) => ({ name: service.name, output: service.output() })));
}

// ---------------------------------------------------------------- the page

async function openChat(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  // Hydrated: React has attached its props to the form (before that, Enter would submit natively).
  await page.waitForFunction(() => {
    const form = document.querySelector('form');
    return form !== null && Object.keys(form).some((key) => key.startsWith('__reactProps'));
  });
  return page;
}

/** Sends a message; resolves with the chat id the page sent (the MemOS conversation). */
async function send(page: Page, text: string): Promise<string> {
  const input = page.getByRole('textbox', { name: 'Message' });
  await input.fill(text);
  const [request] = await Promise.all([
    page.waitForRequest(
      (candidate) => candidate.url().endsWith('/api/chat') && candidate.method() === 'POST',
    ),
    input.press('Enter'),
  ]);
  return (request.postDataJSON() as { id: string }).id;
}

const answered = (page: Page) => page.waitForSelector('p.status[data-status="ready"]');
const lastAnswer = async (page: Page) =>
  (await page.locator('li[data-role="assistant"]').last().textContent()) ?? '';
const panel = (page: Page) => page.getByRole('complementary', { name: 'What the assistant remembered' });
/** The panel lists the fact under Facts and the preference under Preferences. */
async function expectPanelShows(page: Page): Promise<void> {
  expect(await panel(page).getByRole('list', { name: 'Facts' }).textContent()).toMatch(FACT);
  expect(await panel(page).getByRole('list', { name: 'Preferences' }).textContent()).toMatch(PREFERENCE);
}
/** The text of a `<facts>` or `<preferences>` section of the memory block in a prompt. */
const section = (prompt: string, name: 'facts' | 'preferences') =>
  new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(prompt)?.[1] ?? '';
const firstWords = (page: Page) =>
  page.waitForFunction(
    () => (document.querySelector('li[data-role="assistant"]')?.textContent ?? '').length > 0,
  );

/** Records every text the newest assistant message shows, to see the reply stream in. */
async function recordAnswerTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { answerTexts: string[] }).answerTexts = seen;
    new MutationObserver(() => {
      const text = [...document.querySelectorAll('li[data-role="assistant"]')].at(-1)?.textContent ?? '';
      if (text !== '' && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { answerTexts: string[] }).answerTexts);
}

async function sessionUserOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === 'memos_session');
  expect(cookie?.httpOnly).toBe(true);
  return cookie!.value.slice(0, cookie!.value.lastIndexOf('.'));
}

// ---------------------------------------------------------------- the servers behind it

type StoredMessage = { role: string; content: string };

async function storedOnServer(userId: string, conversationId: string): Promise<StoredMessage[]> {
  const client = new MemOSClient({ baseURL: memosBaseURL, apiKey: 'local', maxRetries: 0 });
  try {
    const { message_detail_list } = await client.getMessage({
      user_id: userId,
      conversation_id: conversationId,
    });
    return message_detail_list.map(({ role, content }) => ({ role: String(role), content: String(content) }));
  } finally {
    await client.close();
  }
}

async function storedInFile(path: string, userId: string, conversationId: string): Promise<StoredMessage[]> {
  const engine = new LocalMemOS({ path });
  try {
    const { message_detail_list } = await engine.getMessage({
      user_id: userId,
      conversation_id: conversationId,
    });
    return message_detail_list.map(({ role, content }) => ({ role: String(role), content: String(content) }));
  } finally {
    await engine.close();
  }
}

type FakeRequest = { path: string; body: Record<string, unknown> };

async function fakeState(): Promise<{ requests: FakeRequest[]; interruptedStreams: number }> {
  const response = await fetch(new URL(INSPECT_PATH, fakeBaseURL));
  return (await response.json()) as { requests: FakeRequest[]; interruptedStreams: number };
}

/** The newest chat completion the route asked for this user message. */
async function completionFor(text: string): Promise<FakeRequest> {
  const { requests } = await fakeState();
  const found = requests.findLast(
    (request) => request.path.endsWith('/chat/completions') && lastUserTextOf(request.body) === text,
  );
  expect(found, `a chat completion for ${JSON.stringify(text)}`).toBeDefined();
  return found!;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- set-up

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await timed('npm run build', () =>
    runCommand('npm run build', 'npm', ['run', 'build'], { cwd: ROOT, env: childEnv() }),
  );

  const [, memos, fake] = await Promise.all([
    buildApp('turbopack'),
    timed('memos-middleware serve ready', () =>
      startService(
        'memos-middleware serve',
        process.execPath,
        [
          join(ROOT, 'dist', 'src', 'cli', 'bin.js'),
          'serve',
          '--port',
          '0',
          '--db',
          join(scratch, 'memos-server.db'),
        ],
        { cwd: scratch, env: childEnv(), ready: /MEMOS_BASE_URL=(\S+)/ },
      ),
    ),
    timed('fake OpenAI server ready', () =>
      startService(
        'fake OpenAI server',
        process.execPath,
        [
          join(ROOT, 'test', 'support', 'fake-openai-server.ts'),
          '--port',
          '0',
          '--chunk-delay-ms',
          String(CHUNK_DELAY_MS),
        ],
        { cwd: scratch, env: childEnv(), ready: /^(http:\/\/\S+\/v1)$/m },
      ),
    ),
  ]);
  memosBaseURL = memos.match[1]!;
  fakeBaseURL = fake.match[1]!;

  mkdirSync(join(scratch, 'app'), { recursive: true });
  mkdirSync(join(scratch, 'default-app'), { recursive: true });
  [appURL, defaultAppURL] = await Promise.all([
    startApp(
      'next start (local server, fake OpenAI)',
      { MEMOS_BASE_URL: memosBaseURL, OPENAI_BASE_URL: fakeBaseURL, OPENAI_API_KEY: 'test' },
      join(scratch, 'app'),
    ),
    // No MEMOS_*, no OPENAI_*: the package's default backend (the embedded engine in the working
    // directory's .memos/memory.db) and the offline demo model.
    startApp('next start (defaults)', {}, join(scratch, 'default-app')),
  ]);

  browser = await timed('chromium launch', () =>
    chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    }),
  );
  const context = await browser.newContext();
  firstUser = { context, userId: () => sessionUserOf(context) };
});

afterAll(async () => {
  await browser?.close();
  await stopAllServices();
  rmSync(scratch, { recursive: true, force: true });
  console.log(`e2e timings (ms): ${JSON.stringify(timings)}`);
});

// ---------------------------------------------------------------- the scenarios

describe('Next.js example in Chromium', () => {
  let firstChat: string;

  it('1. conversation 1: the user states a preference and a fact; the reply streams into the page', async () => {
    const page = await openChat(firstUser.context, appURL);
    const texts = await recordAnswerTexts(page);
    firstChat = await send(page, FACTS);
    await answered(page);
    const shown = await lastAnswer(page);
    expect(shown).toBe("I don't remember anything about you yet.");
    // Word by word: the page showed growing prefixes of the answer before the whole of it.
    const seen = await texts();
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toBe(shown);
    expect(seen.every((text) => shown.startsWith(text))).toBe(true);
    // The turn is stored under the session's user and this conversation.
    const userId = await firstUser.userId();
    await expect
      .poll(() => storedOnServer(userId, firstChat), { timeout: 10_000 })
      .toEqual([
        { role: 'user', content: FACTS },
        { role: 'assistant', content: shown },
      ]);
    await page.close();
  });

  it('2. a new conversation: the model is told the preference and the fact, the panel shows them', async () => {
    const page = await openChat(firstUser.context, appURL);
    await page.getByRole('button', { name: 'New conversation' }).click();
    const chatId = await send(page, QUESTION);
    expect(chatId).not.toBe(firstChat);
    await answered(page);
    const { body } = await completionFor(QUESTION);
    const systemPrompt = systemTextOf(body);
    // The app's instructions first, then the block: the fact among its facts, the preference among
    // its preferences.
    expect(systemPrompt.startsWith('You are a helpful assistant.')).toBe(true);
    expect(section(systemPrompt, 'facts')).toMatch(FACT);
    expect(section(systemPrompt, 'preferences')).toMatch(PREFERENCE);
    await expectPanelShows(page);
    expect(await lastAnswer(page)).toBe(echoMemories(body));
    await page.screenshot({ path: join(ARTIFACTS, '2-new-conversation-remembers.png'), fullPage: true });
    await page.close();
  });

  it("3. the user stops a reply mid-stream: the model call is cut, the user's message is stored, not the half answer", async () => {
    const page = await openChat(firstUser.context, appURL);
    const text = 'I play the cello every weekend.';
    const cutBefore = (await fakeState()).interruptedStreams;
    const chatId = await send(page, text);
    await firstWords(page);
    const stopped = page.waitForResponse((response) => response.url().endsWith('/api/chat/stop'));
    await page.getByRole('button', { name: 'Stop' }).click();
    expect(await (await stopped).json()).toEqual({ stopped: true });
    await answered(page);
    const shown = (await lastAnswer(page)).trimEnd();
    const full = echoMemories((await completionFor(text)).body);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(full.length);
    expect(full.startsWith(shown)).toBe(true);
    await expect
      .poll(async () => (await fakeState()).interruptedStreams, { timeout: 10_000 })
      .toBe(cutBefore + 1);
    const userId = await firstUser.userId();
    await expect
      .poll(() => storedOnServer(userId, chatId), { timeout: 10_000 })
      .toEqual([{ role: 'user', content: text }]);
    // Longer than the whole answer would have taken: nothing else arrives.
    await sleep(full.split(' ').length * CHUNK_DELAY_MS);
    expect(await storedOnServer(userId, chatId)).toEqual([{ role: 'user', content: text }]);
    await page.close();
  });

  it('4. the browser leaves mid-reply (page closed): the answer still completes and is stored', async () => {
    const page = await openChat(firstUser.context, appURL);
    const text = 'My sister Alice lives in Berlin.';
    const cutBefore = (await fakeState()).interruptedStreams;
    const chatId = await send(page, text);
    await firstWords(page);
    await page.close();
    const userId = await firstUser.userId();
    await expect
      .poll(async () => (await storedOnServer(userId, chatId)).map((message) => message.role), {
        timeout: 15_000,
      })
      .toEqual(['user', 'assistant']);
    const [user, assistant] = await storedOnServer(userId, chatId);
    expect(user?.content).toBe(text);
    // The whole answer the model streamed, though nobody was reading it any more.
    expect(assistant?.content).toBe(echoMemories((await completionFor(text)).body));
    expect((await fakeState()).interruptedStreams).toBe(cutBefore);
  });

  it('4, and the server is shut down (SIGTERM) mid-answer: next start drains the write registered with after()', async () => {
    const directory = join(scratch, 'drained-app');
    mkdirSync(directory, { recursive: true });
    const url = await startApp(
      'next start (shut down mid-answer)',
      { MEMOS_BASE_URL: memosBaseURL, OPENAI_BASE_URL: fakeBaseURL, OPENAI_API_KEY: 'test' },
      directory,
    );
    const server = apps.pop()!;
    const context = await browser.newContext();
    try {
      const page = await openChat(context, url);
      const text = 'My brother Bruno lives in Porto.';
      const chatId = await send(page, text);
      await firstWords(page);
      const userId = await sessionUserOf(context);
      await page.close();
      // Next.js exits once in-flight requests and pending `after` work are done: the turn's write was
      // registered when the answer started streaming, so the exit waits for the answer and the write.
      await server.stop();
      appLogs.push({ name: server.name, output: server.output() });
      expect(await storedOnServer(userId, chatId)).toEqual([
        { role: 'user', content: text },
        { role: 'assistant', content: echoMemories((await completionFor(text)).body) },
      ]);
    } finally {
      await context.close();
    }
  });

  it("5. another browser context, another session: none of the first user's memories", async () => {
    const context = await browser.newContext();
    try {
      const page = await openChat(context, appURL);
      await send(page, QUESTION);
      await answered(page);
      const otherUser = await sessionUserOf(context);
      expect(otherUser).not.toBe(await firstUser.userId());
      const { body } = await completionFor(QUESTION);
      expect(memoriesIn(body)).toEqual([]);
      expect(systemTextOf(body)).not.toMatch(/loud restaurants|cello|Alice/);
      expect(await lastAnswer(page)).toBe("I don't remember anything about you yet.");
      const remembered = (await panel(page).textContent()) ?? '';
      expect(remembered).toContain('Nothing in memory for the last message.');
      expect(remembered).not.toMatch(/Lyon|loud restaurants/);
      await page.screenshot({ path: join(ARTIFACTS, '5-other-session-sees-nothing.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  /** Scenario 6 on an app started with no environment: the embedded engine and the demo model. */
  async function answersWithMemoryByDefault(url: string, workingDirectory: string): Promise<void> {
    const context = await browser.newContext();
    try {
      const page = await openChat(context, url);
      const firstChatId = await send(page, FACTS);
      await answered(page);
      expect(await lastAnswer(page)).toContain('[offline demo model]');
      // Stored by the embedded engine, in the server's working directory.
      const userId = await sessionUserOf(context);
      const database = join(workingDirectory, '.memos', 'memory.db');
      await expect
        .poll(
          async () => (await storedInFile(database, userId, firstChatId)).map((message) => message.role),
          {
            timeout: 10_000,
          },
        )
        .toEqual(['user', 'assistant']);
      await page.getByRole('button', { name: 'New conversation' }).click();
      await send(page, QUESTION);
      await answered(page);
      const answer = await lastAnswer(page);
      expect(answer).toContain('From what I remember');
      expect(answer).toMatch(/Lyon/);
      expect(answer).toMatch(/loud restaurants/);
      await expectPanelShows(page);
    } finally {
      await context.close();
    }
  }

  it('6. the same app with the default backend (no MEMOS_BASE_URL, no key, no model key) answers with memory', async () => {
    await answersWithMemoryByDefault(defaultAppURL, join(scratch, 'default-app'));
  });

  it('6, built with webpack instead of Turbopack: the default backend still answers with memory', async () => {
    await stopApps();
    await buildApp('webpack');
    const directory = join(scratch, 'default-app-webpack');
    mkdirSync(directory, { recursive: true });
    const url = await startApp('next start (defaults, webpack build)', {}, directory);
    await answersWithMemoryByDefault(url, directory);
  });

  it('and the servers logged no failure: no memory warning, no route error', async () => {
    await stopApps();
    expect(appLogs.map((log) => log.name)).toHaveLength(4);
    for (const { name, output } of appLogs) {
      // `memos-middleware: …` is the core's warning for a failure nobody handles (recall, write, keep-alive).
      expect(output, name).not.toMatch(/memos-middleware:|⨯|Error:/);
    }
  });
});
