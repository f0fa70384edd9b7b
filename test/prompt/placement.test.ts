import { describe, expect, it } from 'vitest';
import { appendToSystem, applyPlacement, prependToUser, stripMemoryBlock } from '../../src/prompt/index.ts';
import type { TurnMessage } from '../../src/types.ts';

const block = '<memories>\nframing\n<facts>\n- Lives in Lyon\n</facts>\n</memories>';
const text = (role: TurnMessage['role'], value: string): TurnMessage => ({
  role,
  parts: [{ type: 'text', text: value }],
});
const textOf = (message: TurnMessage | undefined) =>
  message?.parts.map((part) => (part.type === 'text' ? part.text : `[${part.type}]`)).join('|');

describe('string placement helpers', () => {
  it('appends to the end of a system prompt and is idempotent', () => {
    const once = appendToSystem('You are a travel agent.', block);
    expect(once).toBe(`You are a travel agent.\n\n${block}`);
    expect(appendToSystem(once, block)).toBe(once);
    expect(appendToSystem(undefined, block)).toBe(block);
    expect(appendToSystem('Static.', '')).toBe('Static.');
  });

  it('prepends to a user message and is idempotent', () => {
    const once = prependToUser('Where should I stay?', block);
    expect(once).toBe(`${block}\n\nWhere should I stay?`);
    expect(prependToUser(once, block)).toBe(once);
    expect(stripMemoryBlock(once)).toBe('Where should I stay?');
  });

  it('strips every block and the blank lines around it, leaving other text alone', () => {
    expect(stripMemoryBlock('no block here\n\n')).toBe('no block here\n\n');
    expect(stripMemoryBlock(`A.\n\n${block}\n\nB.\n${block}`)).toBe('A.\n\nB.');
    expect(stripMemoryBlock(`${block}  \n\n  indented code`)).toBe('  indented code');
    expect(stripMemoryBlock(block)).toBe('');
    expect(stripMemoryBlock('<memories> never closed')).toBe('<memories> never closed');
  });

  it('agrees with the reference regex on mixed inputs', () => {
    // The regex it replaced, kept here as the specification on small inputs.
    const reference = (input: string) => {
      if (!input.includes('<memories>')) return input;
      const pieces = input.split(/<memories>[\s\S]*?<\/memories>/g);
      const last = pieces.length - 1;
      return pieces
        .map((piece, index) => {
          let kept = piece;
          if (index > 0) kept = /^\s*\n/.test(kept) ? kept.replace(/^\s*\n/, '') : kept.trimStart();
          if (index < last) kept = kept.replace(/\n\s*$/, '').replace(/[ \t]+$/, '');
          return kept;
        })
        .filter((piece) => piece !== '')
        .join('\n\n');
    };
    const atoms = ['<memories>', '</memories>', '\n', ' ', '\t', 'a', 'Hi.', '\n\n', '<memo', 'ries>'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 3000; round += 1) {
      const length = next() % 12;
      const input = Array.from({ length }, () => atoms[next() % atoms.length]).join('');
      expect(stripMemoryBlock(input), JSON.stringify(input)).toBe(reference(input));
    }
  });

  it('is linear: a megabyte of openers without a closer, or of spaces between blocks, is one scan', () => {
    // The regex took 12.9 s on the first input (quadratic); a scan takes milliseconds. The generous
    // test timeout is a hang guard, not a timing assertion.
    const openers = '<memories>'.repeat(100_000);
    expect(stripMemoryBlock(openers)).toBe(openers);
    const spaces = `A${' \n'.repeat(200_000)}x${block}`;
    expect(stripMemoryBlock(spaces)).toBe(`A${' \n'.repeat(200_000)}x`);
  }, 5_000);
});

describe('applyPlacement', () => {
  const conversation: TurnMessage[] = [
    text('system', 'You are helpful.'),
    text('system', 'Be brief.'),
    text('user', 'I live in Lyon.'),
    text('assistant', 'Noted.'),
    text('user', 'Where should I eat?'),
  ];

  it("'system' appends to the last leading system message", () => {
    const placed = applyPlacement(conversation, block, 'system');
    expect(placed).toHaveLength(5);
    expect(textOf(placed[0])).toBe('You are helpful.');
    expect(textOf(placed[1])).toBe(`Be brief.\n\n${block}`);
    expect(placed.slice(2)).toEqual(conversation.slice(2));
    expect(conversation[1]!.parts[0]).toEqual({ type: 'text', text: 'Be brief.' });
  });

  it("'system' adds a system message when there is none", () => {
    const placed = applyPlacement(conversation.slice(2), block, 'system');
    expect(placed.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(textOf(placed[0])).toBe(block);
  });

  it("'system-message' inserts its own system message after the leading ones", () => {
    const placed = applyPlacement(conversation, block, 'system-message');
    expect(placed.map((message) => message.role)).toEqual([
      'system',
      'system',
      'system',
      'user',
      'assistant',
      'user',
    ]);
    expect(textOf(placed[2])).toBe(block);
    expect(textOf(placed[1])).toBe('Be brief.');
  });

  it("'user' prepends to the newest user message, keeping the system prefix intact", () => {
    const placed = applyPlacement(conversation, block, 'user');
    expect(placed.slice(0, 4)).toEqual(conversation.slice(0, 4));
    expect(textOf(placed[4])).toBe(`${block}\n\nWhere should I eat?`);
    const image: TurnMessage = {
      role: 'user',
      parts: [{ type: 'file', mediaType: 'image/png', url: 'https://x/y.png' }],
    };
    expect(textOf(applyPlacement([image], block, 'user')[0])).toBe(`${block}|[file]`);
  });

  it('replaces a block placed earlier instead of adding a second one', () => {
    for (const placement of ['system', 'system-message', 'user'] as const) {
      const once = applyPlacement(conversation, block, placement);
      const twice = applyPlacement(once, block, placement);
      expect(twice).toEqual(once);
      const cleared = applyPlacement(once, '', placement);
      expect(cleared).toEqual(conversation);
    }
  });
});
