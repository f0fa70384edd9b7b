// Type-checks the TypeScript snippets of the docs, so a README cannot drift from the API.
//
//   node --conditions=memos-source scripts/check-snippets.ts [--out DIR] [FILE.md | DIR ...]
//
// Every ```ts / ```typescript / ```tsx block of README.md and examples/*/README.md (or of the files
// given; a directory stands for its README.md and its examples/*/README.md) becomes one ES module in
// the git-ignored `.snippets/`, named after its file and line, and one `tsc -p` run checks them all
// against a tsconfig extending the root one: snippets import the package by its public name
// (`memos-middleware`, `memos-middleware/ai-sdk`, …), resolved from source through the `memos-source`
// condition. Errors are reported as `README.md:<line>: error TS…` at the README's own line.
// A block opts out with ```ts-nocheck or `<!-- snippet: skip -->` on the line before it.
// Exit code: 0 all snippets compile, 1 type errors, 2 bad usage.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHIMS = join(ROOT, 'scripts', 'snippet-shims');
const CHECKED_LANGUAGES = new Set(['ts', 'typescript', 'tsx']);
const SKIP_COMMENT = /^\s*<!--\s*snippet:\s*skip\s*-->\s*$/;
// A module file this script wrote: `<markdown path with / as __>.L<line>.ts(x)`.
const MODULE_NAME = /\.L\d+\.tsx?$/;

/** One fenced block of a markdown file. */
export interface Snippet {
  /** The markdown file, absolute. */
  readonly file: string;
  /** 1-based line of the block's first code line (the line after the opening fence). */
  readonly line: number;
  /** The fence's info word: `ts`, `typescript`, `tsx`, `ts-nocheck`, … */
  readonly language: string;
  readonly code: string;
  /** Indentation removed from every line (a fence inside a list item); added back to columns. */
  readonly indent: number;
  /** Opted out (`ts-nocheck`, or `<!-- snippet: skip -->` on the line before the fence). */
  readonly skipped: boolean;
}

/** One type error, at the markdown line it comes from (or at a source file, for errors outside snippets). */
export interface SnippetError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** tsc's text: `error TS2304: Cannot find name 'openai'.`, continuation lines included. */
  readonly message: string;
}

export interface CheckResult {
  /** Every TypeScript block found, skipped ones included. */
  readonly snippets: readonly Snippet[];
  /** The blocks compiled. */
  readonly checked: number;
  readonly errors: readonly SnippetError[];
  /** Declaration files used for packages the docs import but the repo does not install. */
  readonly shims: readonly string[];
  readonly durationMs: number;
}

/**
 * The TypeScript fenced blocks of one markdown text (``` or ~~~ fences, any indentation).
 *
 * @example
 * extractSnippets('README.md', readFileSync('README.md', 'utf8')).filter((snippet) => !snippet.skipped);
 */
export function extractSnippets(file: string, text: string): Snippet[] {
  const lines = text.split(/\r?\n/);
  const snippets: Snippet[] = [];
  let index = 0;
  while (index < lines.length) {
    const open = /^( *)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[index] ?? '');
    if (open === null) {
      index += 1;
      continue;
    }
    const [, spaces = '', fence = '```', info = ''] = open;
    const closing = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end] ?? '')) end += 1;
    const language = info.toLowerCase();
    const base = language.replace(/-nocheck$/, '');
    if (CHECKED_LANGUAGES.has(base)) {
      let before = index - 1;
      while (before >= 0 && (lines[before] ?? '').trim() === '') before -= 1;
      const body = lines.slice(index + 1, end).map((line) => stripIndent(line, spaces.length));
      snippets.push({
        file,
        line: index + 2,
        language,
        code: body.join('\n'),
        indent: spaces.length,
        skipped: language !== base || SKIP_COMMENT.test(lines[before] ?? ''),
      });
    }
    index = end + 1;
  }
  return snippets;
}

