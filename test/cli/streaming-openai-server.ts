// A streaming OpenAI-compatible Chat Completions endpoint on 127.0.0.1:0 for the CLI's real-model path:
// answers every request with `reply` as server-sent chunks and records the request bodies. No real model.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running fake; `bodies` are the JSON requests received. */
export interface StreamingOpenAIServer {
  readonly baseURL: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary request fields
  readonly bodies: any[];
  close(): Promise<void>;
}

/** Starts the fake; each answer streams `reply` word by word, then `[DONE]` (or fails with `failStatus`). */
export async function startStreamingOpenAIServer(
  reply: string,
  { failStatus }: { failStatus?: number } = {},
): Promise<StreamingOpenAIServer> {
  const bodies: unknown[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions' || failStatus) {
      response.writeHead(failStatus ?? 404, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ error: { message: failStatus ? 'Incorrect API key provided' : 'not found' } }),
      );
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const event = (delta: Record<string, unknown>, finish: string | null) =>
      `data: ${JSON.stringify({
        id: 'chatcmpl-1',
        object: 'chat.completion.chunk',
        created: 0,
        model: 'fake',
        choices: [{ index: 0, delta, finish_reason: finish }],
      })}\n\n`;
    response.write(event({ role: 'assistant', content: '' }, null));
    for (const word of reply.split(/(?<= )/)) response.write(event({ content: word }, null));
    response.write(event({}, 'stop'));
    response.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    bodies,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
