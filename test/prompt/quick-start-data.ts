import { SearchMemoryDataSchema } from '../../src/api/index.ts';
import { quickStartSearchResponse } from '../support/memos-quick-start.ts';

/** The vendor's quick-start search answer (memos-docs/quick-start.md §2.2), parsed like the client does. */
export const quickStartSearch = SearchMemoryDataSchema.parse(quickStartSearchResponse);
