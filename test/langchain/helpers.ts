// Shared fixtures of the LangChain adapter tests: a weather tool, explicit tool-call messages (the
// `respondWithTools` of fakeModel echoes the whole prompt into the AI message's content, system
// message included, which would put the block into state through the fake, not through us), and
// readers of what the fake model saw.
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';

export const weather = tool(async ({ city }: { city: string }) => `Sunny and 24°C in ${city}.`, {
  name: 'weather',
  description: 'The weather in a city.',
  schema: z.object({ city: z.string() }),
});

let callCounter = 0;
/** An AI message asking for the weather tool, with empty content. */
export function weatherCall(city: string): AIMessage {
  callCounter += 1;
  return new AIMessage({
    content: '',
    tool_calls: [{ id: `call-${callCounter}`, name: 'weather', args: { city }, type: 'tool_call' }],
  });
}

/** The text of a message, whatever its content shape. */
export function textOf(message: BaseMessage | undefined): string {
  return message?.text ?? '';
}

/** The text blocks of a system message's content (a string content is one block). */
export function blocksOf(message: BaseMessage | undefined): string[] {
  const content = message?.content;
  if (typeof content === 'string') return [content];
  return (content ?? []).flatMap((block) =>
    typeof block === 'object' && block !== null && 'text' in block && typeof block.text === 'string'
      ? [block.text]
      : [],
  );
}

export const QUESTION = 'National Day is coming. Any travel and hotel recommendations?';
