import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAPIError } from '../../src/index.ts';
import { createWriter } from '../../src/writer/index.ts';
import { gate, recordingBackend, textsOf, turn } from './recording-backend.ts';

let directory: string;
let path: string;
const lines = () =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'memos-outbox-'));
  path = join(directory, 'nested', 'outbox.jsonl');
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('writer outbox', () => {
  it('journals a write before enqueue returns and acknowledges it once delivered', async () => {
    const held = gate();
    const { backend, calls } = recordingBackend((call) =>
      call.body.conversation_id === 'b' ? held.promise : undefined,
    );
    const writer = createWriter({ backend, outbox: { path } });
    writer.enqueue(turn('b', 'still in flight'));
    writer.enqueue(turn('a', 'remember me'));
    const [inFlight, delivered] = lines();
    expect(delivered).toEqual({ op: 'write', id: expect.any(String), request: turn('a', 'remember me') });
    expect(calls.map((call) => call.options?.idempotencyKey)).toEqual([inFlight.id, delivered.id]);
    await vi.waitFor(() => expect(lines()[2]).toEqual({ op: 'ack', ids: [delivered.id] }));
    held.open();
    await writer.flush();
    // Nothing left to replay: the journal is emptied rather than grown.
    expect(readFileSync(path, 'utf8')).toBe('');
    await writer.close();
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('stays as small as its backlog in a long-running process', async () => {
    const { backend } = recordingBackend();
    const writer = createWriter({ backend, outbox: { path } });
    for (let round = 0; round < 20; round += 1) {
      writer.enqueue(turn(`c${round % 3}`, `turn ${round}`));
      await writer.flush();
      expect(readFileSync(path, 'utf8')).toBe('');
    }
    await writer.close();
  });

  it('replays the writes a previous writer left un-acknowledged, with their ids, then compacts', async () => {
    const first = recordingBackend(() => new Promise(() => {}));
    const abandoned = createWriter({ backend: first.backend, outbox: { path }, concurrency: 1 });
    abandoned.enqueue(turn('a', 'one'));
    abandoned.enqueue(turn('b', 'two'));
    const ids = lines().map((line) => line.id);
    // `abandoned` is never closed: as if its process had died.
    const second = recordingBackend();
    const writer = createWriter({ backend: second.backend, outbox: { path } });
    await writer.flush();
    expect(second.calls.map(textsOf)).toEqual([['one'], ['two']]);
    expect(second.calls.map((call) => call.options?.idempotencyKey)).toEqual(ids);
    await writer.close();
    const third = recordingBackend();
    await createWriter({ backend: third.backend, outbox: { path } }).close();
    expect(third.calls).toHaveLength(0);
  });

  it('skips a line torn by a crash, reports it, and keeps the rest', async () => {
    const good = { op: 'write', id: 'w1', request: turn('a', 'kept') };
    const acked = { op: 'write', id: 'w2', request: turn('a', 'already sent') };
    writeFileSync(
      join(directory, 'torn.jsonl'),
      `${JSON.stringify(good)}\n${JSON.stringify(acked)}\n{"op":"ack","ids":["w2"]}\n{"op":"write","id":"w3","requ`,
    );
    const onError = vi.fn();
    const { backend, calls } = recordingBackend();
    const writer = createWriter({ backend, outbox: { path: join(directory, 'torn.jsonl') }, onError });
    await writer.flush();
    await Promise.resolve();
    expect(calls.map(textsOf)).toEqual([['kept']]);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ phase: 'outbox' }));
    expect(String(onError.mock.calls[0]![0].error.message)).toMatch(/1 unreadable outbox line/);
    await writer.close();
  });

  it('acknowledges a write it drops, so it is not replayed forever', async () => {
    const onDrop = vi.fn();
    const { backend } = recordingBackend(() => {
      throw createAPIError({ status: 400, code: undefined, serverMessage: 'no', endpoint: '/add/message' });
    });
    const writer = createWriter({ backend, outbox: { path }, onDrop });
    writer.enqueue(turn('a', 'refused'));
    await writer.flush();
    expect(onDrop).toHaveBeenCalledTimes(1);
    await writer.close();
    const next = recordingBackend();
    await createWriter({ backend: next.backend, outbox: { path } }).close();
    expect(next.calls).toHaveLength(0);
  });

  it('refuses an unusable path at construction with a MemOSConfigError', () => {
    writeFileSync(join(directory, 'file'), '');
    const { backend } = recordingBackend();
    expect(() =>
      createWriter({ backend, outbox: { path: join(directory, 'file', 'outbox.jsonl') } }),
    ).toThrow(expect.objectContaining({ name: 'MemOSConfigError' }));
  });
});
