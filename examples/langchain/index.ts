// LangChain.js with long-term memory: an LCEL chain and a createAgent agent, two turns each in two
// conversations, the second using what the first said.
//   npm run example:langchain                   offline: LangChain's fakes + the embedded engine
//   OPENAI_API_KEY=sk-… npm run example:langchain  a real model (@langchain/openai)
//   MEMOS_API_KEY=… also set: MemOS Cloud instead of the embedded engine
import { parseArgs } from 'node:util';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';
import { createMemory, MemOSClient } from 'memos-middleware';
import { LocalMemOS } from 'memos-middleware/local';
import { runAgent } from './agent.ts';
import { runChain } from './chain.ts';
import { offlineAgentModel, offlineChainModel } from './offline-models.ts';

const { values } = parseArgs({ options: { db: { type: 'string', default: ':memory:' } } });
const apiKey = process.env.OPENAI_API_KEY;
const online = apiKey !== undefined && apiKey !== '';
const cloud = Boolean(process.env.MEMOS_API_KEY);

const memory = createMemory({
  backend: cloud ? new MemOSClient() : new LocalMemOS({ path: values.db }),
  onError: ({ phase, error }) => console.error(`[memory ${phase} error] ${(error as Error).message}`),
});
const realModel = (): BaseChatModel => new ChatOpenAI({ model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini' });

console.error(
  online
    ? `model: OpenAI ${process.env.OPENAI_MODEL ?? 'gpt-4o-mini'} (@langchain/openai)`
    : "model: OFFLINE FAKE, LangChain's fakeModel() scripted to answer from the memory block it is given (no LLM is called; set OPENAI_API_KEY for a real model)",
);
console.error(`memory: ${cloud ? 'MemOS Cloud (MEMOS_API_KEY)' : `embedded MemOS engine at ${values.db}`}\n`);

try {
  console.log('== LCEL chain: prompt | withMemOS(model) | parser ==');
  await runChain(online ? realModel() : offlineChainModel(), memory, 'ada');
  console.log('\n== createAgent with memosAgentMiddleware and a weather tool ==');
  await runAgent(online ? realModel() : offlineAgentModel(), memory, 'ben');
} finally {
  await memory.close();
}
