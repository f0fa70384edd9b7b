import {
  createAPIError,
  MemOSAbortError,
  MemOSAPIError,
  MemOSAuthenticationError,
  MemOSBadRequestError,
  MemOSClient,
  MemOSConfigError,
  MemOSConnectionError,
  MemOSError,
  MemOSInvalidRequestError,
  MemOSNotFoundError,
  MemOSQuotaError,
  MemOSRateLimitError,
  MemOSResponseError,
  MemOSServerError,
  MemOSTimeoutError,
} from 'memos-middleware';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Fault, type MemOSTestServer, startMemOSTestServer } from '../support/memos-test-server.ts';

type ErrorClass = abstract new (...args: never[]) => MemOSAPIError;

describe('createAPIError', () => {
  it.each<[number, number | undefined, ErrorClass, boolean]>([
    [401, undefined, MemOSAuthenticationError, false],
    [403, undefined, MemOSAuthenticationError, false],
    [200, 40100, MemOSAuthenticationError, false],
    [200, 40132, MemOSAuthenticationError, false],
    [200, 40306, MemOSAuthenticationError, false],
    [429, undefined, MemOSRateLimitError, true],
    [200, 40300, MemOSRateLimitError, true],
    [200, 40309, MemOSRateLimitError, true],
    [200, 40301, MemOSQuotaError, false],
    [200, 40304, MemOSQuotaError, false],
    [200, 40305, MemOSQuotaError, false],
    [400, undefined, MemOSBadRequestError, false],
    [422, undefined, MemOSBadRequestError, false],
    [200, 40000, MemOSBadRequestError, false],
    [200, 40010, MemOSBadRequestError, false],
    [404, undefined, MemOSNotFoundError, false],
    [200, 40001, MemOSNotFoundError, false],
    [200, 40307, MemOSNotFoundError, false],
    [200, 40308, MemOSNotFoundError, false],
    [200, 50131, MemOSNotFoundError, false],
    [500, undefined, MemOSServerError, true],
    [503, undefined, MemOSServerError, true],
    [408, undefined, MemOSServerError, true],
    [409, undefined, MemOSServerError, true],
    [200, 50000, MemOSServerError, true],
    [200, 50004, MemOSServerError, true],
    [200, 50005, MemOSServerError, true],
    [200, 50103, MemOSServerError, false],
    [500, 40309, MemOSRateLimitError, true],
  ])('HTTP %i, code %s -> %o (retryable: %s)', (status, code, errorClass, retryable) => {
    const error = createAPIError({ status, code, serverMessage: 'said so', endpoint: '/search/memory' });
    expect(error).toBeInstanceOf(errorClass);
    expect(error.isRetryable).toBe(retryable);
    expect(MemOSAPIError.isInstance(error)).toBe(true);
    expect(MemOSError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status, code, serverMessage: 'said so', endpoint: '/search/memory' });
    expect(error.name).toBe(errorClass.name);
  });

  it('says where and what in the message', () => {
    const error = createAPIError({
      status: 200,
      code: 40309,
      serverMessage: 'slow down',
      endpoint: '/add/message',
    });
    expect(error.message).toBe('MemOS /add/message failed (HTTP 200 code 40309): slow down');
    expect(
      createAPIError({ status: 503, code: undefined, serverMessage: undefined, endpoint: '/get/status' })
        .message,
    ).toBe('MemOS /get/status failed (HTTP 503)');
  });
});

describe('markers', () => {
  it('recognises errors from another copy of the package by their Symbol.for marker', () => {
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('memos-middleware.error')]: true,
      [Symbol.for('memos-middleware.error.MemOSTimeoutError')]: true,
    });
    expect(MemOSError.isInstance(foreign)).toBe(true);
    expect(MemOSTimeoutError.isInstance(foreign)).toBe(true);
    expect(MemOSAbortError.isInstance(foreign)).toBe(false);
    expect(MemOSError.isInstance(new Error('plain'))).toBe(false);
    expect(MemOSError.isInstance(undefined)).toBe(false);
  });

  it('gives each non-API error its own marker and retry flag', () => {
    const errors = [
      [new MemOSConfigError('c'), MemOSConfigError, undefined],
      [
        new MemOSInvalidRequestError('i', { issues: [{ path: 'a', message: 'b' }] }),
        MemOSInvalidRequestError,
        undefined,
      ],
      [new MemOSConnectionError('n', { code: 'ECONNRESET' }), MemOSConnectionError, true],
      [new MemOSTimeoutError('t', { timeoutMs: 5 }), MemOSTimeoutError, true],
      [new MemOSAbortError('a'), MemOSAbortError, false],
      [new MemOSResponseError('r', { status: 200 }), MemOSResponseError, false],
    ] as const;
    for (const [error, errorClass, retryable] of errors) {
      expect(errorClass.isInstance(error)).toBe(true);
      expect(MemOSError.isInstance(error)).toBe(true);
      expect(MemOSAPIError.isInstance(error)).toBe(false);
      expect((error as { isRetryable?: boolean }).isRetryable).toBe(retryable);
      for (const [other, otherClass] of errors) {
        if (other !== error) expect(otherClass.isInstance(error)).toBe(false);
      }
    }
  });
});

