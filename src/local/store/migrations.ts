import type { DatabaseSync } from 'node:sqlite';
import { MemOSConfigError } from '../../errors/index.ts';
import { cjkGrams } from '../search/text-terms.ts';
import { scopeToken, wordRow } from './memory-store.ts';
import type { Subject } from './message-store.ts';
import { SOURCE_TEXT_SQL, sourceColumn } from './source-text.ts';

/** One schema step: `up` runs inside a transaction together with the `user_version` bump. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly up: (database: DatabaseSync) => void;
}

// The schema version lives in `PRAGMA user_version` (a header field: reading it scans nothing, so
// opening a large file stays instant). Migrations are append-only: never edit a released one.
/**
 * The ordered schema migrations of the local engine.
 *
 * @example
 * MIGRATIONS.at(-1)?.version; // the latest schema version
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'messages, memories, sources, word index',
    up(database) {
      database.exec(`
        CREATE TABLE messages (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          subject TEXT NOT NULL,
          user_id TEXT,
          agent_id TEXT,
          app_id TEXT,
          conversation_id TEXT NOT NULL,
          role TEXT NOT NULL,
          content TEXT NOT NULL,
          content_is_json INTEGER NOT NULL DEFAULT 0,
          text TEXT NOT NULL,
          chat_time TEXT,
          tool_calls TEXT,
          tool_call_id TEXT,
          role_id TEXT,
          role_name TEXT,
          create_time INTEGER NOT NULL
        );
        CREATE INDEX messages_by_conversation ON messages (subject, conversation_id, seq);

        CREATE TABLE memories (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          subject TEXT NOT NULL,
          user_id TEXT,
          agent_id TEXT,
          app_id TEXT,
          conversation_id TEXT,
          kind TEXT NOT NULL CHECK (kind IN ('fact', 'explicit_preference', 'implicit_preference', 'tool')),
          memory_key TEXT NOT NULL,
          memory_value TEXT NOT NULL,
          reasoning TEXT NOT NULL DEFAULT '',
          memory_type TEXT NOT NULL,
          tags TEXT NOT NULL DEFAULT '[]',
          info TEXT NOT NULL DEFAULT '{}',
          extra TEXT NOT NULL DEFAULT '{}',
          status TEXT NOT NULL DEFAULT 'activated',
          confidence REAL NOT NULL,
          dedupe_key TEXT NOT NULL,
          create_time INTEGER NOT NULL,
          update_time INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX memories_dedupe ON memories (subject, kind, dedupe_key);
        CREATE INDEX memories_by_subject ON memories (subject, kind, status, update_time);

        CREATE TABLE memory_sources (
          memory_seq INTEGER NOT NULL REFERENCES memories (seq) ON DELETE CASCADE,
          message_seq INTEGER NOT NULL REFERENCES messages (seq) ON DELETE CASCADE,
          PRIMARY KEY (memory_seq, message_seq)
        ) WITHOUT ROWID;
        CREATE INDEX memory_sources_by_message ON memory_sources (message_seq);

        -- Contentless: the text lives in memories; the index only needs its postings. 'scope' holds one
        -- opaque token per subject so a match is intersected with the asking user's rows inside FTS.
        CREATE VIRTUAL TABLE memory_words USING fts5 (
          scope, memory_key, memory_value, tags, cjk,
          content = '', contentless_delete = 1,
          tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER memories_delete_words AFTER DELETE ON memories BEGIN
          DELETE FROM memory_words WHERE rowid = old.seq;
        END;
      `);
    },
  },
  {
    version: 2,
    description: 'trigram index for CJK and substrings, embedding vectors',
    up(database) {
      database.exec(`
        CREATE VIRTUAL TABLE memory_trigrams USING fts5 (
          text, content = '', contentless_delete = 1, tokenize = 'trigram'
        );
        INSERT INTO memory_trigrams (rowid, text)
          SELECT seq, memory_key || ' ' || memory_value FROM memories WHERE status = 'activated';
        CREATE TRIGGER memories_delete_trigrams AFTER DELETE ON memories BEGIN
          DELETE FROM memory_trigrams WHERE rowid = old.seq;
        END;

        CREATE TABLE memory_vectors (
          memory_seq INTEGER PRIMARY KEY REFERENCES memories (seq) ON DELETE CASCADE,
          model TEXT NOT NULL,
          vector BLOB NOT NULL
        );
      `);
    },
  },
  {
    version: 3,
    description: 'per-subject memory counts (search scopes the index only for small subjects)',
    up(database) {
      database.exec(`
        -- One row per subject plus '*' for the whole store (real subjects start with 'u:' or 'a:').
        CREATE TABLE subject_stats (subject TEXT PRIMARY KEY, memories INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO subject_stats (subject, memories) SELECT subject, count(*) FROM memories GROUP BY subject;
        INSERT INTO subject_stats (subject, memories) SELECT '*', count(*) FROM memories;
        CREATE TRIGGER memories_count_insert AFTER INSERT ON memories BEGIN
          INSERT INTO subject_stats (subject, memories) VALUES (new.subject, 1), ('*', 1)
            ON CONFLICT (subject) DO UPDATE SET memories = memories + 1;
        END;
        CREATE TRIGGER memories_count_delete AFTER DELETE ON memories BEGIN
          UPDATE subject_stats SET memories = memories - 1 WHERE subject IN (old.subject, '*');
        END;
      `);
    },
  },
  {
    version: 4,
    description: "word index gains a 'source' column: the text of the user messages a memory came from",
    up(database) {
      // FTS5 tables cannot gain a column: rebuild the contentless index and repopulate it from the
      // activated memories (the key, value, tags and CJK columns are recomputed exactly as on insert).
      database.exec(`
        -- Set when a memory's text is rewritten (update API, LLM update): its sources no longer say what
        -- it says, so their words stop being indexed for it.
        ALTER TABLE memories ADD COLUMN text_edited INTEGER NOT NULL DEFAULT 0;
        DROP TRIGGER memories_delete_words;
        DROP TABLE memory_words;
        CREATE VIRTUAL TABLE memory_words USING fts5 (
          scope, memory_key, memory_value, tags, cjk, source,
          content = '', contentless_delete = 1,
          tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER memories_delete_words AFTER DELETE ON memories BEGIN
          DELETE FROM memory_words WHERE rowid = old.seq;
        END;
      `);
      const insert = database.prepare(
        'INSERT INTO memory_words (rowid, scope, memory_key, memory_value, tags, cjk, source) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const sourceText = database.prepare(SOURCE_TEXT_SQL);
      const rows = database
        .prepare(
          "SELECT seq, subject, memory_key, memory_value, tags FROM memories WHERE status = 'activated'",
        )
        .all() as { seq: number; subject: string; memory_key: string; memory_value: string; tags: string }[];
      for (const row of rows) {
        const tagText = (JSON.parse(row.tags) as string[]).join(' ');
        const source = (sourceText.get(row.seq) as { text: string | null } | undefined)?.text ?? '';
        insert.run(
          row.seq,
          scopeToken(row.subject as Subject),
          row.memory_key,
          row.memory_value,
          tagText,
          cjkGrams(`${row.memory_key} ${row.memory_value} ${tagText}`),
          sourceColumn(source),
        );
      }
    },
  },
  {
    version: 5,
    description: 'idempotency keys of /add/message: a repeat within the retention window stores nothing',
    up(database) {
      database.exec(`
        -- One row per Idempotency-Key answered with success: the request's fingerprint (a repeat with
        -- other content is refused) and the first answer, returned again to a repeat. Pruned by age
        -- and count (see LocalMemOS's idempotency option).
        CREATE TABLE idempotency_keys (
          key TEXT PRIMARY KEY,
          request_hash TEXT NOT NULL,
          response TEXT NOT NULL,
          create_time INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX idempotency_keys_by_time ON idempotency_keys (create_time);
      `);
    },
  },
  {
    version: 6,
    description: 'no trigram index: parts of words are found by prefix in the word index',
    up(database) {
      // Every turn's commit wrote the trigram index's pages too (about a fifth of a turn's pages), and
      // a prefix query on the word index finds the same parts of words ("Guangzh" of "Guangzhou").
      database.exec(`
        DROP TRIGGER IF EXISTS memories_delete_trigrams;
        DROP TABLE IF EXISTS memory_trigrams;
      `);
    },
  },
  {
    version: 7,
    description: 'word index terms scoped to their subject, and an index of the statements of a slot',
    up(database) {
      // Every term carries its subject's prefix (see scopePrefix): a query reads only the asking user's
      // postings, where a scope-token AND read every user's postings of each word and intersected them.
      // The scope column goes, and so does the source column (empty since schema 4 for new memories:
      // every user turn is a memory of its own, searched instead of the sources' words).
      database.exec(`
        DROP TRIGGER memories_delete_words;
        DROP TABLE memory_words;
        CREATE VIRTUAL TABLE memory_words USING fts5 (
          memory_key, memory_value, tags, cjk,
          content = '', contentless_delete = 1,
          tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER memories_delete_words AFTER DELETE ON memories BEGIN
          DELETE FROM memory_words WHERE rowid = old.seq;
        END;
        -- The statements of a slot ("name", "home"…) a user's search and each new statement read: found
        -- by the index instead of reading every memory of the user (a tenth of memories have a slot).
        CREATE INDEX memories_by_slot ON memories (subject, json_extract(extra, '$.slot'))
          WHERE status = 'activated' AND json_extract(extra, '$.slot') IS NOT NULL;
      `);
      const insert = database.prepare(
        'INSERT INTO memory_words (rowid, memory_key, memory_value, tags, cjk) VALUES (?, ?, ?, ?, ?)',
      );
      const rows = database
        .prepare(
          "SELECT seq, subject, memory_key, memory_value, tags FROM memories WHERE status = 'activated'",
        )
        .iterate() as Iterable<{
        seq: number;
        subject: string;
        memory_key: string;
        memory_value: string;
        tags: string;
      }>;
      for (const row of rows) {
        const tags = JSON.parse(row.tags) as string[];
        insert.run(row.seq, ...wordRow(row.subject as Subject, row.memory_key, row.memory_value, tags));
      }
    },
  },
];

/**
 * The schema version this build of the engine writes.
 *
 * @example
 * readSchemaVersion(database) === LATEST_SCHEMA_VERSION; // after opening with LocalMemOS
 */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Brings the database up to `targetVersion` (default: latest), one transaction per step. A file written
 * by a newer engine is refused rather than misread.
 *
 * @example
 * migrate(database); // user_version is now LATEST_SCHEMA_VERSION
 */
