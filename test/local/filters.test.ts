import { MemOSInvalidRequestError } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, scriptedExtractor } from './helpers.ts';

let memos: LocalMemOS;
const clock = manualClock();

beforeEach(async () => {
  memos = new LocalMemOS({ path: ':memory:', extractor: scriptedExtractor(), now: clock.now });
  const add = async (day: string, line: string, extra: Record<string, unknown>) => {
    clock.set(Date.parse(`${day}T12:00:00Z`));
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [{ role: 'user', content: line }],
      ...extra,
    });
  };
  await add('2025-12-09', 'fact | Tea 1 | The user drinks tea at work.', {
    agent_id: 'agent-a',
    app_id: 'app-1',
    info: { scene: 'work' },
  });
  await add('2025-12-10', 'fact | Tea 2 | The user drinks tea at home.', {
    agent_id: 'agent-b',
    app_id: 'app-1',
    info: { scene: 'home', topics: ['drinks', 'family'] },
    tags: ['home'],
  });
  await add('2025-12-11', 'fact | Tea 3 | The user drinks tea on trips.', {
    app_id: 'app-2',
    tags: ['travel'],
  });
});
afterEach(async () => memos.close());

async function search(filter: Record<string, unknown>) {
  const result = await memos.searchMemory({ user_id: 'u1', query: 'tea', relativity: 0, filter });
  return (result.memory_detail_list ?? []).map((item) => item.memory_key).sort();
}

describe('search filters (global form)', () => {
  it.each([
    ['agent_id equality', { and: [{ agent_id: 'agent-a' }] }, ['Tea 1']],
    ['app_id equality', { and: [{ app_id: 'app-1' }] }, ['Tea 1', 'Tea 2']],
    ['info key written directly', { and: [{ scene: 'home' }] }, ['Tea 2']],
    ['info list value', { and: [{ topics: 'family' }] }, ['Tea 2']],
    ['tags contains (request tags)', { and: [{ tags: { contains: 'travel' } }] }, ['Tea 3']],
    ['create_time gte a date', { and: [{ create_time: { gte: '2025-12-10' } }] }, ['Tea 2', 'Tea 3']],
    [
      'create_time lte includes the whole day',
      { and: [{ create_time: { lte: '2025-12-10' } }] },
      ['Tea 1', 'Tea 2'],
    ],
    ['create_time gt starts the next day', { and: [{ create_time: { gt: '2025-12-10' } }] }, ['Tea 3']],
    ['create_time lt', { and: [{ create_time: { lt: '2025-12-10' } }] }, ['Tea 1']],
    [
      'a range in one condition',
      { and: [{ update_time: { gte: '2025-12-10', lt: '2025-12-11' } }] },
      ['Tea 2'],
    ],
    ['and of two conditions', { and: [{ app_id: 'app-1' }, { scene: 'work' }] }, ['Tea 1']],
    [
      'or of two conditions',
      { or: [{ agent_id: 'agent-a' }, { tags: { contains: 'travel' } }] },
      ['Tea 1', 'Tea 3'],
    ],
    ['the source-specific form, user part', { user: { and: [{ agent_id: 'agent-b' }] } }, ['Tea 2']],
    ['an empty and', { and: [] }, ['Tea 1', 'Tea 2', 'Tea 3']],
    ['no match', { and: [{ app_id: 'nope' }] }, []],
    ['conversation_id equality', { and: [{ conversation_id: 'c1' }] }, ['Tea 1', 'Tea 2', 'Tea 3']],
    ['related_id matches the agent', { and: [{ related_id: ['someone', 'agent-b'] }] }, ['Tea 2']],
  ])('%s', async (_name, filter, expected) => {
    expect(await search(filter)).toEqual(expected);
  });

  it('matches an agent among several a memory was written with', async () => {
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      agent_id: ['agent-c', 'agent-d'],
      messages: [{ role: 'user', content: 'fact | Tea 4 | The user drinks tea with both agents.' }],
    });
    expect(await search({ and: [{ agent_id: 'agent-d' }] })).toEqual(['Tea 4']);
    expect(await search({ and: [{ agent_id: 'agent-c' }] })).toEqual(['Tea 4']);
  });

  it('applies to getMemory listings too', async () => {
    const page = await memos.getMemory({ user_id: 'u1', filter: { and: [{ app_id: 'app-1' }] } });
    expect(page.memory_detail_list?.map((item) => item.memory_key).sort()).toEqual(['Tea 1', 'Tea 2']);
    expect(page.total).toBe(2);
  });

  it.each([
    ['nested logical operators', { and: [{ or: [{ agent_id: 'a' }] }] }],
    ['a root that is not and/or', { agent_id: 'agent-a' }],
    ['and that is not a list', { and: { agent_id: 'agent-a' } }],
    ['an unknown time operator', { and: [{ create_time: { after: '2025-12-10' } }] }],
    ['a date that is not a date', { and: [{ create_time: { gte: 'yesterday-ish' } }] }],
    ['tags without contains', { and: [{ tags: 'travel' }] }],
    ['user_id inside a filter', { and: [{ user_id: 'u2' }] }],
    ['an object info value', { and: [{ scene: { in: ['home'] } }] }],
    ['global and source-specific forms mixed', { and: [], user: { and: [] } }],
  ])('rejects %s with MemOSInvalidRequestError', async (_name, filter) => {
    const error = await memos
      .searchMemory({ user_id: 'u1', query: 'tea', filter })
      .catch((caught: unknown) => caught);
    expect(MemOSInvalidRequestError.isInstance(error)).toBe(true);
    expect((error as MemOSInvalidRequestError).issues[0]?.path).toMatch(/^filter/);
  });

  it('binds values, so a filter value cannot inject SQL', async () => {
    expect(await search({ and: [{ app_id: "app-1' OR '1'='1" }] })).toEqual([]);
    expect(await search({ and: [{ "scene') OR 1=1 --": 'x' }] })).toEqual([]);
  });
});
