import {
  createMemory,
  type Identity,
  MemOSConfigError,
  type Memory,
  type MemoryOptions,
  readIdentity,
} from 'memos-middleware';

/**
 * The memory part of every LangChain adapter's options: the core's `createMemory` options, or an
 * existing `memory` (shared with other adapters, flushed by the app) plus static ids. `resolveIdentity`
 * is each adapter's own, with LangChain-shaped arguments, so the core's is not accepted here.
 *
 * @example
 * const options: MemoryOrOptions = { memory, userId: 'u-42' };
 */
export type MemoryOrOptions =
  | (Omit<MemoryOptions, 'resolveIdentity'> & { memory?: undefined })
  | (Identity & { memory: Memory });

const IDENTITY_KEYS = ['userId', 'conversationId', 'agentId', 'appId', 'readOnly', 'skip'] as const;

function isMemory(value: unknown): value is Memory {
  const candidate = value as Partial<Memory> | undefined;
  return (
    typeof candidate?.recall === 'function' &&
    typeof candidate.capture === 'function' &&
    typeof candidate.backend === 'object'
  );
}

/**
 * Checks an adapter's options once, at construction, and builds (or adopts) the memory core; returns
 * it with the static ids and the adapter's own keys (`extraKeys`) left for the adapter. With an
 * existing `memory`, only ids may be added: anything else is a `MemOSConfigError`, as is a
 * `resolveIdentity` that is not a function.
 *
 * @example
 * const { memory, staticIdentity, extras } = resolveAdapterOptions('withMemOS', options, ['resolveIdentity']);
 */
export function resolveAdapterOptions<Extra extends string>(
  adapter: string,
  options: unknown,
  extraKeys: readonly Extra[],
): { memory: Memory; staticIdentity: Identity; extras: Partial<Record<Extra, unknown>> } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new MemOSConfigError(`${adapter}: options must be an object`);
  }
  const { memory, ...rest } = options as Record<string, unknown>;
  const extras: Partial<Record<Extra, unknown>> = {};
  for (const key of extraKeys) {
    if (rest[key] !== undefined) extras[key] = rest[key];
    delete rest[key];
  }
  if (
    extras['resolveIdentity' as Extra] !== undefined &&
    typeof extras['resolveIdentity' as Extra] !== 'function'
  ) {
    throw new MemOSConfigError(`${adapter}: resolveIdentity must be a function`);
  }
  const picked: Record<string, unknown> = {};
  for (const key of IDENTITY_KEYS) picked[key] = rest[key];
  const staticIdentity = readIdentity(picked, `${adapter} options`);
  if (memory === undefined) return { memory: createMemory(rest as MemoryOptions), staticIdentity, extras };
  if (!isMemory(memory))
    throw new MemOSConfigError(`${adapter}: \`memory\` must be a Memory from createMemory()`);
  const extra = Object.keys(rest).filter(
    (key) => !(IDENTITY_KEYS as readonly string[]).includes(key) && rest[key] !== undefined,
  );
  if (extra.length > 0) {
    throw new MemOSConfigError(
      `${adapter}: with an existing \`memory\`, only ids may be passed (got ${extra.join(', ')}); ` +
        'give the other options to createMemory()',
    );
  }
  return { memory, staticIdentity, extras };
}
