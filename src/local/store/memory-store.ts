import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { MemoryKind } from '../extraction/types.ts';
import { cjkGrams, ftsString, scopedText } from '../search/text-terms.ts';
import type { Subject } from './message-store.ts';

/** A memory row as stored (JSON columns still as text). */
export interface MemoryRow {
  readonly seq: number;
  readonly id: string;
  readonly subject: string;
  readonly user_id: string | null;
  readonly agent_id: string | null;
  readonly app_id: string | null;
  readonly conversation_id: string | null;
  readonly kind: MemoryKind;
  readonly memory_key: string;
  readonly memory_value: string;
  readonly reasoning: string;
  readonly memory_type: string;
  readonly tags: string;
  readonly info: string;
  readonly extra: string;
  readonly status: string;
  readonly confidence: number;
  readonly create_time: number;
  readonly update_time: number;
}

/** An existing memory with the same meaning as a new one. */
export interface Duplicate {
  readonly seq: number;
  readonly id: string;
  readonly status: string;
}

/** A source message of a memory, as search and listing items carry it. */
export interface SourceRow {
  readonly memory_seq: number;
  readonly message_id: string;
  readonly role: string;
  readonly text: string;
  readonly chat_time: string | null;
}

/** A memory to insert. */
export interface NewMemory {
  readonly subject: Subject;
  readonly userId: string | undefined;
  readonly agentId: string | undefined;
  readonly appId: string | undefined;
  readonly conversationId: string;
  readonly kind: MemoryKind;
  readonly key: string;
  readonly value: string;
  readonly reasoning: string;
  readonly memoryType: string;
  readonly tags: readonly string[];
  readonly info: Record<string, unknown>;
  readonly extra: Record<string, unknown>;
  readonly confidence: number;
  readonly now: number;
}

/**
 * The columns every memory query selects (alias `m`).
 *
 * @example
 * database.prepare(`SELECT ${MEMORY_COLUMNS} FROM memories m WHERE m.id = ?`);
 */
export const MEMORY_COLUMNS = `m.seq, m.id, m.subject, m.user_id, m.agent_id, m.app_id, m.conversation_id, m.kind,
  m.memory_key, m.memory_value, m.reasoning, m.memory_type, m.tags, m.info, m.extra, m.status, m.confidence,
  m.create_time, m.update_time`;

/**
 * The opaque per-subject token of the word index's `scope` column in schemas 1 to 6 (schema 7 scopes
 * every term instead, see `scopePrefix`): letters and digits only, a single FTS token whatever
 * characters the user id has. Kept for the migrations that write those schemas.
 *
 * @example
 * scopeToken('u:alice'); // 'x3f1…' (17 characters)
 */
export function scopeToken(subject: Subject): string {
  return `x${createHash('sha256').update(subject).digest('hex').slice(0, 16)}`;
}

const PREFIX_LETTERS = 'bcdfghjklmnpqrst';
const prefixes = new Map<Subject, string>();

/**
 * The per-subject prefix of every term in the word index (schema 7, see `scopedText`): consonants only
 * (no vowel, no "y"), so Porter stemming of a prefixed word is the stemming of the word.
 *
 * @example
 * scopePrefix('u:alice'); // 'xq…' (17 letters)
 */
export function scopePrefix(subject: Subject): string {
  let prefix = prefixes.get(subject);
  if (prefix !== undefined) return prefix;
  const hex = createHash('sha256').update(subject).digest('hex').slice(0, 16);
  prefix = `x${Array.from(hex, (digit) => PREFIX_LETTERS[Number.parseInt(digit, 16)]).join('')}`;
  // Every search and every memory written asks it: the recent subjects' are kept (a bounded map).
  if (prefixes.size >= 4_096) prefixes.delete(prefixes.keys().next().value!);
  prefixes.set(subject, prefix);
  return prefix;
}

/**
 * The word index row of a memory (schema 7): its key, value, tags and CJK character pairs, every term
 * scoped to its subject.
 *
 * @example
 * const [key, value, tags, cjk] = wordRow('u:alice', 'Home', 'The user lives in Lyon.', ['place']);
 */
export function wordRow(
  subject: Subject,
  key: string,
  value: string,
  tags: readonly string[],
): [string, string, string, string] {
  const prefix = scopePrefix(subject);
  const tagText = tags.join(' ');
  return [
    scopedText(prefix, key),
    scopedText(prefix, value),
    scopedText(prefix, tagText),
    scopedText(prefix, cjkGrams(`${key} ${value} ${tagText}`)),
  ];
}

