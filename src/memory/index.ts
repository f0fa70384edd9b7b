export { type CaptureDeltaOptions, captureDelta, type TurnDelta } from './capture-delta.ts';
export { type CircuitBreakerOptions, type CircuitState, createCircuitBreaker } from './circuit-breaker.ts';
export { createMemory } from './create-memory.ts';
export {
  createLazyBackend,
  type DefaultBackend,
  resolveDefaultBackend,
} from './default-backend.ts';
export { mergeIdentity, type ResolvedIdentity, requireUserId } from './identity.ts';
export { messageText, recallQuery } from './turn-text.ts';
