import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemory, MemOSClient, type TurnMessage } from '../../src/index.ts';
import { LocalMemOS } from '../../src/local/index.ts';
import { createMemOSServer } from '../../src/local/server/index.ts';
import { capTurnChars, DEFAULT_MAX_TURN_CHARS } from '../../src/memory/cap-turn-chars.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const user = (text: string): TurnMessage => ({ role: 'user', parts: [{ type: 'text', text }] });
const lengthOf = (content: unknown) =>
  typeof content === 'string'
    ? content.length
    : (content as { type: string; text?: string }[]).reduce((sum, part) => sum + (part.text?.length ?? 0), 0);

describe('a turn over the size limits is stored, its tail kept, not dropped', () => {
  it('a 1.2 MiB paste through serve (1 MiB body limit) is stored cut to maxTurnChars, the question at its end kept', async () => {
    const engine = new LocalMemOS({ path: ':memory:' });
    const server = createMemOSServer({ backend: engine });
    const { baseURL } = await server.listen(0);
    closers.push(
      () => engine.close(),
      () => server.close(),
    );
    const onDrop = vi.fn();
    const memory = createMemory({
      backend: new MemOSClient({ apiKey: 'local', baseURL }),
      userId: 'u-paste',
      conversationId: 'c-paste',
      onDrop,
      logger: false,
    });
    const paste = `${'log line that goes on and on. '.repeat(42_000)}So what does this error mean?`;
    expect(paste.length).toBeGreaterThan(1.2 * 1024 * 1024);
    memory.capture({ messages: [user(paste)] }, { status: 'complete', text: 'It means the disk is full.' });
    await memory.close();

    expect(onDrop).not.toHaveBeenCalled();
    const stored = await engine.getMessage({ user_id: 'u-paste', conversation_id: 'c-paste' });
    const [question, answer] = stored.message_detail_list.map((message) => String(message.content));
    expect(answer).toBe('It means the disk is full.');
    expect(question!.endsWith('So what does this error mean?')).toBe(true);
    expect(question).toMatch(/^\[… \d+ characters cut …\] /);
    expect(question!.length + answer!.length).toBeLessThanOrEqual(DEFAULT_MAX_TURN_CHARS);
  });
});

describe('capTurnChars', () => {
  it('leaves a turn under the cap as it is', () => {
    const messages = [{ role: 'user' as const, content: 'short' }];
    expect(capTurnChars(messages, 100)).toEqual(messages);
  });

  it('cuts the long texts to one allowance, keeps short ones whole, and fits the cap', () => {
    const messages = [
      { role: 'user' as const, content: `${'a'.repeat(5_000)}END-A` },
      { role: 'user' as const, content: [{ type: 'text' as const, text: `${'b'.repeat(3_000)}END-B` }] },
      { role: 'assistant' as const, content: 'short answer' },
    ];
    const capped = capTurnChars(messages, 1_000);
    expect(capped.reduce((sum, message) => sum + lengthOf(message.content), 0)).toBeLessThanOrEqual(1_000);
    expect(capped[2]!.content).toBe('short answer');
    expect(String(capped[0]!.content).endsWith('END-A')).toBe(true);
    expect((capped[1]!.content as { text: string }[])[0]!.text.endsWith('END-B')).toBe(true);
    expect(String(capped[0]!.content)).toMatch(/^\[… 4\d\d\d characters cut …\] a+END-A$/);
  });

  it('never starts the kept tail inside a surrogate pair, and leaves file parts alone', () => {
    const emoji = '😀'.repeat(1_000);
    const file = { type: 'file' as const, file: { file_data: 'x'.repeat(10_000) } };
    const [capped] = capTurnChars([{ role: 'user', content: [{ type: 'text', text: emoji }, file] }], 201);
    const [text, kept] = capped!.content as [{ text: string }, typeof file];
    expect(text.text.replace(/^\[… \d+ characters cut …\] /, '')).toMatch(/^(😀)+$/u);
    expect(kept).toBe(file);
  });
});
