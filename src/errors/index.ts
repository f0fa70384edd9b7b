export {
  createAPIError,
  MemOSAPIError,
  type MemOSAPIErrorDetails,
  MemOSAuthenticationError,
  MemOSBadRequestError,
  MemOSNotFoundError,
  MemOSQuotaError,
  MemOSRateLimitError,
  MemOSServerError,
} from './api-error.ts';
export {
  MemOSAbortError,
  MemOSConfigError,
  MemOSConnectionError,
  MemOSInvalidRequestError,
  type MemOSIssue,
  MemOSResponseError,
  MemOSTimeoutError,
} from './errors.ts';
export { MemOSError } from './memos-error.ts';
