// Shared by the server tests: a real LocalMemOS (':memory:') behind a real server on 127.0.0.1:0, and a
// raw HTTP helper that bypasses MemOSClient's own validation so the server's answers are what we see.
import { LocalMemOS, type LocalMemOS as LocalMemOSType } from 'memos-middleware/local';
import {
  createMemOSServer,
  type MemOSServer,
  type MemOSServerOptions,
} from '../../src/local/server/index.ts';

/** A started server and what tests need from it. */
export interface StartedServer {
  readonly server: MemOSServer;
  readonly backend: LocalMemOSType;
  readonly url: string;
  readonly baseURL: string;
  close(): Promise<void>;
}

/** Starts a server over a fresh in-memory LocalMemOS (or the backend given). */
export async function startServer(
  options: Partial<MemOSServerOptions> & { backend?: MemOSServerOptions['backend'] } = {},
): Promise<StartedServer> {
  const engine = new LocalMemOS({ path: ':memory:' });
  const server = createMemOSServer({ ...options, backend: options.backend ?? engine });
  const { url, baseURL } = await server.listen(0);
  return {
    server,
    backend: engine,
    url,
    baseURL,
    async close() {
      await server.close();
      await engine.close();
    },
  };
}

/** An answer as seen on the wire. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary envelope fields
  readonly json: any;
}

/** Sends one raw request; `body` strings are sent verbatim, anything else as JSON. */
export async function raw(
  url: string,
  {
    method = 'POST',
    body,
    headers = {},
  }: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(url, {
    method,
    headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(payload === undefined ? {} : { body: payload }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The vendor's conversation A (memos-docs/quick-start.md). */
export const QUICK_START_MESSAGES = [
  {
    role: 'user',
    content:
      'I’ve planned to travel to Guangzhou this summer. What chain hotels are available for accommodation?',
    chat_time: '2025-06-10 09:00:00',
  },
  {
    role: 'assistant',
    content: 'You can consider options like 7 Days Inn, All Seasons, Hilton, etc.',
    chat_time: '2025-06-10 09:00:00',
  },
  { role: 'user', content: 'I’ll choose 7 Days Inn.', chat_time: '2025-06-10 09:01:00' },
  {
    role: 'assistant',
    content: 'Alright, feel free to ask me if you have any other questions.',
    chat_time: '2025-06-10 09:01:00',
  },
] as const;

/** A backend that is `engine` with some methods replaced (the engine's own methods stay bound to it). */
export function overriding(
  engine: LocalMemOSType,
  overrides: Partial<Record<keyof LocalMemOSType, unknown>>,
): LocalMemOSType {
  const bound = {
    addMessage: engine.addMessage.bind(engine),
    searchMemory: engine.searchMemory.bind(engine),
    getMessage: engine.getMessage.bind(engine),
    getMemory: engine.getMemory.bind(engine),
    getMemoryById: engine.getMemoryById.bind(engine),
    deleteMemory: engine.deleteMemory.bind(engine),
    updateMemory: engine.updateMemory.bind(engine),
    getStatus: engine.getStatus.bind(engine),
    close: engine.close.bind(engine),
  };
  return { ...bound, ...overrides } as unknown as LocalMemOSType;
}
