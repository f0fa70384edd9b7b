import {
  convertToModelMessages,
  createUIMessageStreamResponse,
  streamText,
  toUIMessageStream,
  validateUIMessages,
} from 'ai';
import { type ChatMessage, rememberedOf } from '../../../lib/chat-message';
import { model } from '../../../lib/model';
import { ensureSession } from '../../../lib/session';
import { startTurn } from '../../../lib/turns';

const CHAT_ID = /^[\w-]{1,100}$/;

/** The chat id (a MemOS conversation id: word characters, at most 100) and its validated messages. */
async function readChat(req: Request): Promise<{ id: string; history: ChatMessage[] } | undefined> {
  try {
    const { id, messages } = (await req.json()) as { id?: unknown; messages?: unknown };
    if (typeof id !== 'string' || !CHAT_ID.test(id)) return undefined;
    return { id, history: await validateUIMessages<ChatMessage>({ messages }) };
  } catch {
    return undefined; // not JSON, or not UI messages
  }
}

export async function POST(req: Request) {
  // Whose memory: the signed session cookie, never the request body.
  const userId = await ensureSession(req);
  const chat = await readChat(req);
  if (chat === undefined)
    return Response.json({ error: 'Expected { id, messages } from useChat' }, { status: 400 });
  const { id, history } = chat;

  // The Stop button aborts this signal (POST /api/chat/stop); a disconnect does not.
  const turn = startTurn(userId, id);
  const result = streamText({
    model,
    instructions: 'You are a helpful assistant. Keep answers short.',
    messages: await convertToModelMessages(history),
    abortSignal: turn.signal,
    providerOptions: { memos: { userId, conversationId: id } },
  });
  // Read to the end even when the reader left (tab closed): the answer completes and is stored.
  result.consumeStream().then(turn.end, turn.end);

  return createUIMessageStreamResponse({
    stream: toUIMessageStream({
      stream: result.stream,
      originalMessages: history,
      // The memories this answer used, on the assistant message: `message.metadata.remembered`.
      messageMetadata: ({ part }) =>
        part.type === 'finish-step' ? { remembered: rememberedOf(part.providerMetadata) } : undefined,
    }),
  });
}
