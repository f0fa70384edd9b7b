import { z } from 'zod';
import { LIMITS } from '../api/limits.ts';
import { AddMessageRequestSchema, FilterSchema } from '../api/requests.ts';
import { MemOSConfigError } from '../errors/index.ts';
import type { MemoryOptions } from './types.ts';

const fn = (name: string) =>
  z.custom<(...args: never[]) => unknown>(
    (value) => typeof value === 'function',
    `${name} must be a function`,
  );
const id = (name: string) =>
  z
    .string()
    .min(1, `${name} must not be empty`)
    .max(LIMITS.idMaxChars, `${name} must be at most 100 characters`);
const count = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .int(`${name} must be an integer`)
    .min(min, `${name} must be >= ${min}`)
    .max(max, `${name} must be at most ${max}`);
const logger = z.union(
  [
    z.literal(false),
    z.custom(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as Record<string, unknown>).warn === 'function',
    ),
  ],
  'logger must be false or an object with a warn(message) method',
);
const backend = z.custom(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).searchMemory === 'function' &&
    typeof (value as Record<string, unknown>).addMessage === 'function',
  'backend must implement MemoryBackend (searchMemory, addMessage, …)',
);

// Strict: an unknown key is almost always a typo (`userID`, `timeoutMs`), better refused than ignored.
const MemoryOptionsSchema = z.strictObject({
  userId: id('userId').optional(),
  conversationId: id('conversationId').optional(),
  agentId: id('agentId').optional(),
  appId: id('appId').optional(),
  readOnly: z.boolean().optional(),
  skip: z.boolean().optional(),
  backend: backend.optional(),
  recallTimeoutMs: count('recallTimeoutMs', 1).optional(),
  memoryLimit: count('memoryLimit', 0, LIMITS.searchLimitMax).optional(),
  preferenceLimit: count('preferenceLimit', 0, LIMITS.searchLimitMax).optional(),
  toolMemoryLimit: count('toolMemoryLimit', 0, LIMITS.searchLimitMax).optional(),
  includePreferences: z.boolean().optional(),
  includeToolMemory: z.boolean().optional(),
  relativity: z
    .number()
    .min(0, 'relativity must be between 0 and 1')
    .max(1, 'relativity must be between 0 and 1')
    .optional(),
  filter: FilterSchema.optional(),
  knowledgebaseIds: z.array(z.string().min(1)).optional(),
  placement: z.enum(['system', 'system-message', 'user']).optional(),
  template: fn('template').optional(),
  maxBlockChars: count('maxBlockChars', 1).optional(),
  maxItemChars: count('maxItemChars', 1).optional(),
  includeCurrentTime: z.boolean().optional(),
  failMode: z.enum(['open', 'throw']).optional(),
  shouldRecall: fn('shouldRecall').optional(),
  includeToolCalls: z.boolean().optional(),
  includeFiles: z.boolean().optional(),
  maxToolResultChars: count('maxToolResultChars', 1).optional(),
  maxTurnChars: count('maxTurnChars', 100).optional(),
  onAbort: z.enum(['user-only', 'partial', 'skip']).optional(),
  addDefaults: z.record(z.string(), z.unknown()).optional(),
  resolveIdentity: fn('resolveIdentity').optional(),
  waitUntil: fn('waitUntil').optional(),
  onError: fn('onError').optional(),
  onRecall: fn('onRecall').optional(),
  onCapture: fn('onCapture').optional(),
  onWrite: fn('onWrite').optional(),
  onDrop: fn('onDrop').optional(),
  onInfo: fn('onInfo').optional(),
  logger: logger.optional(),
  writer: z
    .strictObject({
      concurrency: count('writer.concurrency', 1).optional(),
      maxQueue: count('writer.maxQueue', 1).optional(),
      maxBatchMessages: count('writer.maxBatchMessages', 1).optional(),
      maxRetries: count('writer.maxRetries', 0, 20).optional(),
      retryBaseDelayMs: count('writer.retryBaseDelayMs', 0).optional(),
      retryMaxDelayMs: count('writer.retryMaxDelayMs', 0).optional(),
      outbox: z.strictObject({ path: z.string().min(1, 'writer.outbox.path must not be empty') }).optional(),
      circuitBreaker: z
        .union([
          z.literal(false),
          z.strictObject({
            failureThreshold: count('writer.circuitBreaker.failureThreshold', 1).optional(),
            coolDownMs: count('writer.circuitBreaker.coolDownMs', 0).optional(),
            maxCoolDownMs: count('writer.circuitBreaker.maxCoolDownMs', 0).optional(),
          }),
        ])
        .optional(),
    })
    .optional(),
  recallCache: z
    .strictObject({
      maxEntries: count('recallCache.maxEntries', 1).optional(),
      ttlMs: count('recallCache.ttlMs', 0).optional(),
    })
    .optional(),
  circuitBreaker: z
    .strictObject({
      failureThreshold: count('circuitBreaker.failureThreshold', 1).optional(),
      coolDownMs: count('circuitBreaker.coolDownMs', 0).optional(),
    })
    .optional(),
});

const RESERVED_ADD_FIELDS = ['messages', 'user_id', 'conversation_id'];

function fail(issues: readonly z.core.$ZodIssue[]): never {
  const text = issues.map((issue) =>
    issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new MemOSConfigError(`Invalid createMemory options: ${text.join('; ')}`);
}

/**
 * Checks `createMemory` options once, at construction; throws `MemOSConfigError` naming each bad field.
 * `addDefaults` is checked against the MemOS add schema itself, so a typo there fails here too.
 *
 * @example
 * validateMemoryOptions({ recallTimeoutMs: 800, placement: 'user' });
 */
export function validateMemoryOptions(options: MemoryOptions): void {
  const parsed = MemoryOptionsSchema.safeParse(options);
  if (!parsed.success) fail(parsed.error.issues);
  const defaults = options.addDefaults;
  if (!defaults) return;
  const reserved = RESERVED_ADD_FIELDS.filter((field) => field in defaults);
  if (reserved.length > 0) {
    throw new MemOSConfigError(
      `Invalid createMemory options: addDefaults must not set ${reserved.join(', ')} (they come from the turn)`,
    );
  }
  const sample = AddMessageRequestSchema.safeParse({
    ...defaults,
    user_id: 'u',
    messages: [{ role: 'user', content: 'x' }],
  });
  if (!sample.success)
    fail(sample.error.issues.map((issue) => ({ ...issue, path: ['addDefaults', ...issue.path] })));
}
