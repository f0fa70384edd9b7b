import {
  createMemory,
  type Identity,
  MemOSConfigError,
  type Memory,
  type MemoryOptions,
} from 'memos-middleware';
import {
  SPECIFICATION_VERSION,
  SUPPORTED_SPECIFICATION_VERSIONS,
  type SupportedSpecificationVersion,
} from './specification-version.ts';

/** Adapter options on top of the core's. */
interface AdapterOptions<Version extends SupportedSpecificationVersion> {
  /**
   * The middleware spec version to declare: `'v4'` for AI SDK 7, `'v3'` to satisfy AI SDK 6's types.
   * @default 'v4'
   */
  specificationVersion?: Version | undefined;
}

/**
 * Options of `memosMiddleware` and `withMemOS`: the core's `createMemory` options, or an existing
 * `memory` (shared with other adapters, flushed by the app) plus static ids.
 *
 * @example
 * memosMiddleware({ backend: new MemOSClient(), recallTimeoutMs: 800 });
 * memosMiddleware({ memory, userId: 'u-42' });
 */
export type MemOSMiddlewareOptions<
  Version extends SupportedSpecificationVersion = typeof SPECIFICATION_VERSION,
> = AdapterOptions<Version> & ((MemoryOptions & { memory?: undefined }) | (Identity & { memory: Memory }));

const IDENTITY_KEYS = ['userId', 'conversationId', 'agentId', 'appId', 'readOnly', 'skip'] as const;

function pickIdentity(options: Identity): Identity {
  const identity: Identity = {};
  for (const key of IDENTITY_KEYS) {
    if (options[key] !== undefined) Object.assign(identity, { [key]: options[key] });
  }
  return identity;
}

function isMemory(value: unknown): value is Memory {
  const candidate = value as Partial<Memory> | undefined;
  return typeof candidate?.recall === 'function' && typeof candidate.capture === 'function';
}

/**
 * Validates the middleware options once, at construction, and builds (or adopts) the memory core.
 * With an existing `memory`, only ids may be added: the other options belong to `createMemory`.
 *
 * @example
 * const { memory, staticIdentity, specificationVersion } = resolveMiddlewareOptions({ memory, userId: 'u-1' });
 */
export function resolveMiddlewareOptions<Version extends SupportedSpecificationVersion>(
  options: MemOSMiddlewareOptions<Version>,
): { memory: Memory; staticIdentity: Identity; specificationVersion: Version } {
  const { memory, specificationVersion = SPECIFICATION_VERSION as Version, ...rest } = options;
  if (!SUPPORTED_SPECIFICATION_VERSIONS.includes(specificationVersion)) {
    throw new MemOSConfigError(
      `memosMiddleware: specificationVersion must be one of ${SUPPORTED_SPECIFICATION_VERSIONS.join(', ')}`,
    );
  }
  if (memory === undefined) {
    return { memory: createMemory(rest as MemoryOptions), staticIdentity: {}, specificationVersion };
  }
  if (!isMemory(memory)) {
    throw new MemOSConfigError('memosMiddleware: `memory` must be a Memory from createMemory()');
  }
  const extra = Object.keys(rest).filter(
    (key) =>
      !(IDENTITY_KEYS as readonly string[]).includes(key) && rest[key as keyof typeof rest] !== undefined,
  );
  if (extra.length > 0) {
    throw new MemOSConfigError(
      `memosMiddleware: with an existing \`memory\`, only ids may be passed (got ${extra.join(', ')}); ` +
        'give the other options to createMemory()',
    );
  }
  return { memory, staticIdentity: pickIdentity(rest as Identity), specificationVersion };
}
