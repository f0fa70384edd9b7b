import { parseArgs } from 'node:util';

/**
 * The program's name as typed in a shell.
 *
 * @example
 * stderr.write(`Run '${PROGRAM} --help' for usage.\n`);
 */
export const PROGRAM = 'memos-middleware';

/**
 * One `--flag` of a command.
 *
 * @example
 * const limit: OptionSpec = { type: 'string', short: 'n', placeholder: '<n>', description: 'Most items' };
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly description: string;
  /** Shown in help after the flag, e.g. `<id>`. */
  readonly placeholder?: string;
}

/**
 * What a command accepts, and what its `--help` says.
 *
 * @example
 * const spec: CommandSpec = { name: 'list', summary: 'List memories.', usage: '--user <id>', positionals: [], options: {} };
 */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** Arguments after the command name, e.g. `"<query>" --user <id> [options]`. */
  readonly usage: string;
  readonly positionals: readonly { readonly name: string; readonly required: boolean }[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples?: readonly string[];
  readonly notes?: readonly string[];
}

/**
 * Bad command-line input: the CLI prints it with a usage hint and exits 2.
 *
 * @example
 * throw new UsageError('--limit must be an integer from 1 to 25', 'search');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose `--help` the hint points to, if any. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/**
 * Parsed flags of one command.
 *
 * @example
 * const { values, positionals }: ParsedCommand = parseCommand(listSpec, ['--user', 'u1']);
 */
export interface ParsedCommand {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'Show this help' };

/**
 * Parses a command's arguments strictly (`node:util` parseArgs): unknown flags, missing values,
 * extra or missing positionals are `UsageError`s.
 *
 * @example
 * const { values, positionals } = parseCommand(searchSpec, ['food', '--user', 'u1']);
 */
export function parseCommand(spec: CommandSpec, argv: readonly string[]): ParsedCommand {
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help: HELP }).map(([name, option]) => [
      name,
      option.short ? { type: option.type, short: option.short } : { type: option.type },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error);
    throw new UsageError(
      message.replace(/^\w/, (first) => first.toLowerCase()),
      spec.name,
    );
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { values, positionals: parsed.positionals };
  const required = spec.positionals.filter((positional) => positional.required);
  if (parsed.positionals.length < required.length) {
    const missing = required[parsed.positionals.length]!;
    throw new UsageError(`missing argument ${missing.name}`, spec.name);
  }
  if (parsed.positionals.length > spec.positionals.length) {
    const extra = parsed.positionals[spec.positionals.length];
    throw new UsageError(`unexpected argument '${extra}'`, spec.name);
  }
  return { values, positionals: parsed.positionals };
}

/**
 * A string flag's value; `UsageError` when required and absent or empty.
 *
 * @example
 * const userId = stringOption(parsed, 'user', { required: true, command: 'list' });
 */
export function stringOption(
  parsed: ParsedCommand,
  name: string,
  { required = false, command }: { required?: boolean; command?: string } = {},
): string | undefined {
  const value = parsed.values[name];
  if (typeof value === 'string' && value.trim() === '')
    throw new UsageError(`--${name} must not be empty`, command);
  if (typeof value === 'string') return value;
  if (required) throw new UsageError(`missing --${name}`, command);
  return undefined;
}

/**
 * An integer flag within bounds, or the fallback when absent.
 *
 * @example
 * const limit = integerOption(parsed, 'limit', { min: 1, max: 25, fallback: 9, command: 'search' });
 */
export function integerOption(
  parsed: ParsedCommand,
  name: string,
  { min, max, fallback, command }: { min: number; max: number; fallback: number; command?: string },
): number {
  const value = parsed.values[name];
  if (typeof value !== 'string') return fallback;
  const number = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || number < min || number > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max} (got '${value}')`, command);
  }
  return number;
}

/**
 * Renders a command's `--help` text from its spec.
 *
 * @example
 * stdout.write(commandHelp(searchSpec));
 */
export function commandHelp(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.placeholder ? ` ${option.placeholder}` : ''}`;
    return [flag, option.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const lines = [
    `${spec.summary}`,
    '',
    `Usage: ${PROGRAM} ${spec.name} ${spec.usage}`.trimEnd(),
    '',
    'Options:',
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
  ];
  if (spec.notes?.length) lines.push('', ...spec.notes);
  if (spec.examples?.length) lines.push('', 'Examples:', ...spec.examples.map((example) => `  ${example}`));
  return `${lines.join('\n')}\n`;
}
