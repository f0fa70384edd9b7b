import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake server received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

/** A canned HTTP failure, returned by a handler instead of content. */
export interface FakeFailure {
  readonly status: number;
  readonly body?: unknown;
}

/** What `/v1/chat/completions` answers: the assistant message content (objects are sent as JSON text). */
export type ChatHandler = (body: Record<string, unknown>, request: RecordedRequest) => unknown | FakeFailure;
/** What `/v1/embeddings` answers: one vector per input text. */
export type EmbeddingsHandler = (input: string[], body: Record<string, unknown>) => number[][] | FakeFailure;

/** Options of `startFakeOpenAIServer`. */
export interface FakeOpenAIServerOptions {
  chat?: ChatHandler;
  embeddings?: EmbeddingsHandler;
}

/** A running fake OpenAI-compatible server. */
export interface FakeOpenAIServer {
  /** Base URL for the openai client, ending in `/v1`. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Marks a handler result as an HTTP failure.
 *
 * @example
 * startFakeOpenAIServer({ chat: () => fail(500, { error: { message: 'boom' } }) });
 */
export function fail(
  status: number,
  body: unknown = { error: { message: `status ${status}` } },
): FakeFailure {
  return { status, body, [failureMarker]: true } as FakeFailure;
}
const failureMarker = Symbol('fake-failure');
const isFailure = (value: unknown): value is FakeFailure =>
  typeof value === 'object' && value !== null && failureMarker in value;

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * A real HTTP server on 127.0.0.1 (port 0) that speaks enough of the OpenAI API for the local engine:
 * `POST /v1/chat/completions` and `POST /v1/embeddings`, answered by the given handlers, every request
 * recorded. Never a real model.
 *
 * @example
 * const server = await startFakeOpenAIServer({ chat: () => ({ memories: [], operations: [] }) });
 * const extractor = createLLMExtractor({ baseURL: server.baseURL, apiKey: 'test', model: 'fake' });
 */
export async function startFakeOpenAIServer({
  chat,
  embeddings,
}: FakeOpenAIServerOptions = {}): Promise<FakeOpenAIServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (request, response) => {
    try {
      const body = (await readBody(request)) as Record<string, unknown>;
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
      };
      requests.push(recorded);
      if (request.method === 'POST' && request.url === '/v1/chat/completions' && chat) {
        const answer = chat(body, recorded);
        if (isFailure(answer)) return send(response, answer.status, answer.body);
        const content = typeof answer === 'string' ? answer : JSON.stringify(answer);
        return send(response, 200, {
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: 0,
          model: String(body.model),
          choices: [
            { index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        });
      }
      if (request.method === 'POST' && request.url === '/v1/embeddings' && embeddings) {
        const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
        const vectors = embeddings(input, body);
        if (isFailure(vectors)) return send(response, vectors.status, vectors.body);
        return send(response, 200, {
          object: 'list',
          model: String(body.model),
          data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        });
      }
      send(response, 404, { error: { message: `no route ${request.method} ${request.url}` } });
    } catch (error) {
      send(response, 500, { error: { message: String(error) } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
