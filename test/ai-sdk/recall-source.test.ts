// What `providerMetadata.memos.source` says when recall did not bring memories: a tool loop whose
// search timed out ran without memory on every step, and says so on every step.
import { generateText, isStepCount, streamText, tool } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import type { MemoryEvents } from 'memos-middleware';
import { type MemOSProviderMetadata, withMemOS } from 'memos-middleware/ai-sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import {
  memoryOn,
  textParts,
  textResult,
  toolCallParts,
  toolCallResult,
  useQuickStartServer,
} from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const tools = {
  weather: tool({
    description: 'Weather in a city',
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => ({ city, celsius: 21 }),
  }),
};
const question = 'What is the weather where I am going?';
const answer = 'Sunny, 21 °C in Lyon.';
const sourceOf = (metadata: unknown) => (metadata as MemOSProviderMetadata | undefined)?.source;

describe('a 4-step tool loop whose recall timed out says timeout on every step', () => {
  it('with generateText: every step and the result', async () => {
    server.faultAlways('/search/memory', { hang: true });
    const errors: MemoryEvents['error'][] = [];
    const memory = memoryOn(server, { recallTimeoutMs: 100, onError: (event) => errors.push(event) });
    const mock = new MockLanguageModelV4({
      doGenerate: [toolCallResult('c1'), toolCallResult('c2'), toolCallResult('c3'), textResult(answer)],
    });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const result = await generateText({ model, prompt: question, tools, stopWhen: isStepCount(4) });

    expect(result.steps.map((step) => sourceOf(step.providerMetadata?.memos))).toEqual([
      'timeout',
      'timeout',
      'timeout',
      'timeout',
    ]);
    expect(result.providerMetadata?.memos).toMatchObject({ source: 'timeout', facts: [], preferences: [] });
    expect(result.providerMetadata?.memos).not.toHaveProperty('block');
    // One search, told once: a second search would have timed out and been told too.
    expect(errors).toHaveLength(1);
    for (const call of mock.doGenerateCalls) expect(JSON.stringify(call.prompt)).not.toContain('<memories>');
  });

  it('with streamText: every finish part', async () => {
    server.faultAlways('/search/memory', { hang: true });
    const memory = memoryOn(server, { recallTimeoutMs: 100, onError: () => {} });
    const streams = [toolCallParts('c1'), toolCallParts('c2'), toolCallParts('c3'), textParts(answer)];
    const mock = new MockLanguageModelV4({
      doStream: streams.map((parts) => ({ stream: convertArrayToReadableStream(parts) })),
    });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const result = streamText({ model, prompt: question, tools, stopWhen: isStepCount(4) });
    expect(await result.text).toBe(answer);
    const steps = await result.steps;
    expect(steps.map((step) => sourceOf(step.providerMetadata?.memos))).toEqual([
      'timeout',
      'timeout',
      'timeout',
      'timeout',
    ]);
    expect(sourceOf((await result.providerMetadata)?.memos)).toBe('timeout');
  });

  it('a loop whose search succeeded still says search, then cache', async () => {
    const memory = memoryOn(server);
    const mock = new MockLanguageModelV4({ doGenerate: [toolCallResult('c1'), textResult(answer)] });
    const model = withMemOS(mock, { memory, userId: 'u-1' });
    const result = await generateText({ model, prompt: question, tools, stopWhen: isStepCount(4) });
    expect(result.steps.map((step) => sourceOf(step.providerMetadata?.memos))).toEqual(['search', 'cache']);
    expect(result.providerMetadata?.memos).toMatchObject({
      source: 'cache',
      block: expect.stringContaining('7 Days Inn'),
    });
  });
});
