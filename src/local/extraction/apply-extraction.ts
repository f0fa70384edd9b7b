import { z } from 'zod';
import { MemOSResponseError } from '../../errors/index.ts';
import type { MemoryRow, MemoryStore } from '../store/memory-store.ts';
import type { Subject } from '../store/message-store.ts';
import type { ExtractedMemory, ExtractionResult } from './types.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const ExtractedMemorySchema = z.object({
  kind: z.enum(['fact', 'explicit_preference', 'implicit_preference', 'tool']),
  key: text(500),
  value: text(20_000),
  tags: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
  reasoning: z.string().max(20_000).optional(),
  confidence: z.number().min(0).max(1).optional(),
  memoryType: z.enum(['WorkingMemory', 'LongTermMemory', 'UserMemory']).optional(),
  sourceMessageIds: z.array(z.string()).optional(),
  slot: z.string().trim().min(1).max(100).optional(),
  object: z.string().trim().max(500).optional(),
  retires: z
    .array(
      z.object({
        slot: z.string().trim().min(1).max(100).optional(),
        object: z.string().trim().min(1).max(500).optional(),
      }),
    )
    .max(10)
    .optional(),
  ends: z
    .array(z.array(z.string().trim().min(1).max(100)).min(1).max(5))
    .max(10)
    .optional(),
  tool: z
    .object({ toolType: z.string().min(1), usedStatus: z.array(z.record(z.string(), z.unknown())) })
    .optional(),
});
const OperationSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('update'),
    id: z.string().min(1),
    key: text(500).optional(),
    value: text(20_000),
    tags: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
    reasoning: z.string().max(20_000).optional(),
  }),
  z.object({ type: z.literal('merge'), ids: z.array(z.string().min(1)).min(1), into: ExtractedMemorySchema }),
  z.object({ type: z.literal('retire'), id: z.string().min(1), reason: z.string().optional() }),
]);
/**
 * What every extractor's result must look like; checked before anything is written.
 *
 * @example
 * ExtractionResultSchema.parse({ memories: [], operations: [] });
 */
export const ExtractionResultSchema = z.object({
  memories: z.array(ExtractedMemorySchema),
  operations: z.array(OperationSchema).optional(),
});

/** Where the memories of one subject are written. */
export interface ApplyTarget {
  readonly subject: Subject;
  readonly userId: string | undefined;
  readonly agentId: string | undefined;
  readonly appId: string | undefined;
  readonly conversationId: string;
  readonly tags: readonly string[];
  readonly info: Record<string, unknown>;
  /** Message id (as shown to the extractor) → stored message seq, for this subject. */
  readonly messageSeqs: ReadonlyMap<string, number>;
  /** The conversation's earlier messages the extractor was shown as context: id → seq. */
  readonly contextSeqs?: ReadonlyMap<string, number> | undefined;
  /** Ids the extractor was shown; operations may only touch these. */
  readonly existingIds: ReadonlySet<string>;
  /** Message id → its `chat_time` in epoch ms, when it had a parseable one. */
  readonly messageTimes: ReadonlyMap<string, number>;
  readonly now: number;
  /** Vectors of new texts, by text, when embeddings are on. */
  readonly vectors?:
    | { readonly model: string; readonly byText: ReadonlyMap<string, Float32Array> }
    | undefined;
}

/** Ids touched by one extraction, as `/get/status` reports them. */
export interface AppliedChanges {
  readonly added: string[];
  readonly updated: string[];
  readonly retired: string[];
}

function invalidOutput(message: string, path: string): MemOSResponseError {
  return new MemOSResponseError(`The extractor's output is invalid: ${message}`, {
    status: 200,
    issues: [{ path, message }],
  });
}

/**
 * Checks an extractor's result in full before anything is written; a mismatch is a
 * `MemOSResponseError` listing every issue.
 *
 * @example
 * const result = validateExtraction(await extractor.extract(input));
 */
