// An existing terminal chatbot on the OpenAI SDK: `reply(history)` streams an answer from
// chat.completions. Making it memory-aware is the one marked line: the client is wrapped, nothing
// else changes.
import type { Memory } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/openai';
import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';

/**
 * The bot's system prompt, static so provider prompt caches keep hitting (memories go after it).
 *
 * @example
 * messages: [{ role: 'system', content: INSTRUCTIONS }, ...history];
 */
export const INSTRUCTIONS = 'You are a friendly travel assistant. Answer in two or three sentences.';

/**
 * The bot: its (memory-aware) client and `reply(history)`, which yields the answer's text as it streams.
 *
 * @example
 * const bot = createBot({ client: new OpenAI(), memory, model: 'gpt-4o-mini' });
 * for await (const text of bot.reply([{ role: 'user', content: 'Hi!' }])) process.stdout.write(text);
 */
export function createBot({
  client: baseClient,
  memory,
  model,
}: {
  client: OpenAI;
  memory: Memory;
  model: string;
}) {
  const client = withMemOS(baseClient, { memory }); // the one-line change

  /** Streams the answer to the last user message of `history`. */
  async function* reply(history: ChatCompletionMessageParam[]): AsyncGenerator<string> {
    const stream = await client.chat.completions.create({
      model,
      messages: [{ role: 'system', content: INSTRUCTIONS }, ...history],
      stream: true,
    });
    for await (const chunk of stream) yield chunk.choices[0]?.delta.content ?? '';
  }

  return { client, reply };
}
