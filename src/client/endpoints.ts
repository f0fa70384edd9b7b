import type { z } from 'zod';
import {
  AddFeedbackRequestSchema,
  AddMessageRequestSchema,
  DeleteMemoryRequestSchema,
  GetMemoryByIdRequestSchema,
  GetMemoryRequestSchema,
  GetMessageRequestSchema,
  GetStatusRequestSchema,
  SearchMemoryRequestSchema,
  UpdateMemoryRequestSchema,
} from '../api/requests.ts';
import {
  GetMemoryDataSchema,
  GetMessageDataSchema,
  GetStatusDataSchema,
  MemoryByIdDataSchema,
  SearchMemoryDataSchema,
  TaskDataSchema,
} from '../api/responses.ts';

/**
 * How the client calls one MemOS endpoint: path, method, schemas, and whether it writes.
 *
 * @example
 * const spec: EndpointSpec = ENDPOINTS.searchMemory; // POST /search/memory, a read
 */
export interface EndpointSpec<Request extends z.ZodType = z.ZodType, Data extends z.ZodType = z.ZodType> {
  /** The client method's name, used in messages. */
  readonly name: string;
  readonly method: 'GET' | 'POST';
  /** Path under the base URL; `{memory_id}` is filled from the request for the GET by id. */
  readonly path: string;
  readonly request: Request;
  readonly response: Data;
  /** Writes get an `Idempotency-Key` so that retrying them cannot apply them twice. */
  readonly write: boolean;
}

const endpoint = <Request extends z.ZodType, Data extends z.ZodType>(
  spec: EndpointSpec<Request, Data>,
): EndpointSpec<Request, Data> => spec;

/**
 * Every endpoint the client covers (memos-api.md §2).
 *
 * @example
 * ENDPOINTS.addMessage.write; // true: sent with an Idempotency-Key
 */
export const ENDPOINTS = {
  addMessage: endpoint({
    name: 'addMessage',
    method: 'POST',
    path: '/add/message',
    request: AddMessageRequestSchema,
    response: TaskDataSchema,
    write: true,
  }),
  searchMemory: endpoint({
    name: 'searchMemory',
    method: 'POST',
    path: '/search/memory',
    request: SearchMemoryRequestSchema,
    response: SearchMemoryDataSchema,
    write: false,
  }),
  getMessage: endpoint({
    name: 'getMessage',
    method: 'POST',
    path: '/get/message',
    request: GetMessageRequestSchema,
    response: GetMessageDataSchema,
    write: false,
  }),
  getMemory: endpoint({
    name: 'getMemory',
    method: 'POST',
    path: '/get/memory',
    request: GetMemoryRequestSchema,
    response: GetMemoryDataSchema,
    write: false,
  }),
  getMemoryById: endpoint({
    name: 'getMemoryById',
    method: 'GET',
    path: '/get/memory/{memory_id}',
    request: GetMemoryByIdRequestSchema,
    response: MemoryByIdDataSchema,
    write: false,
  }),
  deleteMemory: endpoint({
    name: 'deleteMemory',
    method: 'POST',
    path: '/delete/memory',
    request: DeleteMemoryRequestSchema,
    response: TaskDataSchema,
    write: true,
  }),
  updateMemory: endpoint({
    name: 'updateMemory',
    method: 'POST',
    path: '/update/memory',
    request: UpdateMemoryRequestSchema,
    response: TaskDataSchema,
    write: true,
  }),
  addFeedback: endpoint({
    name: 'addFeedback',
    method: 'POST',
    path: '/add/feedback',
    request: AddFeedbackRequestSchema,
    response: TaskDataSchema,
    write: true,
  }),
  getStatus: endpoint({
    name: 'getStatus',
    method: 'POST',
    path: '/get/status',
    request: GetStatusRequestSchema,
    response: GetStatusDataSchema,
    write: false,
  }),
} as const;
