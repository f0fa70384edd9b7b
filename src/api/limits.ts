/** MemOS Cloud limits checked before a request is sent (memos-api.md §2, §3). */
export const LIMITS = {
  idMaxChars: 100,
  groupIdsMax: 20,
  searchLimitMax: 25,
  messageLimitMax: 50,
  pageSizeMax: 50,
} as const;

/** MemOS Cloud defaults the client mirrors in docs and in the local engine. */
export const DEFAULTS = {
  memoryLimitNumber: 9,
  preferenceLimitNumber: 9,
  toolMemoryLimitNumber: 6,
  skillLimitNumber: 6,
  relativity: 0.45,
  messageLimitNumber: 6,
  pageSize: 10,
  asyncMode: true,
} as const;

/** Longest recall query, in characters: MemOS caps query tokens, and a message's start carries its intent. */
export const MAX_QUERY_CHARS = 4000;

/** Where the embedded engine keeps its data when no path is given (relative to the working directory). */
export const DEFAULT_LOCAL_PATH = '.memos/memory.db';

/** The default MemOS Cloud base URL (China region, as in the vendor docs). */
export const DEFAULT_BASE_URL = 'https://memos.memtensor.cn/api/openmem/v1';
