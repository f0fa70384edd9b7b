import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { stripMemoryBlock } from 'memos-middleware';
import type { InstalledLanguageModel } from '../model-spec.ts';
import { SPECIFICATION_VERSION, type SupportedSpecificationVersion } from '../specification-version.ts';
import { composeDemoAnswer, readMemoryBlock } from './demo-answer.ts';

/**
 * Options of `demoModel`.
 *
 * @example
 * demoModel({ wordDelayMs: 25 }); // a visible word-by-word stream in a terminal
 */
export interface DemoModelOptions {
  /** Pause between streamed words, so streaming is visible in a terminal. @default 0 */
  wordDelayMs?: number;
  /** `'v3'` to hand the model to AI SDK 6. @default 'v4' */
  specificationVersion?: SupportedSpecificationVersion;
}

const textOf = (message: LanguageModelV4CallOptions['prompt'][number]) =>
  typeof message.content === 'string'
    ? message.content
    : message.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');

// The block may sit in a system message or in the newest user message, depending on placement.
function readPrompt(prompt: LanguageModelV4CallOptions['prompt']) {
  const newestUser = prompt.findLast((message) => message.role === 'user');
  const question = newestUser === undefined ? '' : stripMemoryBlock(textOf(newestUser)).trim();
  const remembered = prompt
    .filter((message) => message.role === 'system' || message === newestUser)
    .map((message) => readMemoryBlock(textOf(message)))
    .find((items) => items !== undefined);
  return { question, remembered, promptWords: prompt.map(textOf).join(' ').split(/\s+/).length };
}

function usageOf(inputWords: number, outputWords: number): LanguageModelV4Usage {
  return {
    inputTokens: { total: inputWords, noCache: inputWords, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: outputWords, text: outputWords, reasoning: undefined },
  };
}

function pause(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  if (milliseconds <= 0) return Promise.resolve();
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * An OFFLINE demo language model (provider `memos-demo`, model `offline-demo`): no network, no LLM,
 * deterministic. It answers from the `<memories>` block it finds in its prompt, so the effect of
 * memory is visible with no key; every answer says it is the demo model. Text only (no tools, no
 * structured output).
 *
 * @example
 * const model = withMemOS(demoModel(), { userId: 'demo-user' });
 * const { text } = await generateText({ model, prompt: 'Any hotel ideas for my trip?' });
 */
export function demoModel({
  wordDelayMs = 0,
  specificationVersion = SPECIFICATION_VERSION,
}: DemoModelOptions = {}): InstalledLanguageModel {
  const answer = (options: LanguageModelV4CallOptions) => {
    const { question, remembered, promptWords } = readPrompt(options.prompt);
    const text = composeDemoAnswer(question, remembered);
    return { text, usage: usageOf(promptWords, text.split(' ').length) };
  };
  const model: LanguageModelV4 = {
    specificationVersion: SPECIFICATION_VERSION,
    provider: 'memos-demo',
    modelId: 'offline-demo',
    supportedUrls: {},
    async doGenerate(options): Promise<LanguageModelV4GenerateResult> {
      const { text, usage } = answer(options);
      return {
        content: [{ type: 'text', text }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage,
        warnings: [],
      };
    },
    async doStream(options) {
      const { text, usage } = answer(options);
      const words = text.split(/(?<= )/);
      const signal = options.abortSignal;
      let index = 0;
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          controller.enqueue({ type: 'stream-start', warnings: [] });
          controller.enqueue({ type: 'text-start', id: 'text-0' });
        },
        async pull(controller) {
          if (index < words.length) {
            if (index > 0) await pause(wordDelayMs, signal);
            controller.enqueue({ type: 'text-delta', id: 'text-0', delta: words[index]! });
            index += 1;
            return;
          }
          controller.enqueue({ type: 'text-end', id: 'text-0' });
          controller.enqueue({ type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage });
          controller.close();
        },
      });
      return { stream };
    },
  };
  // AI SDK 6 checks the model's version at run time; the parts used here are the same in v3 and v4.
  const declared =
    specificationVersion === SPECIFICATION_VERSION ? model : { ...model, specificationVersion };
  return declared as InstalledLanguageModel;
}
