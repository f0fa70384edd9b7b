import { formatMemories, type SearchMemoryData } from 'memos-middleware';
import { describe, expect, it } from 'vitest';
import {
  composeDemoAnswer,
  readMemoryBlock,
  toSecondPerson,
} from '../../adapters/ai-sdk/demo/demo-answer.ts';

// The vendor's quick-start memories (memos-docs/quick-start.md), rendered by the real formatter so the
// demo model's parser is tested against the block the middleware actually injects.
const block = formatMemories({
  memory_detail_list: [
    {
      id: 'f1',
      memory_value:
        'The user has planned to travel to Guangzhou during the summer and has decided to choose 7 Days Inn for accommodation.',
      create_time: 1762748859685,
      relativity: 0.9,
    },
  ],
  preference_detail_list: [
    {
      id: 'p1',
      preference_type: 'explicit_preference',
      preference:
        'User prefers to choose 7 Days Inn for accommodation during their trip to Guangzhou this summer.',
      relativity: 0.8,
    },
    {
      id: 'p2',
      preference_type: 'implicit_preference',
      preference: 'Preference for cost-effective accommodations.',
      relativity: 0.7,
    },
  ],
  preference_note: '\n# Note:\nFollow the preferences.\n',
} as SearchMemoryData); // the wire shape before the lenient schema fills optional lists

describe('readMemoryBlock', () => {
  it('lists the facts and preferences of the block the formatter renders', () => {
    expect(readMemoryBlock(`You are a travel agent.\n\n${block}`)).toEqual({
      facts: [
        'The user has planned to travel to Guangzhou during the summer and has decided to choose 7 Days Inn for accommodation.',
      ],
      preferences: [
        {
          text: 'User prefers to choose 7 Days Inn for accommodation during their trip to Guangzhou this summer.',
          implicit: false,
        },
        { text: 'Preference for cost-effective accommodations.', implicit: true },
      ],
    });
  });

  it('returns undefined without a block', () => {
    expect(readMemoryBlock('You are a travel agent.')).toBeUndefined();
  });
});

describe('composeDemoAnswer', () => {
  it('answers a travel and hotel question from the remembered trip and hotel', () => {
    const answer = composeDemoAnswer(
      'National Day is coming. Any travel and hotel recommendations?',
      readMemoryBlock(block),
    );
    expect(answer).toMatch(
      /^\[offline demo model\] From what I remember: you have planned to travel to Guangzhou/,
    );
    expect(answer).toContain('a destination other than Guangzhou');
    expect(answer).toContain('a budget-friendly brand other than 7 Days Inn');
    expect(answer).toContain('No LLM was called');
  });

  it('quotes a raw turn in the user’s own words, without speakers, times or the assistant', () => {
    const turn =
      'user: [09:00 AM on 10 June, 2025 UTC]: What chain hotels are there? assistant: [09:00 AM on 10 June, 2025 UTC]: Consider 7 Days Inn or Hilton. user: [09:01 AM on 10 June, 2025 UTC]: I’ll choose 7 Days Inn.';
    const answer = composeDemoAnswer('Any hotel ideas?', { facts: [turn], preferences: [] });
    expect(answer).toContain('you told me "What chain hotels are there? I’ll choose 7 Days Inn."');
    expect(answer).not.toContain('assistant');
    expect(answer).not.toContain('09:00');
  });

  it('says it knows nothing about the user when no memories came', () => {
    expect(composeDemoAnswer('Any hotel ideas?', undefined)).toMatch(
      /^\[offline demo model\] I don't know anything about you yet/,
    );
    expect(composeDemoAnswer('I live in Lyon and love sushi.', { facts: [], preferences: [] })).toMatch(
      /Noted/,
    );
  });

  it('uses food and name memories for food and name questions', () => {
    const remembered = { facts: ['The user loves sushi.', "The user's name is Ada."], preferences: [] };
    expect(composeDemoAnswer('Where should we eat tonight?', remembered)).toContain(
      'somewhere that serves sushi',
    );
    expect(composeDemoAnswer('What is my name?', remembered)).toContain('Your name is Ada.');
  });
});

describe('toSecondPerson', () => {
  it('turns MemOS third-person memories into second person', () => {
    expect(toSecondPerson('The user is vegetarian.')).toBe('you are vegetarian');
    expect(toSecondPerson("The user's sister lives in Paris.")).toBe('your sister lives in Paris');
    expect(toSecondPerson('User prefers window seats.')).toBe('you prefer window seats');
  });
});
