import { Agent, request as httpRequest } from 'node:http';
import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemOSServer } from '../../src/local/server/index.ts';
import { overriding, raw } from './server-helpers.ts';

const engines: LocalMemOS[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

/** A LocalMemOS whose searches wait at a gate the test opens. */
function gatedBackend() {
  const engine = new LocalMemOS({ path: ':memory:' });
  engines.push(engine);
  let entered!: () => void;
  let open!: () => void;
  const enteredPromise = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const backend = overriding(engine, {
    searchMemory: async (...args: Parameters<LocalMemOS['searchMemory']>) => {
      entered();
      await gate;
      return engine.searchMemory(...args);
    },
  });
  return { backend, entered: enteredPromise, open };
}

describe('graceful shutdown', () => {
  it('lets an in-flight request finish after close(), then refuses new connections', async () => {
    const { backend, entered, open } = gatedBackend();
    const server = createMemOSServer({ backend });
    const { baseURL } = await server.listen(0);

    const inFlight = raw(`${baseURL}/search/memory`, { body: { user_id: 'u-1', query: 'hotels' } });
    await entered;
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    // The server cannot finish closing while the request is still being answered.
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);

    open();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ code: 0, message: 'ok' });
    expect(answer.headers.get('connection')).toBe('close');
    await closing;
    expect(closed).toBe(true);
    await expect(raw(`${baseURL}/search/memory`, { body: { user_id: 'u-1', query: 'x' } })).rejects.toThrow();
  });

  it('closes idle keep-alive connections on close()', async () => {
    const engine = new LocalMemOS({ path: ':memory:' });
    engines.push(engine);
    const server = createMemOSServer({ backend: engine, keepAliveTimeoutMs: 600_000 });
    const { url } = await server.listen(0);
    const agent = new Agent({ keepAlive: true });
    // Wrapped in an object: resolving with a bare promise would wait for the socket to close.
    const { socketClosed } = await new Promise<{ socketClosed: Promise<void> }>((resolve, reject) => {
      const request = httpRequest(`${url}/health`, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          const socket = request.socket;
          if (!socket) return reject(new Error('no socket'));
          resolve({ socketClosed: new Promise<void>((done) => socket.once('close', () => done())) });
        });
      });
      request.on('error', reject);
      request.end();
    });
    // With a 10-minute keep-alive, only close() can end this socket within the test's time limit.
    await server.close();
    await socketClosed;
    agent.destroy();
  });

  it('is idempotent and can be called before listen()', async () => {
    const engine = new LocalMemOS({ path: ':memory:' });
    engines.push(engine);
    const server = createMemOSServer({ backend: engine });
    await server.close();
    await server.close();
    await expect(server.listen(0)).rejects.toThrow(/closed/);
  });
});
