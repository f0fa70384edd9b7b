import { z } from 'zod';
import { MemOSConfigError, MemOSResponseError } from '../../errors/index.ts';
import { loadOpenAI, type OpenAIClientLike, wrapProviderError } from './openai-loader.ts';
import { turnUnit } from './turn-units.ts';
import type {
  ExtractedMemory,
  ExtractionInput,
  ExtractionResult,
  Extractor,
  MemoryOperation,
  StoredMessage,
} from './types.ts';

/** Options of `createLLMExtractor`. */
export interface LLMExtractorOptions {
  /** The chat model, e.g. `gpt-4o-mini` or a local model name. */
  readonly model: string;
  /** An OpenAI-compatible base URL (Ollama, vLLM, LM Studio, a gateway); the openai default when absent. */
  readonly baseURL?: string | undefined;
  /** The endpoint's key; `OPENAI_API_KEY` when absent. Never echoed in errors. */
  readonly apiKey?: string | undefined;
  /** A ready `openai` client (wins over baseURL/apiKey). */
  readonly client?: OpenAIClientLike | undefined;
  /** How many related existing memories the model sees for conflict resolution. @default 20 */
  readonly existingLimit?: number | undefined;
  /** @default 0 */
  readonly temperature?: number | undefined;
  /** Retries of the `openai` client on 429/5xx/connection errors. @default 1 */
  readonly maxRetries?: number | undefined;
  /**
   * Also keep every user turn whole (MemOS's fast mode, as the rule extractor does), so a detail the
   * model left out stays searchable. @default true
   */
  readonly turns?: boolean | undefined;
}

const KINDS = ['fact', 'explicit_preference', 'implicit_preference'] as const;

const OutputSchema = z.object({
  memories: z.array(
    z.object({
      kind: z.enum(KINDS),
      key: z.string().min(1),
      value: z.string().min(1),
      reasoning: z.string(),
      tags: z.array(z.string()),
      source_message_ids: z.array(z.string()),
    }),
  ),
  operations: z.array(
    z.object({
      type: z.enum(['update', 'merge', 'retire']),
      ids: z.array(z.string()).min(1),
      kind: z.enum(KINDS),
      key: z.string(),
      value: z.string(),
      reasoning: z.string(),
    }),
  ),
});
type Output = z.infer<typeof OutputSchema>;

// The same shape as OutputSchema, as strict JSON Schema for `response_format` (every field required,
// no extra keys: what OpenAI's structured outputs accept).
const stringArray = { type: 'array', items: { type: 'string' } } as const;
const kind = { type: 'string', enum: [...KINDS] } as const;
const RESPONSE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['memories', 'operations'],
  properties: {
    memories: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'key', 'value', 'reasoning', 'tags', 'source_message_ids'],
        properties: {
          kind,
          key: { type: 'string' },
          value: { type: 'string' },
          reasoning: { type: 'string' },
          tags: stringArray,
          source_message_ids: stringArray,
        },
      },
    },
    operations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'ids', 'kind', 'key', 'value', 'reasoning'],
        properties: {
          type: { type: 'string', enum: ['update', 'merge', 'retire'] },
          ids: stringArray,
          kind,
          key: { type: 'string' },
          value: { type: 'string' },
          reasoning: { type: 'string' },
        },
      },
    },
  },
} as const;

/**
 * The instructions given to the model; exported so tests and users can read what it is told.
 *
 * @example
 * console.log(LLM_EXTRACTION_PROMPT);
 */
export const LLM_EXTRACTION_PROMPT = `You maintain the long-term memory of a chat assistant about one user.
From the new messages, extract memories about the USER only (assistant messages are context, never facts about the user):
- "fact": what the user states about themselves, their life, plans and past (e.g. "The user plans to travel to Guangzhou this summer.").
- "explicit_preference": likes, dislikes and choices the user states outright; reasoning quotes what they said.
- "implicit_preference": a preference the user did not state but that their choices reveal (e.g. choosing a budget hotel over luxury ones suggests a preference for cost-effective accommodation); reasoning explains the inference.
Write each value as one third-person sentence ("The user …"), in the language of the conversation; key is a short title; tags are a few topic keywords; source_message_ids lists the ids of the messages it comes from.
Compare with the existing memories. When a new message changes one, emit an operation instead of a duplicate:
- "update": ids = [the memory's id]; key/value = its new text; kind = its kind.
- "merge": ids = the memories that say the same thing; key/value = the combined memory; kind = its kind.
- "retire": ids = memories that are no longer true (value and key may be empty).
Use only ids from the existing memories. Return nothing for small talk. Answer with JSON only.`;

// The raw turns of the batch, each read against the conversation before it.
function turnUnits(messages: readonly StoredMessage[], context: readonly StoredMessage[]): ExtractedMemory[] {
  return messages.flatMap((message, index) => {
    if (message.role !== 'user') return [];
    const previous = [...context, ...messages.slice(0, index)].filter(
      (earlier) => earlier.role === 'user' || earlier.role === 'assistant',
    );
    const turn = turnUnit(message, previous);
    return turn ? [turn] : [];
  });
}

