import type { MemoryEventHooks, MemoryEvents } from '../types.ts';

type Listener<Name extends keyof MemoryEvents> = (event: MemoryEvents[Name]) => void;

/**
 * The typed event hooks of a `Memory`. A listener that throws never breaks recall or capture: its
 * error is reported as an `error` event with phase `'listener'`, except from an `error` listener
 * (that would loop; it is dropped).
 *
 * @example
 * const hub = createEventHub();
 * const off = hub.on('recall', (event) => metrics.record(event.source));
 * hub.emit('recall', result);
 * off();
 */
export function createEventHub(): MemoryEventHooks & {
  emit<Name extends keyof MemoryEvents>(name: Name, event: MemoryEvents[Name]): void;
} {
  const listeners = new Map<keyof MemoryEvents, Set<Listener<never>>>();
  const hub = {
    on<Name extends keyof MemoryEvents>(name: Name, listener: Listener<Name>): () => void {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const entry = listener as Listener<never>;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    emit<Name extends keyof MemoryEvents>(name: Name, event: MemoryEvents[Name]): void {
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as Listener<Name>)(event);
        } catch (error) {
          if (name !== 'error') hub.emit('error', { error, phase: 'listener' });
        }
      }
    },
  };
  return hub;
}
