import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MemOSConfigError } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopePrefix, scopeToken } from '../../src/local/store/memory-store.ts';
import { LATEST_SCHEMA_VERSION, migrate, readSchemaVersion } from '../../src/local/store/migrations.ts';
import { openDatabase } from '../../src/local/store/open-database.ts';

const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'memos-local-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('database file', () => {
  it('creates the folder, uses WAL and the latest schema, and keeps data across reopen', async () => {
    const path = join(directory, 'nested', 'deeper', 'memory.db');
    const first = new LocalMemOS({ path });
    await first.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [{ role: 'user', content: 'I live in Lyon.' }],
    });
    await first.close();
    expect(existsSync(path)).toBe(true);

    const raw = new DatabaseSync(path);
    expect(readSchemaVersion(raw)).toBe(LATEST_SCHEMA_VERSION);
    expect(raw.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    raw.close();
    // The engine's own connection checkpoints the WAL every 10,000 pages, not every 1,000.
    const opened = openDatabase(path);
    expect(opened.prepare('PRAGMA wal_autocheckpoint').get()).toEqual({ wal_autocheckpoint: 10_000 });
    opened.close();

    const second = new LocalMemOS({ path });
    const found = await second.searchMemory({ user_id: 'u1', query: 'Lyon' });
    expect(found.memory_detail_list?.map((item) => item.memory_value)).toEqual(['The user lives in Lyon.']);
    await second.close();
  });

  it('migrates a version-1 file: its memories stay searchable, parts of words included', async () => {
    const path = join(directory, 'old.db');
    const old = new DatabaseSync(path);
    expect(migrate(old, { targetVersion: 1 })).toBe(1);
    // What a version-1 engine wrote: one message, one memory with its word postings and source.
    old.exec(`INSERT INTO messages (seq, id, subject, user_id, conversation_id, role, content, text, create_time)
      VALUES (1, 'msg-1', 'u:u1', 'u1', 'c1', 'user', 'I plan a trip to Guangzhou.', 'I plan a trip to Guangzhou.', 1000)`);
    old.exec(`INSERT INTO memories (seq, id, subject, user_id, conversation_id, kind, memory_key, memory_value,
      memory_type, tags, confidence, dedupe_key, create_time, update_time)
      VALUES (1, 'mem-1', 'u:u1', 'u1', 'c1', 'fact', 'Plan', 'The user plans a trip to Guangzhou.', 'UserMemory',
      '["travel"]', 0.9, 'k1', 1000, 1000)`);
    old
      .prepare(
        'INSERT INTO memory_words (rowid, scope, memory_key, memory_value, tags, cjk) VALUES (1, ?, ?, ?, ?, ?)',
      )
      .run(scopeToken('u:u1'), 'Plan', 'The user plans a trip to Guangzhou.', 'travel', '');
    old.exec('INSERT INTO memory_sources (memory_seq, message_seq) VALUES (1, 1)');
    expect(
      old.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'memory_trigrams'").get(),
    ).toEqual({ n: 0 });
    old.close();

    const memos = new LocalMemOS({ path });
    // A part of a word, matched by prefix in the word index.
    const partial = await memos.searchMemory({ user_id: 'u1', query: 'Guangzh', relativity: 0 });
    expect(partial.memory_detail_list).toEqual([
      expect.objectContaining({ id: 'mem-1', sources: [expect.objectContaining({ message_id: 'msg-1' })] }),
    ]);
    await memos.close();
    const reopened = new DatabaseSync(path);
    expect(readSchemaVersion(reopened)).toBe(LATEST_SCHEMA_VERSION);
    // Version 6 dropped the trigram index that version 2 built.
    expect(
      reopened.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'memory_trigrams%'").get(),
    ).toEqual({ n: 0 });
    // Version 3 back-fills the per-subject counts the search planner reads.
    expect(reopened.prepare('SELECT subject, memories FROM subject_stats ORDER BY subject').all()).toEqual([
      { subject: '*', memories: 1 },
      { subject: 'u:u1', memories: 1 },
    ]);
    reopened.close();
  });

  it('migrates a version-3 file: the word index gains a source column refilled from existing memories', async () => {
    const path = join(directory, 'v3.db');
    const old = new DatabaseSync(path);
    expect(migrate(old, { targetVersion: 3 })).toBe(3);
    // What a version-3 engine wrote: a user message, the memory extracted from it (indexed without its
    // source text), and an archived memory that must stay out of the rebuilt index.
    const said = 'Put Katrin as the contact for anything urgent, she is my manager.';
    old.exec(`INSERT INTO messages (seq, id, subject, user_id, conversation_id, role, content, text, create_time)
      VALUES (1, 'msg-1', 'u:u1', 'u1', 'c1', 'user', '${said}', '${said}', 1000)`);
    const insertMemory = old.prepare(`INSERT INTO memories (seq, id, subject, user_id, conversation_id, kind,
      memory_key, memory_value, memory_type, tags, confidence, dedupe_key, create_time, update_time, status)
      VALUES (?, ?, 'u:u1', 'u1', 'c1', 'fact', ?, ?, 'UserMemory', '["work"]', 0.9, ?, 1000, 1000, ?)`);
    insertMemory.run(1, 'mem-1', 'Contact', 'Katrin is the contact.', 'k1', 'activated');
    insertMemory.run(2, 'mem-2', 'Contact', 'Old contact note about the manager.', 'k2', 'archived');
    old
      .prepare(
        'INSERT INTO memory_words (rowid, scope, memory_key, memory_value, tags, cjk) VALUES (1, ?, ?, ?, ?, ?)',
      )
      .run(scopeToken('u:u1'), 'Contact', 'Katrin is the contact.', 'work', '');
    old.exec(`INSERT INTO memory_trigrams (rowid, text) VALUES (1, 'Contact Katrin is the contact.')`);
    old.exec('INSERT INTO memory_sources (memory_seq, message_seq) VALUES (1, 1), (2, 1)');
    old.close();

    const memos = new LocalMemOS({ path });
    // The memory's own words are still indexed as before (the source column is filled below; search
    // ranks raw turns, which are memories of their own, instead of a memory's source words).
    const own = await memos.searchMemory({ user_id: 'u1', query: 'Katrin' });
    expect(own.memory_detail_list?.map((item) => item.id)).toEqual(['mem-1']);
    await memos.close();

    const reopened = new DatabaseSync(path);
    expect(readSchemaVersion(reopened)).toBe(LATEST_SCHEMA_VERSION);
    expect(reopened.prepare('SELECT seq, text_edited FROM memories ORDER BY seq').all()).toEqual([
      { seq: 1, text_edited: 0 },
      { seq: 2, text_edited: 0 },
    ]);
    // Version 7 rebuilt the index with every term scoped to its subject (and no source column):
    // the activated memory's own words are there under u1's prefix, the archived memory is not.
    const term = (word: string) => `"${scopePrefix('u:u1')}${word}"`;
    expect(
      reopened
        .prepare('SELECT rowid FROM memory_words WHERE memory_words MATCH ?')
        .all(`{memory_key memory_value} : (${term('Katrin')} OR ${term('manager')})`),
    ).toEqual([{ rowid: 1 }]);
    expect(() =>
      reopened.prepare("SELECT rowid FROM memory_words WHERE memory_words MATCH 'source : urgent'").all(),
    ).toThrow(/no such column/);
    reopened.close();
  });

  it('migrates a version-6 file: the word index is rebuilt with terms scoped to each user', async () => {
    const path = join(directory, 'v6.db');
    const old = new DatabaseSync(path);
    expect(migrate(old, { targetVersion: 6 })).toBe(6);
    // What a version-6 engine wrote: two users' memories, indexed with a scope token and unscoped terms.
    const insertMemory = old.prepare(`INSERT INTO memories (seq, id, subject, user_id, conversation_id, kind,
      memory_key, memory_value, memory_type, tags, confidence, dedupe_key, create_time, update_time, status)
      VALUES (?, ?, ?, ?, 'c1', 'fact', 'Home', ?, 'UserMemory', '["place"]', 0.9, ?, 1000, 1000, 'activated')`);
    const insertWords = old.prepare(
      'INSERT INTO memory_words (rowid, scope, memory_key, memory_value, tags, cjk, source) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const [seq, user, value] of [
      [1, 'u1', 'The user lives in Guangzhou.'],
      [2, 'u2', 'The user lives in Guangzhou too.'],
      [3, 'u1', '用户住在杭州。'],
    ] as const) {
      insertMemory.run(seq, `mem-${seq}`, `u:${user}`, user, value, `k${seq}`);
      insertWords.run(seq, scopeToken(`u:${user}`), 'Home', value, 'place', '', '');
    }
    old.close();

    const memos = new LocalMemOS({ path });
    const found = async (userId: string, query: string) =>
      (await memos.searchMemory({ user_id: userId, query, relativity: 0 })).memory_detail_list?.map(
        (item) => item.id,
      );
    expect(await found('u1', 'Guangzhou')).toEqual(['mem-1']);
    expect(await found('u2', 'Guangzhou')).toEqual(['mem-2']);
    // A part of a word, by prefix, inside the asking user only; and Chinese by its character pairs.
    expect(await found('u1', 'Guangzh')).toEqual(['mem-1']);
    expect(await found('u1', '我住在杭州吗')).toEqual(['mem-3']);
    await memos.close();
    const reopened = new DatabaseSync(path);
    expect(readSchemaVersion(reopened)).toBe(LATEST_SCHEMA_VERSION);
    // Nothing is indexed unscoped any more: a bare word matches no row.
    expect(
      reopened.prepare("SELECT rowid FROM memory_words WHERE memory_words MATCH 'guangzhou'").all(),
    ).toEqual([]);
    reopened.close();
  });

  it('refuses a file written by a newer engine and leaves it untouched', () => {
    const path = join(directory, 'future.db');
    const future = new DatabaseSync(path);
    future.exec('CREATE TABLE something_new (x); PRAGMA user_version = 99');
    future.close();
    expect(() => new LocalMemOS({ path })).toThrow(MemOSConfigError);
    const after = new DatabaseSync(path);
    expect(readSchemaVersion(after)).toBe(99);
    expect(after.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'memories'").get()).toEqual({
      n: 0,
    });
    after.close();
  });

  it('is idempotent: migrating an up-to-date file changes nothing', () => {
    const database = new DatabaseSync(':memory:');
    expect(migrate(database)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrate(database)).toBe(LATEST_SCHEMA_VERSION);
    database.close();
  });
});

