import { generateText, streamText } from 'ai';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { demoModel } from 'memos-middleware/ai-sdk/demo';
import { describe, expect, it } from 'vitest';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { memoryOn, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const question = 'National Day is coming. Any travel and hotel recommendations?';

describe('demoModel', () => {
  it('identifies itself as the offline demo model', () => {
    const model = demoModel();
    expect([model.provider, model.modelId, model.specificationVersion]).toEqual([
      'memos-demo',
      'offline-demo',
      'v4',
    ]);
  });

  it('answers from the remembered trip and hotel, wherever the block is placed', async () => {
    for (const placement of ['system', 'system-message', 'user'] as const) {
      const model = withMemOS(demoModel(), { memory: memoryOn(server, { placement }), userId: 'u-1' });
      const { text } = await generateText({
        model,
        instructions: 'You are a travel agent.',
        prompt: question,
      });
      expect(text).toMatch(
        /^\[offline demo model\] From what I remember: you have planned to travel to Guangzhou/,
      );
      expect(text).toContain('a destination other than Guangzhou');
      expect(text).toContain('a budget-friendly brand other than 7 Days Inn');
    }
  });

  it('knows nothing about a user without memories', async () => {
    const model = withMemOS(demoModel(), { memory: memoryOn(server), userId: 'u-new' });
    const { text } = await generateText({ model, prompt: question });
    expect(text).toMatch(/^\[offline demo model\] I don't know anything about you yet/);
  });

  it('streams the same answer word by word', async () => {
    const model = withMemOS(demoModel(), { memory: memoryOn(server), userId: 'u-1' });
    const { text } = await generateText({ model, prompt: question });
    const deltas: string[] = [];
    const result = streamText({ model, prompt: question });
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.join('')).toBe(text);
    expect(deltas.length).toBe(text.split(' ').length);
  });

  it('stops streaming when the call is aborted during a pause between words', async () => {
    const model = demoModel({ wordDelayMs: 60_000 });
    const controller = new AbortController();
    const { stream } = await model.doStream({
      prompt: [{ role: 'user', content: [{ type: 'text', text: question }] }],
      abortSignal: controller.signal,
    });
    const reader = stream.getReader();
    const parts = [await reader.read(), await reader.read(), await reader.read()];
    expect(parts.map((part) => part.value?.type)).toEqual(['stream-start', 'text-start', 'text-delta']);
    const next = reader.read();
    controller.abort(new Error('stop'));
    await expect(next).rejects.toThrow('stop');
  });
});
