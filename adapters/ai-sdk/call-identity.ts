import { type Identity, MemOSConfigError } from 'memos-middleware';
import { z } from 'zod';
import type { CallParamsLike } from './model-spec.ts';

/**
 * The `providerOptions` namespace the middleware reads (and strips before the model call).
 *
 * @example
 * await streamText({ model, prompt, providerOptions: { [PROVIDER_OPTIONS_KEY]: { userId: 'u-42' } } });
 */
export const PROVIDER_OPTIONS_KEY = 'memos';

const id = z.string().min(1, 'must not be empty').nullish();
const flag = z.boolean().nullish();
// Strict: a snake_case `user_id` or a typo is a config error, not an anonymous turn.
const CallIdentitySchema = z.strictObject({
  userId: id,
  conversationId: id,
  agentId: id,
  appId: id,
  readOnly: flag,
  skip: flag,
});

/**
 * What a call may carry under `providerOptions.memos`: the turn's identity and switches.
 *
 * @example
 * await generateText({ model, prompt, providerOptions: { memos: { userId: 'u-42', conversationId: 'c-7' } } });
 */
export type MemOSCallOptions = z.input<typeof CallIdentitySchema>;

/**
 * Reads and validates `providerOptions.memos`; only the fields that are set are returned, so that
 * static and resolved ids still apply underneath.
 *
 * @example
 * readCallIdentity({ prompt: [], providerOptions: { memos: { userId: 'u-1' } } }); // { userId: 'u-1' }
 */
export function readCallIdentity(params: CallParamsLike): Identity {
  const raw = params.providerOptions?.[PROVIDER_OPTIONS_KEY];
  if (raw === undefined || raw === null) return {};
  const parsed = CallIdentitySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${[PROVIDER_OPTIONS_KEY, ...issue.path].join('.')}: ${issue.message}`)
      .join('; ');
    throw new MemOSConfigError(`Invalid providerOptions.${PROVIDER_OPTIONS_KEY}: ${problems}`);
  }
  const identity: Identity = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value !== undefined && value !== null) Object.assign(identity, { [key]: value });
  }
  return identity;
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
