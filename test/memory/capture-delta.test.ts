import { describe, expect, it } from 'vitest';
import type { Reply, TurnMessage } from '../../src/index.ts';
import { captureDelta } from '../../src/memory/index.ts';

const text = (role: TurnMessage['role'], value: string): TurnMessage => ({
  role,
  parts: [{ type: 'text', text: value }],
});
const at = Date.UTC(2025, 8, 28, 9, 5, 7);
const done = (value: string, extra: Partial<Reply> = {}): Reply => ({
  status: 'complete',
  text: value,
  ...extra,
});
const block = '<memories>\nframing\n<facts>\n- [2025-01-01 00:00] Lives in Lyon\n</facts>\n</memories>';

const history: TurnMessage[] = [
  text('system', 'You are a travel agent.'),
  text('user', 'I live in Lyon.'),
  text('assistant', 'Noted.'),
  text('user', 'I travel in May.'),
  text('system', 'A reminder injected mid-conversation.'),
  text('user', 'Where should I go?'),
];

describe('captureDelta', () => {
  it('keeps only the user messages since the last assistant message, then the final answer', () => {
    const { messages, precedingCount } = captureDelta(history, done('Try Porto.'), at);
    expect(messages).toEqual([
      { role: 'user', content: 'I travel in May.', chat_time: '2025-09-28 09:05:07' },
      { role: 'user', content: 'Where should I go?', chat_time: '2025-09-28 09:05:07' },
      { role: 'assistant', content: 'Try Porto.', chat_time: '2025-09-28 09:05:07' },
    ]);
    expect(precedingCount).toBe(3);
  });

  it('strips an injected block from the user message, the system prompt never being stored', () => {
    const placed = [text('system', `Static.\n\n${block}`), text('user', `${block}\n\nWhere should I go?`)];
    const { messages } = captureDelta(placed, done(`${block}\nPorto.`), at);
    expect(messages.map((message) => message.content)).toEqual(['Where should I go?', 'Porto.']);
    expect(JSON.stringify(messages)).not.toContain('memories');
  });

  it('replaces files and images by placeholders unless includeFiles', () => {
    const withFiles: TurnMessage[] = [
      {
        role: 'user',
        parts: [
          { type: 'text', text: 'What is in these?' },
          { type: 'file', mediaType: 'image/png', data: 'iVBORw0KGgo=' },
          {
            type: 'file',
            mediaType: 'application/pdf',
            filename: 'plan.pdf',
            url: 'https://example.com/plan.pdf',
          },
          { type: 'file', mediaType: 'text/plain', data: 'aGk=' },
        ],
      },
    ];
    const plain = captureDelta(withFiles, done('A chart and a plan.'), at).messages[0];
    expect(plain?.content).toBe('What is in these?\n[image]\n[file: plan.pdf]\n[file]');
    const rich = captureDelta(withFiles, done('x'), at, { includeFiles: true }).messages[0];
    expect(rich?.content).toEqual([
      { type: 'text', text: 'What is in these?' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
      { type: 'file', file: { file_data: 'https://example.com/plan.pdf' } },
      { type: 'file', file: { file_data: 'aGk=' } },
    ]);
  });

  describe('tool calls', () => {
    const steps: TurnMessage[] = [
      {
        role: 'assistant',
        parts: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool-call', toolCallId: 'call-1', toolName: 'weather', input: { city: 'Porto' } },
          { type: 'tool-call', toolCallId: 'call-2', toolName: 'never-answered', input: {} },
        ],
      },
      {
        role: 'tool',
        parts: [
          {
            type: 'tool-result',
            toolCallId: 'call-1',
            toolName: 'weather',
            output: { forecast: 'sun'.repeat(20) },
          },
        ],
      },
    ];

    it('leaves them out by default', () => {
      const { messages } = captureDelta([text('user', 'Weather in Porto?')], done('Sunny.', { steps }), at);
      expect(messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    });

    it("stores them in MemOS's tool format with includeToolCalls, results cut, unanswered calls dropped", () => {
      const { messages } = captureDelta([text('user', 'Weather in Porto?')], done('Sunny.', { steps }), at, {
        includeToolCalls: true,
        maxToolResultChars: 20,
      });
      expect(messages).toEqual([
        { role: 'user', content: 'Weather in Porto?', chat_time: '2025-09-28 09:05:07' },
        {
          role: 'assistant',
          content: 'Let me check.',
          tool_calls: [
            { id: 'call-1', type: 'function', function: { name: 'weather', arguments: '{"city":"Porto"}' } },
          ],
          chat_time: '2025-09-28 09:05:07',
        },
        {
          role: 'tool',
          tool_call_id: 'call-1',
          content: '{"forecast":"sunsun…',
          chat_time: '2025-09-28 09:05:07',
        },
        { role: 'assistant', content: 'Sunny.', chat_time: '2025-09-28 09:05:07' },
      ]);
    });
  });

  describe('aborted or failed replies', () => {
    const prompt = [text('user', 'Plan my week.')];
    const aborted: Reply = { status: 'aborted', text: 'Monday: ' };

    it("'user-only' (default) keeps the user message and nothing the model half said", () => {
      expect(captureDelta(prompt, aborted, at).messages.map((message) => message.role)).toEqual(['user']);
      expect(
        captureDelta(prompt, { status: 'error', text: '', error: new Error('x') }, at).messages,
      ).toHaveLength(1);
    });

    it("'partial' adds the partial text when there is some", () => {
      const partial = captureDelta(prompt, aborted, at, { onAbort: 'partial' }).messages;
      expect(partial.map((message) => message.content)).toEqual(['Plan my week.', 'Monday:']);
      const nothingSaid = captureDelta(prompt, { status: 'aborted', text: '  ' }, at, {
        onAbort: 'partial',
      }).messages;
      expect(nothingSaid.map((message) => message.role)).toEqual(['user']);
    });

    it("'skip' stores nothing", () => {
      expect(captureDelta(prompt, aborted, at, { onAbort: 'skip' }).messages).toEqual([]);
    });
  });
});
