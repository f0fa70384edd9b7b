import { type Identity, type IdentityInput, readIdentity } from 'memos-middleware';
import type { CallParamsLike } from './model-spec.ts';

/**
 * The `providerOptions` namespace the middleware reads (and strips before the model call).
 *
 * @example
 * await streamText({ model, prompt, providerOptions: { [PROVIDER_OPTIONS_KEY]: { userId: 'u-42' } } });
 */
export const PROVIDER_OPTIONS_KEY = 'memos';

/**
 * What a call may carry under `providerOptions.memos`: the turn's identity and switches.
 *
 * @example
 * await generateText({ model, prompt, providerOptions: { memos: { userId: 'u-42', conversationId: 'c-7' } } });
 */
export type MemOSCallOptions = IdentityInput;

/**
 * Reads and validates `providerOptions.memos`; only the fields that are set are returned, so that
 * static and resolved ids still apply underneath.
 *
 * @example
 * readCallIdentity({ prompt: [], providerOptions: { memos: { userId: 'u-1' } } }); // { userId: 'u-1' }
 */
export function readCallIdentity(params: CallParamsLike): Identity {
  return readIdentity(
    params.providerOptions?.[PROVIDER_OPTIONS_KEY],
    `providerOptions.${PROVIDER_OPTIONS_KEY}`,
    {
      strict: true,
      prefix: PROVIDER_OPTIONS_KEY,
    },
  );
}

/**
 * The call options without our namespace. Providers ignore foreign keys, but some forward the whole
 * `providerOptions` upstream (the AI Gateway sends it in the request body), and a user id has no
 * business leaving the process; the model then sees exactly the call it would see without us.
 *
 * @example
 * withoutMemosOptions({ openai: { user: 'x' }, memos: { userId: 'u-1' } }); // { openai: { user: 'x' } }
 */
export function withoutMemosOptions<Options extends Readonly<Record<string, unknown>> | undefined>(
  providerOptions: Options,
): Options {
  if (providerOptions === undefined || !(PROVIDER_OPTIONS_KEY in providerOptions)) return providerOptions;
  const { [PROVIDER_OPTIONS_KEY]: _memos, ...rest } = providerOptions;
  return rest as Options;
}