export function migrate(
  database: DatabaseSync,
  { targetVersion = LATEST_SCHEMA_VERSION }: { targetVersion?: number } = {},
): number {
  const refuseNewer = (version: number) => {
    if (version <= LATEST_SCHEMA_VERSION) return;
    throw new MemOSConfigError(
      `The memory database has schema version ${version}, newer than this engine supports (${LATEST_SCHEMA_VERSION}). Upgrade memos-middleware.`,
    );
  };
  const current = readSchemaVersion(database);
  refuseNewer(current);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > targetVersion) continue;
    database.exec('BEGIN IMMEDIATE');
    try {
      // Re-read under the write lock: another process (a server and an app starting on one new file)
      // may have run this step between our first read and the lock.
      const locked = readSchemaVersion(database);
      refuseNewer(locked);
      if (locked < migration.version) {
        migration.up(database);
        database.exec(`PRAGMA user_version = ${migration.version}`);
      }
      database.exec('COMMIT');
    } catch (error) {
      database.exec('ROLLBACK');
      if (MemOSConfigError.isInstance(error)) throw error;
      throw new MemOSConfigError(`Schema migration ${migration.version} failed`, { cause: error });
    }
  }
  return readSchemaVersion(database);
}

/**
 * The schema version stored in the file (0 for a new, empty database).
 *
 * @example
 * readSchemaVersion(database); // 2
 */
export function readSchemaVersion(database: DatabaseSync): number {
  const row = database.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}
