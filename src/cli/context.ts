import { redactSecret } from '../client/redact.ts';
import type { OutputStream } from './output.ts';

/**
 * What a command runs against: streams, environment, working directory. `run()` takes it so tests
 * drive the CLI in-process; `bin.ts` passes the real process.
 *
 * @example
 * const code = await run(['list', '--user', 'u1'], { stdout, stderr, env: {}, cwd: '/tmp/x' });
 */
export interface CliContext {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Lines typed by the user (`chat`). @default process.stdin */
  readonly stdin?: NodeJS.ReadableStream | undefined;
  /** Ends long-running commands (`serve`, `chat`) gracefully; `bin.ts` ties it to SIGINT/SIGTERM. */
  readonly signal?: AbortSignal | undefined;
}

/** Secrets from the environment that must never be printed. */
const SECRET_VARIABLES = ['MEMOS_API_KEY', 'OPENAI_API_KEY', 'MEMOS_SERVER_TOKEN'] as const;

/**
 * Removes every secret the CLI knows of (environment keys, a `--token`) from text about to be printed.
 *
 * @example
 * stderr.write(redactSecrets(error.message, context.env, [token]));
 */
export function redactSecrets(
  text: string,
  env: CliContext['env'],
  extra: readonly (string | undefined)[] = [],
): string {
  const secrets = [...SECRET_VARIABLES.map((name) => env[name]), ...extra].filter(
    (secret): secret is string => typeof secret === 'string' && secret.length >= 4,
  );
  // Runs of 8 characters too (redactSecret): a message cut or echoed in part must not print a key's half.
  return secrets.reduce((result, secret) => redactSecret(result, secret), text);
}