describe('isInstance matrix', () => {
  const details = { status: 500, code: undefined, serverMessage: undefined, endpoint: '/search/memory' };
  const apiClasses = [
    MemOSAuthenticationError,
    MemOSRateLimitError,
    MemOSQuotaError,
    MemOSBadRequestError,
    MemOSNotFoundError,
    MemOSServerError,
  ] as const;
  // One instance of every error class the package exports, each with the class it was built from.
  const instances: ReadonlyArray<readonly [string, MemOSError, { isInstance(error: unknown): boolean }]> = [
    ['MemOSError', new MemOSError('base'), MemOSError],
    ['MemOSAPIError', new MemOSAPIError(details, false), MemOSAPIError],
    ...apiClasses.map((errorClass) => [errorClass.name, new errorClass(details, false), errorClass] as const),
    ['MemOSConfigError', new MemOSConfigError('c'), MemOSConfigError],
    ['MemOSInvalidRequestError', new MemOSInvalidRequestError('i'), MemOSInvalidRequestError],
    ['MemOSConnectionError', new MemOSConnectionError('n'), MemOSConnectionError],
    ['MemOSTimeoutError', new MemOSTimeoutError('t', { timeoutMs: 1 }), MemOSTimeoutError],
    ['MemOSAbortError', new MemOSAbortError('a'), MemOSAbortError],
    ['MemOSResponseError', new MemOSResponseError('r', { status: 200 }), MemOSResponseError],
  ];
  const classes = instances.map(([name, , errorClass]) => [name, errorClass] as const);
  const isApiName = (name: string) => name === 'MemOSAPIError' || apiClasses.some((c) => c.name === name);
  // What another copy of the package puts on its errors: the base marker, the API marker for API
  // errors, and the marker of the error's own class.
  const foreignCopy = (name: string) => ({
    name,
    message: 'from another package copy',
    [Symbol.for('memos-middleware.error')]: true,
    ...(isApiName(name) ? { [Symbol.for('memos-middleware.error.MemOSAPIError')]: true } : {}),
    [Symbol.for(`memos-middleware.error.${name}`)]: true,
  });
  // The truth: the class itself, its ancestors within the family, nothing else.
  const expected = (className: string, errorName: string) =>
    className === 'MemOSError' ||
    className === errorName ||
    (className === 'MemOSAPIError' && isApiName(errorName));

  for (const [className, errorClass] of classes) {
    it(`${className}.isInstance against every error of the package`, () => {
      for (const [errorName, error] of instances) {
        expect({ errorName, local: errorClass.isInstance(error) }).toEqual({
          errorName,
          local: expected(className, errorName),
        });
        expect({ errorName, foreign: errorClass.isInstance(foreignCopy(errorName)) }).toEqual({
          errorName,
          foreign: expected(className, errorName),
        });
        expect(errorClass.isInstance(error)).toBe(error instanceof (errorClass as unknown as typeof Error));
      }
      expect(errorClass.isInstance(new Error('plain'))).toBe(false);
      expect(errorClass.isInstance({ name: className })).toBe(false);
    });
  }

  it('classifies errors built by createAPIError by their own class only', () => {
    const serverError = createAPIError({ ...details, status: 503 });
    expect(MemOSServerError.isInstance(serverError)).toBe(true);
    for (const errorClass of apiClasses.filter((c) => c !== MemOSServerError)) {
      expect(errorClass.isInstance(serverError)).toBe(false);
    }
  });
});

describe('API errors from real responses', () => {
  let server: MemOSTestServer;
  let client: MemOSClient;
  beforeAll(async () => {
    server = await startMemOSTestServer();
    client = new MemOSClient({ apiKey: 'test-key', baseURL: server.url, maxRetries: 0 });
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it.each<[string, Fault | undefined, () => Promise<unknown>, ErrorClass, Partial<MemOSAPIError>]>([
    [
      'bad key',
      undefined,
      () =>
        new MemOSClient({ apiKey: 'nope', baseURL: server.url }).searchMemory({ user_id: 'u', query: 'q' }),
      MemOSAuthenticationError,
      { status: 200, code: 40132 },
    ],
    [
      'rate limit with Retry-After',
      { status: 429, headers: { 'retry-after': '7' } },
      () => client.searchMemory({ user_id: 'u', query: 'q' }),
      MemOSRateLimitError,
      { status: 429, retryAfterMs: 7_000 },
    ],
    [
      'quota',
      { code: 40304, message: 'quota exhausted' },
      () => client.searchMemory({ user_id: 'u', query: 'q' }),
      MemOSQuotaError,
      { code: 40304, serverMessage: 'quota exhausted' },
    ],
    [
      'unknown task',
      undefined,
      () => client.getStatus({ task_id: 'missing' }),
      MemOSNotFoundError,
      { code: 50131 },
    ],
    [
      'unknown memory',
      undefined,
      () => client.updateMemory({ memory_id: 'missing', content: 'x' }),
      MemOSNotFoundError,
      { code: 40307 },
    ],
    [
      'server down',
      { status: 503, body: { code: 50005, message: 'search service unavailable' } },
      () => client.searchMemory({ user_id: 'u', query: 'q' }),
      MemOSServerError,
      { status: 503, code: 50005 },
    ],
    [
      '400 without envelope',
      { status: 400, body: { detail: 'bad view' } },
      () => client.searchMemory({ user_id: 'u', query: 'q' }),
      MemOSBadRequestError,
      { status: 400, code: undefined, serverMessage: 'bad view' },
    ],
  ])('%s', async (_name, fault, call, errorClass, fields) => {
    if (fault) server.fault('*', fault);
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject(fields);
  });
});
