// A fake OpenAI-compatible HTTP server on 127.0.0.1 for tests and examples: chat completions and
// responses (JSON or SSE, text and tool calls), embeddings, request ids, every request recorded.
// Never a real model. Run it alone with `node test/support/fake-openai-server.ts [--port N]
// [--chunk-delay-ms N]`: the first stdout line is its base URL (ending in `/v1`); SIGTERM stops it;
// `GET /__fake/requests` (INSPECT_PATH) lists what it received.
import { realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type AnswerContext,
  chatCompletion,
  chatCompletionChunks,
  type FakeAnswer,
  responseBody,
  responseEvents,
  type SSEMessage,
} from './fake-openai-wire.ts';

export type { FakeAnswer, FakeToolCall } from './fake-openai-wire.ts';

/** One request the fake server received. */
export interface RecordedRequest {
  readonly method: string;
  /** The URL path with its query, e.g. `/v1/chat/completions`. */
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
  /** The `x-request-id` the server answered this request with. */
  readonly requestId: string;
}

/** A canned HTTP failure, returned by a handler instead of content. */
export interface FakeFailure {
  readonly status: number;
  readonly body?: unknown;
}

/** A structured answer (text and/or tool calls), returned by a handler; made with `answer()`. */
export interface MarkedAnswer extends FakeAnswer {
  readonly [answerMarker]: true;
}

/**
 * What a handler returns: a string (the answer's text), `answer({ text, toolCalls })`, `fail(status)`,
 * or (chat completions only, for structured-output callers) any other value, sent as JSON text.
 * May be a promise.
 */
export type HandlerResult = string | MarkedAnswer | FakeFailure | unknown;

/**
 * What `/v1/chat/completions` answers for a request body (messages, tools, `stream`...). A handler
 * answering tool calls looks at the last message: `role: 'tool'` means the results are in.
 */
export type ChatHandler = (body: Record<string, unknown>, request: RecordedRequest) => HandlerResult;
/** What `/v1/responses` answers for a request body (`input`, `instructions`, `previous_response_id`...). */
export type ResponsesHandler = (body: Record<string, unknown>, request: RecordedRequest) => HandlerResult;
/** What `/v1/embeddings` answers: one vector per input text. */
export type EmbeddingsHandler = (input: string[], body: Record<string, unknown>) => number[][] | FakeFailure;

/** Options of `startFakeOpenAIServer`. */
export interface FakeOpenAIServerOptions {
  /** @default echoMemories */
  chat?: ChatHandler;
  /** @default echoMemories */
  responses?: ResponsesHandler;
  /** Without one, `/v1/embeddings` answers 404. */
  embeddings?: EmbeddingsHandler;
  /** Milliseconds between two streamed chunks (so a test can stop a stream mid-way). @default 0 */
  chunkDelayMs?: number;
  /** @default 0 (any free port) */
  port?: number;
}

/** A running fake OpenAI-compatible server. */
export interface FakeOpenAIServer {
  /** Base URL for the openai client, ending in `/v1`. */
  readonly baseURL: string;
  /** Every request, in order (failed ones too). */
  readonly requests: RecordedRequest[];
  /** The requests whose path ends with `suffix`, e.g. `'/chat/completions'` or `'/responses'`. */
  requestsTo(suffix: string): RecordedRequest[];
  /** Streams that ended before their last chunk was written (the client went away). */
  readonly interruptedStreams: number;
  close(): Promise<void>;
}

const failureMarker = Symbol('fake-failure');
const answerMarker = Symbol('fake-answer');

/**
 * Marks a handler result as an HTTP failure.
 *
 * @example
 * startFakeOpenAIServer({ chat: () => fail(500, { error: { message: 'boom' } }) });
 */
export function fail(
  status: number,
  body: unknown = { error: { message: `status ${status}`, type: 'server_error', code: null } },
): FakeFailure {
  return { status, body, [failureMarker]: true } as FakeFailure;
}
const isFailure = (value: unknown): value is FakeFailure =>
  typeof value === 'object' && value !== null && failureMarker in value;

/**
 * Marks a handler result as a structured answer: text, tool calls, a finish reason, a chunk delay.
 *
 * @example
 * startFakeOpenAIServer({ chat: () => answer({ toolCalls: [{ name: 'weather', arguments: { city: 'Lyon' } }] }) });
 */
export function answer(value: FakeAnswer): MarkedAnswer {
  return { ...value, [answerMarker]: true };
}
const isAnswer = (value: unknown): value is MarkedAnswer =>
  typeof value === 'object' && value !== null && answerMarker in value;

type Message = { role?: unknown; content?: unknown; type?: unknown };

/** The texts of a chat message's or a Responses input item's content (string or text parts). */
function textsOf(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  return content.flatMap((part: { type?: unknown; text?: unknown }) =>
    typeof part?.text === 'string' &&
    (part.type === 'text' || part.type === 'input_text' || part.type === 'output_text')
      ? [part.text]
      : [],
  );
}

