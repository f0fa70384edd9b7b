import { z } from 'zod';
import { LIMITS } from './limits.ts';

// Request schemas are strict: unknown keys (often a camelCase typo of a snake_case field) and values
// over the MemOS limits are rejected before anything is sent.

const id = (name: string) =>
  z
    .string()
    .min(1, `${name} must not be empty`)
    .max(LIMITS.idMaxChars, `${name} must be at most 100 characters`);
const idOrIds = (name: string) =>
  z.union([id(name), z.array(id(name)).min(1).max(LIMITS.groupIdsMax, `at most 20 ${name} values`)]);
const limit = (name: string, max: number) =>
  z
    .int(`${name} must be an integer`)
    .min(0, `${name} must be >= 0`)
    .max(max, `${name} must be at most ${max}`);

/** A memory category MemOS can generate or return. */
export const MemoryViewSchema = z.enum([
  'detail_factual',
  'preference',
  'profile',
  'event',
  'skill',
  'tool_memory',
]);

const TextPartSchema = z.looseObject({ type: z.literal('text'), text: z.string() });
const ImagePartSchema = z.looseObject({
  type: z.literal('image_url'),
  image_url: z.looseObject({ url: z.string().min(1) }),
});
const FilePartSchema = z.looseObject({
  type: z.literal('file'),
  file: z.looseObject({ file_data: z.string().min(1) }),
});
/** One part of a multimodal message: text, image URL or file. */
export const ContentPartSchema = z.discriminatedUnion('type', [
  TextPartSchema,
  ImagePartSchema,
  FilePartSchema,
]);

/** An OpenAI-style tool call carried by an assistant message (`arguments` is JSON text). */
export const ToolCallSchema = z.looseObject({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.looseObject({ name: z.string().min(1), arguments: z.string() }),
});

/** One message sent to `/add/message`. */
export const MessageInputSchema = z
  .strictObject({
    role: z.enum(['user', 'assistant', 'system', 'tool']),
    content: z.union([z.string(), z.array(ContentPartSchema)]).optional(),
    chat_time: z.string().optional(),
    tool_calls: z.array(ToolCallSchema).optional(),
    tool_call_id: z.string().optional(),
    role_id: z.string().optional(),
    role_name: z.string().optional(),
  })
  .refine((message) => message.content !== undefined || (message.tool_calls?.length ?? 0) > 0, {
    message: 'a message needs content (or tool_calls for an assistant message)',
    path: ['content'],
  });

const InfoSchema = z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number()]));
/** A MemOS filter object (§4.5): `{ and: [...] }`, `{ or: [...] }` or the source-specific form. */
export const FilterSchema = z.record(z.string(), z.unknown());

/** Body of `POST /add/message`. */
export const AddMessageRequestSchema = z
  .strictObject({
    user_id: idOrIds('user_id').optional(),
    conversation_id: id('conversation_id').optional(),
    messages: z.array(MessageInputSchema).min(1, 'messages must not be empty'),
    agent_id: idOrIds('agent_id').optional(),
    app_id: id('app_id').optional(),
    tags: z.array(z.string()).optional(),
    info: InfoSchema.optional(),
    allow_public: z.boolean().optional(),
    allow_knowledgebase_ids: z.array(z.string()).optional(),
    async_mode: z.boolean().optional(),
    allow_memory_view: z.array(MemoryViewSchema).optional(),
    source: z.string().optional(),
  })
  .refine((body) => body.user_id !== undefined || body.agent_id !== undefined, {
    message: 'user_id (or agent_id) is required',
    path: ['user_id'],
  });

/** Body of `POST /search/memory`. */
export const SearchMemoryRequestSchema = z
  .strictObject({
    query: z.string().min(1, 'query must not be empty'),
    user_id: id('user_id').optional(),
    agent_id: id('agent_id').optional(),
    conversation_id: id('conversation_id').optional(),
    filter: FilterSchema.optional(),
    knowledgebase_ids: z.array(z.string()).optional(),
    memory_limit_number: limit('memory_limit_number', LIMITS.searchLimitMax).optional(),
    relativity: z.number().min(0).max(1, 'relativity must be between 0 and 1').optional(),
    include_memory_view: z.array(MemoryViewSchema).optional(),
    include_preference: z.boolean().optional(),
    preference_limit_number: limit('preference_limit_number', LIMITS.searchLimitMax).optional(),
    include_tool_memory: z.boolean().optional(),
    tool_memory_limit_number: limit('tool_memory_limit_number', LIMITS.searchLimitMax).optional(),
    include_skill: z.boolean().optional(),
    skill_limit_number: limit('skill_limit_number', LIMITS.searchLimitMax).optional(),
    context_format: z.string().optional(),
    source: z.string().optional(),
  })
  .refine((body) => (body.user_id === undefined) !== (body.agent_id === undefined), {
    message: 'exactly one of user_id or agent_id is required',
    path: ['user_id'],
  });

