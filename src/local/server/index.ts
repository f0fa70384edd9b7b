export { SERVER_CODES } from './envelope.ts';
export {
  createMemOSServer,
  type MemOSServer,
  type MemOSServerLogEntry,
  type MemOSServerOptions,
} from './memos-server.ts';
export { API_PREFIX, type ServedBackend } from './routes.ts';
