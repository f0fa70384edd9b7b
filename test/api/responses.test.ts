import { MemOSClient } from 'memos-middleware';
import { describe, expect, it } from 'vitest';
import {
  EnvelopeSchema,
  GetMemoryDataSchema,
  GetMessageDataSchema,
  GetStatusDataSchema,
  MemoryByIdDataSchema,
  SearchMemoryDataSchema,
  TaskDataSchema,
} from '../../src/api/index.ts';
import { quickStartSearchResponse as quickStartSearch } from '../support/memos-quick-start.ts';
import { startMemOSTestServer } from '../support/memos-test-server.ts';

// memos-docs/quick-start.md (get_message_res.json): `data` is a bare array, `chat_time` null.
const quickStartMessages = [
  { role: 'user', content: 'I’ll choose 7 Days Inn.', chat_time: null, create_time: 1762748806000 },
  {
    role: 'assistant',
    content: 'Alright, feel free to ask me.',
    chat_time: null,
    create_time: 1762748806000,
  },
];

describe('response schemas on the vendor’s examples', () => {
  it('parses the quick-start search response, keeping unknown fields', () => {
    const data = SearchMemoryDataSchema.parse(quickStartSearch);
    expect(data.memory_detail_list?.[0]).toMatchObject({
      relativity: 0.0016035014,
      confidence: 0.99,
      memory_type: 'WorkingMemory',
    });
    expect(data.preference_detail_list?.[0]?.relativity).toBeUndefined();
    expect(data.preference_note).toContain('# Note:');
    expect(data.tool_memory_detail_list).toBeUndefined();
  });

  it('parses the older search example (memory_time: null, no create_time, tiny relativity)', () => {
    const data = SearchMemoryDataSchema.parse({
      memory_detail_list: [
        {
          id: '30017d87-c340-4ae0-ac13-9a2992333c2b',
          memory_key: "Assistant's acknowledgment of user's taste",
          memory_value:
            "[assistant viewpoint] The assistant acknowledged the user's preference for spicy food.",
          memory_type: 'WorkingMemory',
          memory_time: null,
          conversation_id: 'memos_conversation_345',
          status: 'activated',
          confidence: 0.0,
          tags: ['food preferences', 'recommendations'],
          update_time: 1760341879781,
          relativity: 0.00031495094,
        },
      ],
    });
    expect(data.memory_detail_list?.[0]).toMatchObject({
      memory_time: null,
      confidence: 0,
      relativity: 0.00031495094,
    });
    expect(data.preference_detail_list).toBeUndefined();
  });

  it('accepts timestamps as ISO strings, scores as numeric strings, and null lists', () => {
    const data = SearchMemoryDataSchema.parse({
      memory_detail_list: [
        {
          id: 'm',
          memory_value: 'x',
          create_time: '2025-11-10T04:27:39Z',
          update_time: '1762748860562',
          relativity: '0.83',
        },
      ],
      preference_detail_list: null,
      preference_note: null,
    });
    expect(data.memory_detail_list?.[0]).toMatchObject({
      create_time: '2025-11-10T04:27:39Z',
      relativity: 0.83,
    });
    expect(data.preference_detail_list).toBeUndefined();
    expect(data.preference_note).toBeUndefined();
  });

  it('normalises get/message: a bare array or { message_detail_list }', () => {
    expect(GetMessageDataSchema.parse(quickStartMessages).message_detail_list).toHaveLength(2);
    expect(
      GetMessageDataSchema.parse({ message_detail_list: quickStartMessages }).message_detail_list,
    ).toHaveLength(2);
    expect(GetMessageDataSchema.parse(null).message_detail_list).toEqual([]);
  });

  it('normalises get/status given as a one-element array', () => {
    const status = GetStatusDataSchema.parse([
      { task_id: 't-1', status: 'completed', memory_views: { added: 2 } },
    ]);
    expect(status).toEqual({ task_id: 't-1', status: 'completed', memory_views: { added: 2 } });
    expect(GetStatusDataSchema.safeParse([]).success).toBe(false);
  });

  it('accepts the add/message answers seen in the docs: { success } alone, and with task_id and status', () => {
    expect(TaskDataSchema.parse({ success: true })).toEqual({ success: true });
    expect(TaskDataSchema.parse({ success: true, task_id: 't', status: 'running' })).toMatchObject({
      task_id: 't',
    });
    expect(TaskDataSchema.parse({})).toEqual({});
  });

  it('parses get/memory pages and get/memory/{id}', () => {
    const page = GetMemoryDataSchema.parse({
      memory_detail_list: [{ id: 'm', memory_value: 'x', sources: [{ role: 'user' }] }],
      total: 1,
      size: 10,
      current: 1,
      pages: 1,
    });
    expect(page.memory_detail_list?.[0]?.sources).toEqual([{ role: 'user' }]);
    const memory = MemoryByIdDataSchema.parse({
      id: 'm',
      memory_view: 'detail_factual',
      content: { text: 'x' },
      created_at: '2026-01-01',
      algorithm_updatable: true,
    });
    expect(memory).toMatchObject({ id: 'm', algorithm_updatable: true });
  });

  it('reads the envelope with code 0, code 200 and a numeric-string code', () => {
    expect(EnvelopeSchema.parse({ code: 0, data: {}, message: 'ok' }).code).toBe(0);
    expect(EnvelopeSchema.parse({ code: 200, data: null, message: 'ok' }).code).toBe(200);
    expect(EnvelopeSchema.parse({ code: '40309', data: null }).code).toBe(40309);
    expect(EnvelopeSchema.safeParse({ data: {} }).success).toBe(false);
  });

  it('hands these shapes back through the client, normalised', async () => {
    const server = await startMemOSTestServer();
    const client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url });
    try {
      server.fault('/search/memory', {
        status: 200,
        body: { code: 0, data: quickStartSearch, message: 'ok' },
      });
      server.fault('/get/message', {
        status: 200,
        body: { code: 0, data: quickStartMessages, message: 'ok' },
      });
      server.fault('/get/status', {
        status: 200,
        body: { code: 200, data: [{ task_id: 't', status: 'running' }] },
      });
      const search = await client.searchMemory({ user_id: 'u', query: 'hotels' });
      expect(search.memory_detail_list?.[0]?.id).toBe('cf1230dd-3ebe-4832-809d-28a455b0e3ea');
      const messages = await client.getMessage({ user_id: 'u', conversation_id: '0610' });
      expect(messages.message_detail_list.map((message) => message.role)).toEqual(['user', 'assistant']);
      await expect(client.getStatus({ task_id: 't' })).resolves.toEqual({ task_id: 't', status: 'running' });
    } finally {
      await client.close();
      await server.close();
    }
  });
});