/**
 * Identity of a memory's meaning for deduplication: case, spacing and punctuation do not count.
 *
 * @example
 * dedupeKey('The user lives in Lyon.') === dedupeKey('the user LIVES in Lyon!'); // true
 */
export function dedupeKey(value: string): string {
  const normalised = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(normalised).digest('base64url').slice(0, 22);
}

/**
 * The memory table and its full-text word index, kept in step: every write here also writes the word
 * postings (deletes go through a trigger).
 *
 * @example
 * const memories = createMemoryStore(database);
 */
export function createMemoryStore(database: DatabaseSync) {
  const findDuplicate = database.prepare(
    'SELECT seq, id, status FROM memories WHERE subject = ? AND kind = ? AND dedupe_key = ?',
  );
  const touch = database.prepare(
    `UPDATE memories SET update_time = ?, status = 'activated', confidence = max(confidence, ?) WHERE seq = ?`,
  );
  const insert = database.prepare(
    `INSERT INTO memories (id, subject, user_id, agent_id, app_id, conversation_id, kind, memory_key,
       memory_value, reasoning, memory_type, tags, info, extra, status, confidence, dedupe_key, create_time,
       update_time)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'activated', ?, ?, ?, ?)`,
  );
  const insertWords = database.prepare(
    'INSERT INTO memory_words (rowid, memory_key, memory_value, tags, cjk) VALUES (?, ?, ?, ?, ?)',
  );
  const markEdited = database.prepare('UPDATE memories SET text_edited = 1 WHERE seq = ?');
  const deleteWords = database.prepare('DELETE FROM memory_words WHERE rowid = ?');
  const link = database.prepare(
    'INSERT OR IGNORE INTO memory_sources (memory_seq, message_seq) VALUES (?, ?)',
  );
  const byId = database.prepare(`SELECT ${MEMORY_COLUMNS} FROM memories m WHERE m.id = ?`);
  const bySeq = database.prepare(`SELECT ${MEMORY_COLUMNS} FROM memories m WHERE m.seq = ?`);
  const byIds = database.prepare(
    `SELECT ${MEMORY_COLUMNS} FROM memories m WHERE m.id IN (SELECT value FROM json_each(?))`,
  );
  const bySeqs = database.prepare(
    `SELECT ${MEMORY_COLUMNS} FROM memories m WHERE m.seq IN (SELECT value FROM json_each(?))`,
  );
  const sources = database.prepare(
    `SELECT s.memory_seq, g.id AS message_id, g.role, g.text, g.chat_time
     FROM memory_sources s JOIN messages g ON g.seq = s.message_seq
     WHERE s.memory_seq IN (SELECT value FROM json_each(?)) ORDER BY g.seq`,
  );
  const update = database.prepare(
    `UPDATE memories SET memory_key = ?, memory_value = ?, tags = ?, reasoning = ?, status = ?, dedupe_key = ?,
       update_time = ? WHERE seq = ?`,
  );
  const deleteByIds = database.prepare('DELETE FROM memories WHERE id IN (SELECT value FROM json_each(?))');
  const deleteBySubject = database.prepare('DELETE FROM memories WHERE subject = ?');
  const recent = database.prepare(
    `SELECT ${MEMORY_COLUMNS} FROM memories m WHERE m.subject = ? AND m.status = 'activated'
     ORDER BY m.update_time DESC, m.seq DESC LIMIT ?`,
  );
  const copySources = database.prepare(
    `INSERT OR IGNORE INTO memory_sources (memory_seq, message_seq)
     SELECT ?, message_seq FROM memory_sources WHERE memory_seq IN (SELECT value FROM json_each(?))`,
  );
  const upsertVector = database.prepare(
    'INSERT OR REPLACE INTO memory_vectors (memory_seq, model, vector) VALUES (?, ?, ?)',
  );
  const withSlot = database.prepare(
    `SELECT ${MEMORY_COLUMNS} FROM memories m WHERE m.subject = ? AND m.status = 'activated'
       AND json_extract(m.extra, '$.slot') = ?`,
  );
  const withObject = database.prepare(
    `SELECT ${MEMORY_COLUMNS} FROM memories m WHERE m.subject = ? AND m.status = 'activated'
       AND instr(json_extract(m.extra, '$.object'), ?) > 0`,
  );
  // The raw turns (fast-mode memories) made from the same user messages as a memory.
  const turnsOf = database.prepare(
    `SELECT DISTINCT t.seq, t.extra FROM memory_sources s
       JOIN messages g ON g.seq = s.message_seq AND g.role = 'user'
       JOIN memory_sources u ON u.message_seq = s.message_seq
       JOIN memories t ON t.seq = u.memory_seq
     WHERE s.memory_seq = ? AND t.seq != ? AND t.status = 'activated' AND instr(t.tags, '"mode:fast"') > 0`,
  );
  const setExtra = database.prepare('UPDATE memories SET extra = ? WHERE seq = ?');
  const containing = database.prepare(
    `SELECT m.seq, m.extra, m.update_time FROM memory_words f CROSS JOIN memories m ON m.seq = f.rowid
     WHERE memory_words MATCH ? AND m.subject = ? AND m.status = 'activated' ORDER BY f.rowid DESC LIMIT 200`,
  );

  function refresh(duplicate: Duplicate, now: number, confidence: number) {
    touch.run(now, confidence, duplicate.seq);
    if (duplicate.status === 'activated') return;
    const row = bySeq.get(duplicate.seq) as unknown as MemoryRow;
    insertWordRow(
      row.seq,
      row.subject as Subject,
      row.memory_key,
      row.memory_value,
      JSON.parse(row.tags) as string[],
    );
  }

  // Only activated memories are in the full-text index, so a search can rank straight from the index
  // and never has to skip retired rows; a status change moves a memory in or out.
  function insertWordRow(seq: number, subject: Subject, key: string, value: string, tags: readonly string[]) {
    insertWords.run(seq, ...wordRow(subject, key, value, tags));
  }

  return {
    /**
     * Inserts a memory, or refreshes an identical one of the same subject and kind (update_time bumped,
     * re-activated) so restating a fact never duplicates it. Call inside a transaction.
     */
    insertOrTouch(memory: NewMemory): { seq: number; id: string; created: boolean } {
      const dedupe = dedupeKey(memory.value);
      const duplicate = findDuplicate.get(memory.subject, memory.kind, dedupe) as Duplicate | undefined;
      if (duplicate) {
        refresh(duplicate, memory.now, memory.confidence);
        return { seq: duplicate.seq, id: duplicate.id, created: false };
      }
      const id = crypto.randomUUID();
      const result = insert.run(
        id,
        memory.subject,
        memory.userId ?? null,
        memory.agentId ?? null,
        memory.appId ?? null,
        memory.conversationId,
        memory.kind,
        memory.key,
        memory.value,
        memory.reasoning,
        memory.memoryType,
        JSON.stringify(memory.tags),
        JSON.stringify(memory.info),
        JSON.stringify(memory.extra),
        memory.confidence,
        dedupe,
        memory.now,
        memory.now,
      );
      const seq = Number(result.lastInsertRowid);
      insertWordRow(seq, memory.subject, memory.key, memory.value, memory.tags);
      return { seq, id, created: true };
    },
    /** The memory of this subject and kind whose text means the same as `value`, if any. */
    findDuplicate(subject: Subject, kind: MemoryKind, value: string): Duplicate | undefined {
      return findDuplicate.get(subject, kind, dedupeKey(value)) as Duplicate | undefined;
    },
    /** Marks a memory as seen again now (and active, back in the indexes if it was retired). */
    touch(duplicate: Duplicate, now: number): void {
      refresh(duplicate, now, 0);
    },
    /** Gives `toSeq` the source messages of `fromSeqs` (a merge keeps every origin). */
    copySources(fromSeqs: readonly number[], toSeq: number): void {
      if (fromSeqs.length === 0) return;
      copySources.run(toSeq, JSON.stringify(fromSeqs));
    },
    /** Records that `memorySeq` came from these messages. */
    linkSources(memorySeq: number, messageSeqs: readonly number[]): void {
      for (const messageSeq of messageSeqs) link.run(memorySeq, messageSeq);
    },
    /** Rewrites a memory's text, tags or status and re-indexes it. */
    update(
      row: MemoryRow,
      changes: {
        key?: string;
        value?: string;
        tags?: readonly string[];
        reasoning?: string;
        status?: string;
      },
      now: number,
    ): void {
      const key = changes.key ?? row.memory_key;
      const value = changes.value ?? row.memory_value;
      const tags = changes.tags ?? (JSON.parse(row.tags) as string[]);
      update.run(
        key,
        value,
        JSON.stringify(tags),
        changes.reasoning ?? row.reasoning,
        changes.status ?? row.status,
        dedupeKey(value),
        now,
        row.seq,
      );
      if (key !== row.memory_key || value !== row.memory_value) markEdited.run(row.seq);
      const wasIndexed = row.status === 'activated';
      const indexed = (changes.status ?? row.status) === 'activated';
      const textChanged = key !== row.memory_key || value !== row.memory_value || changes.tags !== undefined;
      if (wasIndexed && (!indexed || textChanged)) deleteWords.run(row.seq);
      if (indexed && (!wasIndexed || textChanged))
        insertWordRow(row.seq, row.subject as Subject, key, value, tags);
    },
    byId(id: string): MemoryRow | undefined {
      return byId.get(id) as MemoryRow | undefined;
    },
    byIds(ids: readonly string[]): MemoryRow[] {
      return byIds.all(JSON.stringify(ids)) as unknown as MemoryRow[];
    },
    bySeqs(seqs: readonly number[]): MemoryRow[] {
      return bySeqs.all(JSON.stringify(seqs)) as unknown as MemoryRow[];
    },
    /** Source messages of these memories, grouped by memory seq, oldest first. */
    sources(seqs: readonly number[]): Map<number, SourceRow[]> {
      const grouped = new Map<number, SourceRow[]>();
      if (seqs.length === 0) return grouped;
      for (const row of sources.all(JSON.stringify(seqs)) as unknown as SourceRow[]) {
        const list = grouped.get(row.memory_seq);
        if (list) list.push(row);
        else grouped.set(row.memory_seq, [row]);
      }
      return grouped;
    },
    /** The subject's most recently touched active memories. */
    recent(subject: Subject, limit: number): MemoryRow[] {
      return recent.all(subject, limit) as unknown as MemoryRow[];
    },
    deleteByIds(ids: readonly string[]): number {
      return Number(deleteByIds.run(JSON.stringify(ids)).changes);
    },
    deleteBySubject(subject: Subject): number {
      return Number(deleteBySubject.run(subject).changes);
    },
    /** The subject's active memories that state this slot (`home`, `work`…). */
    activeWithSlot(subject: Subject, slot: string): MemoryRow[] {
      return withSlot.all(subject, slot) as unknown as MemoryRow[];
    },
    /** The subject's active memories whose `object` contains this text. */
    activeWithObject(subject: Subject, text: string): MemoryRow[] {
      return withObject.all(subject, text) as unknown as MemoryRow[];
    },
    /**
     * Marks the raw turns a retired memory came from as superseded: they stay searchable (the turn may
     * say more than the retired fact) but rank below what replaced them.
     */
    supersedeTurnsOf(memorySeq: number, bySeq: number): void {
      for (const turn of turnsOf.all(memorySeq, bySeq) as { seq: number; extra: string }[]) {
        setExtra.run(
          JSON.stringify({ ...(JSON.parse(turn.extra) as object), superseded_by: bySeq }),
          turn.seq,
        );
      }
    },
    /**
     * Marks the subject's active memories from before `time` that hold every one of `words` (English
     * words, stemmed as the index stems them, or a Chinese word matched by its character pairs) as
     * superseded by memory `bySeq`: a newer statement said the thing they name has ended. Returns how
     * many were marked.
     */
    supersedeContaining(subject: Subject, words: readonly string[], time: number, bySeq: number): number {
      const terms = words.flatMap((word) => {
        const chars = Array.from(word);
        if (!/[\p{Script=Han}]/u.test(word) || chars.length < 2) return [word];
        return chars.slice(1).map((char, index) => chars[index]! + char);
      });
      if (terms.length === 0) return 0;
      const prefix = scopePrefix(subject);
      const match = `{memory_key memory_value cjk} : (${terms.map((term) => ftsString(scopedText(prefix, term))).join(' AND ')})`;
      let marked = 0;
      for (const row of containing.all(match, subject) as {
        seq: number;
        extra: string;
        update_time: number;
      }[]) {
        if (row.seq === bySeq || row.update_time >= time) continue;
        const extra = JSON.parse(row.extra) as { superseded_by?: number };
        if (extra.superseded_by !== undefined) continue;
        setExtra.run(JSON.stringify({ ...extra, superseded_by: bySeq }), row.seq);
        marked += 1;
      }
      return marked;
    },
    saveVector(seq: number, model: string, vector: Float32Array): void {
      upsertVector.run(seq, model, new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength));
    },
  };
}

/** The store type returned by `createMemoryStore`. */
export type MemoryStore = ReturnType<typeof createMemoryStore>;
