import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMarkdownFiles, extractSnippets } from '../../scripts/check-snippets.ts';

const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'scripts/check-snippets.ts');

// The fixture lives in a temp dir; the generated modules must live inside the repository, where
// `memos-middleware` and node_modules resolve.
const fixtureDir = mkdtempSync(join(tmpdir(), 'memos-snippets-'));
mkdirSync(join(root, '.snippets'), { recursive: true });
const outDir = mkdtempSync(join(root, '.snippets', 'test-'));
afterAll(() => {
  rmSync(fixtureDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const fixture = [
  '# Fixture', //                                                       1
  '', //                                                                2
  '```ts', //                                                           3
  "import { createMemory } from 'memos-middleware';", //                4
  'const memory = createMemory({ recallTimeoutMs: 800 });', //          5
  'await memory.flush();', //                                           6
  '```', //                                                             7
  '', //                                                                8
  'Some prose.', //                                                     9
  '', //                                                               10
  '```typescript', //                                                  11
  "import { createMemory } from 'memos-middleware';", //               12
  '', //                                                               13
  "const memory = createMemory({ recallTimeoutMs: 'soon' });", //      14
  '```', //                                                            15
  '', //                                                               16
  '```ts-nocheck', //                                                  17
  'const skipped: string = 1;', //                                     18
  '```', //                                                            19
  '', //                                                               20
  '<!-- snippet: skip -->', //                                         21
  '```ts', //                                                          22
  'const alsoSkipped: string = 2;', //                                 23
  '```', //                                                            24
  '', //                                                               25
  '```bash', //                                                        26
  'npm test', //                                                       27
  '```', //                                                            28
  '', //                                                               29
  '- in a list:', //                                                   30
  '', //                                                               31
  '  ```ts', //                                                        32
  '  const indented: number = "two";', //                              33
  '  ```', //                                                          34
].join('\n');

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--conditions=memos-source', script, ...args], {
      cwd: fixtureDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('extractSnippets', () => {
  it('finds the ts/typescript blocks at their first code line and marks the opted-out ones', () => {
    const snippets = extractSnippets('README.md', fixture);
    expect(
      snippets.map(({ line, language, skipped, indent }) => ({ line, language, skipped, indent })),
    ).toEqual([
      { line: 4, language: 'ts', skipped: false, indent: 0 },
      { line: 12, language: 'typescript', skipped: false, indent: 0 },
      { line: 18, language: 'ts-nocheck', skipped: true, indent: 0 },
      { line: 23, language: 'ts', skipped: true, indent: 0 },
      { line: 33, language: 'ts', skipped: false, indent: 2 },
    ]);
    expect(snippets[4]?.code).toBe('const indented: number = "two";');
  });

  it("lists the root README and every example's README", () => {
    const files = defaultMarkdownFiles(root).map((file) => file.slice(root.length + 1));
    expect(files[0]).toBe('README.md');
    expect(files).toContain('examples/chatbot/README.md');
  });
});

describe('check-snippets', () => {
  it('reports each bad snippet at its README line and exits 1; good and skipped snippets pass', () => {
    writeFileSync(join(fixtureDir, 'README.md'), fixture);
    const { status, stderr } = run('--out', outDir, 'README.md');
    expect(status).toBe(1);
    const errors = stderr.split('\n').filter((line) => /^README\.md:\d+: /.test(line));
    expect(errors).toEqual([
      expect.stringMatching(/^README\.md:14: error TS2322: Type 'string' is not assignable to type 'number/),
      expect.stringMatching(/^README\.md:33: error TS2322: Type 'string' is not assignable to type 'number'/),
    ]);
    expect(stderr).toContain('2 type errors in 3 TypeScript snippets in 1 file (2 skipped)');
  });

  it('exits 0 when every snippet compiles, with a directory standing for its READMEs', () => {
    mkdirSync(join(fixtureDir, 'examples', 'demo'), { recursive: true });
    writeFileSync(join(fixtureDir, 'README.md'), fixture.split('\n').slice(0, 10).join('\n'));
    writeFileSync(
      join(fixtureDir, 'examples', 'demo', 'README.md'),
      "```tsx\nimport { withMemOS } from 'memos-middleware/ai-sdk';\nexport const wrap = withMemOS;\n```\n",
    );
    const { status, stdout } = run('--out', outDir, '.');
    expect(status).toBe(0);
    expect(stdout).toContain('2 TypeScript snippets in 2 files type-check');
    expect(readFileSync(join(outDir, 'examples__demo__README.md.L2.tsx'), 'utf8')).toContain('withMemOS');
  });

  it('exits 2 on a file that does not exist', () => {
    const { status, stderr } = run('--out', outDir, 'MISSING.md');
    expect(status).toBe(2);
    expect(stderr).toContain('no such file or directory: MISSING.md');
  });
});
