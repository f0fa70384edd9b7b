import { z } from 'zod';
import { LIMITS } from '../api/limits.ts';
import { MemOSConfigError } from '../errors/index.ts';
import type { Identity } from '../types.ts';

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idMaxChars, `must be at most ${LIMITS.idMaxChars} characters`)
  .nullish();
const flag = z.boolean().nullish();
// Not strict: the objects read here (a LangChain `configurable` or agent `context`, an AI SDK tool
// context) are shared with the framework and other middleware, so their other keys are not ours.
const IdentityFieldsSchema = z.object({
  userId: id,
  conversationId: id,
  agentId: id,
  appId: id,
  readOnly: flag,
  skip: flag,
});

/**
 * Reads the identity fields (`userId`, `conversationId`, `agentId`, `appId`, `readOnly`, `skip`) of an
 * object a framework hands over, ignoring its other keys. A field of the wrong type, an empty id or
 * one past MemOS's 100 characters throws a `MemOSConfigError` naming `where` and the field (never its
 * value); `null` and `undefined` fields are left out, so layers underneath still apply.
 *
 * @example
 * readIdentity(config.configurable, 'configurable'); // { userId: 'u-42' }
 * readIdentity({ userId: 42 }, 'context'); // throws MemOSConfigError: context.userId: …
 */
export function readIdentity(value: unknown, where: string): Identity {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new MemOSConfigError(`Invalid ${where}: must be an object`);
  }
  const parsed = IdentityFieldsSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${[where, ...issue.path].join('.')}: ${issue.message}`,
    );
    throw new MemOSConfigError(`Invalid ${where}: ${problems.join('; ')}`);
  }
  const identity: Identity = {};
  for (const [key, field] of Object.entries(parsed.data)) {
    if (field !== undefined && field !== null) Object.assign(identity, { [key]: field });
  }
  return identity;
}
