// A createAgent agent with one tool and memory: memosAgentMiddleware recalls once per run, places
// the memories on every model call (never in the agent's state), and stores the run at its end.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { tool } from '@langchain/core/tools';
import { createAgent } from 'langchain';
import type { Memory } from 'memos-middleware';
import { memosAgentMiddleware } from 'memos-middleware/langchain';
import { z } from 'zod';

const weather = tool(async ({ city }) => `sunny and 24°C in ${city} all week.`, {
  name: 'weather',
  description: 'The weather forecast for a city for the coming week.',
  schema: z.object({ city: z.string().describe('The city name') }),
});

/** Two runs in two threads: where the user travels (run 1) is the tool's argument in run 2. */
export async function runAgent(model: BaseChatModel, memory: Memory, userId: string): Promise<void> {
  const agent = createAgent({
    model,
    tools: [weather],
    systemPrompt: 'You are a travel assistant. Use the weather tool for forecasts. Answer in two sentences.',
    middleware: [memosAgentMiddleware({ memory })],
  });
  const runs = [
    { thread: 'trip-1', question: "I'm travelling to Lisbon next week for a conference." },
    { thread: 'trip-2', question: "What's the weather like where I'm travelling next week?" },
  ];
  for (const { thread, question } of runs) {
    console.log(`[${thread}] you> ${question}`);
    const result = await agent.invoke(
      { messages: [{ role: 'user', content: question }] },
      { context: { userId }, configurable: { thread_id: thread } },
    );
    const calls = result.messages.flatMap((message) =>
      'tool_calls' in message && Array.isArray(message.tool_calls) ? message.tool_calls : [],
    );
    for (const call of calls) console.log(`[${thread}] tool> ${call.name}(${JSON.stringify(call.args)})`);
    console.log(`[${thread}] bot> ${result.messages.at(-1)?.text ?? ''}`);
    await memory.flush();
  }
}
