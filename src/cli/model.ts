import type { wrapLanguageModel } from 'ai';
import type { CliContext } from './context.ts';

/**
 * A model object the AI SDK can wrap (V2, V3 or V4 spec).
 *
 * @example
 * const model: WrappableModel = demoModel();
 */
export type WrappableModel = Parameters<typeof wrapLanguageModel>[0]['model'];

/**
 * The model a chat runs on, and how to name it to the user.
 *
 * @example
 * const { model, description, offline }: ChosenModel = await chooseModel(context);
 */
export interface ChosenModel {
  readonly model: WrappableModel;
  readonly description: string;
  readonly offline: boolean;
}

/**
 * Loads an optional peer the CLI needs for `demo` and `chat`, with an install hint when it is missing.
 *
 * @example
 * const { streamText } = await loadPeer(() => import('ai'), 'ai');
 */
export async function loadPeer<T>(load: () => Promise<T>, name: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(`This command needs the '${name}' package: npm install ${name}`, { cause: error });
    }
    throw error;
  }
}

/**
 * Loads the AI SDK (an optional peer) and our adapter for it. The adapter is imported by path, not by
 * `memos-middleware/ai-sdk`, so the build does not need its own output to type-check the CLI.
 *
 * @example
 * const { streamText, withMemOS } = await loadAISDK();
 */
export async function loadAISDK() {
  const { streamText, wrapLanguageModel } = await loadPeer(() => import('ai'), 'ai');
  const { withMemOS } = await import('memos-middleware/ai-sdk');
  const { demoModel } = await import('memos-middleware/ai-sdk/demo');
  return { streamText, wrapLanguageModel, demoModel, withMemOS };
}

/**
 * Picks the model: a real OpenAI model when `OPENAI_API_KEY` is set (`OPENAI_MODEL`, default
 * `gpt-4o-mini`; `OPENAI_BASE_URL` for compatible endpoints), else the offline demo model that answers
 * from the memory block it is given.
 *
 * @example
 * const { model, description } = await chooseModel(context);
 */
export async function chooseModel(context: CliContext): Promise<ChosenModel> {
  const apiKey = context.env.OPENAI_API_KEY;
  if (apiKey) {
    const { createOpenAI } = await loadPeer(() => import('@ai-sdk/openai'), '@ai-sdk/openai');
    const modelId = context.env.OPENAI_MODEL || 'gpt-4o-mini';
    const baseURL = context.env.OPENAI_BASE_URL;
    const provider = createOpenAI({ apiKey, ...(baseURL ? { baseURL } : {}) });
    // Chat Completions, not Responses: every OpenAI-compatible endpoint (OPENAI_BASE_URL) speaks it.
    return {
      model: provider.chat(modelId),
      description: `OpenAI ${modelId}${baseURL ? ` at ${baseURL}` : ''} (key from OPENAI_API_KEY)`,
      offline: false,
    };
  }
  const { demoModel } = await loadAISDK();
  return {
    model: demoModel(),
    description: 'demoModel() (offline, answers from the memory block; set OPENAI_API_KEY for a real model)',
    offline: true,
  };
}
