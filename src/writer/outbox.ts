import type * as NodeFs from 'node:fs';
import type * as NodePath from 'node:path';
import type { AddMessageRequest } from '../api/requests.ts';
import { MemOSConfigError } from '../errors/index.ts';

// The journal is JSON lines: `{"op":"write","id","request"}` appended (synchronously) before
// `enqueue` returns, `{"op":"ack","ids":[…]}` once a write is delivered or handed to `onDrop`; the
// file is emptied whenever no write is left un-acknowledged.
// A synchronous append survives a process crash (the bytes are in the OS page cache); it is not
// fsynced per write, so a power cut may lose the last writes. Node built-ins are reached through
// `process.getBuiltinModule` at run time, so importing the writer never loads `node:fs` (edge-safe);
// only an outbox actually opened needs Node. One process per outbox path.

/** A write found in the journal and not acknowledged. */
export interface OutboxRecord {
  readonly id: string;
  readonly request: AddMessageRequest;
}

/** The durable journal behind the writer's `outbox` option. */
export interface Outbox {
  /** Un-acknowledged writes found when the outbox was opened, oldest first. */
  readonly pending: readonly OutboxRecord[];
  /** Lines that could not be read (a write torn by a crash); they were dropped by the compaction. */
  readonly unreadableLines: number;
  /** Journals a write; synchronous, throws when the disk refuses. */
  append(id: string, request: AddMessageRequest): void;
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

function readRecords(text: string): { pending: OutboxRecord[]; unreadableLines: number } {
  const writes = new Map<string, OutboxRecord>();
  let unreadableLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as { op?: unknown; id?: unknown; ids?: unknown; request?: unknown };
      if (
        entry.op === 'write' &&
        typeof entry.id === 'string' &&
        typeof entry.request === 'object' &&
        entry.request
      ) {
        writes.set(entry.id, { id: entry.id, request: entry.request as AddMessageRequest });
      } else if (entry.op === 'ack' && Array.isArray(entry.ids)) {
        for (const id of entry.ids) writes.delete(String(id));
      } else unreadableLines += 1;
    } catch {
      unreadableLines += 1;
    }
  }
  return { pending: [...writes.values()], unreadableLines };
}

const writeLine = (record: OutboxRecord) =>
  `${JSON.stringify({ op: 'write', id: record.id, request: record.request })}\n`;

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
    fs.writeFileSync(temporary, found.pending.map(writeLine).join(''));
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
    unreadableLines: found.unreadableLines,
    append(id, request) {
      fs.writeSync(descriptor, writeLine({ id, request }));
      unacknowledged += 1;
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
