// OFFLINE FAKES, for running the example with no key: LangChain's own fakeModel() (from
// @langchain/core/testing), scripted to answer from the <memories> block it finds in its system
// message, so the effect of memory is visible without any LLM. Every answer says it is the fake.
import { AIMessage, type BaseMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';

const LABEL = '[offline fake model]';

/** The items of the memory block the model was given (dates, kind marks and final stops removed). */
export function rememberedItems(messages: readonly BaseMessage[]): string[] {
  const system = messages
    .filter((message) => message.type === 'system')
    .map((message) => message.text)
    .join('\n');
  const block = /<memories>([\s\S]*?)<\/memories>/.exec(system)?.[1] ?? '';
  return block
    .split('\n')
    .filter((line) => line.trim().startsWith('- '))
    .map((line) =>
      line
        .replace(/^\s*-\s*/, '')
        .replace(/^(?:\[[^\]]*\]:?\s*|user:\s*)+/, '') // dates, kind marks, the speaker of a raw turn
        .replace(/\.$/, '')
        .trim(),
    );
}

const fromMemory = (items: readonly string[]) => `From what I remember: ${items.join('; ')}.`;

function answerFromMemory(messages: BaseMessage[]): AIMessage {
  const items = rememberedItems(messages);
  if (items.length === 0) return new AIMessage(`${LABEL} Noted, I will keep that in mind.`);
  return new AIMessage(`${LABEL} ${fromMemory(items)} So I would pick something that fits all of that.`);
}

/**
 * The chain's fake: two answers, each composed from the memory block of its prompt.
 *
 * @example
 * const model = offlineChainModel(); // then withMemOS(model)
 */
export function offlineChainModel() {
  return fakeModel().respond(answerFromMemory).respond(answerFromMemory);
}

// The city the user is travelling to, as memory has it.
const cityIn = (items: readonly string[]) =>
  items.map((item) => /\b(?:to|in)\s+([A-Z][a-z]+)/.exec(item)?.[1]).find((city) => city !== undefined);

/**
 * The agent's fake: run 1 answers; run 2 calls the weather tool for the city it finds in memory, then
 * answers with the tool's result. Its state (the queue) is shared across `bindTools`.
 *
 * @example
 * const agent = createAgent({ model: offlineAgentModel(), tools: [weather], middleware: [memos] });
 */
export function offlineAgentModel() {
  return fakeModel()
    .respond(answerFromMemory)
    .respond((messages) => {
      const city = cityIn(rememberedItems(messages));
      if (city === undefined) return new AIMessage(`${LABEL} Where are you travelling? I don't know yet.`);
      return new AIMessage({
        content: '',
        tool_calls: [{ id: 'weather-1', name: 'weather', args: { city }, type: 'tool_call' }],
      });
    })
    .respond((messages) => {
      const forecast = messages.findLast((message) => ToolMessage.isInstance(message))?.text ?? '';
      return new AIMessage(
        `${LABEL} ${fromMemory(rememberedItems(messages))} The forecast there: ${forecast}`,
      );
    });
}
