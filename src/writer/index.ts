export {
  type CreateWriterOptions,
  createWriter,
  type Writer,
  type WriterCloseResult,
  type WriterFlushResult,
  type WriterWaitOptions,
} from './create-writer.ts';
export { type Outbox, type OutboxBatch, type OutboxRecord, openOutbox } from './outbox.ts';
