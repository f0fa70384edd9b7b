// Prompts the AI SDK's own validation would never let through, handed to the wrapped model directly
// (a framework calling doGenerate/doStream itself, or a provider adapter below generateText). The
// middleware either refuses them with a MemOSConfigError that says where, before the model is called,
// or passes them through for the model to judge; it never fails inside its own code.
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';
import { convertArrayToReadableStream, convertReadableStreamToArray, MockLanguageModelV4 } from 'ai/test';
import { MemOSConfigError } from 'memos-middleware';
import { memosMiddleware } from 'memos-middleware/ai-sdk';
import { describe, expect, it } from 'vitest';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { memoryOn, textParts, textResult, useQuickStartServer } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('u-1', (started) => {
  server = started;
});

const question = { type: 'text', text: 'Any hotel ideas?' };
const user = (...content: unknown[]) => ({ role: 'user', content });

function wrapped() {
  const mock = new MockLanguageModelV4({
    doGenerate: textResult('A budget chain.'),
    doStream: async () => ({ stream: convertArrayToReadableStream(textParts('A budget chain.')) }),
  });
  const memory = memoryOn(server, { conversationId: 'c-1' });
  const model = wrapLanguageModel({ model: mock, middleware: memosMiddleware({ memory, userId: 'u-1' }) });
  return { mock, memory, model };
}
// The prompt as a caller below the SDK's validation might hand it over.
const callWith = (prompt: unknown): LanguageModelV4CallOptions =>
  ({ prompt }) as unknown as LanguageModelV4CallOptions;

async function failureOf(call: () => PromiseLike<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

// Structure the middleware has to walk to find the turn (the prompt array, its messages, their content
// and parts, each part's `type`, a text part's text): without it the turn cannot be read, so it is a
// programming error, said before the model is called, as the SDK's own validation would.
const refused: [string, unknown, RegExp][] = [
  ['prompt not an array', 'Any hotel ideas?', /prompt must be an array of messages, got string/],
  ['prompt undefined', undefined, /prompt must be an array of messages, got undefined/],
  ['message null', [null], /prompt\[0\] must be a message object, got null/],
  ['message a string', [user(question), 'hi'], /prompt\[1\] must be a message object, got string/],
  [
    'content a number',
    [{ role: 'user', content: 42 }],
    /prompt\[0\]\.content must be a string or an array of parts, got number/,
  ],
  [
    'content an object',
    [{ role: 'user', content: question }],
    /prompt\[0\]\.content must be a string or an array of parts, got object/,
  ],
  [
    'content missing',
    [{ role: 'assistant' }],
    /prompt\[0\]\.content must be a string or an array of parts, got undefined/,
  ],
  ['null part', [user(question, null)], /prompt\[0\]\.content\[1\] must be a part object, got null/],
  ['undefined part', [user(undefined)], /prompt\[0\]\.content\[0\] must be a part object, got undefined/],
  [
    'part a string',
    [user('Any hotel ideas?')],
    /prompt\[0\]\.content\[0\] must be a part object, got string/,
  ],
  [
    'part without type',
    [user({ text: 'Any hotel ideas?' })],
    /prompt\[0\]\.content\[0\]\.type must be a string, got undefined/,
  ],
  [
    'text part with a number',
    [user({ type: 'text', text: 42 })],
    /prompt\[0\]\.content\[0\]\.text must be a string, got number/,
  ],
  [
    'text part with no text',
    [user({ type: 'text' })],
    /prompt\[0\]\.content\[0\]\.text must be a string, got undefined/,
  ],
  [
    'null part of the system',
    [{ role: 'system', content: [null] }, user(question)],
    /prompt\[0\]\.content\[0\] must be a part object/,
  ],
];

describe('a malformed prompt is refused with a MemOSConfigError that says where', () => {
  for (const [name, prompt, message] of refused) {
    it(`${name}: doGenerate and doStream`, async () => {
      const { mock, model } = wrapped();
      for (const call of [() => model.doGenerate(callWith(prompt)), () => model.doStream(callWith(prompt))]) {
        const error = await failureOf(call);
        expect(error).not.toBeInstanceOf(TypeError);
        expect(MemOSConfigError.isInstance(error)).toBe(true);
        expect((error as Error).message).toMatch(message);
      }
      expect(mock.doGenerateCalls).toHaveLength(0);
      expect(mock.doStreamCalls).toHaveLength(0);
    });
  }
});

// Values inside well-formed parts whose meaning is the provider's (file data, media types, tool ids,
// unknown part types and roles): the model gets them as they are and decides; memory stores what it can
// read (a file placeholder) and leaves the rest out.
const passed: [string, unknown[], string][] = [
  [
    'file data a number',
    [user(question, { type: 'file', mediaType: 'image/png', data: 42 })],
    'Any hotel ideas?\n[image]',
  ],
  [
    'file data null',
    [user(question, { type: 'file', mediaType: 'application/pdf', data: null })],
    'Any hotel ideas?\n[file]',
  ],
  [
    'file data of an unknown tag',
    [user(question, { type: 'file', data: { type: 'weird', blob: 1 } })],
    'Any hotel ideas?\n[file]',
  ],
  [
    'file without data, media type a number',
    [user(question, { type: 'file', mediaType: 7, filename: 3 })],
    'Any hotel ideas?\n[file]',
  ],
  [
    'a url tag with a string url',
    [
      user(question, {
        type: 'file',
        mediaType: 'image/png',
        data: { type: 'url', url: 'https://x.test/a.png' },
      }),
    ],
    'Any hotel ideas?\n[image]',
  ],
  ['an unknown part type', [user(question, { type: 'sticker', id: 9 })], 'Any hotel ideas?'],
  ['an unknown role, odd content', [{ role: 'narrator', content: 5 }, user(question)], 'Any hotel ideas?'],
  ['a message without role', [{ content: null }, user(question)], 'Any hotel ideas?'],
  [
    'tool parts with odd ids',
    [
      user(question),
      {
        role: 'assistant',
        content: [{ type: 'tool-call', toolCallId: 1, toolName: null, input: undefined }],
      },
      { role: 'tool', content: [{ type: 'tool-result', toolCallId: 1, toolName: null, output: null }] },
    ],
    'Any hotel ideas?',
  ],
];

describe('odd values inside well-formed parts pass through to the model', () => {
  for (const [name, prompt, stored] of passed) {
    it(`${name}: the model sees the prompt, memory stores what it can read`, async () => {
      const { mock, memory, model } = wrapped();
      await model.doGenerate(callWith(prompt));
      const streamed = await model.doStream(callWith(prompt));
      await convertReadableStreamToArray(streamed.stream);
      await memory.flush();
      for (const call of [mock.doGenerateCalls[0]!, mock.doStreamCalls[0]!]) {
        // The block goes in a system message of its own first; every given message is untouched.
        expect(call.prompt[0]).toMatchObject({
          role: 'system',
          content: expect.stringContaining('<memories>'),
        });
        expect(call.prompt.slice(1)).toEqual(prompt);
      }
      const contents = server.messages('u-1', 'c-1').map((message) => message.content);
      expect(contents[0]).toBe(stored);
    });
  }
});
