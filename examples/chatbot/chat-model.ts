// Which model the chatbot talks to: a real one when OPENAI_API_KEY is set (any OpenAI-compatible
// endpoint through OPENAI_BASE_URL), otherwise the clearly labelled offline demo model.
import { createOpenAI } from '@ai-sdk/openai';
import { demoModel } from 'memos-middleware/ai-sdk/demo';
import type { ChatModel } from './bot.ts';

/**
 * The chatbot's model and a line describing it.
 *
 * @example
 * const { model, label } = chooseChatModel(process.env, { wordDelayMs: 25 });
 */
export function chooseChatModel(
  env: NodeJS.ProcessEnv,
  { wordDelayMs = 0 }: { wordDelayMs?: number } = {},
): { model: ChatModel; label: string } {
  const apiKey = env.OPENAI_API_KEY;
  if (!apiKey) {
    return {
      model: demoModel({ wordDelayMs }),
      label: 'offline demo model (no OPENAI_API_KEY: answers are assembled from the memory block, no LLM)',
    };
  }
  const modelId = env.OPENAI_MODEL || 'gpt-4o-mini';
  const openai = createOpenAI({ apiKey, ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}) });
  return { model: openai.chat(modelId), label: `${modelId} via ${env.OPENAI_BASE_URL || 'api.openai.com'}` };
}
