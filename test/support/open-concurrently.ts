// Parent side of open-database-child.ts: N processes open one new database file at the same instant.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./open-database-child.ts', import.meta.url));

/**
 * Spawns `processes` children that open `path` at the same instant (after `warmUpMs`, enough for Node
 * and the TypeScript sources to load) and resolves with what each printed ('ok' or 'failed: …').
 *
 * @example
 * const outcomes = await openConcurrently(join(directory, 'memory.db'), 4);
 */
export async function openConcurrently(path: string, processes: number, warmUpMs = 2_500): Promise<string[]> {
  const startAt = Date.now() + warmUpMs;
  const runs = Array.from({ length: processes }, (_, index) => {
    const child = spawn(
      process.execPath,
      ['--conditions=memos-source', CHILD, path, String(startAt), `p${index}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    return new Promise<string>((resolve) => child.once('close', () => resolve(output.trim() || 'no output')));
  });
  return Promise.all(runs);
}
