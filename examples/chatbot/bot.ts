// An existing terminal chatbot: `reply(history)` streams an answer with the AI SDK. Making it
// memory-aware is the one marked line: the model is wrapped, nothing else changes.
import { type ModelMessage, streamText, type wrapLanguageModel } from 'ai';
import type { Memory } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/ai-sdk';

/**
 * Any model the AI SDK can wrap: a provider's model or the offline demo model.
 *
 * @example
 * const model: ChatModel = demoModel();
 */
export type ChatModel = Parameters<typeof wrapLanguageModel>[0]['model'];

/**
 * The bot's system prompt, static so provider prompt caches keep hitting (memories go after it).
 *
 * @example
 * streamText({ model, instructions: INSTRUCTIONS, messages });
 */
export const INSTRUCTIONS = 'You are a friendly travel assistant. Answer in two or three sentences.';

/**
 * The bot: its (memory-aware) model and `reply(history)`.
 *
 * @example
 * const bot = createBot({ model: demoModel(), memory });
 * for await (const text of bot.reply([{ role: 'user', content: 'Hi!' }]).textStream) process.stdout.write(text);
 */
export function createBot({ model: baseModel, memory }: { model: ChatModel; memory: Memory }) {
  const model = withMemOS(baseModel, { memory }); // the one-line change

  /** Streams the answer to the last user message of `history`. */
  function reply(history: ModelMessage[]) {
    return streamText({ model, instructions: INSTRUCTIONS, messages: history });
  }

  return { model, reply };
}
