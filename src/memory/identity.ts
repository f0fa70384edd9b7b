import { MemOSConfigError } from '../errors/index.ts';
import type { Identity, Turn } from '../types.ts';

const IDENTITY_KEYS = ['userId', 'conversationId', 'agentId', 'appId', 'readOnly', 'skip'] as const;

/** An identity whose `userId` is known. */
export type ResolvedIdentity = Identity & { readonly userId: string };

/** Layers identities, later ones winning field by field; `undefined` fields never override. */
export function mergeIdentity(...layers: readonly (Identity | undefined)[]): Identity {
  const merged: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of IDENTITY_KEYS) if (layer[key] !== undefined) merged[key] = layer[key];
  }
  return merged as Identity;
}

/**
 * Checks that a turn has a user: a missing `userId` is a programming error, so it throws a
 * `MemOSConfigError` that says where the id goes instead of silently skipping memory.
 *
 * @example
 * const identity = requireUserId(mergeIdentity(options, turn));
 */
export function requireUserId(identity: Identity): ResolvedIdentity {
  if (typeof identity.userId === 'string' && identity.userId !== '') return identity as ResolvedIdentity;
  throw new MemOSConfigError(
    'memos-middleware: this turn has no userId. Pass userId in providerOptions.memos (AI SDK), in the ' +
      'LangChain configurable (or the agent context), in createMemory({ userId }), or return it from resolveIdentity.',
  );
}

/**
 * Static ids from the options, under `resolveIdentity(turn.context)`, under the turn's own fields.
 * Synchronous when there is no hook or the hook answers synchronously, so capture can journal its
 * write before it returns.
 *
 * @example
 * const identity = resolveTurnIdentity({ userId: 'default' }, undefined, turn); // turn.userId wins
 */
export function resolveTurnIdentity(
  staticIdentity: Identity,
  resolveIdentity: ((context: unknown) => Identity | undefined | Promise<Identity | undefined>) | undefined,
  turn: Turn,
): ResolvedIdentity | Promise<ResolvedIdentity> {
  const resolved = resolveIdentity?.(turn.context);
  if (resolved && typeof (resolved as PromiseLike<unknown>).then === 'function') {
    return Promise.resolve(resolved).then((fromHook) =>
      requireUserId(mergeIdentity(staticIdentity, fromHook, turn)),
    );
  }
  return requireUserId(mergeIdentity(staticIdentity, resolved as Identity | undefined, turn));
}