export function validateExtraction(result: unknown): ExtractionResult {
  const parsed = ExtractionResultSchema.safeParse(result);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    throw new MemOSResponseError(
      `The extractor's output is invalid: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      { status: 200, issues, cause: parsed.error },
    );
  }
  return parsed.data as ExtractionResult;
}

/**
 * Writes a validated extraction result for one subject: new memories (deduplicated), then updates,
 * merges and retirements, whose target ids are all checked first. Call inside the add transaction:
 * any throw rolls back the whole add.
 *
 * @example
 * inTransaction(database, () => applyExtraction(memories, validateExtraction(result), target));
 */
export function applyExtraction(
  memories: MemoryStore,
  result: ExtractionResult,
  target: ApplyTarget,
): AppliedChanges {
  const changes: AppliedChanges = { added: [], updated: [], retired: [] };
  const allSeqs = [...target.messageSeqs.values()];

  const sourceSeqs = (memory: ExtractedMemory, path: string) => {
    if (!memory.sourceMessageIds || memory.sourceMessageIds.length === 0) return allSeqs;
    return memory.sourceMessageIds.map((id) => {
      const seq = target.messageSeqs.get(id) ?? target.contextSeqs?.get(id);
      if (seq === undefined) throw invalidOutput(`unknown source message id "${id}"`, path);
      return seq;
    });
  };
  const owned = (id: string, path: string): MemoryRow => {
    const row = target.existingIds.has(id) ? memories.byId(id) : undefined;
    if (!row || row.subject !== target.subject)
      throw invalidOutput(`memory "${id}" was not offered to the extractor`, path);
    return row;
  };
  // A memory is as old as the newest message it came from (an import of 2025 chats yields 2025
  // memories, so freshness in the prompt block is right); ingestion time when no chat_time was given.
  const timeOf = (memory: ExtractedMemory) => {
    const ids = memory.sourceMessageIds?.length ? memory.sourceMessageIds : [...target.messageSeqs.keys()];
    const times = ids.flatMap((id) => target.messageTimes.get(id) ?? []);
    return times.length > 0 ? Math.max(...times) : target.now;
  };
  const write = (memory: ExtractedMemory, path: string) => {
    const tags = [...new Set([...(memory.tags ?? []), ...target.tags])];
    const written = memories.insertOrTouch({
      subject: target.subject,
      userId: target.userId,
      agentId: target.agentId,
      appId: target.appId,
      conversationId: target.conversationId,
      kind: memory.kind,
      key: memory.key,
      value: memory.value,
      reasoning: memory.reasoning ?? '',
      memoryType: memory.memoryType ?? (memory.kind === 'fact' ? 'UserMemory' : 'LongTermMemory'),
      tags,
      info: target.info,
      extra: {
        ...(memory.tool ? { tool_type: memory.tool.toolType, tool_used_status: memory.tool.usedStatus } : {}),
        ...(memory.slot ? { slot: memory.slot } : {}),
        ...(memory.object ? { object: memory.object } : {}),
      },
      confidence: memory.confidence ?? 0.9,
      now: timeOf(memory),
    });
    memories.linkSources(written.seq, sourceSeqs(memory, path));
    const vector = target.vectors?.byText.get(memory.value);
    if (written.created && vector && target.vectors)
      memories.saveVector(written.seq, target.vectors.model, vector);
    (written.created ? changes.added : changes.updated).push(written.id);
    return written;
  };

  // Check every operation's target before writing anything, so a bad id fails fast and whole.
  for (const [index, operation] of (result.operations ?? []).entries()) {
    const ids = operation.type === 'merge' ? operation.ids : [operation.id];
    for (const id of ids) owned(id, `operations.${index}`);
  }

  const writtenSeqs = new Set<number>();
  result.memories.forEach((memory, index) => {
    const row = write(memory, `memories.${index}`);
    writtenSeqs.add(row.seq);
    supersede(memories, memory, row.seq, timeOf(memory), target.subject, writtenSeqs, changes);
  });
  (result.operations ?? []).forEach((operation, index) => {
    const path = `operations.${index}`;
    if (operation.type === 'retire') {
      memories.update(owned(operation.id, path), { status: 'archived' }, target.now);
      changes.retired.push(operation.id);
      return;
    }
    if (operation.type === 'merge') {
      const written = write(operation.into, `${path}.into`);
      const merged = operation.ids.filter((id) => id !== written.id).map((id) => owned(id, path));
      memories.copySources(
        merged.map((row) => row.seq),
        written.seq,
      );
      for (const row of merged) {
        memories.update(row, { status: 'archived' }, target.now);
        changes.retired.push(row.id);
      }
      return;
    }
    const row = owned(operation.id, path);
    const duplicate = memories.findDuplicate(row.subject, row.kind, operation.value);
    if (duplicate && duplicate.id !== row.id) {
      // The new text already exists as another memory: keep that one, retire this.
      memories.touch(duplicate, target.now);
      memories.linkSources(duplicate.seq, allSeqs);
      memories.update(row, { status: 'archived' }, target.now);
      changes.updated.push(duplicate.id);
      changes.retired.push(row.id);
      return;
    }
    memories.update(
      row,
      {
        value: operation.value,
        ...(operation.key === undefined ? {} : { key: operation.key }),
        ...(operation.tags === undefined ? {} : { tags: operation.tags }),
        ...(operation.reasoning === undefined ? {} : { reasoning: operation.reasoning }),
        status: 'activated',
      },
      target.now,
    );
    memories.linkSources(row.seq, allSeqs);
    const vector = target.vectors?.byText.get(operation.value);
    if (vector && target.vectors) memories.saveVector(row.seq, target.vectors.model, vector);
    changes.updated.push(row.id);
  });
  return changes;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `object` names the thing `wanted` names: every word of `wanted` is one of its words. */
function sameObject(object: unknown, wanted: string): boolean {
  if (typeof object !== 'string') return false;
  const words = new Set(wordsOf(object));
  return wordsOf(wanted).every((word) => words.has(word));
}

/**
 * Newer statements win: a memory with a `slot` retires the subject's older active memories of that
 * slot, and `retires` retires the ones it negates; the raw turns those came from are marked as
 * superseded (they rank lower, they are not deleted: a turn may say more than the retired fact).
 */
function supersede(
  memories: MemoryStore,
  memory: ExtractedMemory,
  seq: number,
  time: number,
  subject: Subject,
  written: ReadonlySet<number>,
  changes: AppliedChanges,
): void {
  const retire = (row: MemoryRow) => {
    if (row.seq === seq || written.has(row.seq) || row.update_time > time) return;
    memories.update(row, { status: 'archived' }, row.update_time);
    memories.supersedeTurnsOf(row.seq, seq);
    changes.retired.push(row.id);
  };
  if (memory.slot) for (const row of memories.activeWithSlot(subject, memory.slot)) retire(row);
  // "No more warfarin": the older memories that name it rank below this one from now on.
  for (const words of memory.ends ?? []) memories.supersedeContaining(subject, words, time, seq);
  for (const { slot, object } of memory.retires ?? []) {
    const rows = slot
      ? memories.activeWithSlot(subject, slot)
      : object
        ? memories.activeWithObject(subject, wordsOf(object)[0] ?? object)
        : [];
    for (const row of rows) {
      const extra = JSON.parse(row.extra) as { object?: unknown };
      if (object === undefined || sameObject(extra.object, object)) retire(row);
    }
  }
}
