import { request as httpRequest } from 'node:http';
import { MemOSConfigError } from 'memos-middleware';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemOSServer, type MemOSServerLogEntry } from '../../src/local/server/index.ts';
import { overriding, QUICK_START_MESSAGES, raw, type StartedServer, startServer } from './server-helpers.ts';

const started: StartedServer[] = [];
async function start(options: Parameters<typeof startServer>[0] = {}) {
  const server = await startServer(options);
  started.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

const expectAlive = async (baseURL: string) => {
  const answer = await raw(`${baseURL}/search/memory`, {
    body: { user_id: 'alive', query: 'anything' },
    headers: { authorization: 'Token t0ken' },
  });
  expect(answer.json.code).toBe(0);
};

describe('MemOS routes over LocalMemOS', () => {
  it('answers every route with the MemOS envelope', async () => {
    const { baseURL, url } = await start();
    const added = await raw(`${baseURL}/add/message`, {
      body: { user_id: 'memos_user_123', conversation_id: '0610', messages: QUICK_START_MESSAGES },
    });
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ code: 0, message: 'ok', data: { success: true } });
    expect(added.headers.get('content-type')).toContain('application/json');

    const searched = await raw(`${baseURL}/search/memory`, {
      body: { user_id: 'memos_user_123', query: 'Which hotel did I choose in Guangzhou?', relativity: 0 },
    });
    expect(searched.json.code).toBe(0);
    const texts = [
      ...searched.json.data.memory_detail_list.map((item: { memory_value: string }) => item.memory_value),
      ...searched.json.data.preference_detail_list.map((item: { preference: string }) => item.preference),
    ].join('\n');
    expect(texts).toMatch(/7 Days Inn/);

    const messages = await raw(`${baseURL}/get/message`, {
      body: { user_id: 'memos_user_123', conversation_id: '0610', message_limit_number: 2 },
    });
    expect(messages.json.code).toBe(0);
    const listed = messages.json.data.message_detail_list ?? messages.json.data;
    expect(listed.map((message: { content: string }) => message.content)).toEqual([
      'I’ll choose 7 Days Inn.',
      'Alright, feel free to ask me if you have any other questions.',
    ]);

    const page = await raw(`${baseURL}/get/memory`, { body: { user_id: 'memos_user_123', size: 50 } });
    expect(page.json.code).toBe(0);
    const first = page.json.data.memory_detail_list[0] ?? page.json.data.preference_detail_list[0];
    expect(first?.id).toEqual(expect.any(String));

    const byId = await raw(`${baseURL}/get/memory/${encodeURIComponent(first.id)}`, { method: 'GET' });
    expect(byId.json).toMatchObject({ code: 0, data: { id: first.id } });

    const updated = await raw(`${baseURL}/update/memory`, {
      body: { memory_id: first.id, content: 'Edited by hand' },
    });
    expect(updated.json).toMatchObject({ code: 0, data: { success: true } });
    const reread = await raw(`${baseURL}/get/memory/${encodeURIComponent(first.id)}`, { method: 'GET' });
    expect(JSON.stringify(reread.json.data.content)).toContain('Edited by hand');

    const deleted = await raw(`${baseURL}/delete/memory`, { body: { memory_ids: [first.id] } });
    expect(deleted.json).toMatchObject({ code: 0, data: { success: true } });
    const gone = await raw(`${baseURL}/get/memory/${encodeURIComponent(first.id)}`, { method: 'GET' });
    expect(gone.status).toBe(200);
    expect(gone.json.code).toBe(40001);
    const updateGone = await raw(`${baseURL}/update/memory`, { body: { memory_id: first.id, content: 'x' } });
    expect(updateGone.json).toMatchObject({ code: 40307, data: null });
    expect(gone.json.data).toBeNull();

    const health = await raw(`${url}/health`, { method: 'GET' });
    expect(health.json).toEqual({ code: 0, data: { status: 'ok' }, message: 'ok' });
  });

  it('treats explicit nulls as absent, as the official Python client sends them', async () => {
    const { baseURL } = await start();
    const answer = await raw(`${baseURL}/search/memory`, {
      body: { user_id: 'u-1', query: 'hotels', conversation_id: null, filter: null, knowledgebase_ids: null },
    });
    expect(answer.json).toMatchObject({ code: 0, message: 'ok' });
  });
});

