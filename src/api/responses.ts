import { z } from 'zod';

// Response schemas are lenient: only what we read is typed, unknown fields pass through, every list
// may be missing, timestamps are epoch ms or strings, scores may arrive as numeric strings.

const timestamp = z.union([z.number(), z.string()]).nullish();
const score = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value) => {
    if (value === null || value === undefined || value === '') return undefined;
    const number = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(number) ? number : undefined;
  });
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? undefined);

/** The MemOS envelope: `{ code, data, message }`. `code` 0 or 200 is success. */
export const EnvelopeSchema = z.looseObject({
  code: z.union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+$/)
      .transform(Number),
  ]),
  data: z.unknown().optional(),
  message: z.string().nullish(),
});

/** The source message a memory came from (local engine extension, and `get/memory`). */
export const MemorySourceSchema = z.looseObject({
  role: z.string().optional(),
  content: z.unknown().optional(),
  chat_time: z.string().nullish(),
  message_id: z.string().optional(),
});

/** A fact memory (`memory_detail_list` item). */
export const MemoryDetailSchema = z.looseObject({
  id: z.string(),
  memory_key: z.string().nullish(),
  memory_value: z.string().nullish(),
  memory_type: z.string().nullish(),
  create_time: timestamp,
  update_time: timestamp,
  conversation_id: z.string().nullish(),
  status: z.string().nullish(),
  confidence: score,
  tags: list(z.string()),
  relativity: score,
  info: z.record(z.string(), z.unknown()).nullish(),
  sources: list(MemorySourceSchema),
});

/** A preference memory (`preference_detail_list` item). */
export const PreferenceDetailSchema = z.looseObject({
  id: z.string(),
  preference: z.string().nullish(),
  preference_type: z.string().nullish(),
  reasoning: z.string().nullish(),
  create_time: timestamp,
  update_time: timestamp,
  conversation_id: z.string().nullish(),
  status: z.string().nullish(),
  relativity: score,
  sources: list(MemorySourceSchema),
});

/** A tool memory (`tool_memory_detail_list` item); `tool_value` may be text or a schema object. */
export const ToolMemoryDetailSchema = z.looseObject({
  id: z.string(),
  tool_type: z.string().nullish(),
  tool_value: z.unknown().optional(),
  tool_used_status: list(z.looseObject({})),
  experience: z.string().nullish(),
  create_time: timestamp,
  update_time: timestamp,
  conversation_id: z.string().nullish(),
  status: z.string().nullish(),
  relativity: score,
});

/** A skill memory (`skill_detail_list` item). */
export const SkillDetailSchema = z.looseObject({
  id: z.string(),
  skill_value: z.unknown().optional(),
  create_time: timestamp,
  update_time: timestamp,
  relativity: score,
});

/** A profile or event memory (newest API); kept loose. */
export const LooseMemorySchema = z.looseObject({ id: z.string(), relativity: score });

/** `data` of `/search/memory`. */
export const SearchMemoryDataSchema = z.looseObject({
  memory_detail_list: list(MemoryDetailSchema),
  preference_detail_list: list(PreferenceDetailSchema),
  tool_memory_detail_list: list(ToolMemoryDetailSchema),
  skill_detail_list: list(SkillDetailSchema),
  profile_detail_list: list(LooseMemorySchema),
  event_detail_list: list(LooseMemorySchema),
  preference_note: z
    .string()
    .nullish()
    .transform((value) => value ?? undefined),
});

/** `data` of `/add/message`, `/add/feedback`, `/delete/memory`, `/update/memory`. May be empty. */
export const TaskDataSchema = z.looseObject({
  success: z.boolean().nullish(),
  task_id: z.string().nullish(),
  status: z.string().nullish(),
});

/** One raw message from `/get/message`. */
export const MessageDetailSchema = z.looseObject({
  role: z.string(),
  content: z.unknown(),
  chat_time: z.string().nullish(),
  create_time: timestamp,
  update_time: timestamp,
});

/** `data` of `/get/message`: a bare array or `{ message_detail_list }`, normalised to the latter. */
export const GetMessageDataSchema = z
  .union([z.array(MessageDetailSchema), z.looseObject({ message_detail_list: list(MessageDetailSchema) })])
  .nullish()
  .transform((value) => {
    if (Array.isArray(value)) return { message_detail_list: value };
    return { ...value, message_detail_list: value?.message_detail_list ?? [] };
  });

/** `data` of `/get/memory` (paged listing). */
export const GetMemoryDataSchema = z.looseObject({
  memory_detail_list: list(MemoryDetailSchema),
  preference_detail_list: list(PreferenceDetailSchema),
  tool_memory_detail_list: list(ToolMemoryDetailSchema),
  skill_detail_list: list(SkillDetailSchema),
  profile_detail_list: list(z.looseObject({})),
  event_detail_list: list(LooseMemorySchema),
  total: z.number().nullish(),
  size: z.number().nullish(),
  current: z.number().nullish(),
  pages: z.number().nullish(),
});

/** `data` of `GET /get/memory/{id}`. */
export const MemoryByIdDataSchema = z.looseObject({
  id: z.string(),
  memory_view: z.string().nullish(),
  title: z.string().nullish(),
  content: z.unknown().optional(),
  conversation_id: z.string().nullish(),
  message_ids: list(z.string()),
  status: z.string().nullish(),
  created_at: timestamp,
  updated_at: timestamp,
  user_id: z.string().nullish(),
  agent_id: z.string().nullish(),
  tags: list(z.string()),
  info: z.record(z.string(), z.unknown()).nullish(),
});

/** `data` of `/get/status`: an object, or a one-element array, normalised to the object. */
export const GetStatusDataSchema = z
  .union([
    z.looseObject({ task_id: z.string().nullish(), status: z.string() }),
    z.array(z.looseObject({ task_id: z.string().nullish(), status: z.string() })).length(1),
  ])
  .transform((value) => (Array.isArray(value) ? value[0]! : value));

export type Envelope = z.output<typeof EnvelopeSchema>;
export type MemorySource = z.output<typeof MemorySourceSchema>;
export type MemoryDetail = z.output<typeof MemoryDetailSchema>;
export type PreferenceDetail = z.output<typeof PreferenceDetailSchema>;
export type ToolMemoryDetail = z.output<typeof ToolMemoryDetailSchema>;
export type SkillDetail = z.output<typeof SkillDetailSchema>;
export type SearchMemoryData = z.output<typeof SearchMemoryDataSchema>;
export type AddMessageData = z.output<typeof TaskDataSchema>;
export type TaskData = z.output<typeof TaskDataSchema>;
export type MessageDetail = z.output<typeof MessageDetailSchema>;
export type GetMessageData = z.output<typeof GetMessageDataSchema>;
export type GetMemoryData = z.output<typeof GetMemoryDataSchema>;
export type MemoryByIdData = z.output<typeof MemoryByIdDataSchema>;
export type GetStatusData = z.output<typeof GetStatusDataSchema>;
