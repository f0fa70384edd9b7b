import { LocalMemOS } from 'memos-middleware/local';
import { describe, expect, it } from 'vitest';
import { createBM25Index, tokenize } from '../../bench/quality/bm25.ts';
import { firstHitRank, hitAtK, recallAtK } from '../../bench/quality/recall.ts';
import { createBM25Retriever, createEngineRetriever } from '../../bench/quality/retrievers.ts';
import type { Persona } from '../../bench/quality/types.ts';

// Four tiny documents, average length 4 tokens. For the query "berlin" (in b and c): idf = ln(1 +
// (4 - 2 + 0.5) / (2 + 0.5)) = ln 2.
//   b: tf 1, length 4 -> 1 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 4/4)) = 1        -> ln 2 = 0.693147
//   c: tf 2, length 3 -> 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 3/4)) = 1.478992 -> 1.025155
const documents = [
  { id: 'a', text: 'I live in Lyon' },
  { id: 'b', text: 'we moved to Berlin' },
  { id: 'c', text: 'Berlin, Berlin weather!' },
  { id: 'd', text: 'the cat sleeps all day' },
];

describe('tokenize', () => {
  it('lowercases words, keeps accents and splits Chinese into characters', () => {
    expect(tokenize("I'm in Neukölln, 杭州滨江! X-T30")).toEqual([
      'i',
      'm',
      'in',
      'neukölln',
      '杭',
      '州',
      '滨',
      '江',
      'x',
      't30',
    ]);
  });
});

describe('createBM25Index', () => {
  it('scores with k1 = 1.2, b = 0.75 as computed by hand', () => {
    const hits = createBM25Index(documents).search('Berlin', 10);
    expect(hits.map((hit) => hit.id)).toEqual(['c', 'b']);
    expect(hits[0]!.score).toBeCloseTo(1.025155, 5);
    expect(hits[1]!.score).toBeCloseTo(Math.LN2, 5);
  });

  it('returns nothing for words it has never seen and honours the limit', () => {
    const index = createBM25Index(documents);
    expect(index.search('paris', 10)).toEqual([]);
    expect(index.search('berlin lyon cat', 2)).toHaveLength(2);
  });
});

describe('recall@k', () => {
  const judged = [
    { ranking: [['c'], ['b']], answers: ['b'] },
    { ranking: [['a']], answers: ['a'] },
    { ranking: [['d'], ['c']], answers: ['a'] },
  ];

  it('counts a question as a hit only when an answer is among the first k items', () => {
    expect(recallAtK(judged, 1)).toBeCloseTo(1 / 3, 10);
    expect(recallAtK(judged, 2)).toBeCloseTo(2 / 3, 10);
    expect(recallAtK(judged, 10)).toBeCloseTo(2 / 3, 10);
    expect(recallAtK([], 5)).toBe(0);
  });

  it('looks at every source of an item', () => {
    expect(
      hitAtK(
        [
          ['x', 'y'],
          ['z', 'b'],
        ],
        ['b'],
        1,
      ),
    ).toBe(false);
    expect(
      hitAtK(
        [
          ['x', 'y'],
          ['z', 'b'],
        ],
        ['b'],
        2,
      ),
    ).toBe(true);
    expect(firstHitRank([['x'], [], ['b', 'q']], ['q', 'nope'])).toBe(3);
    expect(firstHitRank([['x']], ['b'])).toBeUndefined();
  });

  it('runs the BM25 baseline end to end on a tiny persona', async () => {
    const persona: Persona = {
      user_id: 'tiny',
      name: 'Tiny',
      summary: '',
      language: 'en',
      sessions: [
        {
          conversation_id: 'tiny-s01',
          messages: documents.map(({ id, text }) => ({
            id,
            role: 'user',
            content: text,
            chat_time: '2025-01-01 10:00:00',
          })),
        },
      ],
      questions: [{ id: 'tiny-q01', question: 'Berlin?', kind: 'stable', answer_message_ids: ['b'] }],
    };
    const { ranking } = await createBM25Retriever(persona).retrieve('Berlin?');
    expect(ranking).toEqual([['c'], ['b']]);
    expect(recallAtK([{ ranking, answers: ['b'] }], 1)).toBe(0);
    expect(recallAtK([{ ranking, answers: ['b'] }], 5)).toBe(1);
  });
});

describe('createEngineRetriever', () => {
  it('maps the sources of LocalMemOS search items back to dataset message ids', async () => {
    const persona: Persona = {
      user_id: 'tiny-engine',
      name: 'Tiny',
      summary: '',
      language: 'en',
      sessions: [
        {
          conversation_id: 'tiny-engine-s01',
          messages: [
            {
              id: 'home',
              role: 'user',
              content: 'I live in Lisbon with my two cats.',
              chat_time: '2025-01-01 10:00:00',
            },
            {
              id: 'reply',
              role: 'assistant',
              content: 'Lisbon is lovely!',
              chat_time: '2025-01-01 10:01:00',
            },
          ],
        },
        {
          conversation_id: 'tiny-engine-s02',
          messages: [
            {
              id: 'food',
              role: 'user',
              content: 'I really love grilled sardines.',
              chat_time: '2025-02-01 10:00:00',
            },
          ],
        },
      ],
      questions: [],
    };
    const retriever = await createEngineRetriever(persona, () => new LocalMemOS({ path: ':memory:' }));
    try {
      const { ranking } = await retriever.retrieve('Lisbon');
      expect(ranking[0]).toEqual(['home']);
      const sardines = await retriever.retrieve('sardines');
      expect(sardines.ranking[0]).toEqual(['food']);
      expect(retriever.extractedSources).toEqual(new Set(['home', 'food']));
      expect(retriever.unmappedSources).toBe(0);
    } finally {
      await retriever.close();
    }
  });
});