function invalid(
  message: string,
  issues: { path: string; message: string }[],
  cause?: unknown,
): MemOSResponseError {
  return new MemOSResponseError(`The LLM extractor's answer is invalid: ${message}`, {
    status: 200,
    issues,
    ...(cause === undefined ? {} : { cause }),
  });
}

function toResult(output: Output, knownMessageIds: ReadonlySet<string>): ExtractionResult {
  const operations: MemoryOperation[] = output.operations.flatMap((operation): MemoryOperation[] => {
    if (operation.type === 'retire') {
      return operation.ids.map((id) => ({ type: 'retire', id, reason: operation.reasoning }));
    }
    if (operation.type === 'update') {
      return [
        {
          type: 'update',
          id: operation.ids[0]!,
          value: operation.value,
          ...(operation.key ? { key: operation.key } : {}),
          ...(operation.reasoning ? { reasoning: operation.reasoning } : {}),
        },
      ];
    }
    return [
      {
        type: 'merge',
        ids: operation.ids,
        into: {
          kind: operation.kind,
          key: operation.key || operation.value,
          value: operation.value,
          reasoning: operation.reasoning,
        },
      },
    ];
  });
  return {
    memories: output.memories.map((memory) => ({
      kind: memory.kind,
      key: memory.key,
      value: memory.value,
      reasoning: memory.reasoning,
      tags: memory.tags,
      confidence: memory.kind === 'implicit_preference' ? 0.7 : 0.95,
      memoryType: memory.kind === 'fact' ? 'UserMemory' : 'LongTermMemory',
      // A model may misquote a message id; an unknown one only loses provenance, so it is dropped (the
      // whole batch then counts as the source) rather than failing the add.
      sourceMessageIds: memory.source_message_ids.filter((id) => knownMessageIds.has(id)),
    })),
    operations,
  };
}

/**
 * An extractor backed by any OpenAI-compatible chat endpoint with structured output: facts, explicit
 * and implicit preferences with reasoning, and update/merge/retire of the user's existing memories.
 * The answer is validated with zod; an invalid answer throws `MemOSResponseError` and the add writes
 * nothing. Needs the optional `openai` package (imported on first use).
 *
 * @example
 * const memos = new LocalMemOS({ extractor: createLLMExtractor({ baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5' }) });
 */
export function createLLMExtractor({
  model,
  baseURL,
  apiKey,
  client,
  existingLimit = 20,
  temperature = 0,
  maxRetries = 1,
  turns = true,
}: LLMExtractorOptions): Extractor {
  if (typeof model !== 'string' || model.length === 0)
    throw new MemOSConfigError('createLLMExtractor needs a model');
  if (!Number.isInteger(existingLimit) || existingLimit < 0) {
    throw new MemOSConfigError('existingLimit must be a non-negative integer');
  }
  let clientPromise: Promise<OpenAIClientLike> | undefined;

  return {
    existingLimit,
    async extract({ messages, existing, context = [] }: ExtractionInput): Promise<ExtractionResult> {
      const payload = {
        messages: messages.map((message) => ({
          id: message.id,
          role: message.role,
          text: message.text.slice(0, 8000),
          ...(message.chatTime ? { chat_time: message.chatTime } : {}),
        })),
        existing_memories: existing.map((memory) => ({
          id: memory.id,
          kind: memory.kind,
          key: memory.key,
          value: memory.value,
        })),
      };
      clientPromise ??= client ? Promise.resolve(client) : loadOpenAI({ baseURL, apiKey, maxRetries });
      const openai = await clientPromise;
      let completion: unknown;
      try {
        completion = await openai.chat.completions.create({
          model,
          temperature,
          messages: [
            { role: 'system', content: LLM_EXTRACTION_PROMPT },
            { role: 'user', content: JSON.stringify(payload) },
          ],
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'memory_extraction', strict: true, schema: RESPONSE_SCHEMA },
          },
        });
      } catch (error) {
        throw wrapProviderError(error, 'chat.completions');
      }
      const message = (completion as { choices?: { message?: { content?: unknown; refusal?: unknown } }[] })
        ?.choices?.[0]?.message;
      if (typeof message?.refusal === 'string' && message.refusal) {
        throw invalid('the model refused', [
          { path: 'choices.0.message.refusal', message: message.refusal.slice(0, 200) },
        ]);
      }
      if (typeof message?.content !== 'string') {
        throw invalid('no message content', [
          { path: 'choices.0.message.content', message: 'expected a string' },
        ]);
      }
      let json: unknown;
      try {
        json = JSON.parse(message.content);
      } catch (error) {
        throw invalid(
          'not JSON',
          [{ path: 'choices.0.message.content', message: 'expected a JSON object' }],
          error,
        );
      }
      const parsed = OutputSchema.safeParse(json);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        }));
        throw invalid(
          issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
          issues,
          parsed.error,
        );
      }
      const result = toResult(parsed.data, new Set(messages.map((item) => item.id)));
      return turns ? { ...result, memories: [...turnUnits(messages, context), ...result.memories] } : result;
    },
  };
}
