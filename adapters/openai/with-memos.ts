import { MemOSConfigError } from 'memos-middleware';
import type { OpenAI } from 'openai';
import { prepareChatCompletion } from './chat-completions.ts';
import { type MemOSOpenAIOptions, resolveClientOptions } from './client-options.ts';
import type { MemOSOpenAI } from './client-types.ts';
import { type CreateFunction, deferredCreate } from './deferred-create.ts';
import { isRecord } from './malformed.ts';
import { createResponseChains } from './response-chains.ts';
import { prepareResponse } from './responses.ts';
import type { WrapperSettings } from './wrapper-settings.ts';

/** Continuations of Responses conversations remembered per wrapped client (oldest first out). */
const MAX_RESPONSE_CHAINS = 1000;
/** Marks a client `withMemOS` returned (any copy of the package). */
const WRAPPED = Symbol.for('memos-middleware.openai.wrapped');

type Resource = { create: CreateFunction };

const resourceOf = (value: unknown): Resource | undefined =>
  isRecord(value) && typeof value.create === 'function' ? (value as unknown as Resource) : undefined;

/**
 * The one-line form: a client of the same class as `client` with long-term memory in its
 * `chat.completions.create` and `responses.create`, streamed or not, and so in the SDK's helpers that
 * call them (`chat.completions.stream()`, `.parse()`, `.runTools()`, `responses.stream()`, `.parse()`).
 * Before each call it recalls the user's memories (once per turn, within a budget, failing open) and
 * places them in the system prompt; after the answer it stores the turn in the background. Identity
 * comes per call from the request's `memos` field (removed before the request leaves), from
 * `resolveIdentity(params)`, or from static ids. `client` itself is not modified; copies of the
 * returned client (`withOptions()`) keep memory. Pass your own `memory` to flush it on exit or share
 * it with other adapters.
 *
 * @example
 * const client = withMemOS(new OpenAI()); // MemOS Cloud with MEMOS_API_KEY, else the local engine
 * const completion = await client.chat.completions.create({
 *   model: 'gpt-4o-mini',
 *   messages: [{ role: 'user', content: 'Any hotel ideas?' }],
 *   memos: { userId: 'u-42', conversationId: 'chat-7' },
 * });
 */
export function withMemOS<Client extends OpenAI>(
  client: Client,
  options: MemOSOpenAIOptions = {},
): MemOSOpenAI<Client> {
  const withOptions = isRecord(client) ? (client as { withOptions?: unknown }).withOptions : undefined;
  const chat = isRecord(client) && isRecord(client.chat) ? resourceOf(client.chat.completions) : undefined;
  if (typeof withOptions !== 'function' || chat === undefined) {
    throw new MemOSConfigError(
      'withMemOS: expected a client of the openai package (new OpenAI(), new AzureOpenAI(), ...), version 6 or later',
    );
  }
  // Twice would recall and store every turn twice.
  if (WRAPPED in client)
    throw new MemOSConfigError('withMemOS: this client already has memory (withMemOS returned it)');
  const { memory, staticIdentity } = resolveClientOptions(options);
  // A copy of the same class and options (AzureOpenAI stays Azure); patching its own resources leaves
  // the caller's client untouched. The SDK's helpers call `create` on the client they belong to.
  return withMemory(client.withOptions({}), {
    memory,
    staticIdentity,
    chains: createResponseChains({ maxEntries: MAX_RESPONSE_CHAINS }),
  }) as MemOSOpenAI<Client>;
}

/** What every client derived from one `withMemOS` call shares. */
interface Shared {
  readonly memory: WrapperSettings['memory'];
  readonly staticIdentity: WrapperSettings['staticIdentity'];
  readonly chains: ReturnType<typeof createResponseChains>;
}

/**
 * Patches a derived client's `create` methods, and its `withOptions` so that a copy made from it
 * (`client.withOptions({ timeout })`, a common per-call idiom) has memory too, sharing this one's.
 */
function withMemory(derived: OpenAI, shared: Shared): OpenAI {
  const settings: WrapperSettings = {
    memory: shared.memory,
    staticIdentity: shared.staticIdentity,
    client: derived,
  };
  patchCreate(resourceOf(derived.chat.completions)!, settings, prepareChatCompletion(settings));
  const responses = resourceOf((derived as { responses?: unknown }).responses);
  if (responses) patchCreate(responses, settings, prepareResponse(settings, shared.chains));
  Object.defineProperty(derived, WRAPPED, { value: true });
  const copy = derived.withOptions.bind(derived);
  Object.defineProperty(derived, 'withOptions', {
    value: function withOptions(options: Parameters<OpenAI['withOptions']>[0]) {
      return withMemory(copy(options), shared);
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return derived;
}

function patchCreate(
  resource: Resource,
  settings: WrapperSettings,
  prepare: Parameters<typeof deferredCreate>[2],
) {
  const original = resource.create.bind(resource);
  Object.defineProperty(resource, 'create', {
    value: deferredCreate(settings.client, original, prepare),
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
