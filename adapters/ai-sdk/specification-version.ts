// The only place the AI SDK model-spec version literals live: a new AI SDK major means a change here
// (and a contract test run), not a hunt through the adapter.

/**
 * The model spec this adapter speaks natively: AI SDK 7's `LanguageModelV4`.
 *
 * @example
 * memosMiddleware({ userId: 'u-1' }).specificationVersion; // 'v4'
 */
export const SPECIFICATION_VERSION = 'v4';

/**
 * The spec versions the same middleware serves: `'v4'` for AI SDK 7, `'v3'` for AI SDK 6. Only the
 * type changes (AI SDK 6's `wrapLanguageModel` wants a `'v3'` middleware); the behaviour is identical.
 *
 * @example
 * const middleware = memosMiddleware({ userId: 'u-1', specificationVersion: 'v3' }); // for ai@6
 */
export type SupportedSpecificationVersion = typeof SPECIFICATION_VERSION | 'v3';

/**
 * Every supported version, for option validation.
 *
 * @example
 * SUPPORTED_SPECIFICATION_VERSIONS.includes('v3'); // true
 */
export const SUPPORTED_SPECIFICATION_VERSIONS: readonly SupportedSpecificationVersion[] = [
  SPECIFICATION_VERSION,
  'v3',
];
