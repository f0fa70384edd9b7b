// examples/langchain run as a program: offline (LangChain's fakes, the embedded engine, no key), and
// with a "real" model: ChatOpenAI from @langchain/openai pointed at the fake OpenAI-compatible server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../support/fake-openai-server.ts';

const run = promisify(execFile);
const example = (env: Record<string, string>) =>
  run(process.execPath, ['--conditions=memos-source', 'examples/langchain/index.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env }, // no MEMOS_API_KEY: the embedded engine
    cwd: process.cwd(),
  });
const lines = (stdout: string, prefix: string) =>
  stdout.split('\n').filter((line) => line.startsWith(prefix));

describe('the LangChain example, as a program', () => {
  it('offline: the fake says it is one, and turn 2 of each conversation uses what turn 1 said', async () => {
    const { stdout, stderr } = await example({});
    expect(stderr).toContain('OFFLINE FAKE');
    expect(stderr).toContain('embedded MemOS engine');

    const [first, second] = lines(stdout, '[kitchen-').filter((line) => line.includes('bot>'));
    expect(first).toContain('[offline fake model] Noted');
    expect(second).toContain('[offline fake model] From what I remember');
    expect(second).toContain('vegetarian');
    expect(second).toContain('Italian');

    expect(lines(stdout, '[trip-2] tool>')).toEqual(['[trip-2] tool> weather({"city":"Lisbon"})']);
    const [answer] = lines(stdout, '[trip-2] bot>');
    expect(answer).toContain('Lisbon');
    expect(answer).toContain('sunny and 24°C in Lisbon');
  });

  describe('with OPENAI_API_KEY (ChatOpenAI against a local OpenAI-compatible fake)', () => {
    let openai: FakeOpenAIServer;
    beforeAll(async () => {
      openai = await startFakeOpenAIServer();
    });
    afterAll(() => openai.close());

    it('runs the same turns on the real LangChain model class; the memories reach its requests', async () => {
      const { stdout, stderr } = await example({
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: openai.baseURL,
      });
      expect(stderr).toContain('model: OpenAI gpt-4o-mini');

      const answers = stdout.split('\n').filter((line) => line.includes('bot>'));
      expect(answers).toHaveLength(4);
      expect(answers[1]).toContain('I remember');
      expect(answers[1]).toContain('vegetarian');
      expect(answers[3]).toContain('Lisbon');
      const bodies = openai.requests.map((request) => JSON.stringify(request.body));
      expect(bodies).toHaveLength(4);
      expect(bodies[3]).toContain('<memories>');
      expect(bodies[3]).toContain('You are a travel assistant.');
    });
  });
});
