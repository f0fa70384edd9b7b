// The embedded engine as the default backend, on runtimes with the `node` export condition (Node, a
// Next.js route on the Node runtime, Bun, Deno). Chosen through the package's `#local-engine` import,
// so bundlers see it: webpack and Turbopack follow the literal `import()` below into a chunk of its
// own, loaded only when a turn first needs memory. Edge and browser bundles get `unavailable.ts`.
import type { MemoryBackend } from '../../api/backend.ts';

/**
 * Loads the embedded local engine (SQLite) and opens the store at `path`.
 *
 * @example
 * const backend = await loadLocalEngine('.memos/memory.db');
 */
export async function loadLocalEngine(path: string): Promise<MemoryBackend> {
  const { LocalMemOS } = await import('../../local/local-memos.ts');
  return new LocalMemOS({ path });
}

/** Whether this runtime can run the embedded engine. */
export const LOCAL_ENGINE_AVAILABLE = true;
