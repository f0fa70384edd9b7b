import { type Identity, type IdentityInput, readIdentity } from 'memos-middleware';

/**
 * The request field the wrapper reads and removes before the request leaves: the OpenAI API never
 * sees it.
 *
 * @example
 * await client.chat.completions.create({ model, messages, [MEMOS_FIELD]: { userId: 'u-42' } });
 */
export const MEMOS_FIELD = 'memos';

/**
 * What a request may carry in its `memos` field: the turn's identity and switches (`readOnly`: recall
 * but store nothing; `skip`: leave the call alone).
 *
 * @example
 * const memos: MemOSCallOptions = { userId: 'u-42', conversationId: 'chat-7' };
 */
export type MemOSCallOptions = IdentityInput;

/**
 * The `memos` field as request params may carry it: mixed into the params of the wrapped client's
 * `create` (and accepted by its helpers).
 *
 * @example
 * const params: ChatCompletionCreateParamsNonStreaming & MemOSParams = { model, messages, memos: { userId: 'u-1' } };
 */
export interface MemOSParams {
  memos?: MemOSCallOptions | null | undefined;
}

/**
 * Validates identity fields (strict: an unknown key such as `user_id` is refused) and returns the ones
 * set, so that static and resolved ids still apply underneath. The error names `where` and each
 * field under `prefix`.
 *
 * @example
 * parseIdentity({ userId: 'u-1', conversationId: null }, { where: 'request', prefix: 'memos' }); // { userId: 'u-1' }
 */
export function parseIdentity(raw: unknown, { where, prefix }: { where: string; prefix?: string }): Identity {
  return readIdentity(raw, where, { strict: true, prefix: prefix ?? '' });
}

/**
 * Splits request params into the identity of their `memos` field (validated, only the fields set)
 * and the params without it, as they go to OpenAI. Params without the field are returned as they are.
 *
 * @example
 * splitMemosField({ model: 'gpt-4o-mini', input: 'Hi', memos: { userId: 'u-1' } });
 * // { identity: { userId: 'u-1' }, params: { model: 'gpt-4o-mini', input: 'Hi' } }
 */
export function splitMemosField<Params extends object>(
  params: Params,
): { identity: Identity; params: Omit<Params, typeof MEMOS_FIELD> } {
  if (!Object.hasOwn(params, MEMOS_FIELD)) return { identity: {}, params };
  const { [MEMOS_FIELD]: raw, ...rest } = params as Params & MemOSParams;
  if (raw === undefined || raw === null) return { identity: {}, params: rest };
  return {
    identity: parseIdentity(raw, { where: `${MEMOS_FIELD} field of the request`, prefix: MEMOS_FIELD }),
    params: rest,
  };
}