function messagesOf(body: Record<string, unknown>): Message[] {
  if (Array.isArray(body.messages)) return body.messages as Message[];
  if (typeof body.input === 'string') return [{ role: 'user', content: body.input }];
  if (Array.isArray(body.input))
    return (body.input as Message[]).filter((item) => item.type === undefined || item.type === 'message');
  return [];
}

/**
 * The system text a request carried: chat `system`/`developer` messages, or a Responses request's
 * `instructions` and `system`/`developer` input items, joined by blank lines.
 *
 * @example
 * expect(systemTextOf(server.requests[0]!.body)).toContain('<memories>');
 */
export function systemTextOf(body: unknown): string {
  const request = (body ?? {}) as Record<string, unknown>;
  const instructions = typeof request.instructions === 'string' ? [request.instructions] : [];
  const system = messagesOf(request)
    .filter((message) => message.role === 'system' || message.role === 'developer')
    .flatMap((message) => textsOf(message.content));
  return [...instructions, ...system].join('\n\n');
}

/**
 * The text of the newest user message of a chat or Responses request (`''` when none).
 *
 * @example
 * lastUserTextOf({ messages: [{ role: 'user', content: 'Hi' }] }); // 'Hi'
 */
export function lastUserTextOf(body: unknown): string {
  const user = messagesOf((body ?? {}) as Record<string, unknown>).findLast(
    (message) => message.role === 'user',
  );
  return user ? textsOf(user.content).join('\n') : '';
}

/**
 * The memory facts and preferences found in `<memories>` blocks anywhere in the request's messages,
 * instructions or input (the `- ` lines, without their `[time]` stamps and preference markers).
 *
 * @example
 * memoriesIn({ messages: [{ role: 'system', content: '<memories>\n<facts>\n- Lives in Lyon\n</facts>\n</memories>' }] }); // ['Lives in Lyon']
 */
export function memoriesIn(body: unknown): string[] {
  const request = (body ?? {}) as Record<string, unknown>;
  const texts = [
    ...(typeof request.instructions === 'string' ? [request.instructions] : []),
    ...messagesOf(request).flatMap((message) => textsOf(message.content)),
  ];
  const found: string[] = [];
  for (const text of texts) {
    for (const block of text.match(/<memories>[\s\S]*?<\/memories>/g) ?? []) {
      for (const line of block.split('\n')) {
        if (!line.startsWith('- ')) continue;
        const item = line
          .slice(2)
          .replace(/^\[[^\]]*\d{2}:\d{2}[^\]]*\]\s*/, '')
          .replace(/^\[(Explicit|Implicit) Preference\]\s*/, '')
          .trim();
        if (item) found.push(item);
      }
    }
  }
  return found;
}

/**
 * The default handler: answers from the memories the request carried, so an end-to-end test sees
 * memory in the answer: `I remember: <item>; <item>.`, or `I don't remember anything about you yet.`
 *
 * @example
 * echoMemories({ messages: [{ role: 'user', content: 'Hi' }] }); // "I don't remember anything about you yet."
 */
export function echoMemories(body: Record<string, unknown>): string {
  const memories = memoriesIn(body);
  return memories.length === 0
    ? "I don't remember anything about you yet."
    : `I remember: ${memories.map((item) => item.replace(/\.$/, '')).join('; ')}.`;
}

/**
 * `GET` this path for `{ requests: [{ method, path, body, requestId }], interruptedStreams }`: how a
 * test reads a standalone server (a separate process) after the fact.
 */
export const INSPECT_PATH = '/__fake/requests';

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(response: ServerResponse, status: number, body: unknown, requestId: string): void {
  response.writeHead(status, { 'content-type': 'application/json', 'x-request-id': requestId });
  response.end(JSON.stringify(body));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes the SSE messages, `delayMs` apart; `false` when the client left first. */
async function sendEvents(
  response: ServerResponse,
  messages: readonly SSEMessage[],
  { requestId, delayMs, done }: { requestId: string; delayMs: number; done: boolean },
): Promise<boolean> {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-request-id': requestId,
  });
  for (const [index, message] of messages.entries()) {
    if (index > 0 && delayMs > 0) await sleep(delayMs);
    if (response.destroyed || response.writableEnded) return false;
    const event = message.event === undefined ? '' : `event: ${message.event}\n`;
    response.write(`${event}data: ${JSON.stringify(message.data)}\n\n`);
  }
  if (response.destroyed) return false;
  response.end(done ? 'data: [DONE]\n\n' : undefined);
  return true;
}

