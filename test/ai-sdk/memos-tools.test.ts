// The memory tools for the AI SDK (memosTools from memos-middleware/ai-sdk) against LocalMemOS
// in-process: called by a model through generateText, identity bound or from toolsContext.
import type { LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import { generateText, isStepCount } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { createMemory, MemOSConfigError, type Memory } from 'memos-middleware';
import { memosTools } from 'memos-middleware/ai-sdk';
import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textResult, usage } from './helpers.ts';

let memory: Memory;
beforeEach(() => {
  memory = createMemory({ backend: new LocalMemOS({ path: ':memory:' }), logger: false });
});
afterEach(() => memory.close());

function callTool(id: string, toolName: string, input: unknown): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'tool-call', toolCallId: id, toolName, input: JSON.stringify(input) }],
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage,
    warnings: [],
  };
}

describe('memosTools (AI SDK)', () => {
  it('a model remembers, finds, and forgets through the tools, for the bound user', async () => {
    const tools = memosTools(memory, { userId: 'mia', conversationId: 'c-1' });
    const remembered = await generateText({
      model: new MockLanguageModelV4({
        doGenerate: [callTool('t1', 'remember', { text: 'I am allergic to peanuts.' }), textResult('Noted.')],
      }),
      prompt: 'Remember: I am allergic to peanuts.',
      tools,
      stopWhen: isStepCount(2),
    });
    expect(remembered.steps[0]?.toolResults[0]?.output).toMatchObject({ saved: true });

    const searched = await generateText({
      model: new MockLanguageModelV4({
        doGenerate: [callTool('t2', 'search_memory', { query: 'food allergies' }), textResult('Peanuts.')],
      }),
      prompt: 'What am I allergic to?',
      tools,
      stopWhen: isStepCount(2),
    });
    const { memories } = searched.steps[0]!.toolResults[0]!.output as {
      memories: { id: string; text: string }[];
    };
    const peanut = memories.find((item) => item.text.includes('peanuts'));
    expect(peanut).toBeDefined();

    const forgotten = await generateText({
      model: new MockLanguageModelV4({
        doGenerate: [callTool('t3', 'forget', { memoryId: peanut?.id }), textResult('Forgotten.')],
      }),
      prompt: 'Forget my allergy.',
      tools,
      stopWhen: isStepCount(2),
    });
    expect(forgotten.steps[0]?.toolResults[0]?.output).toMatchObject({
      forgotten: true,
      memoryId: peanut?.id,
    });
    const left = (await tools.search_memory.execute?.(
      { query: 'food allergies' },
      { toolCallId: 'x', messages: [], context: undefined },
    )) as unknown as { memories: { id: string }[] };
    expect(left.memories.map((item) => item.id)).not.toContain(peanut?.id);
  });

  it('toolsContext carries the user per call (AI SDK 7), over the bound ids', async () => {
    const tools = memosTools(memory);
    await generateText({
      model: new MockLanguageModelV4({
        doGenerate: [callTool('t1', 'remember', { text: 'I live in Oslo.' }), textResult('Noted.')],
      }),
      prompt: 'I live in Oslo.',
      tools,
      toolsContext: { remember: { userId: 'ola' } },
      stopWhen: isStepCount(2),
    });
    const found = await memory.backend.searchMemory({ user_id: 'ola', query: 'Where do I live?' });
    expect(JSON.stringify(found.memory_detail_list)).toContain('Oslo');
    const nobody = await memory.backend.searchMemory({ user_id: 'mia', query: 'Where do I live?' });
    expect(JSON.stringify(nobody.memory_detail_list ?? [])).not.toContain('Oslo');
  });

  it('no user is a MemOSConfigError the model sees as a tool error; readOnly refuses writes', async () => {
    const result = await generateText({
      model: new MockLanguageModelV4({
        doGenerate: [callTool('t1', 'remember', { text: 'I like jazz.' }), textResult('Hm.')],
      }),
      prompt: 'I like jazz.',
      tools: memosTools(memory),
      stopWhen: isStepCount(2),
    });
    const failure = result.steps[0]?.content.find((part) => part.type === 'tool-error');
    expect(MemOSConfigError.isInstance((failure as { error?: unknown } | undefined)?.error)).toBe(true);

    const readOnly = memosTools(memory, { userId: 'mia', readOnly: true });
    const refused = await readOnly.remember.execute?.(
      { text: 'I like jazz.' },
      { toolCallId: 'y', messages: [], context: undefined },
    );
    expect(refused).toMatchObject({ saved: false, refused: 'read-only' });
    expect(() => memosTools(memory, { userId: 42 as never })).toThrow(MemOSConfigError);
  });
});
