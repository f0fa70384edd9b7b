// Serverless hosts: the turn's write is handed to `waitUntil` when the model call starts (a disconnect
// under request cancellation ends the function; only promises registered by then survive), and the
// promise settles once the write has reached MemOS.
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { streamText } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import type { MemoryEvents } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/ai-sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import {
  manualStream,
  memoryOn,
  textParts,
  textResult,
  toolCallParts,
  useQuickStartServer,
} from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const params = (): LanguageModelV4CallOptions => ({
  prompt: [{ role: 'user', content: [{ type: 'text', text: 'Any hotel ideas for National Day?' }] }],
  providerOptions: { memos: { userId: 'u-1' } },
});

/** A waitUntil that records each promise and whether it has settled. */
function recordingWaitUntil() {
  const promises: { promise: Promise<unknown>; settled: boolean }[] = [];
  const waitUntil = vi.fn((promise: Promise<unknown>) => {
    const entry = { promise, settled: false };
    promises.push(entry);
    void promise.then(() => {
      entry.settled = true;
    });
  });
  return { waitUntil, promises };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
const adds = () => server.requestsTo('/add/message');

const VERCEL = Symbol.for('@vercel/request-context');
const scope = globalThis as Record<symbol, unknown>;
afterEach(() => {
  delete scope[VERCEL];
});

describe('the turn is registered with waitUntil when the stream starts', () => {
  it('before any part is read, and the promise settles only once the write reached MemOS', async () => {
    const { waitUntil, promises } = recordingWaitUntil();
    const source = manualStream<LanguageModelV4StreamPart>();
    const model = withMemOS(new MockLanguageModelV4({ doStream: { stream: source.stream } }), {
      memory: memoryOn(server, { waitUntil }),
    });
    const { stream } = await model.doStream(params());
    // The stream has started, nothing is read yet: the turn is already registered.
    const registered = promises.length;
    expect(registered).toBeGreaterThanOrEqual(1);
    const turnPromise = promises[0]!;
    expect(turnPromise.settled).toBe(false);

    server.fault('/add/message', { delayMs: 150 });
    const reader = stream.getReader();
    source.push(...textParts('Try Chengdu.'));
    source.close();
    while (!(await reader.read()).done) {}
    await tick();
    // The answer is over, the write is in flight (delayed by the server): still pending.
    expect(adds()).toHaveLength(1);
    expect(turnPromise.settled).toBe(false);
    await turnPromise.promise;
    const [stored] = adds();
    expect(stored?.body.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
    ]);
  });

  it('a reader that leaves (cancel) settles it once the user message is stored, per the abort policy', async () => {
    const { waitUntil, promises } = recordingWaitUntil();
    const source = manualStream<LanguageModelV4StreamPart>();
    const model = withMemOS(new MockLanguageModelV4({ doStream: { stream: source.stream } }), {
      memory: memoryOn(server, { waitUntil }),
    });
    const { stream } = await model.doStream(params());
    const reader = stream.getReader();
    source.push(...textParts('Try Chengdu, or maybe').slice(0, 4));
    await reader.read();
    expect(promises).toHaveLength(1);
    await reader.cancel(new Error('client left'));
    await promises[0]!.promise;
    const [stored] = adds();
    expect(stored?.body.messages.map((message: { role: string }) => message.role)).toEqual(['user']);
  });

  it('through streamText: registered before the first chunk arrives', async () => {
    const { waitUntil, promises } = recordingWaitUntil();
    const source = manualStream<LanguageModelV4StreamPart>();
    const model = withMemOS(new MockLanguageModelV4({ doStream: { stream: source.stream } }), {
      memory: memoryOn(server, { waitUntil }),
    });
    const result = streamText({
      model,
      prompt: 'Any hotel ideas?',
      providerOptions: { memos: { userId: 'u-1' } },
    });
    const consumed = result.consumeStream();
    await vi.waitFor(() => expect(waitUntil).toHaveBeenCalled());
    expect(adds()).toHaveLength(0);
    source.push(...textParts('Try Chengdu.'));
    source.close();
    await consumed;
    await promises[0]!.promise;
    expect(adds()).toHaveLength(1);
  });

  it('a step that asks for tools releases its promise at once; the final step registers its own', async () => {
    const { waitUntil, promises } = recordingWaitUntil();
    const steps = [manualStream<LanguageModelV4StreamPart>(), manualStream<LanguageModelV4StreamPart>()];
    const mock = new MockLanguageModelV4({ doStream: steps.map(({ stream }) => ({ stream })) });
    const model = withMemOS(mock, { memory: memoryOn(server, { waitUntil }) });
    const first = await model.doStream(params());
    steps[0]!.push(...toolCallParts('call-1'));
    steps[0]!.close();
    const firstReader = first.stream.getReader();
    while (!(await firstReader.read()).done) {}
    await promises.at(-1)!.promise;
    expect(adds()).toHaveLength(0);

    const before = promises.length;
    const second = await model.doStream({
      ...params(),
      prompt: [
        ...params().prompt,
        {
          role: 'assistant',
          content: [
            { type: 'tool-call', toolCallId: 'call-1', toolName: 'weather', input: { city: 'Lyon' } },
          ],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'call-1',
              toolName: 'weather',
              output: { type: 'text', value: 'Sunny' },
            },
          ],
        },
      ],
    });
    expect(promises.length).toBeGreaterThan(before);
    const finalPromise = promises[before]!;
    expect(finalPromise.settled).toBe(false);
    steps[1]!.push(...textParts('Sunny in Lyon.'));
    steps[1]!.close();
    const secondReader = second.stream.getReader();
    while (!(await secondReader.read()).done) {}
    await finalPromise.promise;
    expect(adds()).toHaveLength(1);
  });

  it('generate calls are registered as they start too', async () => {
    const { waitUntil, promises } = recordingWaitUntil();
    let answer!: (value: ReturnType<typeof textResult>) => void;
    const mock = new MockLanguageModelV4({
      doGenerate: () => new Promise((resolve) => (answer = resolve)),
    });
    const model = withMemOS(mock, { memory: memoryOn(server, { waitUntil }) });
    const generating = model.doGenerate(params());
    await vi.waitFor(() => expect(promises.length).toBeGreaterThanOrEqual(1));
    expect(adds()).toHaveLength(0);
    answer(textResult('Try Chengdu.'));
    await generating;
    await promises[0]!.promise;
    expect(adds()).toHaveLength(1);
  });
});

