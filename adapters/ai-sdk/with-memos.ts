import { wrapLanguageModel } from 'ai';
import { type MemOSMiddlewareOptions, memosMiddleware } from './memos-middleware.ts';
import type { InstalledLanguageModel, WrappableLanguageModel } from './model-spec.ts';

/**
 * The one-line form: the model with long-term memory, identity per call from
 * `providerOptions.memos` (or static ids, or `resolveIdentity`). Pass your own `memory` to flush it
 * on exit or share it with other adapters.
 *
 * @example
 * const model = withMemOS(openai('gpt-4o-mini')); // MemOS Cloud with MEMOS_API_KEY, else the local engine
 * const { text } = await generateText({ model, prompt: 'Any hotel ideas?', providerOptions: { memos: { userId: 'u-42' } } });
 */
export function withMemOS(
  model: WrappableLanguageModel,
  options: MemOSMiddlewareOptions = {},
): InstalledLanguageModel {
  return wrapLanguageModel({ model, middleware: memosMiddleware(options) });
}