describe('error envelopes', () => {
  it('answers bad input with 400xx codes inside HTTP 200, and keeps serving', async () => {
    const { baseURL } = await start({ token: 't0ken' });
    const auth = { authorization: 'Token t0ken' };
    const cases: { body: unknown; code: number; message: RegExp }[] = [
      { body: '{"user_id": "u-1", "query": ', code: 40000, message: /bad JSON/ },
      { body: '', code: 40000, message: /must be a JSON object/ },
      { body: '[1, 2]', code: 40000, message: /must be a JSON object/ },
      { body: { user_id: 'u-1', query: 42 }, code: 40000, message: /query/ },
      { body: { user_id: 'u-1', query: 'x', userId: 'typo' }, code: 40000, message: /userId/ },
      {
        body: { user_id: 'u-1', query: 'x', memory_limit_number: 99 },
        code: 40000,
        message: /memory_limit_number/,
      },
      { body: { user_id: 'u'.repeat(101), query: 'x' }, code: 40010, message: /user_id/ },
      {
        body: { user_id: 'u-1', query: 'x', conversation_id: 'c'.repeat(101) },
        code: 40011,
        message: /conversation_id/,
      },
    ];
    for (const { body, code, message } of cases) {
      const answer = await raw(`${baseURL}/search/memory`, { body, headers: auth });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ code, data: null });
      expect(answer.json.message).toMatch(message);
      expect(answer.json.message).toMatch(/^Invalid request parameters/);
      await expectAlive(baseURL);
    }
  });

  it('requires the token when one is set: 40100 when missing, 40132 when wrong; Bearer works too', async () => {
    const { baseURL, url } = await start({ token: 't0ken' });
    const body = { user_id: 'u-1', query: 'x' };
    const missing = await raw(`${baseURL}/search/memory`, { body });
    expect(missing.json).toMatchObject({ code: 40100, data: null });
    const wrong = await raw(`${baseURL}/search/memory`, { body, headers: { authorization: 'Token t0kem' } });
    expect(wrong.json).toMatchObject({ code: 40132, data: null });
    const shorter = await raw(`${baseURL}/search/memory`, { body, headers: { authorization: 'Token t' } });
    expect(shorter.json.code).toBe(40132);
    const noScheme = await raw(`${baseURL}/search/memory`, { body, headers: { authorization: 't0ken' } });
    expect(noScheme.json.code).toBe(40132);
    const bearer = await raw(`${baseURL}/search/memory`, {
      body,
      headers: { authorization: 'Bearer t0ken' },
    });
    expect(bearer.json.code).toBe(0);
    expect(JSON.stringify([missing.json, wrong.json])).not.toContain('t0ken');
    // Liveness probes need no token.
    expect((await raw(`${url}/health`, { method: 'GET' })).json.code).toBe(0);
    await expectAlive(baseURL);
  });

  it('refuses a body over maxBodyBytes with HTTP 413 and code 40305, declared or streamed', async () => {
    const { baseURL } = await start({ token: 't0ken', maxBodyBytes: 2048 });
    const big = { user_id: 'u-1', query: 'x'.repeat(5000) };
    const declared = await raw(`${baseURL}/search/memory`, {
      body: big,
      headers: { authorization: 'Token t0ken' },
    });
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ code: 40305, data: null });
    expect(declared.json.message).toContain('2048 bytes');

    // Chunked, no Content-Length: the limit is enforced while reading.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const target = new URL(`${baseURL}/search/memory`);
      const request = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { authorization: 'Token t0ken' },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      request.on('error', reject);
      for (let index = 0; index < 10; index += 1) request.write('x'.repeat(1000));
      request.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ code: 40305 });
    await expectAlive(baseURL);
  });

  it('answers unknown routes with 404 / 40001 and wrong methods with 405', async () => {
    const { baseURL, url } = await start({ token: 't0ken' });
    const auth = { authorization: 'Token t0ken' };
    const unknown = await raw(`${baseURL}/chat`, { body: {}, headers: auth });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 40001, data: null });
    expect(unknown.json.message).toContain('/api/openmem/v1/chat');
    const outside = await raw(`${url}/product/search`, { body: {} });
    expect(outside.status).toBe(404);

    const getOnPost = await raw(`${baseURL}/search/memory`, { method: 'GET', headers: auth });
    expect(getOnPost.status).toBe(405);
    expect(getOnPost.headers.get('allow')).toBe('POST');
    expect(getOnPost.json.code).toBe(40000);
    const postOnGet = await raw(`${baseURL}/get/memory/abc`, { body: {}, headers: auth });
    expect(postOnGet.status).toBe(405);
    expect(postOnGet.headers.get('allow')).toBe('GET');
    await expectAlive(baseURL);
  });

  it('passes a backend MemOS code through and hides anything unexpected behind a generic 50000', async () => {
    const logged: MemOSServerLogEntry[] = [];
    const { backend: engine } = await start();
    const failing = overriding(engine, {
      getMemory: async () => {
        throw new Error('disk on fire at /var/secret/path');
      },
    });
    const { baseURL } = await start({ backend: failing, logger: (entry) => logged.push(entry) });

    const notFound = await raw(`${baseURL}/delete/memory`, { body: { memory_ids: ['no/such id'] } });
    expect(notFound.status).toBe(200);
    expect(notFound.json).toMatchObject({ code: 40307, data: null });

    const crashed = await raw(`${baseURL}/get/memory`, { body: { user_id: 'u-1' } });
    expect(crashed.status).toBe(200);
    expect(crashed.json).toEqual({ code: 50000, data: null, message: 'Internal server error' });
    expect(crashed.text).not.toMatch(/secret|disk on fire|\bat /);
    const errors = logged.filter((entry) => entry.level === 'error');
    expect(errors).toHaveLength(1);
    expect((errors[0]!.error as Error).message).toBe('disk on fire at /var/secret/path');
    expect(errors[0]).toMatchObject({ path: '/api/openmem/v1/get/memory', code: 50000 });
    expect(logged.filter((entry) => entry.level === 'info')).toHaveLength(2);
    const search = await raw(`${baseURL}/search/memory`, { body: { user_id: 'u-1', query: 'x' } });
    expect(search.json.code).toBe(0);
  });

  it('treats a caller hanging up mid-body as no server fault, and keeps serving', async () => {
    const logged: MemOSServerLogEntry[] = [];
    let served!: () => void;
    const servedOne = new Promise<void>((resolve) => {
      served = resolve;
    });
    const { baseURL } = await start({
      logger: (entry) => {
        logged.push(entry);
        if (entry.level === 'info') served();
      },
    });
    const target = new URL(`${baseURL}/add/message`);
    const request = httpRequest({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
    });
    request.on('error', () => {});
    request.write('{"user_id": "u-1", "messages": [');
    request.on('socket', (socket) => socket.on('connect', () => setImmediate(() => request.destroy())));
    await servedOne;
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([]);
    const search = await raw(`${baseURL}/search/memory`, { body: { user_id: 'u-1', query: 'x' } });
    expect(search.json.code).toBe(0);
  });

  it("uses real HTTP statuses with errorStatus: 'http'", async () => {
    const { baseURL } = await start({ token: 't0ken', errorStatus: 'http' });
    const bad = await raw(`${baseURL}/search/memory`, {
      body: { user_id: 'u-1' },
      headers: { authorization: 'Token t0ken' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe(40000);
    const unauthorised = await raw(`${baseURL}/search/memory`, { body: { user_id: 'u-1', query: 'x' } });
    expect(unauthorised.status).toBe(401);
    const ok = await raw(`${baseURL}/search/memory`, {
      body: { user_id: 'u-1', query: 'x' },
      headers: { authorization: 'Token t0ken' },
    });
    expect(ok.status).toBe(200);
  });
});

describe('createMemOSServer options', () => {
  it('validates its options at construction', async () => {
    const { backend } = await start();
    expect(() => createMemOSServer({ backend: {} as never })).toThrow(MemOSConfigError);
    expect(() => createMemOSServer({ backend: {} as never })).toThrow(/addMessage/);
    expect(() => createMemOSServer({ backend, token: 'two words' })).toThrow(MemOSConfigError);
    expect(() => createMemOSServer({ backend, token: '' })).toThrow(MemOSConfigError);
    expect(() => createMemOSServer({ backend, maxBodyBytes: 0 })).toThrow(/maxBodyBytes/);
  });

  it('reports a busy port as a MemOSConfigError naming the address', async () => {
    const first = await start();
    const port = Number(new URL(first.url).port);
    const second = createMemOSServer({ backend: first.backend });
    await expect(second.listen(port)).rejects.toThrow(/127\.0\.0\.1:\d+ is already in use/);
    await expect(second.listen(port)).rejects.toBeInstanceOf(MemOSConfigError);
    await second.close();
  });

  it('omits routes the backend lacks', async () => {
    const { backend: engine } = await start();
    const minimal = {
      addMessage: engine.addMessage.bind(engine),
      searchMemory: engine.searchMemory.bind(engine),
      getMessage: engine.getMessage.bind(engine),
      getMemory: engine.getMemory.bind(engine),
      deleteMemory: engine.deleteMemory.bind(engine),
    };
    const { baseURL } = await start({ backend: minimal });
    expect((await raw(`${baseURL}/update/memory`, { body: { memory_id: 'x', content: 'y' } })).status).toBe(
      404,
    );
    expect((await raw(`${baseURL}/get/memory/x`, { method: 'GET' })).status).toBe(404);
    expect((await raw(`${baseURL}/get/status`, { body: { task_id: 't' } })).status).toBe(404);
  });
});
