import { APIPromise, type OpenAI } from 'openai';

/** The real `APIPromise`, boxed: a promise resolved with a thenable would adopt (and parse) it. */
export interface Boxed<T> {
  readonly promise: APIPromise<T>;
}

type Parsed<T> = Awaited<APIPromise<T>>;
type ResponseProps = Parameters<Parameters<APIPromise<unknown>['_thenUnwrap']>[0]>[1];

// The base class needs a response promise; every method that would read it is overridden.
const UNUSED = Promise.resolve() as unknown as ConstructorParameters<typeof APIPromise>[1];

/**
 * An `APIPromise` for a request that is sent once something async is done (here: recall and
 * placement). `create` must return synchronously, so this stands in for the SDK's promise and hands
 * every method to it once it exists: awaiting gives the parsed result, `withResponse()` and
 * `asResponse()` the raw `Response` and request id, `_thenUnwrap()` (used by `parse()` and
 * `responses.stream()`) the real response props. It is `instanceof APIPromise`, like the SDK's.
 *
 * @example
 * const promise = new DeferredAPIPromise(client, recall.then(() => ({ promise: create(params) })));
 * const { data, request_id } = await promise.withResponse();
 */
export class DeferredAPIPromise<T> extends APIPromise<T> {
  readonly #real: Promise<Boxed<T>>;
  readonly #client: OpenAI;

  constructor(client: OpenAI, real: Promise<Boxed<T>>) {
    super(client, UNUSED);
    this.#client = client;
    this.#real = real;
  }

  /** The real promise once it exists (after the async work), unboxed into its parsed value. */
  #parsed(): Promise<Parsed<T>> {
    return this.#real.then(({ promise }) => promise) as Promise<Parsed<T>>;
  }

  override _thenUnwrap<U>(transform: (data: T, props: ResponseProps) => U): APIPromise<U> {
    return new DeferredAPIPromise<U>(
      this.#client,
      this.#real.then(({ promise }) => ({ promise: promise._thenUnwrap(transform) })),
    );
  }

  override asResponse(): Promise<Response> {
    return this.#real.then(({ promise }) => promise.asResponse());
  }

  override withResponse(): Promise<{ data: T; response: Response; request_id: string | null }> {
    return this.#real.then(({ promise }) => promise.withResponse());
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a thenable by design (the SDK's overrides `then` too)
  override then<TResult1 = Parsed<T>, TResult2 = never>(
    onfulfilled?: ((value: Parsed<T>) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<Parsed<T> | TResult> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<Parsed<T>> {
    return this.#parsed().finally(onfinally);
  }
}
