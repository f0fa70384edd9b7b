import { generateText } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { expect, it } from 'vitest';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { memoryOn, textResult, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

it('a recall started before the model call (prefetch) is joined by the middleware: one search', async () => {
  // The search is slow; the app starts it while it still prepares the call (auth, history, tools).
  server.fault('/search/memory', { delayMs: 40 });
  const memory = memoryOn(server, { conversationId: 'trip' });
  const model = withMemOS(new MockLanguageModelV4({ doGenerate: textResult('Try Chengdu.') }), {
    memory,
    userId: 'u-1',
  });
  const question = 'Any hotel ideas for National Day?';
  const prefetch = memory.recall({
    userId: 'u-1',
    conversationId: 'trip',
    messages: [{ role: 'user', parts: [{ type: 'text', text: question }] }],
  });

  const result = await generateText({ model, prompt: question });
  const prefetched = await prefetch;

  expect(server.requestsTo('/search/memory')).toHaveLength(1);
  expect(prefetched.source).toBe('search');
  expect(result.providerMetadata?.memos).toMatchObject({ query: question });
});