describe("the platform's waitUntil, with no option", () => {
  it("uses Vercel's request context when the host provides one (what @vercel/functions reads)", async () => {
    const { waitUntil, promises } = recordingWaitUntil();
    scope[VERCEL] = { get: () => ({ waitUntil }) };
    const source = manualStream<LanguageModelV4StreamPart>();
    const model = withMemOS(new MockLanguageModelV4({ doStream: { stream: source.stream } }), {
      memory: memoryOn(server),
    });
    const { stream } = await model.doStream(params());
    expect(waitUntil).toHaveBeenCalled();
    source.push(...textParts('Try Chengdu.'));
    source.close();
    const reader = stream.getReader();
    while (!(await reader.read()).done) {}
    await promises[0]!.promise;
    expect(adds()).toHaveLength(1);
  });

  it('outside a request (the context has no store) it does nothing, and the write still happens', async () => {
    scope[VERCEL] = { get: () => undefined };
    const memory = memoryOn(server);
    const mock = new MockLanguageModelV4({ doGenerate: textResult('Try Chengdu.') });
    await withMemOS(mock, { memory }).doGenerate(params());
    await memory.flush();
    expect(adds()).toHaveLength(1);
  });

  it('an explicit waitUntil wins over the platform', async () => {
    const platform = vi.fn();
    scope[VERCEL] = { get: () => ({ waitUntil: platform }) };
    const { waitUntil } = recordingWaitUntil();
    const memory = memoryOn(server, { waitUntil });
    const mock = new MockLanguageModelV4({ doGenerate: textResult('Try Chengdu.') });
    await withMemOS(mock, { memory }).doGenerate(params());
    await memory.flush();
    expect(waitUntil).toHaveBeenCalled();
    expect(platform).not.toHaveBeenCalled();
  });
});

describe('a waitUntil that throws', () => {
  it("(Next.js `after` outside a request) never breaks the call: an error event, phase 'keep-alive'", async () => {
    const errors: MemoryEvents['error'][] = [];
    const memory = memoryOn(server, {
      waitUntil: () => {
        throw new Error('`after` was called outside a request scope');
      },
      onError: (event) => errors.push(event),
    });
    const source = manualStream<LanguageModelV4StreamPart>();
    const model = withMemOS(new MockLanguageModelV4({ doStream: { stream: source.stream } }), { memory });
    const { stream } = await model.doStream(params());
    source.push(...textParts('Try Chengdu.'));
    source.close();
    const reader = stream.getReader();
    while (!(await reader.read()).done) {}
    await memory.flush();
    expect(adds()).toHaveLength(1);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every((event) => event.phase === 'keep-alive')).toBe(true);
  });
});
