import { readFileSync } from 'node:fs';
import { MemOSTimeoutError } from '../errors/index.ts';
import {
  type CommandSpec,
  commandHelp,
  type ParsedCommand,
  PROGRAM,
  parseCommand,
  UsageError,
} from './args.ts';
import { CLI_MAX_RETRIES } from './backend.ts';
import { chatSpec, executeChat } from './commands/chat.ts';
import { demoSpec, executeDemo } from './commands/demo.ts';
import { executeImport, importSpec } from './commands/import.ts';
import { executeList, listSpec } from './commands/list.ts';
import { executeSearch, searchSpec } from './commands/search.ts';
import { executeServe, serveSpec } from './commands/serve.ts';
import { type CliContext, redactSecrets } from './context.ts';

export type { CliContext } from './context.ts';

type Execute = (parsed: ParsedCommand, context: CliContext) => Promise<number>;

const COMMANDS: readonly (readonly [CommandSpec, Execute])[] = [
  [demoSpec, executeDemo],
  [chatSpec, executeChat],
  [searchSpec, executeSearch],
  [listSpec, executeList],
  [importSpec, executeImport],
  [serveSpec, executeServe],
];

function programHelp(): string {
  const width = Math.max(...COMMANDS.map(([spec]) => spec.name.length));
  return [
    `${PROGRAM}: long-term memory for chat apps (MemOS), from the command line.`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...COMMANDS.map(([spec]) => `  ${spec.name.padEnd(width)}  ${spec.summary}`),
    '',
    'Environment:',
    '  MEMOS_API_KEY       use MemOS Cloud instead of the local database (not for serve; --local overrides)',
    '  MEMOS_BASE_URL      MemOS API base URL (default https://memos.memtensor.cn/api/openmem/v1)',
    '  OPENAI_API_KEY      demo and chat answer with a real OpenAI model (OPENAI_MODEL, default gpt-4o-mini)',
    '  MEMOS_SERVER_TOKEN  token serve requires (same as --token)',
    '  DEBUG=memos         print stack traces of failures',
    '',
    `Run '${PROGRAM} <command> --help' for a command's options.`,
    '',
  ].join('\n');
}

function packageVersion(): string {
  // Source (src/cli) and build (dist/src/cli) sit at different depths: walk up to our package.json.
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === PROGRAM && manifest.version) return manifest.version;
    } catch {
      // Not at this depth; try the next one.
    }
  }
  return 'unknown';
}

function reportFailure(error: unknown, command: string | undefined, context: CliContext): number {
  const write = (text: string) => context.stderr.write(redactSecrets(text, context.env));
  if (error instanceof UsageError) {
    const where = error.command ?? command;
    write(`${PROGRAM}${where ? ` ${where}` : ''}: ${error.message}\n`);
    write(`Run '${PROGRAM}${where ? ` ${where}` : ''} --help' for usage.\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`error: ${message}\n`);
  if (MemOSTimeoutError.isInstance(error)) {
    write(
      `MemOS did not answer within ${error.timeoutMs} ms (${CLI_MAX_RETRIES + 1} attempts); pass --timeout <ms> to wait longer.\n`,
    );
  }
  if (context.env.DEBUG?.split(',').some((name) => name.trim() === 'memos' || name.trim() === '*')) {
    if (error instanceof Error && error.stack) write(`${error.stack}\n`);
  } else {
    write('(set DEBUG=memos for details)\n');
  }
  return 1;
}

/**
 * Runs the `memos-middleware` command with `argv` (without `node` and the script) and returns the exit
 * code: 0 done, 1 failed, 2 bad usage. Never throws and never exits the process, so tests call it in-process.
 *
 * @example
 * const code = await run(['search', 'hotels', '--user', 'u1'], { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
 */
export async function run(argv: readonly string[], context: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  let commandName: string | undefined;
  try {
    if (first === undefined || first === '--help' || first === '-h') {
      (first === undefined ? context.stderr : context.stdout).write(programHelp());
      return first === undefined ? 2 : 0;
    }
    if (first === '--version' || first === '-V') {
      context.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (first === 'help') {
      const target = COMMANDS.find(([spec]) => spec.name === rest[0]);
      if (rest[0] !== undefined && !target) throw new UsageError(`unknown command '${rest[0]}'`);
      context.stdout.write(target ? commandHelp(target[0]) : programHelp());
      return 0;
    }
    const entry = COMMANDS.find(([spec]) => spec.name === first);
    if (!entry) {
      throw new UsageError(
        first.startsWith('-')
          ? `unknown option '${first}' (a command comes first)`
          : `unknown command '${first}'`,
      );
    }
    const [spec, execute] = entry;
    commandName = spec.name;
    const parsed = parseCommand(spec, rest);
    if (parsed.values.help) {
      context.stdout.write(commandHelp(spec));
      return 0;
    }
    return await execute(parsed, context);
  } catch (error) {
    return reportFailure(error, commandName, context);
  }
}
