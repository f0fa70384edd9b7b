import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, openBackend } from '../../src/cli/backend.ts';
import { MemOSClient } from '../../src/index.ts';
import { type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';
import { capture, runCli, tempDir } from './cli-helpers.ts';

let server: MemOSTestServer;
const directory = tempDir();
beforeAll(async () => {
  server = await startMemOSTestServer({ token: 'mpg-Zq81vWx5Ke3Rt7Ym2Pn9Lc4Hb6Ja0Ud' });
});
afterAll(async () => {
  await server.close();
  directory.cleanup();
});

describe('CLI commands against a MemOS that hangs give up after a short, stated time', () => {
  const env = () => ({ MEMOS_API_KEY: 'mpg-Zq81vWx5Ke3Rt7Ym2Pn9Lc4Hb6Ja0Ud', MEMOS_BASE_URL: server.url });

  it.each([
    ['search', ['search', 'hotels', '--user', 'u1']],
    ['list', ['list', '--user', 'u1']],
  ])('%s: one retry, then an error naming the timeout and how to change it', async (_name, argv) => {
    server.reset();
    server.faultAlways('*', { hang: true });
    try {
      const { code, stderr } = await runCli([...argv, '--timeout', '600'], {
        cwd: directory.path,
        env: env(),
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(/timed out after 600 ms/);
      expect(stderr).toMatch(/--timeout/);
      expect(stderr).not.toContain('Zq81vWx5');
      expect(server.requests.map((request) => request.endpoint)).toHaveLength(2);
    } finally {
      server.faultAlways('*', undefined);
    }
  });

  it(`uses ${CLI_TIMEOUT_MS} ms per attempt and one retry against the cloud by default`, async () => {
    const opened = openBackend({ stdout: capture(), stderr: capture(), env: env(), cwd: directory.path }, {});
    try {
      expect(opened.backend).toBeInstanceOf(MemOSClient);
      expect((opened.backend as MemOSClient).timeoutMs).toBe(CLI_TIMEOUT_MS);
      expect((opened.backend as MemOSClient).maxRetries).toBe(1);
    } finally {
      await opened.close();
    }
  });

  it('refuses a bad --timeout as a usage error', async () => {
    const { code, stderr } = await runCli(['search', 'q', '--user', 'u1', '--timeout', '0'], {
      cwd: directory.path,
      env: env(),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--timeout/);
  });
});

describe('chat against a MemOS that hangs: the turn still answers, and exit waits a stated time', () => {
  it('answers from the demo model, says what was not saved, and exits', async () => {
    server.reset();
    server.faultAlways('*', { hang: true });
    try {
      const { code, stdout, stderr } = await runCli(['chat', '--user', 'u1', '--timeout', '300'], {
        cwd: directory.path,
        env: { MEMOS_API_KEY: 'mpg-Zq81vWx5Ke3Rt7Ym2Pn9Lc4Hb6Ja0Ud', MEMOS_BASE_URL: server.url },
        stdin: ['I live in Lyon.\n', '/exit\n'],
      });
      expect(code).toBe(0);
      expect(stdout).toContain('bot>');
      expect(stdout).toContain('Bye.');
      expect(stderr).toMatch(/1 turn\(s\) not saved: MemOS did not take them within 600 ms/);
    } finally {
      server.faultAlways('*', undefined);
    }
  });
});
