import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MemoryEvents, RecallResult } from '../../index.ts';
import { createMemory } from '../../index.ts';
import type { CommandSpec, ParsedCommand } from '../args.ts';
import { openBackend, saveTimeoutMs } from '../backend.ts';
import type { CliContext } from '../context.ts';
import { describeRecall, describeStored, renderPrompt } from '../demo-report.ts';
import { CONVERSATION_A, CONVERSATION_B, DEMO_INSTRUCTIONS, DEMO_USER_ID } from '../demo-scenario.ts';
import { chooseModel, loadAISDK } from '../model.ts';
import { heading } from '../output.ts';

/**
 * The `demo` command's flags and help text.
 *
 * @example
 * stdout.write(commandHelp(demoSpec));
 */
export const demoSpec: CommandSpec = {
  name: 'demo',
  summary: "Run MemOS's quick-start scenario through the AI SDK middleware, offline by default.",
  usage: '[options]',
  positionals: [],
  options: {
    local: { type: 'boolean', description: 'Use a fresh local database even when MEMOS_API_KEY is set' },
    keep: { type: 'boolean', description: 'Keep the temporary demo database and print its path' },
  },
  notes: [
    'Conversation A (2025-06-10) plans a summer trip to Guangzhou and picks 7 Days Inn; conversation B',
    '(2025-09-28) asks for a National Day city and hotel brand. The demo shows what was stored, what was',
    'recalled, the prompt the model received with the memory block, and the streamed reply.',
    'Backend: a fresh embedded database, or MemOS Cloud when MEMOS_API_KEY is set.',
    'Model: the offline demo model, or OpenAI when OPENAI_API_KEY is set.',
  ],
  examples: ['npm run demo', 'memos-middleware demo', 'OPENAI_API_KEY=sk-... memos-middleware demo'],
};

/**
 * Runs `demo`: stores conversation A through the memory core's capture (as the middleware does after
 * each reply), then asks conversation B's question through `withMemOS` + `streamText`, printing each stage.
 *
 * @example
 * await executeDemo(parseCommand(demoSpec, []), context);
 */
export async function executeDemo(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const { stdout } = context;
  const useCloud = Boolean(context.env.MEMOS_API_KEY) && parsed.values.local !== true;
  const temporary = useCloud ? undefined : mkdtempSync(join(tmpdir(), 'memos-demo-'));
  const opened = openBackend(context, temporary ? { db: join(temporary, 'demo.db'), localOnly: true } : {});
  const chosen = await chooseModel(context);
  const { streamText, wrapLanguageModel, withMemOS } = await loadAISDK();

  let recall: RecallResult | undefined;
  const failures: MemoryEvents['error'][] = [];
  // Synchronous adds on the cloud: conversation B must find what A stored, not a task still running.
  const memory = createMemory({
    backend: opened.backend,
    addDefaults: { async_mode: false },
    onRecall: (event) => {
      recall = event;
    },
    onError: (event) => {
      failures.push(event);
    },
  });
  try {
    stdout.write(`memos-middleware demo: the MemOS quick-start scenario (user ${DEMO_USER_ID})\n`);
    stdout.write(heading('Setup'));
    stdout.write(`backend: ${opened.description}\nmodel:   ${chosen.description}\n`);

    stdout.write(
      heading(`Conversation A (${CONVERSATION_A.date}, conversation ${CONVERSATION_A.conversationId})`),
    );
    // A happened months ago: replayed through the core's capture with its real time, exactly the call the
    // middleware makes after each reply (delta = new user message + answer), then flushed.
    const history: { role: 'user' | 'assistant'; parts: { type: 'text'; text: string }[] }[] = [];
    for (const turn of CONVERSATION_A.turns) {
      history.push({ role: 'user', parts: [{ type: 'text', text: turn.user }] });
      memory.capture(
        {
          userId: DEMO_USER_ID,
          conversationId: CONVERSATION_A.conversationId,
          messages: [...history],
          time: new Date(turn.time),
        },
        { status: 'complete', text: turn.assistant },
      );
      history.push({ role: 'assistant', parts: [{ type: 'text', text: turn.assistant }] });
      stdout.write(`user:      ${turn.user}\nassistant: ${turn.assistant}\n`);
    }
    await memory.flush();

    stdout.write(heading('What MemOS stored (get/memory)'));
    const stored = await opened.backend.getMemory({ user_id: DEMO_USER_ID, size: 50 });
    stdout.write(describeStored(stored));

    stdout.write(
      heading(`Conversation B (${CONVERSATION_B.date}, conversation ${CONVERSATION_B.conversationId})`),
    );
    stdout.write(`user: ${CONVERSATION_B.question}\n`);
    let seenPrompt: unknown;
    // Records the prompt as the model receives it, after the memory middleware placed the block.
    const recorded = wrapLanguageModel({
      model: chosen.model,
      middleware: {
        specificationVersion: 'v4',
        transformParams: async ({ params }) => {
          seenPrompt = params.prompt;
          return params;
        },
      },
    });
    const model = withMemOS(recorded, {
      memory,
      userId: DEMO_USER_ID,
      conversationId: CONVERSATION_B.conversationId,
    });
    let streamError: unknown;
    const result = streamText({
      model,
      instructions: DEMO_INSTRUCTIONS,
      prompt: CONVERSATION_B.question,
      onError: ({ error }) => {
        streamError = error;
      },
    });
    // Recall and prompt are known before the first token: print them, then the reply as it streams.
    let contextPrinted = false;
    const printContext = () => {
      if (contextPrinted) return;
      contextPrinted = true;
      stdout.write(heading('What was recalled (search/memory, through the middleware)'));
      stdout.write(describeRecall(recall));
      stdout.write(heading('The prompt the model received (memory block included)'));
      stdout.write(renderPrompt(seenPrompt));
      stdout.write(heading(`Reply (${chosen.offline ? 'demo model' : 'model'}, streamed)`));
    };
    for await (const delta of result.textStream) {
      printContext();
      stdout.write(delta);
    }
    printContext();
    stdout.write('\n');
    if (streamError !== undefined) {
      throw new Error(
        `the model failed: ${streamError instanceof Error ? streamError.message : String(streamError)}`,
      );
    }
    await memory.flush();

    const recallFailure = failures.find((failure) => failure.phase === 'recall');
    if (recallFailure || failures.length > 0) {
      const first = recallFailure ?? failures[0]!;
      const reason = first.error instanceof Error ? first.error.message : String(first.error);
      throw new Error(`memory ${first.phase} failed: ${reason}`);
    }
    stdout.write(heading('Done'));
    stdout.write(
      temporary && parsed.values.keep
        ? `The demo database is kept at ${join(temporary, 'demo.db')}\n  memos-middleware list --db ${join(temporary, 'demo.db')} --user ${DEMO_USER_ID}\n`
        : `Try it on your own data: memos-middleware import chat.jsonl --user me, then memos-middleware chat --user me\n`,
    );
    return 0;
  } finally {
    const { dropped } = await memory.close({ timeoutMs: saveTimeoutMs() });
    if (dropped > 0) {
      context.stderr.write(`warning: ${dropped} turn(s) not saved: MemOS did not take them in time\n`);
    }
    await opened.close();
    if (temporary && !parsed.values.keep) rmSync(temporary, { recursive: true, force: true });
  }
}
