import type { Reply } from 'memos-middleware';
import { PROVIDER_OPTIONS_KEY } from './call-identity.ts';
import type { MemOSProviderMetadata } from './memories-metadata.ts';
import { type FinishReasonLike, fieldOf, type PartLike, unifiedFinishReason } from './model-spec.ts';

/**
 * What a step's finish reason means for the turn: `continue` when the model asked for tools (the
 * turn goes on in the next step), otherwise the status to capture the turn with.
 *
 * @example
 * replyStatusOf({ unified: 'tool-calls', raw: 'tool_calls' }); // 'continue'
 */
export function replyStatusOf(finishReason: FinishReasonLike | undefined): Reply['status'] | 'continue' {
  switch (unifiedFinishReason(finishReason)) {
    case 'tool-calls':
      return 'continue';
    case 'error':
      return 'error';
    case 'interrupted':
      return 'aborted';
    default:
      return 'complete';
  }
}

/**
 * The answer's text: the text parts of a generate result's content, joined.
 *
 * @example
 * textOfContent([{ type: 'text', text: 'Lyon' }, { type: 'reasoning', text: '…' }]); // 'Lyon'
 */
export function textOfContent(content: readonly PartLike[]): string {
  return content
    .filter((part) => part.type === 'text')
    .map((part) => String(fieldOf(part, 'text') ?? ''))
    .join('');
}

/**
 * A copy of a result or `finish` part with `providerMetadata.memos` set, other providers' metadata kept.
 *
 * @example
 * withMemosMetadata(result, toMemosMetadata(recall)).providerMetadata?.memos;
 */
export function withMemosMetadata<Carrier extends { readonly providerMetadata?: unknown }>(
  carrier: Carrier,
  metadata: MemOSProviderMetadata,
): Carrier {
  const existing = (carrier.providerMetadata ?? {}) as Readonly<Record<string, unknown>>;
  return { ...carrier, providerMetadata: { ...existing, [PROVIDER_OPTIONS_KEY]: metadata } };
}