/** Body of `POST /get/message`. */
export const GetMessageRequestSchema = z.strictObject({
  user_id: id('user_id'),
  conversation_id: id('conversation_id'),
  message_limit_number: limit('message_limit_number', LIMITS.messageLimitMax).optional(),
  conversation_limit_number: z.int().min(1).optional(),
  source: z.string().optional(),
});

/** Body of `POST /get/memory` (paged listing). */
export const GetMemoryRequestSchema = z
  .strictObject({
    user_id: id('user_id').optional(),
    agent_id: id('agent_id').optional(),
    page: z.int().min(1, 'page starts at 1').optional(),
    size: z.int().min(1).max(LIMITS.pageSizeMax, 'size must be at most 50').optional(),
    filter: FilterSchema.optional(),
    include_memory_view: z.array(MemoryViewSchema).optional(),
    include_preference: z.boolean().optional(),
    include_tool_memory: z.boolean().optional(),
  })
  .refine((body) => (body.user_id === undefined) !== (body.agent_id === undefined), {
    message: 'exactly one of user_id or agent_id is required',
    path: ['user_id'],
  });

/** Path parameter of `GET /get/memory/{memory_id}`. */
export const GetMemoryByIdRequestSchema = z.strictObject({ memory_id: z.string().min(1) });

/** Body of `POST /delete/memory`: exactly one of `memory_ids`, `user_id`, `agent_id`. */
export const DeleteMemoryRequestSchema = z
  .strictObject({
    memory_ids: z.array(z.string().min(1)).min(1).optional(),
    user_id: id('user_id').optional(),
    agent_id: id('agent_id').optional(),
  })
  .refine(
    (body) =>
      [body.memory_ids, body.user_id, body.agent_id].filter((value) => value !== undefined).length === 1,
    { message: 'exactly one of memory_ids, user_id or agent_id is required', path: ['memory_ids'] },
  );

/** Body of `POST /update/memory`. */
export const UpdateMemoryRequestSchema = z
  .strictObject({
    memory_id: z.string().min(1),
    content: z.string().optional(),
    title: z.string().optional(),
    status: z.enum(['activated', 'resolving', 'archived', 'deleted']).optional(),
  })
  .refine((body) => body.content !== undefined || body.title !== undefined || body.status !== undefined, {
    message: 'at least one of content, title or status is required',
    path: ['content'],
  });

/** Body of `POST /add/feedback`. */
export const AddFeedbackRequestSchema = z.strictObject({
  user_id: id('user_id'),
  conversation_id: id('conversation_id').optional(),
  feedback_content: z.string().min(1, 'feedback_content must not be empty'),
  agent_id: id('agent_id').optional(),
  app_id: id('app_id').optional(),
  feedback_time: z.string().optional(),
  allow_public: z.boolean().optional(),
  allow_knowledgebase_ids: z.array(z.string()).optional(),
});

/** Body of `POST /get/status`. */
export const GetStatusRequestSchema = z.strictObject({ task_id: z.string().min(1) });

export type MemoryView = z.infer<typeof MemoryViewSchema>;
export type ContentPart = z.input<typeof ContentPartSchema>;
export type ToolCall = z.input<typeof ToolCallSchema>;
export type MessageInput = z.input<typeof MessageInputSchema>;
export type MemOSFilter = z.input<typeof FilterSchema>;
export type AddMessageRequest = z.input<typeof AddMessageRequestSchema>;
export type SearchMemoryRequest = z.input<typeof SearchMemoryRequestSchema>;
export type GetMessageRequest = z.input<typeof GetMessageRequestSchema>;
export type GetMemoryRequest = z.input<typeof GetMemoryRequestSchema>;
export type GetMemoryByIdRequest = z.input<typeof GetMemoryByIdRequestSchema>;
export type DeleteMemoryRequest = z.input<typeof DeleteMemoryRequestSchema>;
export type UpdateMemoryRequest = z.input<typeof UpdateMemoryRequestSchema>;
export type AddFeedbackRequest = z.input<typeof AddFeedbackRequestSchema>;
export type GetStatusRequest = z.input<typeof GetStatusRequestSchema>;
