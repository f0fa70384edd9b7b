export { escapeMemoryNote, escapeMemoryText, truncateText } from './escape-memory-text.ts';
export {
  buildMemoryBlock,
  type FormatMemoriesOptions,
  formatMemories,
  type MemoryBlock,
} from './format-memories.ts';
export { formatChatTime, formatMinuteUTC, parseMemoryTime } from './format-time.ts';
export {
  appendToSystem,
  applyPlacement,
  type PromptCodec,
  placeMemoryBlock,
  prependToUser,
  stripMemoryBlock,
  turnMessageCodec,
} from './placement.ts';
export { compareByRank, relevanceOf, type SelectMemoriesOptions, selectMemories } from './select-memories.ts';
