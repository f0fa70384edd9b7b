import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { LanguageModelV3Prompt } from 'ai-provider-v3';
import { describe, expect, it } from 'vitest';
import { splitAtNewestUserMessage, toTurnMessages } from '../../adapters/ai-sdk/prompt-to-turn.ts';

describe('toTurnMessages', () => {
  it('maps a V4 prompt: system string, text, tagged files, tool calls and results; drops reasoning', () => {
    const prompt: LanguageModelV4Prompt = [
      { role: 'system', content: 'You are terse.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is in these?' },
          { type: 'file', mediaType: 'image/png', data: { type: 'data', data: new Uint8Array([104, 105]) } },
          {
            type: 'file',
            mediaType: 'application/pdf',
            filename: 'plan.pdf',
            data: { type: 'url', url: new URL('https://example.com/plan.pdf') },
          },
          { type: 'file', mediaType: 'text/plain', data: { type: 'text', text: 'hi' } },
          {
            type: 'file',
            mediaType: 'image/jpeg',
            data: { type: 'reference', reference: { openai: 'file-1' } },
          },
        ],
      },
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'thinking…' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'look', input: { at: 'plan' } },
        ],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'c1',
            toolName: 'look',
            output: { type: 'json', value: { ok: 1 } },
          },
          {
            type: 'tool-result',
            toolCallId: 'c2',
            toolName: 'look',
            output: { type: 'error-text', value: 'nope' },
          },
        ],
      },
    ];
    expect(toTurnMessages(prompt)).toEqual([
      { role: 'system', parts: [{ type: 'text', text: 'You are terse.' }] },
      {
        role: 'user',
        parts: [
          { type: 'text', text: 'What is in these?' },
          { type: 'file', mediaType: 'image/png', data: 'aGk=' },
          {
            type: 'file',
            mediaType: 'application/pdf',
            filename: 'plan.pdf',
            url: 'https://example.com/plan.pdf',
          },
          { type: 'file', mediaType: 'text/plain', data: 'aGk=' },
          { type: 'file', mediaType: 'image/jpeg' },
        ],
      },
      {
        role: 'assistant',
        parts: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'look', input: { at: 'plan' } }],
      },
      {
        role: 'tool',
        parts: [
          { type: 'tool-result', toolCallId: 'c1', toolName: 'look', output: { ok: 1 } },
          { type: 'tool-result', toolCallId: 'c2', toolName: 'look', output: 'nope', isError: true },
        ],
      },
    ]);
  });

  it('maps V3 file data given directly as bytes, base64 or a URL', () => {
    const prompt: LanguageModelV3Prompt = [
      {
        role: 'user',
        content: [
          { type: 'file', mediaType: 'image/png', data: new Uint8Array([104, 105]) },
          { type: 'file', mediaType: 'image/png', data: 'aGk=' },
          { type: 'file', mediaType: 'image/png', data: new URL('https://example.com/a.png') },
        ],
      },
    ];
    expect(toTurnMessages(prompt)[0]?.parts).toEqual([
      { type: 'file', mediaType: 'image/png', data: 'aGk=' },
      { type: 'file', mediaType: 'image/png', data: 'aGk=' },
      { type: 'file', mediaType: 'image/png', url: 'https://example.com/a.png' },
    ]);
  });

  it('encodes large inline files without overflowing the call stack', () => {
    const bytes = new Uint8Array(200_000).fill(65);
    const prompt: LanguageModelV3Prompt = [
      { role: 'user', content: [{ type: 'file', mediaType: 'x/y', data: bytes }] },
    ];
    const [message] = toTurnMessages(prompt);
    const file = message?.parts[0];
    expect(file?.type === 'file' && file.data?.length).toBe(Math.ceil(200_000 / 3) * 4);
  });
});

describe('splitAtNewestUserMessage', () => {
  it('keeps the conversation up to the newest user message and the tool steps after it', () => {
    const prompt: LanguageModelV4Prompt = [
      { role: 'user', content: [{ type: 'text', text: 'first' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'answer' }] },
      { role: 'user', content: [{ type: 'text', text: 'weather?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'weather', input: {} },
        ],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'c1',
            toolName: 'weather',
            output: { type: 'text', value: 'sunny' },
          },
        ],
      },
    ];
    const { conversation, steps } = splitAtNewestUserMessage(toTurnMessages(prompt));
    expect(conversation.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(steps).toEqual([
      { role: 'assistant', parts: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'weather', input: {} }] },
      {
        role: 'tool',
        parts: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'weather', output: 'sunny' }],
      },
    ]);
  });

  it('keeps everything when there is no user message', () => {
    const messages = toTurnMessages([{ role: 'system', content: 'only system' }]);
    expect(splitAtNewestUserMessage(messages)).toEqual({ conversation: messages, steps: [] });
  });
});
