import { appendToSystem, type Placement, prependToUser } from 'memos-middleware';
import { fieldOf, type PartLike, type PromptMessageLike } from './model-spec.ts';

function leadingSystemCount(prompt: readonly PromptMessageLike[]): number {
  const firstOther = prompt.findIndex((message) => message.role !== 'system');
  return firstOther === -1 ? prompt.length : firstOther;
}

function systemMessage(content: string): PromptMessageLike {
  return { role: 'system', content };
}

// The block goes at the end of the system prompt the app built (its `instructions`), so the static
// prefix stays byte-identical for provider prompt caches; only the tail changes with the memories.
function appendToSystemPrompt(prompt: readonly PromptMessageLike[], block: string): PromptMessageLike[] {
  const count = leadingSystemCount(prompt);
  if (count === 0) return [systemMessage(block), ...prompt];
  const last = prompt[count - 1]!;
  const content = typeof last.content === 'string' ? last.content : '';
  return prompt.map((message, index) =>
    index === count - 1 ? { ...message, content: appendToSystem(content, block) } : message,
  );
}

function insertSystemMessage(prompt: readonly PromptMessageLike[], block: string): PromptMessageLike[] {
  const count = leadingSystemCount(prompt);
  return [...prompt.slice(0, count), systemMessage(block), ...prompt.slice(count)];
}

function prependToNewestUserMessage(
  prompt: readonly PromptMessageLike[],
  block: string,
): PromptMessageLike[] {
  const newestUser = prompt.findLastIndex((message) => message.role === 'user');
  if (newestUser === -1) return insertSystemMessage(prompt, block);
  return prompt.map((message, index) => {
    if (index !== newestUser || typeof message.content === 'string') return message;
    const parts: readonly PartLike[] = message.content;
    const firstText = parts.findIndex((part) => part.type === 'text');
    const content =
      firstText === -1
        ? [{ type: 'text', text: prependToUser('', block) }, ...parts]
        : parts.map((part, partIndex) =>
            partIndex === firstText
              ? { ...part, text: prependToUser(String(fieldOf(part, 'text') ?? ''), block) }
              : part,
          );
    return { ...message, content };
  });
}

/**
 * Returns a copy of the prompt with the memory block placed: `'system'` appends it to the last
 * leading system message (or adds one at the start), `'system-message'` adds its own system message
 * after the leading ones, `'user'` prepends it to the newest user message's first text part. The
 * input is never mutated; an empty block returns the prompt as is.
 *
 * @example
 * placeMemoryBlock(params.prompt, recall.block, memory.placement);
 */
export function placeMemoryBlock<Message extends PromptMessageLike>(
  prompt: readonly Message[],
  block: string,
  placement: Placement,
): Message[] {
  if (block === '') return [...prompt];
  const placed =
    placement === 'user'
      ? prependToNewestUserMessage(prompt, block)
      : placement === 'system-message'
        ? insertSystemMessage(prompt, block)
        : appendToSystemPrompt(prompt, block);
  // Same message shapes as the input, with one string or one text part changed.
  return placed as Message[];
}
