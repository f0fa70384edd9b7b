import { createMemOSServer } from '../../local/server/index.ts';
import { type CommandSpec, integerOption, type ParsedCommand, stringOption } from '../args.ts';
import { BACKEND_OPTIONS, openBackend } from '../backend.ts';
import { type CliContext, redactSecrets } from '../context.ts';

/**
 * The `serve` command's flags and help text.
 *
 * @example
 * stdout.write(commandHelp(serveSpec));
 */
export const serveSpec: CommandSpec = {
  name: 'serve',
  summary: 'Serve the local memory database as the MemOS Cloud API (/api/openmem/v1/...).',
  usage: '[options]',
  positionals: [],
  options: {
    port: {
      type: 'string',
      short: 'p',
      placeholder: '<n>',
      description: 'Port, 0 picks a free one (default 8000)',
    },
    host: {
      type: 'string',
      placeholder: '<address>',
      description: 'Address to listen on (default 127.0.0.1)',
    },
    db: BACKEND_OPTIONS.db,
    token: {
      type: 'string',
      placeholder: '<token>',
      description: 'Require Authorization: Token <token> (or set MEMOS_SERVER_TOKEN)',
    },
    'max-body': {
      type: 'string',
      placeholder: '<bytes>',
      description: 'Largest request body (default 1048576)',
    },
    verbose: { type: 'boolean', short: 'v', description: 'Log every request to stderr' },
  },
  notes: [
    'Stops on Ctrl-C or SIGTERM after the requests in flight are answered.',
    'Errors answer HTTP 200 with a MemOS code (40000 bad request, 40100/40132 token, 40305 body too',
    'large with HTTP 413, 40001 unknown endpoint with HTTP 404, 50000 internal), like MemOS Cloud.',
  ],
  examples: [
    'memos-middleware serve',
    'MEMOS_SERVER_TOKEN=s3cret memos-middleware serve --port 8001 --db ./memories.db',
  ],
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Runs `serve` until the context's signal aborts (SIGINT/SIGTERM in `bin.ts`), then shuts down
 * gracefully: in-flight requests finish, the database is closed.
 *
 * @example
 * const stop = new AbortController();
 * const done = executeServe(parseCommand(serveSpec, ['--port', '0']), { ...context, signal: stop.signal });
 */
export async function executeServe(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const port = integerOption(parsed, 'port', { min: 0, max: 65_535, fallback: 8000, command: 'serve' });
  const host = stringOption(parsed, 'host', { command: 'serve' }) ?? '127.0.0.1';
  const token =
    stringOption(parsed, 'token', { command: 'serve' }) ?? (context.env.MEMOS_SERVER_TOKEN || undefined);
  const maxBodyBytes = integerOption(parsed, 'max-body', {
    min: 1024,
    max: 256 * 1024 * 1024,
    fallback: 1024 * 1024,
    command: 'serve',
  });
  const verbose = parsed.values.verbose === true;
  const opened = openBackend(context, {
    db: stringOption(parsed, 'db', { command: 'serve' }),
    localOnly: true,
  });
  const server = createMemOSServer({
    backend: opened.backend,
    token,
    maxBodyBytes,
    logger(entry) {
      if (entry.level === 'error') {
        const detail =
          context.env.DEBUG?.includes('memos') && entry.error instanceof Error
            ? `\n${entry.error.stack}`
            : '';
        const line = `error: ${entry.method ?? ''} ${entry.path ?? ''} failed with code ${entry.code ?? 50000}${detail}\n`;
        context.stderr.write(redactSecrets(line, context.env, [token]));
      } else if (verbose) {
        const time = entry.durationMs === undefined ? '' : ` ${entry.durationMs.toFixed(1)}ms`;
        context.stderr.write(`${entry.method} ${entry.path} -> ${entry.status} code ${entry.code}${time}\n`);
      }
    },
  });
  let address: Awaited<ReturnType<typeof server.listen>>;
  try {
    address = await server.listen(port, host);
  } catch (error) {
    await opened.close();
    throw error;
  }
  const lines = [
    `MemOS-compatible server listening on ${address.url}`,
    `  backend: ${opened.description}`,
    `  auth:    ${token ? 'Authorization: Token <your token> required' : 'none (loopback only is advised)'}`,
    '',
    'Point MemOSClient (or any MemOS client) at it:',
    `  MEMOS_BASE_URL=${address.baseURL} MEMOS_API_KEY=${token ? '<your token>' : 'local'}`,
    `  new MemOSClient({ baseURL: '${address.baseURL}', apiKey: ${token ? 'process.env.MEMOS_API_KEY' : "'local'"} })`,
    '',
    'Press Ctrl-C to stop.',
  ];
  context.stdout.write(`${lines.join('\n')}\n`);
  if (!token && !LOOPBACK.has(host)) {
    context.stderr.write(
      `warning: listening on ${host} without a token: anyone who can reach it can read and write memories\n`,
    );
  }

  await new Promise<void>((resolve) => {
    if (!context.signal) return;
    if (context.signal.aborted) return resolve();
    context.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  context.stderr.write('Shutting down: finishing requests in flight...\n');
  await server.close();
  await opened.close();
  context.stderr.write('Stopped.\n');
  return 0;
}
