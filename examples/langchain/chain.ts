// An LCEL chain with memory: prompt | withMemOS(model) | parser. Identity travels per call in
// `configurable`: the user, and the conversation (here `thread_id`).
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import type { Memory } from 'memos-middleware';
import { withMemOS } from 'memos-middleware/langchain';

/** Two turns in two conversations: a fact said in the first is used in the second. */
export async function runChain(model: BaseChatModel, memory: Memory, userId: string): Promise<void> {
  const prompt = ChatPromptTemplate.fromMessages([
    ['system', 'You are a helpful cooking assistant. Answer in two sentences.'],
    ['human', '{question}'],
  ]);
  const chain = prompt.pipe(withMemOS(model, { memory })).pipe(new StringOutputParser());

  const turns = [
    { conversation: 'kitchen-1', question: "I'm vegetarian and my favourite food is Italian." },
    { conversation: 'kitchen-2', question: 'Suggest a dinner with my favourite food.' },
  ];
  for (const { conversation, question } of turns) {
    console.log(`[${conversation}] you> ${question}`);
    let answer = '';
    for await (const piece of await chain.stream(
      { question },
      { configurable: { userId, thread_id: conversation } },
    )) {
      answer += piece;
    }
    console.log(`[${conversation}] bot> ${answer}`);
    // The turn is written in the background; wait for it here so the next turn can recall it at once.
    await memory.flush();
  }
}
