export { type CreateWriterOptions, createWriter, type Writer } from './create-writer.ts';
export { type Outbox, type OutboxRecord, openOutbox } from './outbox.ts';
