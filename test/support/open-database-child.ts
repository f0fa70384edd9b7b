// Child process for the concurrent-open tests: waits for a shared start instant, opens (creating and
// migrating) the database at <path> with LocalMemOS, adds one message, prints 'ok' or the error, exits.
// Usage: node --conditions=memos-source test/support/open-database-child.ts <path> <start epoch ms> <name>
import { LocalMemOS } from 'memos-middleware/local';

const [path, startAt, name = 'child'] = process.argv.slice(2);
if (!path || !startAt) throw new Error('usage: open-database-child.ts <path> <start epoch ms> <name>');
// Sleep to just before the shared instant, then spin to it: the processes hit the fresh file as close
// together as we can without burning the cores while they wait.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now() - 15)));
while (Date.now() < Number(startAt)) {
  // busy wait
}
try {
  const memos = new LocalMemOS({ path });
  await memos.addMessage({
    user_id: 'u-open',
    conversation_id: name,
    messages: [{ role: 'user', content: `opened by ${name}` }],
  });
  await memos.close();
  process.stdout.write('ok\n');
} catch (error) {
  const cause = (error as { cause?: { message?: string } }).cause?.message;
  process.stdout.write(`failed: ${(error as Error).message}${cause ? ` (${cause})` : ''}\n`);
}