describe('parts of words', () => {
  it('are found by prefix in the word index, and a new file has no trigram index', async () => {
    const path = join(directory, 'memory.db');
    const memos = new LocalMemOS({ path });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c1',
      messages: [
        { role: 'user', content: 'We land in Guangzhou on Friday, then the train to Shenzhen.' },
        { role: 'assistant', content: 'Safe travels!' },
      ],
    });
    const found = await memos.searchMemory({ user_id: 'u1', query: 'Guangzh', relativity: 0 });
    expect(found.memory_detail_list?.map((item) => item.memory_value).join(' ')).toContain('Guangzhou');
    await memos.close();
    const raw = new DatabaseSync(path);
    expect(
      raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'memory_trigrams%'").get(),
    ).toEqual({
      n: 0,
    });
    raw.close();
  });
});

describe('node:sqlite warning', () => {
  it('hides only the SQLite ExperimentalWarning, not other warnings', async () => {
    const entry = fileURLToPath(new URL('../../src/local/index.ts', import.meta.url));
    const script = `
      const { LocalMemOS } = await import(${JSON.stringify(entry)});
      const memos = new LocalMemOS({ path: ':memory:' });
      await memos.close();
      process.emitWarning('a different warning', 'ExperimentalWarning');
      await new Promise((resolve) => setTimeout(resolve, 10));
    `;
    const { stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    expect(stderr).not.toMatch(/SQLite is an experimental/);
    expect(stderr).toMatch(/a different warning/);
  });
});
