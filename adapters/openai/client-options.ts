import {
  createMemory,
  type Identity,
  MemOSConfigError,
  type Memory,
  type MemoryOptions,
} from 'memos-middleware';
import { parseIdentity } from './call-identity.ts';

/**
 * Options of `withMemOS(client, options)`: the core's `createMemory` options, or an existing `memory`
 * (shared with other adapters, flushed and closed by the app) plus static ids.
 *
 * @example
 * withMemOS(new OpenAI(), { backend: new MemOSClient(), recallTimeoutMs: 800 });
 * withMemOS(new OpenAI(), { memory, userId: 'u-42' });
 */
export type MemOSOpenAIOptions = (MemoryOptions & { memory?: undefined }) | (Identity & { memory: Memory });

const IDENTITY_KEYS = ['userId', 'conversationId', 'agentId', 'appId', 'readOnly', 'skip'] as const;

function isMemory(value: unknown): value is Memory {
  const candidate = value as Partial<Memory> | undefined;
  return typeof candidate?.recall === 'function' && typeof candidate.capture === 'function';
}

/**
 * Validates the options once, when the client is wrapped, and builds (or adopts) the memory core.
 * With an existing `memory`, only ids may be added: the other options belong to `createMemory`.
 *
 * @example
 * const { memory, staticIdentity } = resolveClientOptions({ memory, userId: 'u-1' });
 */
export function resolveClientOptions(options: MemOSOpenAIOptions): {
  memory: Memory;
  staticIdentity: Identity;
} {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new MemOSConfigError('withMemOS: options must be an object (or left out)');
  }
  const { memory, ...rest } = options;
  if (memory === undefined) return { memory: createMemory(rest as MemoryOptions), staticIdentity: {} };
  if (!isMemory(memory)) {
    throw new MemOSConfigError('withMemOS: `memory` must be a Memory from createMemory()');
  }
  const extra = Object.keys(rest).filter(
    (key) =>
      !(IDENTITY_KEYS as readonly string[]).includes(key) && rest[key as keyof typeof rest] !== undefined,
  );
  if (extra.length > 0) {
    throw new MemOSConfigError(
      `withMemOS: with an existing \`memory\`, only ids may be passed (got ${extra.join(', ')}); ` +
        'give the other options to createMemory()',
    );
  }
  return { memory, staticIdentity: parseIdentity(rest, { where: 'withMemOS ids' }) };
}
