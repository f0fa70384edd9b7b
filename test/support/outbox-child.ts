// Child process for the outbox crash tests: a writer with a durable outbox behind a real MemOSClient,
// driven line by line on stdin, reporting on stdout, until the parent kills it (SIGKILL).
// Usage: node --conditions=memos-source test/support/outbox-child.ts <outbox path> <base URL> [options JSON]
// stdin, one JSON object a line: {"op":"enqueue","conversation":"c","text":"t"} | {"op":"flush"}
// stdout, one JSON object a line: {"event":"ready"} | {"event":"enqueued","text"} | {"event":"written","texts"}
//   | {"event":"flushed"} | {"event":"dropped","texts","reason"}
import { createInterface } from 'node:readline';
import { createWriter, MemOSClient } from 'memos-middleware';

const [outboxPath, baseURL, optionsJson = '{}'] = process.argv.slice(2);
if (!outboxPath || !baseURL)
  throw new Error('usage: outbox-child.ts <outbox path> <base URL> [options JSON]');
const { timeoutMs = 60_000, ...writerOptions } = JSON.parse(optionsJson) as {
  timeoutMs?: number;
  concurrency?: number;
  maxBatchMessages?: number;
  retryBaseDelayMs?: number;
};

const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);
const texts = (messages: readonly { content?: unknown }[]) => messages.map((message) => message.content);

const writer = createWriter({
  // The key comes from the environment (a test server's token), never from the command line.
  backend: new MemOSClient({
    apiKey: process.env.MEMOS_API_KEY ?? 'test-key',
    baseURL,
    maxRetries: 0,
    timeoutMs,
  }),
  outbox: { path: outboxPath },
  ...writerOptions,
  onWrite: ({ request }) => say({ event: 'written', texts: texts(request.messages) }),
  onDrop: ({ request, reason, error }) =>
    say({
      event: 'dropped',
      texts: texts(request.messages),
      reason,
      error: (error as Error | undefined)?.message,
    }),
});
say({ event: 'ready', replaying: writer.pending });

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const command = JSON.parse(line) as { op: string; conversation?: string; text?: string };
  if (command.op === 'enqueue') {
    writer.enqueue({
      user_id: 'crash-user',
      conversation_id: command.conversation ?? 'c',
      messages: [{ role: 'user', content: command.text ?? '' }],
    });
    say({ event: 'enqueued', text: command.text });
  } else if (command.op === 'flush') {
    await writer.flush();
    say({ event: 'flushed' });
  }
}
