import { generateText } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { textResult, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-42', (started) => {
  server = started;
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('withMemOS(model) with no options', () => {
  it('uses the default backend (MemOS Cloud from MEMOS_API_KEY / MEMOS_BASE_URL): recalls, then stores', async () => {
    vi.stubEnv('MEMOS_API_KEY', 'test-key');
    vi.stubEnv('MEMOS_BASE_URL', server.url);
    const mock = new MockLanguageModelV4({ doGenerate: textResult('A budget chain, outside Guangzhou.') });
    const { text } = await generateText({
      model: withMemOS(mock),
      prompt: 'National Day is coming. Any hotel ideas?',
      providerOptions: { memos: { userId: 'u-42', conversationId: 'chat-7' } },
    });

    expect(text).toBe('A budget chain, outside Guangzhou.');
    expect(server.requestsTo('/search/memory').map((request) => request.body.user_id)).toEqual(['u-42']);
    expect(mock.doGenerateCalls[0]?.prompt[0]).toMatchObject({
      role: 'system',
      content: expect.stringContaining('7 Days Inn'),
    });
    // No handle to flush: the write goes out in the background.
    await vi.waitFor(() => expect(server.requestsTo('/add/message')).toHaveLength(1));
    expect(server.requestsTo('/add/message')[0]?.body).toMatchObject({
      user_id: 'u-42',
      conversation_id: 'chat-7',
    });
  });
});