/** A handler's result as an answer (or a failure). */
function toAnswer(result: unknown, { jsonObjects }: { jsonObjects: boolean }): FakeAnswer | FakeFailure {
  if (isFailure(result) || isAnswer(result)) return result;
  if (typeof result === 'string') return { text: result };
  if (jsonObjects) return { text: JSON.stringify(result) };
  return { text: String(result) };
}

/**
 * A real HTTP server on 127.0.0.1 (port 0 unless given) that speaks the OpenAI API the openai SDK and
 * `@ai-sdk/openai` use: `POST /v1/chat/completions` and `POST /v1/responses`, JSON or streamed
 * (`stream: true`: SSE in OpenAI's exact chunk and event shapes, `stream_options.include_usage`,
 * `[DONE]` for chat), with tool calls, and `POST /v1/embeddings`. Routes match by path suffix, so an
 * Azure-style `/openai/deployments/<name>/chat/completions?api-version=…` works too. Every answer
 * carries an `x-request-id` (`req_<n>`), every request is recorded. Handlers decide the answers; the
 * default (`echoMemories`) repeats the memories the request carried.
 *
 * @example
 * const server = await startFakeOpenAIServer({
 *   chat: (body) => (JSON.stringify(body.messages).includes('"role":"tool"') ? 'Sunny.' : answer({ toolCalls: [{ name: 'weather' }] })),
 *   chunkDelayMs: 20,
 * });
 * const client = new OpenAI({ apiKey: 'test', baseURL: server.baseURL });
 */
export async function startFakeOpenAIServer({
  chat = echoMemories,
  responses = echoMemories,
  embeddings,
  chunkDelayMs = 0,
  port = 0,
}: FakeOpenAIServerOptions = {}): Promise<FakeOpenAIServer> {
  const requests: RecordedRequest[] = [];
  let interruptedStreams = 0;
  const server = createServer(async (request, response) => {
    // A standalone server is inspected over HTTP (not recorded itself): the requests so far, and how
    // many streams their clients cut.
    if (request.method === 'GET' && request.url === INSPECT_PATH) {
      const recorded = requests.map(({ method, path, body, requestId }) => ({
        method,
        path,
        body,
        requestId,
      }));
      return send(response, 200, { requests: recorded, interruptedStreams }, 'inspect');
    }
    const requestId = `req_${requests.length + 1}`;
    try {
      const body = ((await readBody(request)) ?? {}) as Record<string, unknown>;
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
        requestId,
      };
      requests.push(recorded);
      const serial = requests.length;
      const pathname = new URL(request.url ?? '/', 'http://fake').pathname;
      const post = request.method === 'POST';
      const context: AnswerContext = { serial, model: String(body.model ?? 'fake-model') };
      const route =
        post && pathname.endsWith('/chat/completions')
          ? 'chat'
          : post && pathname.endsWith('/responses')
            ? 'responses'
            : undefined;
      if (route !== undefined) {
        const handler = route === 'chat' ? chat : responses;
        const result = toAnswer(await handler(body, recorded), { jsonObjects: route === 'chat' });
        if (isFailure(result)) return send(response, result.status, result.body, requestId);
        if (body.stream !== true) {
          const json =
            route === 'chat' ? chatCompletion(body, result, context) : responseBody(body, result, context);
          return send(response, 200, json, requestId);
        }
        const messages =
          route === 'chat'
            ? chatCompletionChunks(body, result, context)
            : responseEvents(body, result, context);
        const delayMs = result.chunkDelayMs ?? chunkDelayMs;
        const complete = await sendEvents(response, messages, { requestId, delayMs, done: route === 'chat' });
        if (!complete) interruptedStreams += 1;
        return;
      }
      if (post && pathname.endsWith('/embeddings') && embeddings) {
        const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
        const vectors = embeddings(input, body);
        if (isFailure(vectors)) return send(response, vectors.status, vectors.body, requestId);
        return send(
          response,
          200,
          {
            object: 'list',
            model: String(body.model),
            data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
            usage: { prompt_tokens: 1, total_tokens: 1 },
          },
          requestId,
        );
      }
      send(response, 404, { error: { message: `no route ${request.method} ${request.url}` } }, requestId);
    } catch (error) {
      if (!response.headersSent) send(response, 500, { error: { message: String(error) } }, requestId);
      else response.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${address.port}/v1`,
    requests,
    requestsTo: (suffix) =>
      requests.filter((request) => new URL(request.path, 'http://fake').pathname.endsWith(suffix)),
    get interruptedStreams() {
      return interruptedStreams;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const isMain = (() => {
  try {
    return (
      process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href
    );
  } catch {
    return false;
  }
})();

if (isMain) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '0' }, 'chunk-delay-ms': { type: 'string', default: '0' } },
  });
  const server = await startFakeOpenAIServer({
    port: Number(values.port),
    chunkDelayMs: Number(values['chunk-delay-ms']),
  });
  process.stdout.write(`${server.baseURL}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