function stripIndent(line: string, indent: number): string {
  let cut = 0;
  while (cut < indent && line[cut] === ' ') cut += 1;
  return line.slice(cut);
}

/** README.md and examples/*\/README.md under `root`, those that exist now. */
export function defaultMarkdownFiles(root: string): string[] {
  const files = [join(root, 'README.md')].filter((file) => existsSync(file));
  const examples = join(root, 'examples');
  if (existsSync(examples)) {
    for (const entry of readdirSync(examples, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const readme = join(examples, entry.name, 'README.md');
      if (entry.isDirectory() && existsSync(readme)) files.push(readme);
    }
  }
  return files;
}

// `README.md.L14.ts`, `examples__chatbot__README.md.L6.ts`: the markdown path relative to the working
// directory (absolute when outside it), so two files never share a module name.
function moduleName(snippet: Snippet): string {
  const label = relative(process.cwd(), snippet.file);
  const path = label.startsWith('..') || isAbsolute(label) ? snippet.file : label;
  const safe = path.replace(/^[\\/]+/, '').replace(/[\\/:]+/g, '__');
  return `${safe}.L${snippet.line}.${snippet.language === 'tsx' ? 'tsx' : 'ts'}`;
}

// A shim types a package the docs import but this repo does not install (`next` for `next/server`);
// it is used only while the package is missing, so a real install always wins.
function shimsFor(root: string): string[] {
  if (!existsSync(SHIMS)) return [];
  return readdirSync(SHIMS)
    .filter((name) => name.endsWith('.d.ts'))
    .filter((name) => {
      const packageName = name.slice(0, -'.d.ts'.length).replace(/^@(.+?)__/, '@$1/');
      return !existsSync(join(root, 'node_modules', packageName, 'package.json'));
    })
    .map((name) => join(SHIMS, name))
    .sort();
}

/**
 * Writes each snippet as a module under `outDir` and type-checks them all with one `tsc -p` run.
 *
 * @example
 * const { errors } = checkSnippets({ files: defaultMarkdownFiles(process.cwd()) });
 */
export function checkSnippets({
  files,
  outDir = join(ROOT, '.snippets'),
  root = ROOT,
}: {
  readonly files: readonly string[];
  /** Must lie inside `root`, so the package's self-reference and node_modules resolve. @default '.snippets' */
  readonly outDir?: string;
  /** The package whose tsconfig.json and node_modules the snippets use. @default the repository */
  readonly root?: string;
}): CheckResult {
  const started = performance.now();
  const snippets = files.flatMap((file) => extractSnippets(resolve(file), readFileSync(file, 'utf8')));
  const checked = snippets.filter((snippet) => !snippet.skipped);

  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) {
    if (MODULE_NAME.test(name)) rmSync(join(outDir, name));
  }
  const bySnippetModule = new Map<string, Snippet>();
  for (const snippet of checked) {
    const name = moduleName(snippet);
    bySnippetModule.set(join(outDir, name), snippet);
    // `export {}` after the code (line numbers unchanged) makes every block an ES module: its own
    // scope, and top-level await.
    writeFileSync(join(outDir, name), `${snippet.code}\nexport {};\n`);
  }
  const shims = shimsFor(root);
  if (checked.length === 0) {
    return { snippets, checked: 0, errors: [], shims, durationMs: performance.now() - started };
  }
  const tsconfig = {
    extends: relative(outDir, join(root, 'tsconfig.json')),
    // Snippets are app code: resolved as an app's bundler does (Next.js, Vite), so `next/server` and the
    // package's `exports` work as they do for a reader who pastes them.
    compilerOptions: { noEmit: true, jsx: 'preserve', module: 'preserve', moduleResolution: 'bundler' },
    files: [...[...bySnippetModule.keys()].map((file) => relative(outDir, file)), ...shims],
    include: [],
  };
  writeFileSync(join(outDir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);

  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--pretty', 'false'],
    { cwd: outDir, encoding: 'utf8' },
  );
  if (tsc.error) throw tsc.error;
  const errors = parseDiagnostics(`${tsc.stdout}${tsc.stderr}`, outDir, bySnippetModule);
  if (tsc.status !== 0 && errors.length === 0) {
    throw new Error(`tsc exited with ${tsc.status} and no diagnostics:\n${tsc.stdout}${tsc.stderr}`);
  }
  return { snippets, checked: checked.length, errors, shims, durationMs: performance.now() - started };
}

