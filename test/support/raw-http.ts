// Raw HTTP over a TCP socket, for what fetch will not send: malformed request lines, odd targets,
// bodies trickled byte by byte, connections left idle.
import { connect, type Socket } from 'node:net';

/** What came back on one raw connection. */
export interface RawExchange {
  /** HTTP status of the first answer, `undefined` when none came. */
  readonly status: number | undefined;
  readonly headers: Record<string, string>;
  /** The body of the first answer (as far as it was received). */
  readonly body: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary envelope fields
  readonly json: any;
  /** The whole byte stream received, as text. */
  readonly text: string;
}

/** Parses the first HTTP answer out of raw bytes. */
export function parseRawAnswer(text: string): RawExchange {
  const split = text.indexOf('\r\n\r\n');
  const head = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? '' : text.slice(split + 4);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  const headers = Object.fromEntries(
    lines.flatMap((line) => {
      const colon = line.indexOf(':');
      return colon === -1 ? [] : [[line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]];
    }),
  );
  const length = Number(headers['content-length']);
  const first = Number.isFinite(length) ? body.slice(0, length) : body;
  let json: unknown;
  try {
    json = JSON.parse(first);
  } catch {
    json = undefined;
  }
  return { status: status === undefined ? undefined : Number(status), headers, body: first, json, text };
}

/**
 * Opens a connection to `port`, writes `chunks` (waiting `gapMs` between them), and resolves with what
 * came back once the server closes the connection or `waitMs` passes after the last write.
 *
 * @example
 * const answer = await rawRequest(port, ['GARBAGE\r\n\r\n']);
 * answer.status; // 400
 */
export function rawRequest(
  port: number,
  chunks: readonly (string | Buffer)[],
  { gapMs = 0, waitMs = 2_000 }: { gapMs?: number; waitMs?: number } = {},
): Promise<RawExchange & { closedByServer: boolean }> {
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    let closedByServer = false;
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const socket: Socket = connect(port, '127.0.0.1');
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parseRawAnswer(Buffer.concat(received).toString('utf8')), closedByServer });
    };
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => {
      closedByServer = true;
      finish();
    });
    socket.on('close', () => {
      closedByServer = true;
      finish();
    });
    socket.on('error', () => finish());
    socket.on('connect', async () => {
      for (const [index, chunk] of chunks.entries()) {
        if (finished || socket.destroyed) return;
        if (index > 0 && gapMs > 0) await new Promise((done) => setTimeout(done, gapMs));
        if (finished || socket.destroyed) return;
        socket.write(chunk);
      }
      timer = setTimeout(finish, waitMs);
    });
  });
}

/** A POST of `body` to `path`, as raw bytes (`Content-Length` from the body unless given). */
export function rawPost(path: string, body: string, headers: Record<string, string> = {}): string {
  const all = {
    host: '127.0.0.1',
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
    ...headers,
  };
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}`);
  return `POST ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}
