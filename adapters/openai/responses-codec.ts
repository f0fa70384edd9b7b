import {
  appendToSystem,
  type Placement,
  type PromptCodec,
  placeMemoryBlock,
  prependToUser,
} from 'memos-middleware';
import { isRecord } from './malformed.ts';

/** `instructions` (the request's system prompt) or one input item, in request order. */
type Entry =
  | { readonly kind: 'instructions'; readonly text: string }
  | { readonly kind: 'item'; readonly item: Readonly<Record<string, unknown>> };

type Part = Readonly<Record<string, unknown>>;
const isTextPart = (part: unknown): part is Part & { text: string } =>
  isRecord(part) && part.type === 'input_text' && typeof part.text === 'string';
const isUserMessage = (item: Readonly<Record<string, unknown>>) =>
  item.role === 'user' && (item.type === undefined || item.type === 'message');

function editFirstText(item: Readonly<Record<string, unknown>>, edit: (text: string) => string) {
  if (!Array.isArray(item.content)) {
    return { ...item, content: edit(typeof item.content === 'string' ? item.content : '') };
  }
  const parts = item.content as readonly unknown[];
  const index = parts.findIndex(isTextPart);
  if (index === -1) return { ...item, content: [{ type: 'input_text', text: edit('') }, ...parts] };
  return {
    ...item,
    content: parts.map((part, at) =>
      at === index && isTextPart(part) ? { ...part, text: edit(part.text) } : part,
    ),
  };
}

const codec: PromptCodec<Entry> = {
  roleOf: (entry) =>
    entry.kind === 'instructions' ? 'system' : isUserMessage(entry.item) ? 'user' : 'other',
  textsOf(entry) {
    if (entry.kind === 'instructions') return [entry.text];
    const { content } = entry.item;
    if (typeof content === 'string') return [content];
    return Array.isArray(content) ? content.filter(isTextPart).map((part) => part.text) : [];
  },
  withTexts(entry, texts) {
    if (entry.kind === 'instructions') return { ...entry, text: texts[0] ?? '' };
    const { content } = entry.item;
    if (typeof content === 'string')
      return { kind: 'item', item: { ...entry.item, content: texts[0] ?? '' } };
    if (!Array.isArray(content)) return entry;
    let next = 0;
    const parts = content.flatMap((part: unknown) => {
      if (!isTextPart(part)) return [part];
      const text = texts[next++] ?? '';
      return text === '' ? [] : [{ ...part, text }];
    });
    return { kind: 'item', item: { ...entry.item, content: parts } };
  },
  isEmpty: (entry) =>
    entry.kind === 'instructions'
      ? entry.text === ''
      : entry.item.content === '' || (Array.isArray(entry.item.content) && entry.item.content.length === 0),
  appendText: (entry, block) =>
    entry.kind === 'instructions' ? { ...entry, text: appendToSystem(entry.text, block) } : entry,
  prependText: (entry, block) =>
    entry.kind === 'item'
      ? { kind: 'item', item: editFirstText(entry.item, (text) => prependToUser(text, block)) }
      : entry,
  systemMessage: (text) => ({ kind: 'instructions', text }),
};

/**
 * Places the block in a Responses request: `'system'` and `'system-message'` append it to
 * `instructions` (the one system slot; OpenAI does not carry instructions over to a continued
 * response, so no stale block piles up in a stored conversation), `'user'` prepends it to the newest
 * user input item (which OpenAI does store with the response). Stale blocks are stripped from both
 * first. Returns the new `instructions` and `input`; the params are never mutated.
 *
 * @example
 * const { instructions, input } = placeInResponsesRequest(params, recall.block, memory.placement);
 */
export function placeInResponsesRequest(
  params: { readonly instructions?: unknown; readonly input?: unknown },
  block: string,
  placement: Placement,
): { instructions: string | undefined; input: unknown } {
  // Read by responsesItemsToTurn first, which refuses an input that is not a string or an array of items.
  const stringInput = typeof params.input === 'string';
  const items = (
    stringInput ? [{ role: 'user', content: params.input }] : (params.input ?? [])
  ) as readonly Readonly<Record<string, unknown>>[];
  const entries: Entry[] = [
    ...(typeof params.instructions === 'string'
      ? [{ kind: 'instructions' as const, text: params.instructions }]
      : []),
    ...items.map((item): Entry => ({ kind: 'item', item })),
  ];
  const placed = placeMemoryBlock(entries, block, placement === 'user' ? 'user' : 'system', codec);
  const texts = placed.flatMap((entry) => (entry.kind === 'instructions' ? [entry.text] : []));
  const placedItems = placed.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
  const instructions =
    texts.length > 0
      ? texts.filter((text) => text !== '').join('\n\n')
      : typeof params.instructions === 'string'
        ? ''
        : undefined;
  if (params.input === undefined || params.input === null) return { instructions, input: params.input };
  return { instructions, input: stringInput ? placedItems[0]?.content : placedItems };
}
