import { type CommandSpec, integerOption, type ParsedCommand, stringOption } from '../args.ts';
import { BACKEND_OPTIONS, openBackend, TIMEOUT_OPTION, timeoutOption } from '../backend.ts';
import type { CliContext } from '../context.ts';
import { formatTime, table } from '../output.ts';

/**
 * The `list` command's flags and help text.
 *
 * @example
 * stdout.write(commandHelp(listSpec));
 */
export const listSpec: CommandSpec = {
  name: 'list',
  summary: "List one user's stored memories (facts, preferences, tool memories), a page at a time.",
  usage: '--user <id> [options]',
  positionals: [],
  options: {
    user: { type: 'string', short: 'u', placeholder: '<id>', description: 'Whose memories (MemOS user_id)' },
    page: { type: 'string', short: 'p', placeholder: '<n>', description: 'Page number, from 1 (default 1)' },
    size: {
      type: 'string',
      short: 's',
      placeholder: '<n>',
      description: 'Items per category per page, 1-50 (default 10)',
    },
    json: { type: 'boolean', description: 'Print the raw MemOS get/memory data as JSON' },
    ...BACKEND_OPTIONS,
    ...TIMEOUT_OPTION,
  },
  examples: [
    'memos-middleware list --user memos_user_123',
    'memos-middleware list --user memos_user_123 --page 2 --size 20',
  ],
};

/**
 * Runs `list`: a table of id (short), kind, last update and text, then the paging line.
 *
 * @example
 * await executeList(parseCommand(listSpec, ['--user', 'u1']), context);
 */
export async function executeList(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const userId = stringOption(parsed, 'user', { required: true, command: 'list' })!;
  const page = integerOption(parsed, 'page', { min: 1, max: 1_000_000, fallback: 1, command: 'list' });
  const size = integerOption(parsed, 'size', { min: 1, max: 50, fallback: 10, command: 'list' });
  const opened = openBackend(context, {
    timeoutMs: timeoutOption(parsed, 'list'),
    db: stringOption(parsed, 'db', { command: 'list' }),
    local: parsed.values.local === true,
    mustExist: true,
  });
  try {
    const data = await opened.backend.getMemory({ user_id: userId, page, size });
    if (parsed.values.json) {
      context.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      return 0;
    }
    const shortId = (id: string) => id.slice(0, 8);
    const rows: string[][] = [
      ...(data.memory_detail_list ?? []).map((fact) => [
        shortId(fact.id),
        'fact',
        formatTime(fact.update_time ?? fact.create_time),
        fact.memory_value || fact.memory_key || '',
      ]),
      ...(data.preference_detail_list ?? []).map((preference) => [
        shortId(preference.id),
        preference.preference_type === 'implicit_preference' ? 'implicit pref' : 'explicit pref',
        formatTime(preference.update_time ?? preference.create_time),
        preference.preference ?? '',
      ]),
      ...(data.tool_memory_detail_list ?? []).map((tool) => [
        shortId(tool.id),
        'tool',
        formatTime(tool.update_time ?? tool.create_time),
        typeof tool.tool_value === 'string' ? tool.tool_value : JSON.stringify(tool.tool_value ?? ''),
      ]),
    ];
    const header = `Memories of ${userId} on ${opened.description}\n\n`;
    if (rows.length === 0) {
      context.stdout.write(`${header}No memories on page ${page}.\n`);
      return 0;
    }
    const total = data.total ?? rows.length;
    const pages = data.pages ?? 1;
    context.stdout.write(header);
    context.stdout.write(table(['id', 'kind', 'updated', 'text'], rows, context.stdout.columns ?? 110));
    context.stdout.write(
      `\npage ${data.current ?? page} of ${Math.max(1, pages)} · ${total} in the largest category · ${size} per category per page\n`,
    );
    return 0;
  } finally {
    await opened.close();
  }
}
