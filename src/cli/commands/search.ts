import { type CommandSpec, integerOption, type ParsedCommand, stringOption, UsageError } from '../args.ts';
import { BACKEND_OPTIONS, openBackend, TIMEOUT_OPTION, timeoutOption } from '../backend.ts';
import type { CliContext } from '../context.ts';
import { formatTime, truncate } from '../output.ts';

/**
 * The `search` command's flags and help text.
 *
 * @example
 * stdout.write(commandHelp(searchSpec));
 */
export const searchSpec: CommandSpec = {
  name: 'search',
  summary: "Search one user's memories the way the middleware does before a model call.",
  usage: '"<query>" --user <id> [options]',
  positionals: [{ name: '<query>', required: true }],
  options: {
    user: { type: 'string', short: 'u', placeholder: '<id>', description: 'Whose memories (MemOS user_id)' },
    conversation: { type: 'string', short: 'c', placeholder: '<id>', description: 'Boost this conversation' },
    limit: {
      type: 'string',
      short: 'n',
      placeholder: '<n>',
      description: 'Most facts and preferences, 1-25 (default 9)',
    },
    relativity: {
      type: 'string',
      placeholder: '<0-1>',
      description: 'Relevance floor (default 0.45; 0 keeps all)',
    },
    json: { type: 'boolean', description: 'Print the raw MemOS search data as JSON' },
    ...BACKEND_OPTIONS,
    ...TIMEOUT_OPTION,
  },
  examples: [
    'memos-middleware search "where should I stay?" --user memos_user_123',
    'memos-middleware search "hotel" --user memos_user_123 --limit 3 --json',
  ],
};

function parseRelativity(parsed: ParsedCommand): number | undefined {
  const value = stringOption(parsed, 'relativity', { command: 'search' });
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) {
    throw new UsageError(`--relativity must be a number from 0 to 1 (got '${value}')`, 'search');
  }
  return number;
}

/**
 * Runs `search`: prints facts and preferences with their relevance, or the raw data with `--json`.
 *
 * @example
 * await executeSearch(parseCommand(searchSpec, ['hotels', '--user', 'u1']), context);
 */
export async function executeSearch(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const userId = stringOption(parsed, 'user', { required: true, command: 'search' })!;
  const conversationId = stringOption(parsed, 'conversation', { command: 'search' });
  const limit = integerOption(parsed, 'limit', { min: 1, max: 25, fallback: 9, command: 'search' });
  const relativity = parseRelativity(parsed);
  const query = parsed.positionals[0]!;
  const opened = openBackend(context, {
    timeoutMs: timeoutOption(parsed, 'search'),
    db: stringOption(parsed, 'db', { command: 'search' }),
    local: parsed.values.local === true,
    mustExist: true,
  });
  try {
    const data = await opened.backend.searchMemory({
      query,
      user_id: userId,
      memory_limit_number: limit,
      preference_limit_number: limit,
      ...(conversationId ? { conversation_id: conversationId } : {}),
      ...(relativity === undefined ? {} : { relativity }),
    });
    if (parsed.values.json) {
      context.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      return 0;
    }
    const facts = data.memory_detail_list ?? [];
    const preferences = data.preference_detail_list ?? [];
    const width = Math.max(40, (context.stdout.columns ?? 100) - 30);
    const score = (value: number | undefined) => (value === undefined ? '  -  ' : value.toFixed(2));
    const lines = [`Search "${query}" for ${userId} on ${opened.description}`, ''];
    lines.push(`Facts (${facts.length}):`);
    for (const fact of facts) {
      const text = fact.memory_value || fact.memory_key || '';
      lines.push(
        `  ${score(fact.relativity)}  ${truncate(text, width)}  [${formatTime(fact.update_time ?? fact.create_time)}]`,
      );
    }
    lines.push(`Preferences (${preferences.length}):`);
    for (const preference of preferences) {
      const kind = preference.preference_type === 'implicit_preference' ? 'implicit' : 'explicit';
      lines.push(
        `  ${score(preference.relativity)}  (${kind}) ${truncate(preference.preference ?? '', width - 11)}`,
      );
    }
    if (facts.length + preferences.length === 0) lines.push('', 'No memories passed the relevance floor.');
    context.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await opened.close();
  }
}
