import { LocalMemOS } from 'memos-middleware/local';
import { describe, expect, it } from 'vitest';
import { createBM25Index, tokenize } from '../../bench/quality/bm25.ts';
import { meanWithInterval, pairedDifference } from '../../bench/quality/intervals.ts';
import { firstHitRank, hitAtK, questionScore, recallAtK } from '../../bench/quality/recall.ts';
import {
  createBM25Retriever,
  createRandomRetriever,
  loadEngine,
  stemmedTerms,
} from '../../bench/quality/retrievers.ts';
import { stem } from '../../bench/quality/stemmer.ts';
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

  it('runs the BM25 baseline end to end on a tiny persona', () => {
    const { ranking } = createBM25Retriever(tinyPersona).retrieve('Berlin?');
    expect(ranking).toEqual([['c'], ['b']]);
    expect(recallAtK([{ ranking, answers: ['b'] }], 1)).toBe(0);
    expect(recallAtK([{ ranking, answers: ['b'] }], 5)).toBe(1);
  });
});

const tinyPersona: Persona = {
  user_id: 'tiny',
  name: 'Tiny',
  summary: '',
  language: 'en',
  sessions: [
    {
      conversation_id: 'tiny-s01',
      messages: [
        ...documents.map(({ id, text }) => ({
          id,
          role: 'user' as const,
          content: text,
          chat_time: '2025-01-01 10:00:00',
        })),
        {
          id: 'reply',
          role: 'assistant',
          content: 'Berlin Berlin Berlin!',
          chat_time: '2025-01-01 10:05:00',
        },
      ],
    },
  ],
  questions: [],
};

describe('the BM25 baseline (user messages, stop words, Porter stems)', () => {
  it('stems as Porter does', () => {
    expect(
      ['caresses', 'ponies', 'agreed', 'motoring', 'hopping', 'relational', 'living', 'lives'].map(stem),
    ).toEqual(['caress', 'poni', 'agre', 'motor', 'hop', 'relat', 'live', 'live']);
  });

  it('drops stop words and stems the rest', () => {
    expect(stemmedTerms(tokenize('Where is she living these days?'))).toEqual(['live', 'dai']);
  });

  it('indexes user messages only, so "where does she live" finds the user saying "I live in Lyon"', () => {
    const { ranking } = createBM25Retriever(tinyPersona).retrieve('Where does she live?');
    expect(ranking).toEqual([['a']]);
    expect(createBM25Retriever(tinyPersona).retrieve('Berlin').ranking.flat()).not.toContain('reply');
  });

  it('draws 10 random user messages, seeded', () => {
    const first = createRandomRetriever(tinyPersona, 3).retrieve('x').ranking;
    expect(first.flat().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(createRandomRetriever(tinyPersona, 3).retrieve('x').ranking).toEqual(first);
  });
});

describe('questionScore by kind', () => {
  it('scores single-hop and temporal as hits, multi-hop as the share reached', () => {
    expect(questionScore({ kind: 'single-hop', answer_message_ids: ['a', 'b'] }, [['x'], ['b']], 10)).toBe(1);
    expect(questionScore({ kind: 'temporal', answer_message_ids: ['a'] }, [['x'], ['a']], 1)).toBe(0);
    expect(
      questionScore({ kind: 'multi-hop', answer_message_ids: ['a', 'b', 'c'] }, [['a'], ['c']], 10),
    ).toBeCloseTo(2 / 3, 10);
  });

  it('counts an updated question only when the fresh answer ranks above every stale one', () => {
    const question = { kind: 'updated' as const, answer_message_ids: ['new'], stale_message_ids: ['old'] };
    expect(questionScore(question, [['new'], ['old']], 10)).toBe(1);
    expect(questionScore(question, [['old'], ['new']], 10)).toBe(0);
    expect(questionScore(question, [['new', 'old']], 10)).toBe(1);
    expect(questionScore(question, [['old']], 10)).toBe(0);
  });

  it('refuses to score recall for an off-topic question', () => {
    expect(() => questionScore({ kind: 'off-topic', answer_message_ids: [] }, [], 10)).toThrow();
  });
});

describe('95% intervals', () => {
  it('brackets the mean, and a paired difference brackets the gap', () => {
    const hits = Array.from({ length: 100 }, (_, index) => (index % 4 === 0 ? 0 : 1));
    const estimate = meanWithInterval(hits);
    expect(estimate.value).toBe(0.75);
    expect(estimate.low).toBeGreaterThan(0.6);
    expect(estimate.low).toBeLessThan(0.75);
    expect(estimate.high).toBeGreaterThan(0.75);
    expect(estimate.high).toBeLessThan(0.9);
    const gap = pairedDifference(
      hits,
      hits.map(() => 0.5),
    );
    expect(gap.value).toBeCloseTo(0.25, 10);
    expect(gap.low).toBeGreaterThan(0);
  });
});

describe('loadEngine', () => {
  it('loads every persona into one store and maps the sources of search items back to dataset ids', async () => {
    const other: Persona = {
      ...tinyPersona,
      user_id: 'tiny-other',
      sessions: [
        {
          conversation_id: 'tiny-other-s01',
          messages: [
            {
              id: 'o1',
              role: 'user',
              content: 'I live in Lisbon with my two cats.',
              chat_time: '2025-01-02 10:00:00',
            },
          ],
        },
      ],
    };
    const times: number[] = [];
    const engine = await loadEngine({ personas: [tinyPersona, other] }, (now) => {
      const memos = new LocalMemOS({ path: ':memory:', now });
      return {
        addMessage: (body) => memos.addMessage(body),
        searchMemory: (body) => {
          times.push(now());
          return memos.searchMemory(body);
        },
        getMessage: (body) => memos.getMessage(body),
        getMemory: (body) => memos.getMemory(body),
        deleteMemory: (body) => memos.deleteMemory(body),
        close: () => memos.close(),
      };
    });
    try {
      const lisbon = await engine.search(other, 'Where do I live?', Date.UTC(2025, 5, 1), { relativity: 0 });
      expect(lisbon.ranking[0]).toEqual(['o1']);
      const mine = await engine.search(tinyPersona, 'Lisbon cats', Date.UTC(2025, 5, 2), { relativity: 0 });
      expect(mine.ranking.flat()).not.toContain('o1');
      expect(times).toEqual([Date.UTC(2025, 5, 1), Date.UTC(2025, 5, 2)]);
      expect(engine.memoriesPerUser.get('tiny-other')).toBeGreaterThan(0);
      expect(engine.extractedSources.has('o1')).toBe(true);
      expect(engine.unmappedSources).toBe(0);
    } finally {
      await engine.close();
    }
  });
});
