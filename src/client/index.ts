export { MemOSClient } from './memos-client.ts';
export type { MemOSClientOptions } from './options.ts';
export type { FetchLike } from './transport.ts';
