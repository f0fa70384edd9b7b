import type * as NodeFs from 'node:fs';
import type * as NodePath from 'node:path';
import type { AddMessageRequest } from '../api/requests.ts';
import { MemOSConfigError } from '../errors/index.ts';

// The journal is JSON lines: `{"op":"write","id","request"}` appended (synchronously) before
// `enqueue` returns, `{"op":"batch","key","ids":[…]}` before a merged batch is first sent (so a replay
// sends the same writes under the same key), `{"op":"ack","ids":[…]}` once a write is delivered or
// handed to `onDrop`; the file is emptied whenever no write is left un-acknowledged.
// A synchronous append survives a process crash (the bytes are in the OS page cache); it is not
// fsynced per write, so a power cut may lose the last writes. Node built-ins are reached through
// `process.getBuiltinModule` at run time, so importing the writer never loads `node:fs` (edge-safe);
// only an outbox actually opened needs Node. One process per outbox path.

/** A write found in the journal and not acknowledged. */
export interface OutboxRecord {
  readonly id: string;
  readonly request: AddMessageRequest;
  /**
   * Part of a merged batch some of whose writes were acknowledged (it was split after a refusal):
   * the write may have been sent alone under its own id, so it is replayed alone, never merged.
   */
  readonly alone?: boolean | undefined;
}

/** A merged batch journaled before it was sent, none of its writes acknowledged: replayed as it was. */
export interface OutboxBatch {
  readonly key: string;
  /** Its writes' ids, in order. */
  readonly ids: readonly string[];
}

/** The durable journal behind the writer's `outbox` option. */
export interface Outbox {
  /** Un-acknowledged writes found when the outbox was opened, oldest first. */
  readonly pending: readonly OutboxRecord[];
  /** Merged batches among `pending`, to be sent again exactly as they were, under their key. */
  readonly batches: readonly OutboxBatch[];
  /** Lines that could not be read (a write torn by a crash); they were dropped by the compaction. */
  readonly unreadableLines: number;
  /** Journals a write; synchronous, throws when the disk refuses. */
  append(id: string, request: AddMessageRequest): void;
  /** Journals a merged batch before its first send; synchronous, throws when the disk refuses. */
  batch(key: string, ids: readonly string[]): void;
  /** Marks writes as settled (delivered or dropped). */
  ack(ids: readonly string[]): void;
  /** Empties the journal when nothing is left un-acknowledged, then closes the file. */
  close(): void;
}

function builtins(): { fs: typeof NodeFs; path: typeof NodePath } {
  const getBuiltinModule = globalThis.process?.getBuiltinModule;
  if (typeof getBuiltinModule !== 'function') {
    throw new MemOSConfigError('The writer outbox needs Node.js 22.3 or later (process.getBuiltinModule)');
  }
  return { fs: getBuiltinModule('node:fs'), path: getBuiltinModule('node:path') };
}

interface JournalContents {
  pending: OutboxRecord[];
  batches: OutboxBatch[];
  unreadableLines: number;
}

function readRecords(text: string): JournalContents {
  const writes = new Map<string, OutboxRecord>();
  const batchOf = new Map<string, OutboxBatch>();
  let unreadableLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as {
        op?: unknown;
        id?: unknown;
        ids?: unknown;
        key?: unknown;
        request?: unknown;
        alone?: unknown;
      };
      if (
        entry.op === 'write' &&
        typeof entry.id === 'string' &&
        typeof entry.request === 'object' &&
        entry.request
      ) {
        const alone = entry.alone === true ? { alone: true } : {};
        writes.set(entry.id, { id: entry.id, request: entry.request as AddMessageRequest, ...alone });
      } else if (entry.op === 'ack' && Array.isArray(entry.ids)) {
        for (const id of entry.ids) writes.delete(String(id));
      } else if (
        entry.op === 'batch' &&
        typeof entry.key === 'string' &&
        Array.isArray(entry.ids) &&
        entry.ids.every((id) => typeof id === 'string')
      ) {
        const batch = { key: entry.key, ids: entry.ids as string[] };
        for (const id of batch.ids) batchOf.set(id, batch);
      } else unreadableLines += 1;
    } catch {
      unreadableLines += 1;
    }
  }
  // A batch with every write still pending is replayed whole; the pending writes of one partly
  // acknowledged (split) go alone.
  const batches = new Set<OutboxBatch>();
  for (const [id, record] of writes) {
    const batch = batchOf.get(id);
    if (!batch) continue;
    if (batch.ids.every((member) => writes.has(member))) batches.add(batch);
    else writes.set(id, { ...record, alone: true });
  }
  return { pending: [...writes.values()], batches: [...batches], unreadableLines };
}

const writeLine = (record: OutboxRecord) =>
  `${JSON.stringify({ op: 'write', id: record.id, request: record.request, ...(record.alone ? { alone: true } : {}) })}\n`;
const batchLine = (batch: OutboxBatch) =>
  `${JSON.stringify({ op: 'batch', key: batch.key, ids: batch.ids })}\n`;

/**
 * Opens (creating if needed) the journal at `path`, compacts it to the writes still un-acknowledged
 * and returns them for replay. Throws `MemOSConfigError` when the file cannot be used.
 *
 * @example
 * const outbox = openOutbox('.memos/outbox.jsonl');
 * for (const { id, request } of outbox.pending) resend(id, request);
 */
export function openOutbox(filePath: string): Outbox {
  const { fs, path } = builtins();
  let descriptor: number;
  let found: ReturnType<typeof readRecords>;
  try {
    fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
    found = readRecords(fs.existsSync(filePath) ? fs.readFileSync(filePath, 'utf8') : '');
    // Compact through a temporary file and an atomic rename, so a crash here loses nothing either.
    const temporary = `${filePath}.${globalThis.process.pid}.tmp`;
    fs.writeFileSync(
      temporary,
      found.pending.map(writeLine).join('') + found.batches.map(batchLine).join(''),
    );
    fs.renameSync(temporary, filePath);
    descriptor = fs.openSync(filePath, 'a');
  } catch (error) {
    throw new MemOSConfigError(`Cannot open the writer outbox at ${filePath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let unacknowledged = found.pending.length;
  let open = true;
  return {
    pending: found.pending,
    batches: found.batches,
    unreadableLines: found.unreadableLines,
    append(id, request) {
      fs.writeSync(descriptor, writeLine({ id, request }));
      unacknowledged += 1;
    },
    batch(key, ids) {
      fs.writeSync(descriptor, batchLine({ key, ids }));
    },
    ack(ids) {
      if (!open || ids.length === 0) return;
      unacknowledged -= ids.length;
      // Nothing left to replay: empty the journal instead of appending, so a long-running process's
      // outbox stays as small as its backlog (a crash after the truncation loses nothing).
      if (unacknowledged <= 0) fs.ftruncateSync(descriptor, 0);
      else fs.writeSync(descriptor, `${JSON.stringify({ op: 'ack', ids })}\n`);
    },
    close() {
      if (!open) return;
      open = false;
      if (unacknowledged <= 0) fs.ftruncateSync(descriptor, 0);
      fs.closeSync(descriptor);
    },
  };
}
