// Child process for the outbox crash test: writes through a real MemOSClient with a durable outbox,
// reports each stage on stdout, and waits to be killed (SIGKILL) with writes still un-acknowledged.
// Usage: node --conditions=memos-source test/support/crash-writer-child.ts <outbox path> <base URL>
import { createInterface } from 'node:readline';
import { createWriter, MemOSClient } from 'memos-middleware';

const [outboxPath, baseURL] = process.argv.slice(2);
if (!outboxPath || !baseURL) throw new Error('usage: crash-writer-child.ts <outbox path> <base URL>');

const write = (conversation: string) => ({
  user_id: 'crash-user',
  conversation_id: conversation,
  messages: [{ role: 'user' as const, content: `message for ${conversation}` }],
});
const writer = createWriter({
  backend: new MemOSClient({ apiKey: 'test-key', baseURL, maxRetries: 0, timeoutMs: 60_000 }),
  outbox: { path: outboxPath },
});

// Stage 1: two writes delivered and acknowledged before the crash.
writer.enqueue(write('delivered-1'));
writer.enqueue(write('delivered-2'));
await writer.flush();
console.log('delivered');

// Stage 2, once the parent has made the server hang: three writes journaled, never answered.
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line !== 'continue') continue;
  for (const conversation of ['pending-1', 'pending-2', 'pending-3']) writer.enqueue(write(conversation));
  console.log('journaled');
}
