/** The kinds of memory the local engine stores. */
export type MemoryKind = 'fact' | 'explicit_preference' | 'implicit_preference' | 'tool';

/**
 * A message as stored, handed to an extractor: `text` is the content flattened to plain text.
 *
 * @example
 * const message: StoredMessage = { id: 'm1', role: 'user', text: 'I live in Paris.', chatTime: undefined, createTime: 0 };
 */
export interface StoredMessage {
  readonly id: string;
  readonly role: 'user' | 'assistant' | 'system' | 'tool';
  readonly text: string;
  readonly chatTime: string | undefined;
  readonly createTime: number;
  readonly toolCalls?: readonly { id: string; name: string; arguments: string }[] | undefined;
  readonly toolCallId?: string | undefined;
  readonly roleName?: string | undefined;
}

/**
 * A memory the user already has, shown to an extractor so it can update, merge or retire it.
 *
 * @example
 * const existing: ExistingMemory = { id: 'uuid', kind: 'fact', key: 'Home', value: 'The user lives in Paris.', tags: [], updateTime: 0 };
 */
export interface ExistingMemory {
  readonly id: string;
  readonly kind: MemoryKind;
  readonly key: string;
  readonly value: string;
  readonly tags: readonly string[];
  readonly updateTime: number;
}

/**
 * A new memory proposed by an extractor. `sourceMessageIds` name the messages it came from (ids of the
 * `messages` passed in); when empty, every message of the batch counts as a source.
 *
 * @example
 * const memory: ExtractedMemory = { kind: 'fact', key: 'Home city', value: 'The user lives in Paris.', tags: ['Paris'], sourceMessageIds: ['m1'] };
 */
export interface ExtractedMemory {
  readonly kind: MemoryKind;
  readonly key: string;
  readonly value: string;
  readonly tags?: readonly string[] | undefined;
  /** Why the extractor believes it; shown as `reasoning` on preferences. */
  readonly reasoning?: string | undefined;
  /** 0–1. @default 0.9 */
  readonly confidence?: number | undefined;
  /** MemOS `memory_type` of a fact. @default 'UserMemory' */
  readonly memoryType?: 'WorkingMemory' | 'LongTermMemory' | 'UserMemory' | undefined;
  readonly sourceMessageIds?: readonly string[] | undefined;
  /**
   * A single-valued thing this memory states about the user (`home`, `work`, `name`, `diet`…): a newer
   * memory with the same slot supersedes the user's older ones (they are retired, and the raw turns
   * they came from rank lower).
   */
  readonly slot?: string | undefined;
  /** What the memory is about, in a few lowercase words ("berlin", "coffee"), for `retires`. */
  readonly object?: string | undefined;
  /**
   * Older memories this one negates ("I don't live in Berlin anymore"): the user's active memories with
   * this slot and/or whose `object` contains these words are retired.
   */
  readonly retires?:
    | readonly { readonly slot?: string | undefined; readonly object?: string | undefined }[]
    | undefined;
  /**
   * Things this statement says have ended ("No more warfarin" → `[['warfarin']]`), each as the words an
   * older memory must hold to be about it: the user's older memories holding them are marked as
   * superseded (kept, ranked lower).
   */
  readonly ends?: readonly (readonly string[])[] | undefined;
  /** Tool memories only: MemOS `tool_type`, `tool_used_status`, `experience`. */
  readonly tool?:
    | { readonly toolType: string; readonly usedStatus: readonly Record<string, unknown>[] }
    | undefined;
}

/**
 * A change to an existing memory: replace its text, fold several into one, or retire it (archived,
 * never returned by search again).
 *
 * @example
 * const operation: MemoryOperation = { type: 'retire', id: 'uuid', reason: 'The user moved away from Paris.' };
 */
export type MemoryOperation =
  | {
      readonly type: 'update';
      readonly id: string;
      readonly key?: string | undefined;
      readonly value: string;
      readonly tags?: readonly string[] | undefined;
      readonly reasoning?: string | undefined;
    }
  | { readonly type: 'merge'; readonly ids: readonly string[]; readonly into: ExtractedMemory }
  | { readonly type: 'retire'; readonly id: string; readonly reason?: string | undefined };

/**
 * What an extractor found in one batch of messages.
 *
 * @example
 * const result: ExtractionResult = { memories: [], operations: [] };
 */
export interface ExtractionResult {
  readonly memories: readonly ExtractedMemory[];
  readonly operations?: readonly MemoryOperation[] | undefined;
}

/**
 * Input of one extraction: the new messages of one conversation and the user's related memories.
 *
 * @example
 * await extractor.extract({ messages, existing: [], userId: 'u1', conversationId: 'c1' });
 */
export interface ExtractionInput {
  readonly messages: readonly StoredMessage[];
  /**
   * The conversation's messages stored before this batch (oldest first, a few at most), so a reply
   * can be read against the assistant message it answers; they may be named as sources.
   */
  readonly context?: readonly StoredMessage[] | undefined;
  readonly existing: readonly ExistingMemory[];
  readonly userId: string | undefined;
  readonly conversationId: string;
}

/**
 * Turns raw messages into memories. The engine writes the result in one transaction, so an extractor
 * that throws leaves nothing behind.
 *
 * @example
 * const extractor: Extractor = { async extract({ messages }) { return { memories: [] }; } };
 */
export interface Extractor {
  extract(input: ExtractionInput): Promise<ExtractionResult>;
  /**
   * How many related existing memories the extractor wants to see (0 skips the lookup, which the
   * rule extractor does: the engine deduplicates identical memories itself).
   * @default 20
   */
  readonly existingLimit?: number | undefined;
}
