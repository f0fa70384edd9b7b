// Where the agent middleware puts the block, per the core's placement and the model's profile.
import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { createAgent } from 'langchain';
import type { Placement } from 'memos-middleware';
import { memosAgentMiddleware } from 'memos-middleware/langchain';
import { describe, expect, it } from 'vitest';
import { memoryOn, useQuickStartServer } from '../ai-sdk/helpers.ts';
import type { MemOSTestServer } from '../support/memos-test-server.ts';
import { blocksOf, QUESTION, textOf } from './helpers.ts';

let server: MemOSTestServer;
useQuickStartServer('ada', (started) => {
  server = started;
});

const history = [new HumanMessage('I liked Lyon.'), new AIMessage('Noted.')];

async function seenBy(
  placement: Placement,
  { midConversation, systemPrompt = 'Be brief.' }: { midConversation?: boolean; systemPrompt?: string } = {},
): Promise<{ seen: BaseMessage[]; final: BaseMessage[] }> {
  const model = fakeModel().respond(new AIMessage('Guilin.'));
  if (midConversation !== undefined) {
    Object.defineProperty(model, 'profile', { value: { midConversationSystemMessages: midConversation } });
  }
  const memos = memosAgentMiddleware({ memory: memoryOn(server, { placement }) });
  const agent = createAgent({ model, tools: [], systemPrompt, middleware: [memos] });
  const result = await agent.invoke(
    { messages: [...history, new HumanMessage(QUESTION)] },
    { context: { userId: 'ada' } },
  );
  return { seen: model.calls[0]?.messages ?? [], final: result.messages };
}

describe('placement in an agent', () => {
  it("'system' (default): appended to the agent's system prompt as a second text block", async () => {
    const { seen } = await seenBy('system');
    expect(seen.map((message) => message.type)).toEqual(['system', 'human', 'ai', 'human']);
    const [own, block] = blocksOf(seen[0]);
    expect(own).toBe('Be brief.');
    expect(block).toMatch(/^\n\n<memories>[\s\S]*7 Days Inn[\s\S]*<\/memories>$/);
  });

  it("'system' without a system prompt: the block is the system message", async () => {
    const { seen } = await seenBy('system', { systemPrompt: '' });
    expect(seen[0]?.type).toBe('system');
    expect(textOf(seen[0])).toMatch(/^<memories>/);
  });

  it("'user': prepended to a copy of the newest human message; the system prompt and the state stay as they were", async () => {
    const { seen, final } = await seenBy('user');
    expect(blocksOf(seen[0])).toEqual(['Be brief.']);
    expect(textOf(seen.at(-1))).toMatch(/^<memories>[\s\S]*<\/memories>\n\nNational Day is coming/);
    expect(final.map((message) => textOf(message)).join('')).not.toContain('<memories>');
  });

  it("'system-message' on a model that takes mid-conversation system messages: its own message before the new human one", async () => {
    const { seen } = await seenBy('system-message', { midConversation: true });
    expect(seen.map((message) => message.type)).toEqual(['system', 'human', 'ai', 'system', 'human']);
    expect(blocksOf(seen[0])).toEqual(['Be brief.']); // the prefix up to the history is unchanged
    expect(SystemMessage.isInstance(seen[3])).toBe(true);
    expect(textOf(seen[3])).toMatch(/^<memories>/);
  });

  it("'system-message' on a model that does not (profile absent or false): appended to the system prompt", async () => {
    for (const midConversation of [undefined, false]) {
      const { seen } = await seenBy(
        'system-message',
        midConversation === undefined ? {} : { midConversation },
      );
      expect(seen.map((message) => message.type)).toEqual(['system', 'human', 'ai', 'human']);
      expect(blocksOf(seen[0])[0]).toBe('Be brief.');
      expect(blocksOf(seen[0])[1]).toMatch(/^\n\n<memories>/);
    }
  });
});
