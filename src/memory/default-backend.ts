import { loadLocalEngine } from '#local-engine';
import type { MemoryBackend } from '../api/backend.ts';
import { DEFAULT_LOCAL_PATH } from '../api/limits.ts';
import { MemOSClient } from '../client/memos-client.ts';
import { MemOSConfigError } from '../errors/index.ts';
import type { MemoryEvents } from '../types.ts';

/** The backend chosen when none was passed, and the sentence saying so. */
export interface DefaultBackend {
  readonly backend: MemoryBackend;
  readonly info: MemoryEvents['info'];
}

/**
 * A backend that loads the real one on first use (so choosing the local engine costs nothing at
 * import time and nothing at all when it is never called).
 *
 * @example
 * const backend = createLazyBackend(() => import('./engine.ts').then((module) => new module.Engine()));
 */
export function createLazyBackend(load: () => Promise<MemoryBackend>): MemoryBackend {
  let loading: Promise<MemoryBackend> | undefined;
  const get = () => {
    loading ??= load();
    return loading;
  };
  const unsupported = (method: string) =>
    new MemOSConfigError(`The memory backend does not implement ${method}`);
  return {
    searchMemory: async (body, options) => (await get()).searchMemory(body, options),
    addMessage: async (body, options) => (await get()).addMessage(body, options),
    getMessage: async (body, options) => (await get()).getMessage(body, options),
    getMemory: async (body, options) => (await get()).getMemory(body, options),
    deleteMemory: async (body, options) => (await get()).deleteMemory(body, options),
    async getMemoryById(memoryId, options) {
      const backend = await get();
      if (!backend.getMemoryById) throw unsupported('getMemoryById');
      return backend.getMemoryById(memoryId, options);
    },
    async updateMemory(body, options) {
      const backend = await get();
      if (!backend.updateMemory) throw unsupported('updateMemory');
      return backend.updateMemory(body, options);
    },
    async close() {
      const backend = await loading?.catch(() => undefined);
      await backend?.close?.();
    },
  };
}

/**
 * Picks the backend when `createMemory` got none: a `MemOSClient` when `MEMOS_API_KEY` or
 * `MEMOS_BASE_URL` is set (MemOS Cloud, or a local `memos-middleware serve` without a token), otherwise the embedded local engine at `.memos/memory.db`, loaded on
 * first use. The engine comes through the package's `#local-engine` import: on Node it is a literal
 * `import()` bundlers follow (a Next.js route needs no config), on edge runtimes a stub that says to
 * set `MEMOS_API_KEY`, so edge bundles never contain SQLite.
 *
 * @example
 * const { backend, info } = resolveDefaultBackend();
 * console.log(info.message); // 'memos-middleware: using MemOS Cloud at https://…'
 */
export function resolveDefaultBackend({
  env = globalThis.process?.env ?? {},
  localPath = DEFAULT_LOCAL_PATH,
}: {
  env?: Record<string, string | undefined>;
  localPath?: string;
} = {}): DefaultBackend {
  if (env.MEMOS_API_KEY || env.MEMOS_BASE_URL) {
    const client = new MemOSClient({
      apiKey: env.MEMOS_API_KEY || undefined,
      baseURL: env.MEMOS_BASE_URL || undefined,
    });
    const why = env.MEMOS_API_KEY ? 'MEMOS_API_KEY is set' : 'MEMOS_BASE_URL is set, no key';
    return {
      backend: client,
      info: { backend: 'cloud', message: `memos-middleware: using MemOS at ${client.baseURL} (${why})` },
    };
  }
  return {
    backend: createLazyBackend(() => loadLocalEngine(localPath)),
    info: {
      backend: 'local',
      message: `memos-middleware: no backend passed and MEMOS_API_KEY not set, using the embedded local engine at ${localPath}`,
    },
  };
}
