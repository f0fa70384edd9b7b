import { z } from 'zod';
import { MemOSConfigError } from '../errors/index.ts';
import type { Identity } from '../types.ts';

// Shapes only: MemOS's own limits (ids of at most 100 characters) are the backend's to enforce, so a
// too-long id fails its recall and write out loud (onError, the default warning) like any backend
// refusal, in every adapter alike.
const id = z.string().min(1, 'must not be empty').nullish();
const flag = z.boolean().nullish();
const fields = { userId: id, conversationId: id, agentId: id, appId: id, readOnly: flag, skip: flag };
// Not strict by default: the objects read here (a LangChain `configurable` or agent `context`, an AI
// SDK tool context) are shared with the framework and other middleware, so their other keys are not
// ours. Our own namespaces (`providerOptions.memos`, the OpenAI `memos` field) are strict: a
// snake_case `user_id` or a typo there is a config error, not an anonymous turn.
/**
 * The identity fields as a caller may pass them (each optional, `null` meaning unset).
 *
 * @example
 * const memos: IdentityInput = { userId: 'u-42', conversationId: null };
 */
export type IdentityInput = z.input<z.ZodObject<typeof fields>>;

const IdentityFieldsSchema = z.object(fields);
const StrictIdentityFieldsSchema = z.strictObject(fields);

/**
 * Reads the identity fields (`userId`, `conversationId`, `agentId`, `appId`, `readOnly`, `skip`) of an
 * object a framework hands over, ignoring its other keys (refusing them with `strict`). A field of the
 * wrong type or an empty id throws a `MemOSConfigError` naming `where` and the field (never its
 * value); `null` and `undefined` fields are left out, so layers underneath still apply. Every adapter
 * reads identity through this one function.
 *
 * @example
 * readIdentity(config.configurable, 'configurable'); // { userId: 'u-42' }
 * readIdentity({ userId: 42 }, 'context'); // throws MemOSConfigError: context.userId: …
 */
export function readIdentity(
  value: unknown,
  where: string,
  {
    strict = false,
    prefix = where,
  }: {
    /** Refuse keys other than the identity fields. @default false */
    strict?: boolean;
    /** What field paths in the message start with (`''` for none). @default where */
    prefix?: string;
  } = {},
): Identity {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new MemOSConfigError(`Invalid ${where}: must be an object`);
  }
  const parsed = (strict ? StrictIdentityFieldsSchema : IdentityFieldsSchema).safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = [...(prefix ? [prefix] : []), ...issue.path].join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    throw new MemOSConfigError(`Invalid ${where}: ${problems.join('; ')}`);
  }
  const identity: Identity = {};
  for (const [key, field] of Object.entries(parsed.data)) {
    if (field !== undefined && field !== null) Object.assign(identity, { [key]: field });
  }
  return identity;
}
