// The `#local-engine` import on runtimes without the `node` export condition (edge runtimes,
// browsers): there is no embedded engine there, so the default backend needs MEMOS_API_KEY.
import type { MemoryBackend } from '../../api/backend.ts';
import { MemOSConfigError } from '../../errors/index.ts';

/**
 * Always rejects: this runtime has no SQLite, so memory needs MemOS Cloud or an explicit backend.
 *
 * @example
 * await loadLocalEngine('.memos/memory.db'); // MemOSConfigError
 */
export async function loadLocalEngine(_path: string): Promise<MemoryBackend> {
  throw new MemOSConfigError(
    'No memory backend: this runtime has no embedded engine (it needs Node.js). Set MEMOS_API_KEY for ' +
      'MemOS Cloud, or pass `backend` (a MemOSClient pointed at `memos-middleware serve`, for example).',
  );
}

/** Whether this runtime can run the embedded engine. */
export const LOCAL_ENGINE_AVAILABLE = false;