// `file(line,col): error TS2304: message`, continuation lines indented.
function parseDiagnostics(
  output: string,
  outDir: string,
  bySnippetModule: ReadonlyMap<string, Snippet>,
): SnippetError[] {
  const errors: { file: string; line: number; column: number; message: string[] }[] = [];
  for (const line of output.split(/\r?\n/)) {
    const diagnostic = /^(.+?)\((\d+),(\d+)\): (.*)$/.exec(line);
    if (diagnostic !== null) {
      const [, path = '', row = '0', column = '0', message = ''] = diagnostic;
      const file = resolve(outDir, path);
      const snippet = bySnippetModule.get(file);
      errors.push(
        snippet === undefined
          ? { file, line: Number(row), column: Number(column), message: [message] }
          : {
              file: snippet.file,
              line: snippet.line + Number(row) - 1,
              column: Number(column) + snippet.indent,
              message: [message],
            },
      );
    } else if (line.trim() !== '') {
      const last = errors.at(-1);
      if (last === undefined) errors.push({ file: outDir, line: 0, column: 0, message: [line] });
      else last.message.push(line);
    }
  }
  return errors
    .map(({ message, ...error }) => ({ ...error, message: message.join('\n') }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** `README.md:15: error TS2304: Cannot find name 'openai'.`, the path relative to `cwd`. */
export function formatError(error: SnippetError, cwd = process.cwd()): string {
  return `${relative(cwd, error.file) || error.file}:${error.line}: ${error.message}`;
}

function main(argv: readonly string[]): number {
  let outDir: string | undefined;
  const inputs: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--out') {
      outDir = argv[++index];
      if (outDir === undefined) return usage('--out needs a directory');
    } else if (argument === '--help' || argument === '-h') {
      process.stdout.write(`usage: check-snippets [--out DIR] [FILE.md | DIR ...]\n`);
      return 0;
    } else if (argument.startsWith('-')) {
      return usage(`unknown option ${argument}`);
    } else {
      inputs.push(argument);
    }
  }
  const files: string[] = [];
  for (const input of inputs.length > 0 ? inputs : [ROOT]) {
    if (!existsSync(input)) return usage(`no such file or directory: ${input}`);
    files.push(...(statSync(input).isDirectory() ? defaultMarkdownFiles(input) : [input]));
  }
  const result = checkSnippets({ files, ...(outDir === undefined ? {} : { outDir: resolve(outDir) }) });
  for (const shim of result.shims) {
    process.stdout.write(
      `snippets: ${relative(process.cwd(), shim)} types a package that is not installed\n`,
    );
  }
  for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`);
  const skipped = result.snippets.length - result.checked;
  const summary =
    `${result.checked} TypeScript snippet${result.checked === 1 ? '' : 's'} in ${files.length} file` +
    `${files.length === 1 ? '' : 's'}${skipped > 0 ? ` (${skipped} skipped)` : ''}`;
  const seconds = (result.durationMs / 1000).toFixed(1);
  if (result.errors.length > 0) {
    process.stderr.write(
      `snippets: ${result.errors.length} type error${result.errors.length === 1 ? '' : 's'} in ${summary} (${seconds} s)\n`,
    );
    return 1;
  }
  process.stdout.write(`snippets: ${summary} type-check (${seconds} s)\n`);
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`check-snippets: ${message}\nusage: check-snippets [--out DIR] [FILE.md | DIR ...]\n`);
  return 2;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
