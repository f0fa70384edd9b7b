// The default backend must be visible to bundlers (a Next.js route with no config): the embedded engine
// is reached through the package's `#local-engine` import, a literal `import()` a bundler follows on
// Node and a stub on edge runtimes. Bundled here with rolldown (Vite's bundler) as webpack and
// Turbopack would, then run; and run from a plain `node` import too.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { rolldown } from 'rolldown';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const app = join(root, 'test/package/fixtures/default-backend-app.ts');
// Inside the repository, so the bundle's external packages (undici, zod) resolve from node_modules.
const outRoot = join(root, 'node_modules/.cache/memos-bundle-test');
mkdirSync(outRoot, { recursive: true });
const made: string[] = [];
const scratch = (base: string) => {
  const folder = mkdtempSync(join(base, 'run-'));
  made.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

async function bundle(platform: 'node' | 'browser', conditionNames: string[]) {
  const outDir = scratch(outRoot);
  const build = await rolldown({
    input: app,
    platform,
    resolve: { conditionNames: ['memos-source', ...conditionNames, 'import', 'default'] },
    external: [/^node:/, 'undici', 'zod'],
    logLevel: 'silent',
  });
  await build.write({ dir: outDir, format: 'esm' });
  await build.close();
  const files = readdirSync(outDir);
  const code = files.map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
  return { outDir, files, code };
}

async function runApp(args: string[]) {
  const cwd = scratch(tmpdir());
  const env = { ...process.env, MEMOS_API_KEY: '', MEMOS_BASE_URL: '' };
  const { stdout } = await run(process.execPath, args, { cwd, env, timeout: 30_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    ok: boolean;
    source?: string;
    block?: string;
    name?: string;
    message?: string;
  };
}

describe('the default backend', () => {
  it('runs from a Node bundle: the engine is a chunk of its own, loaded on first use', async () => {
    const { outDir, files, code } = await bundle('node', ['node']);
    expect(files.length).toBeGreaterThan(1);
    const entry = files.find((file) => readFileSync(join(outDir, file), 'utf8').includes('bundle-user'))!;
    expect(readFileSync(join(outDir, entry), 'utf8')).not.toContain('node:sqlite');
    expect(code).toContain('node:sqlite');
    const answer = await runApp([join(outDir, entry)]);
    expect(answer).toMatchObject({ ok: true, source: 'search' });
    expect(answer.block).toContain('Lyon');
  });

  it('runs from a plain node import of the sources', async () => {
    const answer = await runApp(['--conditions=memos-source', app]);
    expect(answer).toMatchObject({ ok: true, source: 'search' });
    expect(answer.block).toContain('Lyon');
  });

  it('leaves SQLite out of an edge bundle, which asks for MEMOS_API_KEY at the first turn', async () => {
    const { code } = await bundle('browser', ['edge-light', 'worker', 'browser']);
    expect(code).not.toContain('node:sqlite');
    expect(code).not.toContain('DatabaseSync');
    expect(code).toContain('this runtime has no embedded engine');
  });
});
